//! Staff passkeys and security keys: each registered credential as webauthn-rs keeps it
//! (public key, algorithm, signature counter), by its credential id.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};

use crate::entities::staff_passkey;

/// A credential about to be stored.
pub struct NewPasskey<'a> {
    pub staff_user_id: i32,
    pub name: &'a str,
    pub credential_id: &'a str,
    pub credential: String,
}

/// Stores a credential; false when that credential id is registered already (to anyone).
pub async fn add(
    db: &impl ConnectionTrait,
    new: NewPasskey<'_>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    if staff_passkey::Entity::find()
        .filter(staff_passkey::Column::CredentialId.eq(new.credential_id))
        .count(db)
        .await?
        > 0
    {
        return Ok(false);
    }
    staff_passkey::ActiveModel {
        staff_user_id: Set(new.staff_user_id),
        name: Set(new.name.to_owned()),
        credential_id: Set(new.credential_id.to_owned()),
        credential: Set(new.credential),
        created_at: Set(now),
        last_used_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(true)
}

/// The account's credentials, oldest first.
pub async fn of(
    db: &impl ConnectionTrait,
    staff_user_id: i32,
) -> Result<Vec<staff_passkey::Model>, DbErr> {
    staff_passkey::Entity::find()
        .filter(staff_passkey::Column::StaffUserId.eq(staff_user_id))
        .order_by_asc(staff_passkey::Column::Id)
        .all(db)
        .await
}

/// The account's credential with this id (base64url), if it has it.
pub async fn find(
    db: &impl ConnectionTrait,
    staff_user_id: i32,
    credential_id: &str,
) -> Result<Option<staff_passkey::Model>, DbErr> {
    staff_passkey::Entity::find()
        .filter(staff_passkey::Column::StaffUserId.eq(staff_user_id))
        .filter(staff_passkey::Column::CredentialId.eq(credential_id))
        .one(db)
        .await
}

/// How many credentials the account has.
pub async fn count(db: &impl ConnectionTrait, staff_user_id: i32) -> Result<u64, DbErr> {
    staff_passkey::Entity::find()
        .filter(staff_passkey::Column::StaffUserId.eq(staff_user_id))
        .count(db)
        .await
}

/// Records a use: the credential as it now stands (its counter moved on) and when.
pub async fn used(
    db: &impl ConnectionTrait,
    id: i32,
    credential: Option<String>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let mut update = staff_passkey::Entity::update_many()
        .col_expr(staff_passkey::Column::LastUsedAt, Expr::value(now))
        .filter(staff_passkey::Column::Id.eq(id));
    if let Some(credential) = credential {
        update = update.col_expr(staff_passkey::Column::Credential, Expr::value(credential));
    }
    update.exec(db).await?;
    Ok(())
}

/// Removes one of the account's credentials; false when it has none with that id.
pub async fn remove(db: &impl ConnectionTrait, staff_user_id: i32, id: i32) -> Result<bool, DbErr> {
    let done = staff_passkey::Entity::delete_many()
        .filter(staff_passkey::Column::StaffUserId.eq(staff_user_id))
        .filter(staff_passkey::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(done.rows_affected == 1)
}

/// Removes all of the account's credentials; how many there were.
pub async fn remove_all(db: &impl ConnectionTrait, staff_user_id: i32) -> Result<u64, DbErr> {
    Ok(staff_passkey::Entity::delete_many()
        .filter(staff_passkey::Column::StaffUserId.eq(staff_user_id))
        .exec(db)
        .await?
        .rows_affected)
}
