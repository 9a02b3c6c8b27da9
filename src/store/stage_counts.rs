//! Applications counted per affiliate, job, stage and flag (migration 7), moved in the
//! same transaction as every change of an application's stage, creation or deletion.
//! [`rebuild`] recounts from the applications; the server does so at start.

use sea_orm::sea_query::{Expr, ExprTrait, OnConflict, Query};
use sea_orm::{ConnectionTrait, DbErr, Statement};

use crate::domain::pipeline::Stage;
use crate::domain::staff::Scope;
use crate::entities::application;

/// Where one application is counted.
fn key(application: &application::Model) -> (i32, i32, bool) {
    (
        application.affiliate_id,
        application.job_id,
        application.sensitive_categories.is_some(),
    )
}

async fn add(
    db: &impl ConnectionTrait,
    (affiliate, job, flagged): (i32, i32, bool),
    stage: &str,
    by: i64,
) -> Result<(), DbErr> {
    let insert = Query::insert()
        .into_table("stage_counts")
        .columns(["affiliate_id", "job_id", "stage", "flagged", "n"])
        .values_panic([
            affiliate.into(),
            job.into(),
            stage.into(),
            flagged.into(),
            by.into(),
        ])
        .on_conflict(
            OnConflict::columns(["affiliate_id", "job_id", "stage", "flagged"])
                .value("n", Expr::col(("stage_counts", "n")).add(by))
                .to_owned(),
        )
        .to_owned();
    db.execute(&insert).await?;
    Ok(())
}

/// Counts a new application (in its first stage).
pub async fn created(
    db: &impl ConnectionTrait,
    application: &application::Model,
) -> Result<(), DbErr> {
    add(db, key(application), &application.stage, 1).await
}

/// Moves an application's count from its stage to `to`.
pub async fn moved(
    db: &impl ConnectionTrait,
    application: &application::Model,
    to: Stage,
) -> Result<(), DbErr> {
    add(db, key(application), &application.stage, -1).await?;
    add(db, key(application), to.as_str(), 1).await
}

/// Uncounts a deleted application.
pub async fn deleted(
    db: &impl ConnectionTrait,
    application: &application::Model,
) -> Result<(), DbErr> {
    add(db, key(application), &application.stage, -1).await
}

/// Uncounts many deleted applications at once, as `(affiliate, job, flagged, stage)`.
pub async fn deleted_many<'a>(
    db: &impl ConnectionTrait,
    gone: impl IntoIterator<Item = (i32, i32, bool, &'a str)>,
) -> Result<(), DbErr> {
    let mut groups = std::collections::BTreeMap::<_, i64>::new();
    for (affiliate, job, flagged, stage) in gone {
        *groups
            .entry(((affiliate, job, flagged), stage))
            .or_default() += 1;
    }
    for ((key, stage), n) in groups {
        add(db, key, stage, -n).await?;
    }
    Ok(())
}

/// Recounts everything from the applications.
pub async fn rebuild(db: &impl ConnectionTrait) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    db.execute_raw(Statement::from_string(backend, "DELETE FROM stage_counts"))
        .await?;
    db.execute_raw(Statement::from_string(
        backend,
        "INSERT INTO stage_counts (affiliate_id, job_id, stage, flagged, n) \
         SELECT affiliate_id, job_id, stage, sensitive_categories IS NOT NULL, COUNT(*) \
         FROM applications GROUP BY affiliate_id, job_id, stage, sensitive_categories IS NOT NULL",
    ))
    .await?;
    Ok(())
}

/// Applications per stage within a scope, optionally of one job, one affiliate, and
/// flagged or not.
pub async fn per_stage(
    db: &impl ConnectionTrait,
    scope: &Scope,
    job: Option<i32>,
    affiliate: Option<i32>,
    flagged: Option<bool>,
) -> Result<Vec<(Stage, u64)>, DbErr> {
    let mut select = Query::select();
    select
        .expr_as(Expr::col("stage"), "stage")
        // SUM is a numeric on PostgreSQL: cast back to a big integer on both.
        .expr_as(Expr::cust("CAST(SUM(n) AS BIGINT)"), "n")
        .from("stage_counts")
        .group_by_col("stage");
    match scope {
        Scope::All => {}
        Scope::Affiliates(ids) if ids.is_empty() => {
            select.and_where(Expr::val(1).eq(0));
        }
        Scope::Affiliates(ids) => {
            select.and_where(Expr::col("affiliate_id").is_in(ids.clone()));
        }
    }
    if let Some(job) = job {
        select.and_where(Expr::col("job_id").eq(job));
    }
    if let Some(affiliate) = affiliate {
        select.and_where(Expr::col("affiliate_id").eq(affiliate));
    }
    if let Some(flagged) = flagged {
        select.and_where(Expr::col("flagged").eq(flagged));
    }
    let mut counts = Vec::new();
    for row in db.query_all(&select).await? {
        let stage: String = row.try_get("", "stage")?;
        let n: i64 = row.try_get("", "n")?;
        if let (Some(stage), Ok(n)) = (Stage::parse(&stage), u64::try_from(n))
            && n > 0
        {
            counts.push((stage, n));
        }
    }
    counts.sort();
    Ok(counts)
}
