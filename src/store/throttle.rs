//! The per-address submission limit: a counter per keyed hash of the client address and
//! hour. The address itself is never stored.

use chrono::{DateTime, DurationRound, TimeDelta, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr};

/// Counts one submission for `key_hash` in the current hour; returns the count so far,
/// this one included.
pub async fn count(
    db: &DatabaseConnection,
    key_hash: &str,
    now: DateTime<Utc>,
) -> Result<i64, DbErr> {
    let window = now.duration_trunc(TimeDelta::hours(1)).unwrap_or(now);
    let insert = Query::insert()
        .into_table("submission_throttle")
        .columns(["key_hash", "window_start", "count"])
        .values_panic([key_hash.into(), window.into(), 1.into()])
        .on_conflict(
            OnConflict::columns(["key_hash", "window_start"])
                .value("count", Expr::col(("submission_throttle", "count")).add(1))
                .to_owned(),
        )
        .returning_col("count")
        .to_owned();
    let txn = super::begin_write(db).await?;
    let row = txn.conn().query_one(&insert).await?;
    txn.commit().await?;
    let count = row
        .map(|row| row.try_get::<i32>("", "count"))
        .transpose()?
        .unwrap_or(1);
    Ok(i64::from(count))
}

/// Removes windows older than an hour.
pub async fn forget_old(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let delete = Query::delete()
        .from_table("submission_throttle")
        .and_where(Expr::col("window_start").lt(now - TimeDelta::hours(1)))
        .to_owned();
    Ok(db.execute(&delete).await?.rows_affected())
}
