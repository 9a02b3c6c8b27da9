//! What a fresh install needs before it can serve: the schema, the affiliates and,
//! when enabled, demo jobs.

use sea_orm::{DatabaseConnection, DbErr};

use crate::domain::affiliate::INITIAL_AFFILIATES;
use crate::store;

/// Runs the migrations, writes missing default retention rules, seeds the affiliates on
/// an empty database and, if `seed_demo`,
/// the demo jobs when there is no job yet. Safe to run on every start.
pub async fn prepare(db: &DatabaseConnection, seed_demo: bool) -> Result<(), DbErr> {
    store::migrate(db).await?;
    // Recounted at each start, so a count can never drift for longer than one run.
    let txn = store::begin_write(db).await?;
    store::advisory_lock(txn.conn(), "stage counts").await?;
    store::stage_counts::rebuild(txn.conn()).await?;
    txn.commit().await?;
    let rules = store::retention::seed_defaults(db, chrono::Utc::now()).await?;
    if rules > 0 {
        tracing::info!(rules, "wrote the default retention rules");
    }
    let created = store::affiliates::seed_if_empty(db, &INITIAL_AFFILIATES).await?;
    if created > 0 {
        tracing::info!(affiliates = created, "seeded the initial affiliates");
    }
    if seed_demo {
        let jobs = super::demo::seed_jobs_if_none(db).await?;
        if jobs > 0 {
            tracing::info!(jobs, "seeded the demo jobs");
        }
    }
    Ok(())
}
