//! Offers as use cases: drafting and changing the terms, sending them through the
//! affiliate's approval chain, approvers' decisions, extending the offer and recording
//! the applicant's answer (acceptance moves the application to Hired). Every step is
//! audited in its transaction, without the salary.

use sea_orm::{DatabaseConnection, DbErr};

use super::accounts::actor;
use crate::domain::audit::{Action, Subject};
use crate::domain::offer::{Decision, OfferStatus, OfferStep, OfferTerms, may_decide};
use crate::domain::pipeline::Stage;
use crate::domain::staff::{Role, StaffMember};
use crate::entities::application;
use crate::store::audit::{self, Event, Occasion};
use crate::store::offers::{self, OfferView};
use crate::store::{self, review};

/// Why an offer action was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// The offer is not in a state that allows it (it moved on meanwhile, or never was).
    NotNow,
    /// Another offer of the application is still in play.
    AlreadyOpen,
    /// Not this member's step to decide.
    NotYourStep,
    /// The application could not be moved to the stage the step needs.
    Stage,
}

fn audit_event(member: &StaffMember, action: Action, offer_id: i32, application_id: i32) -> Event {
    Event::new(actor(member), action)
        .on(Subject::offer(offer_id))
        .detail(serde_json::json!({ "application": application_id }))
}

/// Drafts a new offer, or changes the terms of the open draft (or rejected) one.
pub async fn save_terms(
    db: &DatabaseConnection,
    member: &StaffMember,
    application: &application::Model,
    terms: &OfferTerms,
    at: Occasion<'_>,
) -> Result<Result<i32, Refused>, DbErr> {
    let txn = store::begin_write(db).await?;
    let latest = offers::latest(txn.conn(), application.id).await?;
    let (id, action) = match latest.as_ref().and_then(|o| o.status().map(|s| (o, s))) {
        Some((offer, status)) if status.after(OfferStep::Edit).is_some() => {
            if !offers::update_terms(txn.conn(), offer.offer.id, status, terms, at.now).await? {
                txn.rollback().await?;
                return Ok(Err(Refused::NotNow));
            }
            (offer.offer.id, Action::OfferUpdated)
        }
        Some((_, status)) if status.is_open() => {
            txn.rollback().await?;
            return Ok(Err(Refused::AlreadyOpen));
        }
        _ => {
            let offer =
                offers::create(txn.conn(), application.id, terms, member.id, at.now).await?;
            (offer.id, Action::OfferCreated)
        }
    };
    audit::record(
        txn.conn(),
        audit_event(member, action, id, application.id),
        at,
    )
    .await?;
    txn.commit().await?;
    Ok(Ok(id))
}

/// Sends the offer through the affiliate's chain: a new round of approval steps.
pub async fn submit(
    db: &DatabaseConnection,
    member: &StaffMember,
    application: &application::Model,
    offer: &OfferView,
    at: Occasion<'_>,
) -> Result<Result<(), Refused>, DbErr> {
    let Some(from) = offer
        .status()
        .filter(|s| s.after(OfferStep::Submit).is_some())
    else {
        return Ok(Err(Refused::NotNow));
    };
    let txn = store::begin_write(db).await?;
    if !offers::set_status(
        txn.conn(),
        offer.offer.id,
        from,
        OfferStatus::PendingApproval,
        at.now,
    )
    .await?
    {
        txn.rollback().await?;
        return Ok(Err(Refused::NotNow));
    }
    let chain = offers::chain_of(txn.conn(), application.affiliate_id).await?;
    offers::start_round(txn.conn(), offer.offer.id, &chain).await?;
    audit::record(
        txn.conn(),
        audit_event(
            member,
            Action::OfferSubmitted,
            offer.offer.id,
            application.id,
        ),
        at,
    )
    .await?;
    txn.commit().await?;
    Ok(Ok(()))
}

