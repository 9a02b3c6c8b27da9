//! Reviewing an application: stage moves (with the optional email to the applicant),
//! notes and ratings, each audited in the transaction that makes it. The application
//! passed in was found within the member's scope (`store::review::find_in_scope`).

use sea_orm::{DatabaseConnection, DbErr};

use super::accounts::{Mailing, actor};
use super::mail::TemplateError;
use crate::domain::audit::{Action, Subject};
use crate::domain::pipeline::{MoveRefused, Stage};
use crate::domain::staff::StaffMember;
use crate::entities::{application, candidate};
use crate::i18n::Lang;
use crate::store::audit::{self, Event, Occasion};
use crate::store::{self, review};

/// Why a review action failed on our side.
#[derive(Debug, thiserror::Error)]
pub enum ReviewError {
    #[error("database: {0}")]
    Database(#[from] DbErr),
    #[error(transparent)]
    Template(#[from] TemplateError),
}

/// A stage move as a reviewer asks for it.
pub struct StageMove<'a> {
    pub to: Stage,
    pub note: Option<&'a str>,
    /// Send the applicant the stage's email.
    pub notify: bool,
}

/// Moves the application if the pipeline and the member's role allow it.
pub async fn move_stage(
    db: &DatabaseConnection,
    mailing: Mailing<'_>,
    member: &StaffMember,
    application: &application::Model,
    asked: StageMove<'_>,
    at: Occasion<'_>,
) -> Result<Result<(), MoveRefused>, ReviewError> {
    let from = Stage::parse(&application.stage).ok_or(MoveRefused::NotAllowed);
    if let Err(refused) = from.and_then(|from| from.can_move(asked.to, member.role)) {
        return Ok(Err(refused));
    }
    let txn = store::begin_write(db).await?;
    let moved = review::move_stage(
        txn.conn(),
        application,
        asked.to,
        member.id,
        asked.note,
        at.now,
    )
    .await?;
    if !moved {
        txn.rollback().await?;
        return Ok(Err(MoveRefused::NotAllowed));
    }
    let mut notified = false;
    if asked.notify
        && let Some(candidate) = candidate_of(txn.conn(), application).await?
    {
        let job = review::details(txn.conn(), application).await?.job;
        let lang = Lang::stored(&application.language);
        let title = store::jobs::title_in(txn.conn(), &job, lang).await?;
        let privacy_url = format!("{}{}/privacy", mailing.settings.base_url(), lang.prefix());
        let mail = super::mail::render(
            mailing.views,
            lang,
            "stage_update",
            "stage_update",
            &candidate.email,
            &[
                ("name", &candidate.full_name),
                ("job_title", &title),
                ("public_ref", &application.public_ref),
                ("stage", asked.to.as_str()),
                ("privacy_url", &privacy_url),
            ],
        )?;
        store::outbox::enqueue(txn.conn(), mail, Some(application.id), at.now).await?;
        notified = true;
    }
    audit::record(
        txn.conn(),
        Event::new(actor(member), Action::StageMoved)
            .on(Subject::application(application.id))
            .detail(serde_json::json!({
                "from": application.stage,
                "to": asked.to.as_str(),
                "applicant_emailed": notified,
            })),
        at,
    )
    .await?;
    txn.commit().await?;
    Ok(Ok(()))
}

async fn candidate_of(
    db: &impl sea_orm::ConnectionTrait,
    application: &application::Model,
) -> Result<Option<candidate::Model>, DbErr> {
    use sea_orm::EntityTrait;
    match application.candidate_id {
        Some(id) => candidate::Entity::find_by_id(id).one(db).await,
        None => Ok(None),
    }
}

/// Adds a (validated) note, audited without its text.
pub async fn add_note(
    db: &DatabaseConnection,
    member: &StaffMember,
    application: &application::Model,
    body: &str,
    at: Occasion<'_>,
) -> Result<(), ReviewError> {
    let txn = store::begin_write(db).await?;
    let id = review::add_note(txn.conn(), application, member.id, body, at.now).await?;
    audit::record(
        txn.conn(),
        Event::new(actor(member), Action::NoteAdded)
            .on(Subject::application(application.id))
            .detail(serde_json::json!({ "note": id })),
        at,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Sets the member's (validated) rating, audited.
pub async fn rate(
    db: &DatabaseConnection,
    member: &StaffMember,
    application: &application::Model,
    score: i16,
    at: Occasion<'_>,
) -> Result<(), ReviewError> {
    let txn = store::begin_write(db).await?;
    review::rate(txn.conn(), application, member.id, score, at.now).await?;
    audit::record(
        txn.conn(),
        Event::new(actor(member), Action::Rated)
            .on(Subject::application(application.id))
            .detail(serde_json::json!({ "score": score })),
        at,
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// What reporting a minor did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MinorPurge {
    pub deleted: u64,
    /// Applications a legal hold keeps: deleted by the sweep once it is released.
    pub held: u64,
}

/// Reports an applicant as under 18 (docs/product.md, applying: nothing of theirs is kept). Every
/// application of theirs is marked, then deleted as retention deletes (rows, files,
/// mails, pending submissions; a tombstone each) unless a legal hold covers it. The
/// mark is committed first: should the deletion fail or the process die, the next
/// sweep finishes it.
pub async fn purge_minor(
    db: &DatabaseConnection,
    files: &dyn crate::store::files::ResumeStore,
    member: &StaffMember,
    application: &application::Model,
    at: Occasion<'_>,
) -> Result<MinorPurge, ReviewError> {
    let txn = store::begin_write(db).await?;
    let ids = store::retention::report_minor(txn.conn(), application, at.now).await?;
    audit::record(
        txn.conn(),
        Event::new(actor(member), Action::MinorPurged)
            .on(Subject::application(application.id))
            .detail(serde_json::json!({ "applications": ids })),
        at,
    )
    .await?;
    txn.commit().await?;
    let by = super::retention::Sweeper {
        actor: actor(member),
        request_id: at.request_id.map(str::to_owned),
    };
    let mut summary = super::retention::Summary::default();
    super::retention::act(db, files, &ids, at.now, &by, &mut summary).await?;
    Ok(MinorPurge {
        deleted: summary.deleted,
        held: (ids.len() as u64).saturating_sub(summary.deleted),
    })
}
