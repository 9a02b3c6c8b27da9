//! Deletion requests: verified and queued first, then carried out by the retention code
//! (`services::retention::act`), which keeps what a legal hold covers or an open offer
//! stops. Queued ones are finished after a sweep ([`complete_queued_deletions`]) or by
//! an HR admin ([`fulfil`]); a receipt goes out and the address is then forgotten
//! ([`forget_expired`]).

use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, DbErr};

use super::{Opened, PrivacyError, RECEIPT_MAIL, fulfilled_event, verified_event};
use crate::domain::audit::Actor;
use crate::domain::privacy_request::{Kind, Outcome, Status, due_date};
use crate::domain::retention::Reason;
use crate::domain::staff::StaffMember;
use crate::entities::privacy_request;
use crate::i18n::Lang;
use crate::services::accounts::{Mailing, actor};
use crate::services::mail::render;
use crate::services::retention::{self, Summary, Sweeper};
use crate::store::audit::{self, Occasion};
use crate::store::files::ResumeStore;
use crate::store::privacy_requests as requests;
use crate::store::{self, outbox, personal_data};

/// What became of a deletion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deletion {
    /// Everything is gone; the receipt is on its way.
    Done,
    /// Some applications stay for now: `held` under a legal hold, `offer` because an
    /// offer is open (an HR admin decides). The request waits in the queue.
    Waiting { held: usize, offer: usize },
}

/// Deletion: the request is verified and queued first (so the sweep sees it whatever
/// happens next), then every application of the person is acted on by the retention
/// code, which keeps what a hold covers or an open offer stops.
pub async fn delete(
    db: &DatabaseConnection,
    files: &dyn ResumeStore,
    mailing: Mailing<'_>,
    opened: &Opened,
    at: Occasion<'_>,
) -> Result<Option<Deletion>, PrivacyError> {
    let now = at.now;
    let txn = store::begin_write(db).await?;
    if !requests::consume(
        txn.conn(),
        &opened.request,
        Status::Queued,
        due_date(now),
        now,
    )
    .await?
    {
        txn.rollback().await?;
        return Ok(None);
    }
    audit::record(txn.conn(), verified_event(opened), at).await?;
    txn.commit().await?;
    let by = Sweeper {
        actor: Actor::Anonymous,
        request_id: at.request_id.map(str::to_owned),
    };
    let outcome = carry_out(db, files, opened.email(), now, &by, at).await?;
    if outcome == Deletion::Done {
        finish(
            db,
            mailing,
            &opened.request,
            opened.email(),
            Actor::Anonymous,
            at,
        )
        .await?;
    }
    Ok(Some(outcome))
}

/// Deletes every application of the person with `email` that may go now, and the person
/// once nothing is left.
async fn carry_out(
    db: &DatabaseConnection,
    files: &dyn ResumeStore,
    email: &str,
    verified_at: DateTime<Utc>,
    by: &Sweeper,
    at: Occasion<'_>,
) -> Result<Deletion, PrivacyError> {
    let Some(person) = personal_data::candidate(db, email).await? else {
        return Ok(Deletion::Done);
    };
    let ids: Vec<i32> = personal_data::applications(db, person.id)
        .await?
        .iter()
        .map(|a| a.id)
        .collect();
    let mut summary = Summary::default();
    let decisions = retention::act(db, files, &ids, at.now, by, &mut summary).await?;
    let Some(person) = personal_data::candidate(db, email).await? else {
        return Ok(Deletion::Done);
    };
    let left = personal_data::applications(db, person.id).await?;
    if left.iter().any(|a| a.submitted_at <= verified_at) {
        let count = |reason| decisions.iter().filter(|(_, d)| d.reason == reason).count();
        return Ok(Deletion::Waiting {
            held: count(Reason::LegalHold),
            offer: count(Reason::OfferOpen),
        });
    }
    if !left.is_empty() {
        // Only applications made after the request remain: they are not part of it.
        return Ok(Deletion::Done);
    }
    // A person without applications (the retention code removes them with their last
    // one; this covers a row left some other way).
    let txn = store::begin_write(db).await?;
    let keys = personal_data::forget_person_without_applications(txn.conn(), &person).await?;
    // The next sweep removes the journalled files.
    store::retention::journal(txn.conn(), &keys, at.now).await?;
    txn.commit().await?;
    Ok(Deletion::Done)
}