/// An approver's decision on the step waiting for their role. Approval of the last step
/// approves the offer; a rejection sends it back to be revised.
pub async fn decide(
    db: &DatabaseConnection,
    member: &StaffMember,
    application: &application::Model,
    offer: &OfferView,
    decision: Decision,
    comment: Option<String>,
    at: Occasion<'_>,
) -> Result<Result<(), Refused>, DbErr> {
    let Some(step) = offer.waiting_step() else {
        return Ok(Err(Refused::NotNow));
    };
    let step_role = Role::parse(&step.role).unwrap_or(Role::HrAdmin);
    if !may_decide(step_role, member.role, member.id, offer.offer.created_by) {
        return Ok(Err(Refused::NotYourStep));
    }
    let txn = store::begin_write(db).await?;
    if !offers::decide(txn.conn(), step.id, member.id, decision, comment, at.now).await? {
        txn.rollback().await?;
        return Ok(Err(Refused::NotNow));
    }
    let last = offer
        .approvals
        .iter()
        .all(|a| a.approval.id == step.id || a.approval.decision.is_some());
    let next = match decision {
        Decision::Reject => Some(OfferStatus::Rejected),
        Decision::Approve if last => Some(OfferStatus::Approved),
        Decision::Approve => None,
    };
    if let Some(next) = next
        && !offers::set_status(
            txn.conn(),
            offer.offer.id,
            OfferStatus::PendingApproval,
            next,
            at.now,
        )
        .await?
    {
        txn.rollback().await?;
        return Ok(Err(Refused::NotNow));
    }
    let action = match decision {
        Decision::Approve => Action::OfferApproved,
        Decision::Reject => Action::OfferRejected,
    };
    let event = Event::new(actor(member), action)
        .on(Subject::offer(offer.offer.id))
        .detail(serde_json::json!({ "application": application.id, "step": step.position + 1, "role": step.role }));
    audit::record(txn.conn(), event, at).await?;
    txn.commit().await?;
    Ok(Ok(()))
}

/// Extends, records the answer to, or withdraws an offer. Extending moves the
/// application to the offer stage (if it is not there), acceptance to Hired: in the
/// same transaction, with the stage move's own history line and audit event.
pub async fn step(
    db: &DatabaseConnection,
    member: &StaffMember,
    application: &application::Model,
    offer: &OfferView,
    step: OfferStep,
    at: Occasion<'_>,
) -> Result<Result<(), Refused>, DbErr> {
    let Some((from, to)) = offer.status().and_then(|s| s.after(step).map(|to| (s, to))) else {
        return Ok(Err(Refused::NotNow));
    };
    let current = Stage::parse(&application.stage);
    let stage = match step {
        OfferStep::Extend => Some(Stage::Offer),
        OfferStep::Accept => Some(Stage::Hired),
        _ => None,
    }
    .filter(|stage| current != Some(*stage));
    if let Some(stage) = stage
        && current.is_none_or(|c| c.can_move(stage, member.role).is_err())
    {
        return Ok(Err(Refused::Stage));
    }
    let txn = store::begin_write(db).await?;
    if !offers::set_status(txn.conn(), offer.offer.id, from, to, at.now).await? {
        txn.rollback().await?;
        return Ok(Err(Refused::NotNow));
    }
    if let Some(stage) = stage {
        if !review::move_stage(txn.conn(), application, stage, member.id, None, at.now).await? {
            txn.rollback().await?;
            return Ok(Err(Refused::Stage));
        }
        let moved = Event::new(actor(member), Action::StageMoved)
            .on(Subject::application(application.id))
            .detail(serde_json::json!({
                "from": application.stage,
                "to": stage.as_str(),
                "applicant_emailed": false,
                "offer": offer.offer.id,
            }));
        audit::record(txn.conn(), moved, at).await?;
    }
    let action = match step {
        OfferStep::Extend => Action::OfferExtended,
        OfferStep::Accept => Action::OfferAccepted,
        OfferStep::Decline => Action::OfferDeclined,
        _ => Action::OfferWithdrawn,
    };
    audit::record(
        txn.conn(),
        audit_event(member, action, offer.offer.id, application.id),
        at,
    )
    .await?;
    txn.commit().await?;
    Ok(Ok(()))
}

/// Replaces an affiliate's approval chain, audited.
pub async fn save_chain(
    db: &DatabaseConnection,
    member: &StaffMember,
    affiliate_id: i32,
    chain: &[Role],
    at: Occasion<'_>,
) -> Result<(), DbErr> {
    let txn = store::begin_write(db).await?;
    offers::save_chain(txn.conn(), affiliate_id, chain).await?;
    audit::record(
        txn.conn(),
        Event::new(actor(member), Action::OfferChainChanged).detail(serde_json::json!({
            "affiliate": affiliate_id,
            "chain": chain.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
        })),
        at,
    )
    .await?;
    txn.commit().await
}
