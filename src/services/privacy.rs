//! Applicants' privacy requests (docs/product.md, retention and privacy requests) as use cases: asking (a link is mailed when
//! the address is known, the answer is the same either way), verifying through the link
//! (single use, 24 hours) and carrying the request out: the access archive, a correction,
//! withdrawing every open application, or deleting everything. A deletion that a legal
//! hold or an open offer stops waits in the HR admin queue; it is finished by
//! [`complete_queued_deletions`] after a sweep, or by an HR admin's [`fulfil`].
//!
//! Audit events name requests and applications by id, with kinds and counts only.

mod archive;
mod deletion;
mod talent_pool;

pub use archive::Archive;
pub use deletion::{
    Deletion, Forgotten, Fulfilment, complete_queued_deletions, delete, forget_expired, fulfil,
};
pub use talent_pool::{RenewalOffer, renew, renewal_offer, send_talent_pool_reminders};

use chrono::{DateTime, Duration, Utc};
use sea_orm::{DatabaseConnection, DbErr};

use super::accounts::Mailing;
use super::mail::{TemplateError, render};
use crate::domain::application::Email;
use crate::domain::audit::{Action, Actor, Subject};
use crate::domain::pipeline::Stage;
use crate::domain::privacy_request::{
    Correction, Kind, LINK_HOURS, LINKS_PER_EMAIL_PER_HOUR, Outcome, Status, due_date, link_expiry,
};
use crate::entities::{candidate, privacy_request};
use crate::i18n::Lang;
use crate::keys::{new_token, token_hash};
use crate::store::audit::{self, Event, Occasion};
use crate::store::files::ResumeStore;
use crate::store::privacy_requests::{self as requests, NewRequest};
use crate::store::{self, applications, outbox, personal_data};

/// The mail kind carrying a verification link (its body is dropped once sent).
pub const LINK_MAIL: &str = "privacy_request_link";
/// The mail kind of a deletion receipt.
pub const RECEIPT_MAIL: &str = "deletion_receipt";