/// Marks a deletion fulfilled and queues its receipt (the address is dropped once the
/// receipt has gone: see [`forget_expired`]).
async fn finish(
    db: &DatabaseConnection,
    mailing: Mailing<'_>,
    request: &privacy_request::Model,
    email: &str,
    by: Actor,
    at: Occasion<'_>,
) -> Result<(), PrivacyError> {
    let now = at.now;
    let lang = Lang::stored(&request.language);
    let day = |t: DateTime<Utc>| lang.formats().date(t.date_naive());
    let verified = request.verified_at.unwrap_or(now);
    let mail = render(
        mailing.views,
        lang,
        RECEIPT_MAIL,
        RECEIPT_MAIL,
        email,
        &[
            ("requested_on", &day(request.requested_at)),
            ("verified_on", &day(verified)),
            ("deleted_on", &day(now)),
        ],
    )?;
    let txn = store::begin_write(db).await?;
    if !requests::fulfil(
        txn.conn(),
        request.id,
        Outcome::Deleted,
        by.staff_id(),
        false,
        now,
    )
    .await?
    {
        // Another instance finished it first; one receipt is enough.
        txn.rollback().await?;
        return Ok(());
    }
    outbox::enqueue(txn.conn(), mail, None, now).await?;
    let event = fulfilled_event(by, request.id, Kind::Deletion, serde_json::json!({}));
    audit::record(txn.conn(), event, at).await?;
    txn.commit().await?;
    Ok(())
}

/// Finishes queued deletions whose person has no application left from before the
/// request (the sweep deleted them after a hold was released): fulfilled, receipt
/// queued. Returns how many.
pub async fn complete_queued_deletions(
    db: &DatabaseConnection,
    mailing: Mailing<'_>,
    now: DateTime<Utc>,
) -> Result<usize, PrivacyError> {
    let at = Occasion::unattended(now);
    let mut done = 0;
    for request in requests::queued_deletions(db).await? {
        let Some(email) = request.email.clone() else {
            continue;
        };
        let verified_at = request.verified_at.unwrap_or(now);
        if let Some(person) = personal_data::candidate(db, &email).await? {
            let left = personal_data::applications(db, person.id).await?;
            if left.iter().any(|a| a.submitted_at <= verified_at) {
                continue;
            }
            // Applications made after the request are not part of it: they, and so the
            // person, stay.
            if left.is_empty() {
                let txn = store::begin_write(db).await?;
                let keys =
                    personal_data::forget_person_without_applications(txn.conn(), &person).await?;
                store::retention::journal(txn.conn(), &keys, now).await?;
                txn.commit().await?;
            }
        }
        finish(db, mailing, &request, &email, Actor::System, at).await?;
        done += 1;
    }
    Ok(done)
}

/// What an HR admin's fulfil did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fulfilment {
    /// Everything is deleted; the receipt is on its way.
    Done,
    /// A legal hold still covers `held` applications: the request stays queued.
    Held { held: usize },
    /// The request is not a queued deletion.
    NotQueued,
}

/// An HR admin fulfils a queued deletion: everything not under a legal hold is deleted,
/// open offers included (the admin decided; the order is kept on the request, so the
/// sweep deletes the rest once a hold is released).
pub async fn fulfil(
    db: &DatabaseConnection,
    files: &dyn ResumeStore,
    mailing: Mailing<'_>,
    request: &privacy_request::Model,
    admin: &StaffMember,
    at: Occasion<'_>,
) -> Result<Fulfilment, PrivacyError> {
    let queued =
        request.kind == Kind::Deletion.as_str() && request.status == Status::Queued.as_str();
    let Some(email) = request.email.as_deref().filter(|_| queued) else {
        return Ok(Fulfilment::NotQueued);
    };
    requests::order_fulfilment(db, request.id, admin.id, at.now).await?;
    let by = Sweeper {
        actor: actor(admin),
        request_id: at.request_id.map(str::to_owned),
    };
    let verified_at = request.verified_at.unwrap_or(at.now);
    match carry_out(db, files, email, verified_at, &by, at).await? {
        Deletion::Done => {
            finish(db, mailing, request, email, actor(admin), at).await?;
            Ok(Fulfilment::Done)
        }
        Deletion::Waiting { held, .. } => Ok(Fulfilment::Held { held }),
    }
}

/// What [`forget_expired`] removed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Forgotten {
    /// Unverified requests whose link expired, deleted with their address.
    pub expired: u64,
    /// Fulfilled deletions whose receipt went out (or was given up on): address dropped,
    /// and the receipt's outbox row deleted with the address it held.
    pub addresses: u64,
}

/// Forgets what requests no longer need: expired unverified requests, and the address
/// of fulfilled deletions once their receipt has been sent. For the server's periodic
/// clean-up.
pub async fn forget_expired(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> Result<Forgotten, DbErr> {
    let expired = requests::forget_expired(db, now).await?;
    let mut addresses = 0;
    for request in requests::awaiting_receipt(db).await? {
        let Some(email) = request.email.as_deref() else {
            continue;
        };
        let txn = store::begin_write(db).await?;
        let receipts = requests::receipts_to(txn.conn(), email, RECEIPT_MAIL).await?;
        if receipts.iter().any(|m| m.status == outbox::PENDING) {
            txn.rollback().await?;
            continue;
        }
        let sent = receipts
            .iter()
            .filter(|m| m.status == outbox::SENT)
            .filter_map(|m| m.sent_at)
            .max();
        requests::forget_mails(txn.conn(), receipts.iter().map(|m| m.id)).await?;
        requests::forget_address(txn.conn(), request.id, sent, now).await?;
        txn.commit().await?;
        addresses += 1;
    }
    Ok(Forgotten { expired, addresses })
}
