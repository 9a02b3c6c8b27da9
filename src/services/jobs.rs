//! Job postings as use cases: create, change, open and close, each audited in the
//! transaction that makes it. The job passed in was found within the member's scope
//! (`store::review::job_in_scope`).

use sea_orm::{DatabaseConnection, DbErr};

use super::accounts::actor;
use crate::domain::audit::{Action, Subject};
use crate::domain::job::JobStatus;
use crate::domain::job_posting::Posting;
use crate::domain::staff::StaffMember;
use crate::entities::{affiliate, job};
use crate::store::audit::{self, Event, Occasion};
use crate::store::jobs::{self, NewJob};
use crate::store::{self, staff};

/// Creates a job of `affiliate` (one of the member's), as a draft or open.
pub async fn create(
    db: &DatabaseConnection,
    member: &StaffMember,
    affiliate: &affiliate::Model,
    posting: &Posting,
    status: JobStatus,
    at: Occasion<'_>,
) -> Result<job::Model, DbErr> {
    let txn = store::begin_write(db).await?;
    let job = jobs::insert(
        txn.conn(),
        NewJob::from_posting(affiliate.id, posting, status, at.now),
    )
    .await?;
    audit::record(
        txn.conn(),
        Event::new(actor(member), Action::JobCreated)
            .on(Subject::job(job.id))
            .detail(serde_json::json!({ "status": status.as_str(), "affiliate": affiliate.code })),
        at,
    )
    .await?;
    txn.commit().await?;
    Ok(job)
}

/// Replaces a job's posting and its assigned hiring managers; only active members of
/// the job's affiliate can be assigned, others are dropped.
pub async fn update(
    db: &DatabaseConnection,
    member: &StaffMember,
    job: &job::Model,
    posting: &Posting,
    managers: &[i32],
    at: Occasion<'_>,
) -> Result<(), DbErr> {
    let eligible: Vec<i32> = staff::members_of_affiliate(db, job.affiliate_id)
        .await?
        .into_iter()
        .map(|m| m.id)
        .collect();
    let mut managers: Vec<i32> = managers
        .iter()
        .copied()
        .filter(|id| eligible.contains(id))
        .collect();
    managers.sort_unstable();
    managers.dedup();
    let txn = store::begin_write(db).await?;
    jobs::update_posting(txn.conn(), job.id, posting, at.now).await?;
    jobs::assign_managers(txn.conn(), job.id, &managers).await?;
    audit::record(
        txn.conn(),
        Event::new(actor(member), Action::JobUpdated)
            .on(Subject::job(job.id))
            .detail(serde_json::json!({ "hiring_managers": managers })),
        at,
    )
    .await?;
    txn.commit().await
}

/// Opens, closes or returns a job to draft; its applications are not touched.
pub async fn change_status(
    db: &DatabaseConnection,
    member: &StaffMember,
    job: &job::Model,
    status: JobStatus,
    at: Occasion<'_>,
) -> Result<(), DbErr> {
    let txn = store::begin_write(db).await?;
    jobs::set_status(txn.conn(), job, status, at.now).await?;
    audit::record(
        txn.conn(),
        Event::new(actor(member), Action::JobStatusChanged)
            .on(Subject::job(job.id))
            .detail(serde_json::json!({ "from": job.status, "to": status.as_str() })),
        at,
    )
    .await?;
    txn.commit().await
}