/// Why a privacy request could not be handled on our side.
#[derive(Debug, thiserror::Error)]
pub enum PrivacyError {
    #[error("database: {0}")]
    Database(#[from] DbErr),
    #[error(transparent)]
    Template(#[from] TemplateError),
    #[error("archive: {0}")]
    Archive(#[from] zip::result::ZipError),
    #[error("archive data: {0}")]
    Json(#[from] serde_json::Error),
    #[error("archive: {0}")]
    Io(#[from] std::io::Error),
}

/// A request whose link still works, with the person it is about.
#[derive(Debug, Clone)]
pub struct Opened {
    pub request: privacy_request::Model,
    pub kind: Kind,
    pub person: candidate::Model,
    /// The person's applications, and how many of them are undecided.
    pub applications: usize,
    pub open_applications: usize,
}

impl Opened {
    fn email(&self) -> &str {
        &self.person.email
    }
}

/// Takes a request from the public form. Only when someone applied with this address
/// is a request stored and a link mailed, at most [`LINKS_PER_EMAIL_PER_HOUR`] an hour;
/// the caller answers the same whatever happened here.
pub async fn ask(
    db: &DatabaseConnection,
    mailing: Mailing<'_>,
    kind: Kind,
    email: &Email,
    lang: Lang,
    at: Occasion<'_>,
) -> Result<(), PrivacyError> {
    let now = at.now;
    let txn = store::begin_write(db).await?;
    // Serialises requests so the hourly cap holds when several arrive at once.
    store::advisory_lock(txn.conn(), "privacy requests").await?;
    let Some(person) = personal_data::candidate(txn.conn(), email.as_str()).await? else {
        txn.rollback().await?;
        return Ok(());
    };
    let recent = requests::made_since(txn.conn(), &person.email, now - Duration::hours(1)).await?;
    if recent >= LINKS_PER_EMAIL_PER_HOUR {
        txn.rollback().await?;
        tracing::info!("privacy request not mailed: the hourly limit for its address is reached");
        return Ok(());
    }
    let token = new_token();
    requests::create(
        txn.conn(),
        NewRequest {
            kind,
            email: &person.email,
            token_hash: token_hash(&token),
            language: lang,
            now,
            expires_at: link_expiry(now),
        },
    )
    .await?;
    let link = format!(
        "{}{}/privacy/requests/verify/{token}",
        mailing.settings.base_url(),
        lang.prefix()
    );
    let mail = render(
        mailing.views,
        lang,
        LINK_MAIL,
        LINK_MAIL,
        &person.email,
        &[
            ("name", &person.full_name),
            ("kind", kind.as_str()),
            ("link", &link),
            ("hours", &LINK_HOURS.to_string()),
        ],
    )?;
    outbox::enqueue(txn.conn(), mail, None, now).await?;
    txn.commit().await?;
    Ok(())
}

/// The request behind a link, if the link still works and the person is still known.
/// Reading it changes nothing: mail scanners that open links do no harm.
pub async fn open(
    db: &DatabaseConnection,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<Opened>, DbErr> {
    let Some(request) = requests::find_usable(db, &token_hash(token), now).await? else {
        return Ok(None);
    };
    let (Ok(kind), Some(email)) = (Kind::parse(&request.kind), request.email.as_deref()) else {
        return Ok(None);
    };
    let Some(person) = personal_data::candidate(db, email).await? else {
        return Ok(None);
    };
    let applications = personal_data::applications(db, person.id).await?;
    let open_applications = applications
        .iter()
        .filter(|a| Stage::parse(&a.stage).is_some_and(|s| !s.is_decided()))
        .count();
    Ok(Some(Opened {
        applications: applications.len(),
        open_applications,
        request,
        kind,
        person,
    }))
}

fn verified_event(opened: &Opened) -> Event {
    Event::new(Actor::Anonymous, Action::PrivacyRequestVerified)
        .on(Subject::privacy_request(opened.request.id))
        .detail(serde_json::json!({ "kind": opened.kind.as_str() }))
}

fn fulfilled_event(by: Actor, id: i32, kind: Kind, detail: serde_json::Value) -> Event {
    let mut detail = detail;
    if let Some(map) = detail.as_object_mut() {
        map.insert("kind".into(), kind.as_str().into());
    }
    Event::new(by, Action::PrivacyRequestFulfilled)
        .on(Subject::privacy_request(id))
        .detail(detail)
}

/// Access: the archive of everything held about the address. The archive is built
/// first and handed over only if this post is the one that used the link.
pub async fn export(
    db: &DatabaseConnection,
    files: &dyn ResumeStore,
    opened: &Opened,
    at: Occasion<'_>,
) -> Result<Option<Archive>, PrivacyError> {
    let now = at.now;
    let held = personal_data::everything_about(db, opened.email()).await?;
    let archive = archive::build(&held, files, now).await?;
    let txn = store::begin_write(db).await?;
    if !requests::consume(
        txn.conn(),
        &opened.request,
        Status::Verified,
        due_date(now),
        now,
    )
    .await?
    {
        txn.rollback().await?;
        return Ok(None);
    }
    // Nothing more is sent for an access request: its address goes at once.
    requests::fulfil(
        txn.conn(),
        opened.request.id,
        Outcome::Exported,
        None,
        true,
        now,
    )
    .await?;
    let detail = serde_json::json!({
        "applications": held.applications.len(),
        "files": archive.files,
    });
    audit::record(txn.conn(), verified_event(opened), at).await?;
    let event = fulfilled_event(Actor::Anonymous, opened.request.id, opened.kind, detail);
    audit::record(txn.conn(), event, at).await?;
    txn.commit().await?;
    Ok(Some(archive))
}

/// Correction: the contact details become `correction`. `false` when the link no longer
/// works (used meanwhile) or the person is gone.
pub async fn correct(
    db: &DatabaseConnection,
    opened: &Opened,
    correction: &Correction,
    at: Occasion<'_>,
) -> Result<bool, PrivacyError> {
    let now = at.now;
    let txn = store::begin_write(db).await?;
    let person = personal_data::candidate(txn.conn(), opened.email()).await?;
    let used = requests::consume(
        txn.conn(),
        &opened.request,
        Status::Verified,
        due_date(now),
        now,
    );
    let (Some(person), true) = (person, used.await?) else {
        txn.rollback().await?;
        return Ok(false);
    };
    let changed = personal_data::correct(txn.conn(), &person, correction, now).await?;
    requests::fulfil(
        txn.conn(),
        opened.request.id,
        Outcome::Corrected,
        None,
        true,
        now,
    )
    .await?;
    audit::record(txn.conn(), verified_event(opened), at).await?;
    let detail = serde_json::json!({ "fields": changed });
    let event = fulfilled_event(Actor::Anonymous, opened.request.id, opened.kind, detail);
    audit::record(txn.conn(), event, at).await?;
    txn.commit().await?;
    Ok(true)
}

/// Withdraw: every open application of the person is withdrawn (each audited). Returns
/// how many, or `None` when the link no longer works.
pub async fn withdraw_all(
    db: &DatabaseConnection,
    opened: &Opened,
    at: Occasion<'_>,
) -> Result<Option<usize>, PrivacyError> {
    let now = at.now;
    let txn = store::begin_write(db).await?;
    if !requests::consume(
        txn.conn(),
        &opened.request,
        Status::Verified,
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
    // Each withdrawal is its own transaction (the status link's); a crash in between
    // leaves the request verified and visible, overdue in time, on /admin/requests.
    let mut withdrawn = 0;
    for application in personal_data::open_applications(db, opened.person.id).await? {
        if applications::withdraw(db, &application, now).await? {
            withdrawn += 1;
            let event = Event::new(Actor::Anonymous, Action::StageMoved)
                .on(Subject::application(application.id))
                .detail(serde_json::json!({
                    "from": application.stage,
                    "to": Stage::Withdrawn.as_str(),
                    "privacy_request_id": opened.request.id,
                }));
            audit::record(db, event, at).await?;
        }
    }
    let txn = store::begin_write(db).await?;
    requests::fulfil(
        txn.conn(),
        opened.request.id,
        Outcome::Withdrawn,
        None,
        true,
        now,
    )
    .await?;
    let detail = serde_json::json!({ "withdrawn": withdrawn });
    let event = fulfilled_event(Actor::Anonymous, opened.request.id, opened.kind, detail);
    audit::record(txn.conn(), event, at).await?;
    txn.commit().await?;
    Ok(Some(withdrawn))
}
