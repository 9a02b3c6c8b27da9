//! Single-use links for staff: choosing a first password and resetting one. Only the
//! token's hash is stored.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};

use crate::entities::staff_token;

/// Stores a link token's hash for an account.
pub async fn issue(
    db: &impl ConnectionTrait,
    staff_user_id: i32,
    purpose: &str,
    token_hash: String,
    now: DateTime<Utc>,
    expires_at: DateTime<Utc>,
) -> Result<(), DbErr> {
    staff_token::ActiveModel {
        staff_user_id: Set(staff_user_id),
        purpose: Set(purpose.to_owned()),
        token_hash: Set(token_hash),
        expires_at: Set(expires_at),
        used_at: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The unused, unexpired token with this hash.
pub async fn find_usable(
    db: &impl ConnectionTrait,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<Option<staff_token::Model>, DbErr> {
    staff_token::Entity::find()
        .filter(staff_token::Column::TokenHash.eq(token_hash))
        .filter(staff_token::Column::UsedAt.is_null())
        .filter(staff_token::Column::ExpiresAt.gt(now))
        .one(db)
        .await
}

/// Marks a token used; false when it was already used (a race lost), so it works once.
pub async fn consume(
    db: &impl ConnectionTrait,
    id: i32,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let updated = staff_token::Entity::update_many()
        .col_expr(staff_token::Column::UsedAt, Expr::value(now))
        .filter(staff_token::Column::Id.eq(id))
        .filter(staff_token::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}

/// Voids an account's unused tokens (a new link replaces the old ones).
pub async fn void_unused(
    db: &impl ConnectionTrait,
    staff_user_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    staff_token::Entity::update_many()
        .col_expr(staff_token::Column::UsedAt, Expr::value(now))
        .filter(staff_token::Column::StaffUserId.eq(staff_user_id))
        .filter(staff_token::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}
