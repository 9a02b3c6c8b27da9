//! Failed sign-ins per keyed hash of the typed email (see `domain::sign_in`).

use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set};

use crate::domain::sign_in::Failures;
use crate::entities::login_attempt;

/// The recorded failures for a key.
pub async fn load(db: &impl ConnectionTrait, key_hash: &str) -> Result<Option<Failures>, DbErr> {
    Ok(login_attempt::Entity::find()
        .filter(login_attempt::Column::KeyHash.eq(key_hash))
        .one(db)
        .await?
        .map(|row| Failures {
            count: u32::try_from(row.failures).unwrap_or(0),
            first_failed_at: row.first_failed_at,
            locked_until: row.locked_until,
        }))
}

/// Stores the failures for a key.
pub async fn save(
    db: &impl ConnectionTrait,
    key_hash: &str,
    failures: Failures,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let row = login_attempt::ActiveModel {
        key_hash: Set(key_hash.to_owned()),
        failures: Set(i32::try_from(failures.count).unwrap_or(i32::MAX)),
        first_failed_at: Set(failures.first_failed_at),
        last_failed_at: Set(now),
        locked_until: Set(failures.locked_until),
        ..Default::default()
    };
    login_attempt::Entity::insert(row)
        .on_conflict(
            OnConflict::column(login_attempt::Column::KeyHash)
                .update_columns([
                    login_attempt::Column::Failures,
                    login_attempt::Column::FirstFailedAt,
                    login_attempt::Column::LastFailedAt,
                    login_attempt::Column::LockedUntil,
                ])
                .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// Forgets the failures for a key (after a successful sign-in or a new password).
pub async fn clear(db: &impl ConnectionTrait, key_hash: &str) -> Result<(), DbErr> {
    login_attempt::Entity::delete_many()
        .filter(login_attempt::Column::KeyHash.eq(key_hash))
        .exec(db)
        .await?;
    Ok(())
}

/// Deletes records with no failure for a day and no lock in force.
pub async fn forget_old(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<u64, DbErr> {
    Ok(login_attempt::Entity::delete_many()
        .filter(login_attempt::Column::LastFailedAt.lt(now - TimeDelta::days(1)))
        .filter(
            Condition::any()
                .add(login_attempt::Column::LockedUntil.is_null())
                .add(login_attempt::Column::LockedUntil.lt(now)),
        )
        .exec(db)
        .await?
        .rows_affected)
}
