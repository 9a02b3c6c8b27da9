//! Placing and releasing legal holds, audited. Both take the lock the retention sweep
//! takes before acting, so a hold placed while a sweep runs is either seen by the
//! sweep's next batch or waits until that batch is done: never half-seen.

use sea_orm::{DatabaseConnection, DbErr};

use super::accounts::actor;
use super::retention::HOLDS_LOCK;
use crate::domain::audit::{Action, Subject};
use crate::domain::legal_hold::{HoldTarget, NewHold};
use crate::domain::staff::StaffMember;
use crate::entities::legal_hold;
use crate::store::audit::{self, Event, Occasion};
use crate::store::{self, holds};

/// Why a hold was not placed.
#[derive(Debug, thiserror::Error)]
pub enum HoldError {
    #[error("no such {0}")]
    NoSuchTarget(&'static str),
    #[error("database: {0}")]
    Database(#[from] DbErr),
}

/// A placed hold and how many applications it covers now.
#[derive(Debug, Clone)]
pub struct Placed {
    pub hold: legal_hold::Model,
    pub covered: u64,
}

/// What the audit may say about a target: ids, never a person's email.
fn audit_target(target: &HoldTarget) -> serde_json::Value {
    match target {
        HoldTarget::Application(id) => {
            serde_json::json!({ "scope": "application", "application_id": id })
        }
        HoldTarget::Job(id) => serde_json::json!({ "scope": "job", "job_id": id }),
        HoldTarget::Candidate(_) => serde_json::json!({ "scope": "candidate" }),
    }
}

/// Places a hold.
pub async fn place(
    db: &DatabaseConnection,
    admin: &StaffMember,
    new: &NewHold,
    at: Occasion<'_>,
) -> Result<Placed, HoldError> {
    let txn = store::begin_write(db).await?;
    store::advisory_lock(txn.conn(), HOLDS_LOCK).await?;
    if !holds::target_exists(txn.conn(), &new.target).await? {
        return Err(HoldError::NoSuchTarget(match new.target {
            HoldTarget::Job(_) => "job",
            _ => "application",
        }));
    }
    let hold = holds::place(txn.conn(), new, admin.id, at.now).await?;
    let covered = holds::covered(txn.conn(), &new.target).await?;
    let mut detail = audit_target(&new.target);
    detail["covered"] = covered.into();
    audit::record(
        txn.conn(),
        Event::new(actor(admin), Action::HoldPlaced)
            .on(Subject::legal_hold(hold.id))
            .detail(detail),
        at,
    )
    .await?;
    txn.commit().await?;
    Ok(Placed { hold, covered })
}

/// Releases a standing hold; `None` if there is none with that id.
pub async fn release(
    db: &DatabaseConnection,
    admin: &StaffMember,
    id: i32,
    at: Occasion<'_>,
) -> Result<Option<legal_hold::Model>, DbErr> {
    let txn = store::begin_write(db).await?;
    store::advisory_lock(txn.conn(), HOLDS_LOCK).await?;
    let released = holds::release(txn.conn(), id, admin.id, at.now).await?;
    if let Some(hold) = &released {
        audit::record(
            txn.conn(),
            Event::new(actor(admin), Action::HoldReleased)
                .on(Subject::legal_hold(hold.id))
                // The case reference stays in the hold's record: it may name a person.
                .detail(serde_json::json!({ "scope": hold.scope })),
            at,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(released)
}
