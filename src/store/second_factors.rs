//! Staff second factors: one authenticator secret per account (sealed by the caller),
//! passkeys (`store::passkeys`) and single-use recovery codes (keyed hashes). Using a code is a conditional update,
//! so two requests racing with the same code cannot both win.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, Set,
};

use super::passkeys;
use crate::entities::{staff_recovery_code, staff_totp};

/// The account's authenticator, confirmed or still being enrolled.
pub async fn totp(
    db: &impl ConnectionTrait,
    staff_user_id: i32,
) -> Result<Option<staff_totp::Model>, DbErr> {
    staff_totp::Entity::find()
        .filter(staff_totp::Column::StaffUserId.eq(staff_user_id))
        .one(db)
        .await
}

/// Whether the account has a confirmed authenticator app.
async fn has_app(db: &impl ConnectionTrait, staff_user_id: i32) -> Result<bool, DbErr> {
    Ok(staff_totp::Entity::find()
        .filter(staff_totp::Column::StaffUserId.eq(staff_user_id))
        .filter(staff_totp::Column::ConfirmedAt.is_not_null())
        .count(db)
        .await?
        > 0)
}

/// Whether the account has a second factor: a confirmed app or a passkey.
pub async fn has_confirmed(db: &impl ConnectionTrait, staff_user_id: i32) -> Result<bool, DbErr> {
    Ok(has_app(db, staff_user_id).await? || passkeys::count(db, staff_user_id).await? > 0)
}

/// Starts enrolling a new secret, replacing an unconfirmed one. A confirmed secret stays
/// until it is removed: false then, and nothing changes.
pub async fn start_totp(
    db: &impl ConnectionTrait,
    staff_user_id: i32,
    secret_sealed: String,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    staff_totp::Entity::delete_many()
        .filter(staff_totp::Column::StaffUserId.eq(staff_user_id))
        .filter(staff_totp::Column::ConfirmedAt.is_null())
        .exec(db)
        .await?;
    if totp(db, staff_user_id).await?.is_some() {
        return Ok(false);
    }
    staff_totp::ActiveModel {
        staff_user_id: Set(staff_user_id),
        secret_sealed: Set(secret_sealed),
        confirmed_at: Set(None),
        last_step: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(true)
}

/// Records that the code of `step` was used (and, the first time, confirms the secret);
/// false when that step or a later one was used already: a code works once.
pub async fn use_step(
    db: &impl ConnectionTrait,
    id: i32,
    step: i64,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let updated = staff_totp::Entity::update_many()
        .col_expr(staff_totp::Column::LastStep, Expr::value(step))
        .col_expr(
            staff_totp::Column::ConfirmedAt,
            Expr::col(staff_totp::Column::ConfirmedAt).if_null(now),
        )
        .filter(staff_totp::Column::Id.eq(id))
        .filter(
            Condition::any()
                .add(staff_totp::Column::LastStep.is_null())
                .add(staff_totp::Column::LastStep.lt(step)),
        )
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}

/// Replaces the account's recovery codes with these hashes.
pub async fn replace_recovery_codes(
    db: &impl ConnectionTrait,
    staff_user_id: i32,
    code_hashes: &[String],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    delete_recovery_codes(db, staff_user_id).await?;
    staff_recovery_code::Entity::insert_many(code_hashes.iter().map(|hash| {
        staff_recovery_code::ActiveModel {
            staff_user_id: Set(staff_user_id),
            code_hash: Set(hash.clone()),
            used_at: Set(None),
            created_at: Set(now),
            ..Default::default()
        }
    }))
    .exec(db)
    .await?;
    Ok(())
}

async fn delete_recovery_codes(db: &impl ConnectionTrait, staff_user_id: i32) -> Result<(), DbErr> {
    staff_recovery_code::Entity::delete_many()
        .filter(staff_recovery_code::Column::StaffUserId.eq(staff_user_id))
        .exec(db)
        .await?;
    Ok(())
}

/// Uses up the unused recovery code with this hash; false when there is none.
pub async fn use_recovery_code(
    db: &impl ConnectionTrait,
    staff_user_id: i32,
    code_hash: &str,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let updated = staff_recovery_code::Entity::update_many()
        .col_expr(staff_recovery_code::Column::UsedAt, Expr::value(now))
        .filter(staff_recovery_code::Column::StaffUserId.eq(staff_user_id))
        .filter(staff_recovery_code::Column::CodeHash.eq(code_hash))
        .filter(staff_recovery_code::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}

/// How many recovery codes the account has left.
pub async fn recovery_codes_left(
    db: &impl ConnectionTrait,
    staff_user_id: i32,
) -> Result<u64, DbErr> {
    staff_recovery_code::Entity::find()
        .filter(staff_recovery_code::Column::StaffUserId.eq(staff_user_id))
        .filter(staff_recovery_code::Column::UsedAt.is_null())
        .count(db)
        .await
}

/// Removes the account's authenticator app; returns whether a confirmed one was there.
/// Its recovery codes go too when no other second factor is left.
pub async fn remove_app(db: &impl ConnectionTrait, staff_user_id: i32) -> Result<bool, DbErr> {
    let had = has_app(db, staff_user_id).await?;
    staff_totp::Entity::delete_many()
        .filter(staff_totp::Column::StaffUserId.eq(staff_user_id))
        .exec(db)
        .await?;
    forget_codes_without_factor(db, staff_user_id).await?;
    Ok(had)
}

/// Removes the recovery codes of an account that no longer has a second factor: they
/// stand in for one.
pub async fn forget_codes_without_factor(
    db: &impl ConnectionTrait,
    staff_user_id: i32,
) -> Result<(), DbErr> {
    if !has_confirmed(db, staff_user_id).await? {
        delete_recovery_codes(db, staff_user_id).await?;
    }
    Ok(())
}

/// Removes every second factor of the account (app, passkeys, recovery codes); returns
/// whether it had one.
pub async fn remove_all(db: &impl ConnectionTrait, staff_user_id: i32) -> Result<bool, DbErr> {
    let had = has_confirmed(db, staff_user_id).await?;
    staff_totp::Entity::delete_many()
        .filter(staff_totp::Column::StaffUserId.eq(staff_user_id))
        .exec(db)
        .await?;
    passkeys::remove_all(db, staff_user_id).await?;
    delete_recovery_codes(db, staff_user_id).await?;
    Ok(had)
}
