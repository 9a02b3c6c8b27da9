//! Interviews as use cases: plans, scheduling (at a time, or slots for the applicant to
//! pick), moving and cancelling, the applicant's pick, scorecards and their reminders.
//! Each change is audited and its invitations queued in the transaction that makes it.
//!
//! Invitations leave the portal into calendars, so staff ones carry the application's
//! reference and a link, never the applicant's name or contact data; the applicant's
//! own carries their job and the place.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr};

use super::accounts::{Mailing, actor};
use super::mail::TemplateError;
use crate::domain::audit::{Action, Actor, Subject};
use crate::domain::calendar::{self, Attendee, Invitation, Method};
use crate::domain::interview::{
    InterviewStatus, Place, PlanStep, ScorecardEntry, pick_link_expiry,
};
use crate::domain::staff::StaffMember;
use crate::domain::time_zone::{self, stored_zone};
use crate::entities::{application, interview, job};
use crate::i18n::Lang;
use crate::keys::{new_token, token_hash};
use crate::store::audit::{self, Event, Occasion};
use crate::store::interviews::{self, InterviewView, Interviewer, NewInterview};
use crate::store::{self, scorecards};

/// Why an interview action failed on our side.
#[derive(Debug, thiserror::Error)]
pub enum InterviewError {
    #[error("database: {0}")]
    Database(#[from] DbErr),
    #[error(transparent)]
    Template(#[from] TemplateError),
}

/// When an interview takes place: a time, or slots the applicant picks from.
#[derive(Debug, Clone)]
pub enum When {
    At(DateTime<Utc>),
    Slots(Vec<DateTime<Utc>>),
}

/// A checked scheduling request.
#[derive(Debug, Clone)]
pub struct Schedule {
    pub step: PlanStep,
    pub interviewers: Vec<i32>,
    pub when: When,
    pub duration_minutes: i32,
    pub place: Place,
    pub applicant_zone: Tz,
    pub message: Option<String>,
    /// The scheduler saw the overlap warning and goes ahead.
    pub despite_overlaps: bool,
}

/// What scheduling did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scheduled {
    Created(i32),
    /// Interviewers already have interviews then: the times, for the warning.
    Overlaps(Vec<DateTime<Utc>>),
}

fn place_columns(place: &Place) -> (Option<String>, Option<String>) {
    match place {
        Place::Location(location) => (Some(location.clone()), None),
        Place::Video(url) => (None, Some(url.clone())),
    }
}

/// The host part of the public URL, for calendar UIDs.
fn uid_host(mailing: Mailing<'_>) -> String {
    let base = mailing.settings.base_url();
    base.split_once("://")
        .map_or(base, |(_, rest)| rest)
        .split(['/', ':'])
        .next()
        .unwrap_or("careers")
        .to_owned()
}

/// The people and texts of an application's interview invitations.
struct Parties {
    application: application::Model,
    job: job::Model,
    /// The job's title in the applicant's language, for their mails.
    applicant_job_title: String,
    applicant_name: Option<String>,
    applicant_email: Option<String>,
}

async fn parties(
    db: &impl ConnectionTrait,
    application: &application::Model,
) -> Result<Parties, DbErr> {
    let details = store::review::details(db, application).await?;
    let lang = Lang::stored(&application.language);
    let applicant_job_title = store::jobs::title_in(db, &details.job, lang).await?;
    Ok(Parties {
        application: application.clone(),
        job: details.job,
        applicant_job_title,
        applicant_name: details.candidate.as_ref().map(|c| c.full_name.clone()),
        applicant_email: details.candidate.map(|c| c.email),
    })
}

/// Queues the invitations (or cancellations) of an interview for everyone in it.
async fn queue_invitations(
    db: &impl ConnectionTrait,
    mailing: Mailing<'_>,
    parties: &Parties,
    interview: &interview::Model,
    interviewers: &[Interviewer],
    method: Method,
    now: DateTime<Utc>,
) -> Result<(), InterviewError> {
    let Some(starts) = interview.starts_at else {
        return Ok(());
    };
    let base = mailing.settings.base_url();
    let sequence = u32::try_from(interview.calendar_sequence).unwrap_or(0);
    let place = interview
        .video_url
        .clone()
        .or_else(|| interview.location.clone())
        .unwrap_or_default();
    let (from_name, from_address) = sender();
    let cancelled = method == Method::Cancel;
    if let (Some(name), Some(email)) = (&parties.applicant_name, &parties.applicant_email) {
        let zone = stored_zone(&interview.applicant_time_zone);
        let summary = format!("Interview: {} at Panopto", parties.job.title);
        let description = format!(
            "{} for {} ({}).{}",
            interview.step_name,
            parties.job.title,
            parties.application.public_ref,
            interview
                .message
                .as_ref()
                .map(|m| format!("\n\n{m}"))
                .unwrap_or_default()
        );
        let attendees = [Attendee {
            name: name.clone(),
            email: email.clone(),
        }];
        let ics = calendar::ics(&Invitation {
            method,
            uid: &interview.calendar_uid,
            sequence,
            summary: &summary,
            description: &description,
            location: interview.location.as_deref(),
            url: interview.video_url.as_deref(),
            starts,
            minutes: interview.duration_minutes,
            organizer: (from_name, from_address),
            attendees: &attendees,
            stamp: now,
        });
        let template = if cancelled {
            "interview_cancelled"
        } else {
            "interview_invitation"
        };
        let lang = Lang::stored(&parties.application.language);
        let mut mail = super::mail::render(
            mailing.views,
            lang,
            template,
            template,
            email,
            &[
                ("name", name),
                ("job_title", &parties.applicant_job_title),
                ("step", &interview.step_name),
                ("public_ref", &parties.application.public_ref),
                ("when", &time_zone::show_in(lang, starts, zone)),
                ("zone", zone.name()),
                ("minutes", &interview.duration_minutes.to_string()),
                ("place", &place),
                ("message", interview.message.as_deref().unwrap_or_default()),
                ("changed", if sequence > 0 { "yes" } else { "" }),
                ("privacy_url", &format!("{base}{}/privacy", lang.prefix())),
            ],
        )?;
        mail.calendar = Some(ics);
        store::outbox::enqueue(db, mail, Some(parties.application.id), now).await?;
    }
    // Staff calendars get the reference and a link only.
    let link = format!("{base}/staff/interviews/{}", interview.id);
    let summary = format!(
        "Interview {} ({})",
        parties.application.public_ref, interview.step_name
    );
    let description = format!(
        "{} for {}. Details and scorecard: {link}",
        interview.step_name, parties.job.title
    );
    let attendees: Vec<Attendee> = interviewers
        .iter()
        .map(|i| Attendee {
            name: i.name.clone(),
            email: i.email.clone(),
        })
        .collect();
    for interviewer in interviewers {
        let ics = calendar::ics(&Invitation {
            method,
            uid: &interview.calendar_uid,
            sequence,
            summary: &summary,
            description: &description,
            location: interview.location.as_deref(),
            url: interview.video_url.as_deref(),
            starts,
            minutes: interview.duration_minutes,
            organizer: (from_name, from_address),
            attendees: &attendees,
            stamp: now,
        });
        let zone = stored_zone(&interviewer.time_zone);
        let template = if cancelled {
            "interview_cancelled_staff"
        } else {
            "interview_invitation_staff"
        };
        let mut mail = super::mail::render(
            mailing.views,
            Lang::default_lang(),
            template,
            template,
            &interviewer.email,
            &[
                ("job_title", &parties.job.title),
                ("step", &interview.step_name),
                ("public_ref", &parties.application.public_ref),
                ("when", &time_zone::show_long(starts, zone)),
                ("minutes", &interview.duration_minutes.to_string()),
                ("place", &place),
                ("link", &link),
                ("changed", if sequence > 0 { "yes" } else { "" }),
            ],
        )?;
        mail.calendar = Some(ics);
        store::outbox::enqueue(db, mail, Some(parties.application.id), now).await?;
    }
    Ok(())
}

/// The portal's sender as an organiser: name and address.
fn sender() -> (&'static str, &'static str) {
    let from = super::mail::FROM;
    match from.split_once('<') {
        Some((name, rest)) => (name.trim(), rest.trim_end_matches('>')),
        None => ("Panopto Careers", from),
    }
}

/// Schedules an interview for an application in the member's scope. Interviewers must
/// be staff who may see it (the caller checked); overlaps with their other interviews
/// are returned for a warning unless `despite_overlaps`.
pub async fn schedule(
    db: &DatabaseConnection,
    mailing: Mailing<'_>,
    member: &StaffMember,
    application: &application::Model,
    schedule: Schedule,
    at: Occasion<'_>,
) -> Result<Scheduled, InterviewError> {
    let txn = store::begin_write(db).await?;
    if let When::At(starts) = schedule.when
        && !schedule.despite_overlaps
    {
        let clashes = interviews::conflicts(
            txn.conn(),
            &schedule.interviewers,
            starts,
            schedule.duration_minutes,
            None,
        )
        .await?;
        if !clashes.is_empty() {
            txn.rollback().await?;
            return Ok(Scheduled::Overlaps(
                clashes.into_iter().map(|(_, at)| at).collect(),
            ));
        }
    }
    let (location, video_url) = place_columns(&schedule.place);
    let (status, starts_at, slots, token) = match &schedule.when {
        When::At(starts) => (InterviewStatus::Scheduled, Some(*starts), Vec::new(), None),
        When::Slots(slots) => (
            InterviewStatus::AwaitingPick,
            None,
            slots.clone(),
            Some(new_token()),
        ),
    };
    let created = interviews::create(
        txn.conn(),
        NewInterview {
            application_id: application.id,
            step: &schedule.step,
            status,
            starts_at,
            duration_minutes: schedule.duration_minutes,
            location,
            video_url,
            applicant_time_zone: schedule.applicant_zone.name(),
            message: schedule.message.clone(),
            calendar_uid: format!("interview-{}@{}", &new_token()[..24], uid_host(mailing)),
            pick_token_hash: token.as_deref().map(token_hash),
            pick_expires_at: token.as_ref().map(|_| pick_link_expiry(&slots, at.now)),
            scheduled_by: member.id,
            interviewers: &schedule.interviewers,
            slots: &slots,
            now: at.now,
        },
    )
    .await?;
    let parties = parties(txn.conn(), application).await?;
    let people = interviews::of_application(txn.conn(), application.id)
        .await?
        .into_iter()
        .find(|v| v.interview.id == created.id)
        .map(|v| v.interviewers)
        .unwrap_or_default();
    match (&schedule.when, token) {
        (When::At(_), _) => {
            queue_invitations(
                txn.conn(),
                mailing,
                &parties,
                &created,
                &people,
                Method::Request,
                at.now,
            )
            .await?;
        }
        (When::Slots(slots), Some(token)) => {
            queue_pick_link(
                txn.conn(),
                mailing,
                &parties,
                &created,
                slots,
                &token,
                at.now,
            )
            .await?;
        }
        (When::Slots(_), None) => {}
    }
    let action = match schedule.when {
        When::At(_) => Action::InterviewScheduled,
        When::Slots(_) => Action::InterviewSlotsOffered,
    };
    audit::record(
        txn.conn(),
        Event::new(actor(member), action)
            .on(Subject::interview(created.id))
            .detail(serde_json::json!({
                "application": application.id,
                "interviewers": schedule.interviewers.len(),
                "slots": match &schedule.when { When::Slots(s) => s.len(), When::At(_) => 0 },
            })),
        at,
    )
    .await?;
    txn.commit().await?;
    Ok(Scheduled::Created(created.id))
}

/// Mails the applicant the link to pick a slot, the slots listed in their zone.
async fn queue_pick_link(
    db: &impl ConnectionTrait,
    mailing: Mailing<'_>,
    parties: &Parties,
    interview: &interview::Model,
    slots: &[DateTime<Utc>],
    token: &str,
    now: DateTime<Utc>,
) -> Result<(), InterviewError> {
    let (Some(name), Some(email)) = (&parties.applicant_name, &parties.applicant_email) else {
        return Ok(());
    };
    let zone = stored_zone(&interview.applicant_time_zone);
    let base = mailing.settings.base_url();
    let lang = Lang::stored(&parties.application.language);
    let listed: Vec<String> = slots
        .iter()
        .map(|s| format!("- {}", time_zone::show_in(lang, *s, zone)))
        .collect();
    let expires = interview
        .pick_expires_at
        .map(|e| time_zone::show_in(lang, e, zone))
        .unwrap_or_default();
    let mail = super::mail::render(
        mailing.views,
        lang,
        "interview_slots",
        "interview_slots",
        email,
        &[
            ("name", name),
            ("job_title", &parties.applicant_job_title),
            ("step", &interview.step_name),
            ("minutes", &interview.duration_minutes.to_string()),
            ("slots", &listed.join("\n")),
            ("zone", zone.name()),
            (
                "link",
                &format!("{base}{}/interviews/{token}", lang.prefix()),
            ),
            ("expires", &expires),
            ("message", interview.message.as_deref().unwrap_or_default()),
            ("privacy_url", &format!("{base}{}/privacy", lang.prefix())),
        ],
    )?;
    store::outbox::enqueue(db, mail, Some(parties.application.id), now).await?;
    Ok(())
}

/// A new time, length or place for a scheduled interview.
#[derive(Debug, Clone)]
pub struct Reschedule {
    pub starts: DateTime<Utc>,
    pub duration_minutes: i32,
    pub place: Place,
    pub despite_overlaps: bool,
}

/// What moving or cancelling did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Changed {
    Done,
    Overlaps(Vec<DateTime<Utc>>),
    /// Cancelled (or, for a move, not scheduled) meanwhile.
    NotNow,
}

/// Moves a scheduled interview and sends everyone the new invitation (same UID, a higher
/// SEQUENCE).
pub async fn reschedule(
    db: &DatabaseConnection,
    mailing: Mailing<'_>,
    member: &StaffMember,
    view: &InterviewView,
    application: &application::Model,
    change: Reschedule,
    at: Occasion<'_>,
) -> Result<Changed, InterviewError> {
    let txn = store::begin_write(db).await?;
    let ids: Vec<i32> = view.interviewers.iter().map(|i| i.id).collect();
    if !change.despite_overlaps {
        let clashes = interviews::conflicts(
            txn.conn(),
            &ids,
            change.starts,
            change.duration_minutes,
            Some(view.interview.id),
        )
        .await?;
        if !clashes.is_empty() {
            txn.rollback().await?;
            return Ok(Changed::Overlaps(
                clashes.into_iter().map(|(_, at)| at).collect(),
            ));
        }
    }
    let (location, video_url) = place_columns(&change.place);
    let Some(sequence) = interviews::reschedule(
        txn.conn(),
        &view.interview,
        change.starts,
        change.duration_minutes,
        location.clone(),
        video_url.clone(),
        at.now,
    )
    .await?
    else {
        txn.rollback().await?;
        return Ok(Changed::NotNow);
    };
    let moved = interview::Model {
        starts_at: Some(change.starts),
        duration_minutes: change.duration_minutes,
        location,
        video_url,
        calendar_sequence: sequence,
        ..view.interview.clone()
    };
    let parties = parties(txn.conn(), application).await?;
    queue_invitations(
        txn.conn(),
        mailing,
        &parties,
        &moved,
        &view.interviewers,
        Method::Request,
        at.now,
    )
    .await?;
    audit::record(
        txn.conn(),
        Event::new(actor(member), Action::InterviewRescheduled)
            .on(Subject::interview(view.interview.id))
            .detail(serde_json::json!({ "sequence": sequence })),
        at,
    )
    .await?;
    txn.commit().await?;
    Ok(Changed::Done)
}

/// Cancels an interview; everyone who was invited gets a CANCEL (an interview still
/// waiting for the applicant's pick had no invitations: its link just stops working).
pub async fn cancel(
    db: &DatabaseConnection,
    mailing: Mailing<'_>,
    member: &StaffMember,
    view: &InterviewView,
    application: &application::Model,
    at: Occasion<'_>,
) -> Result<Changed, InterviewError> {
    let txn = store::begin_write(db).await?;
    let Some(sequence) = interviews::cancel(txn.conn(), &view.interview, at.now).await? else {
        txn.rollback().await?;
        return Ok(Changed::NotNow);
    };
    let cancelled = interview::Model {
        calendar_sequence: sequence,
        ..view.interview.clone()
    };
    let parties = parties(txn.conn(), application).await?;
    queue_invitations(
        txn.conn(),
        mailing,
        &parties,
        &cancelled,
        &view.interviewers,
        Method::Cancel,
        at.now,
    )
    .await?;
    audit::record(
        txn.conn(),
        Event::new(actor(member), Action::InterviewCancelled)
            .on(Subject::interview(view.interview.id)),
        at,
    )
    .await?;
    txn.commit().await?;
    Ok(Changed::Done)
}

/// What the applicant's pick did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picked {
    Booked(DateTime<Utc>),
    /// Someone else got that time first (another tab, or another applicant for the same
    /// interviewers): the slots still free.
    Taken(Vec<(i32, DateTime<Utc>)>),
    /// The interview was booked (or cancelled) already.
    Settled,
}

/// The offered slots still free: in the future and not overlapping a booked interview
/// of any of its interviewers.
pub async fn free_slots(
    db: &impl ConnectionTrait,
    view: &InterviewView,
    now: DateTime<Utc>,
) -> Result<Vec<(i32, DateTime<Utc>)>, DbErr> {
    let ids: Vec<i32> = view.interviewers.iter().map(|i| i.id).collect();
    let mut free = Vec::new();
    for slot in view.slots.iter().filter(|s| s.starts_at > now) {
        let clashes = interviews::conflicts(
            db,
            &ids,
            slot.starts_at,
            view.interview.duration_minutes,
            Some(view.interview.id),
        )
        .await?;
        if clashes.is_empty() {
            free.push((slot.id, slot.starts_at));
        }
    }
    Ok(free)
}

/// Books the slot an applicant picked, atomically: interviewers' calendars are locked
/// (in id order, so two picks never deadlock), the slot is checked free again, and the
/// interview becomes scheduled only if it was still waiting.
pub async fn pick(
    db: &DatabaseConnection,
    mailing: Mailing<'_>,
    view: &InterviewView,
    slot_id: i32,
    at: Occasion<'_>,
) -> Result<Picked, InterviewError> {
    let txn = store::begin_write(db).await?;
    let mut ids: Vec<i32> = view.interviewers.iter().map(|i| i.id).collect();
    ids.sort_unstable();
    for id in &ids {
        store::advisory_lock(txn.conn(), &format!("interviewer-calendar:{id}")).await?;
    }
    let Some(current) = interviews::by_id(txn.conn(), view.interview.id).await? else {
        txn.rollback().await?;
        return Ok(Picked::Settled);
    };
    if current.status() != Some(InterviewStatus::AwaitingPick) {
        txn.rollback().await?;
        return Ok(Picked::Settled);
    }
    let free = free_slots(txn.conn(), &current, at.now).await?;
    let Some((_, starts)) = free.iter().find(|(id, _)| *id == slot_id).copied() else {
        txn.rollback().await?;
        return Ok(Picked::Taken(free));
    };
    if !interviews::book(txn.conn(), current.interview.id, starts, at.now).await? {
        txn.rollback().await?;
        return Ok(Picked::Settled);
    }
    let booked = interview::Model {
        status: InterviewStatus::Scheduled.as_str().to_owned(),
        starts_at: Some(starts),
        calendar_sequence: current.interview.calendar_sequence + 1,
        ..current.interview.clone()
    };
    let application = store::review::find_in_scope(
        txn.conn(),
        &crate::domain::staff::Scope::All,
        booked.application_id,
    )
    .await?
    .ok_or_else(|| DbErr::RecordNotFound("the interview's application".into()))?;
    let parties = parties(txn.conn(), &application).await?;
    queue_invitations(
        txn.conn(),
        mailing,
        &parties,
        &booked,
        &current.interviewers,
        Method::Request,
        at.now,
    )
    .await?;
    audit::record(
        txn.conn(),
        Event::new(Actor::Anonymous, Action::InterviewBooked).on(Subject::interview(booked.id)),
        at,
    )
    .await?;
    txn.commit().await?;
    Ok(Picked::Booked(starts))
}

/// Saves an interviewer's scorecard: a draft, or a submission (a new version once
/// submitted); submissions are audited without their text.
pub async fn save_scorecard(
    db: &DatabaseConnection,
    member: &StaffMember,
    view: &InterviewView,
    entry: &ScorecardEntry,
    submit: bool,
    at: Occasion<'_>,
) -> Result<Option<i32>, DbErr> {
    let txn = store::begin_write(db).await?;
    let version = scorecards::save(
        txn.conn(),
        view.interview.id,
        view.interview.application_id,
        member.id,
        entry,
        submit,
        at.now,
    )
    .await?;
    if let Some(version) = version {
        audit::record(
            txn.conn(),
            Event::new(actor(member), Action::ScorecardSubmitted)
                .on(Subject::interview(view.interview.id))
                .detail(serde_json::json!({
                    "version": version,
                    "recommendation": entry.recommendation.map(|r| r.as_str()),
                })),
            at,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(version)
}

/// Replaces a job's interview plan, audited.
pub async fn save_plan(
    db: &DatabaseConnection,
    member: &StaffMember,
    job: &job::Model,
    plan: &[PlanStep],
    at: Occasion<'_>,
) -> Result<(), DbErr> {
    let txn = store::begin_write(db).await?;
    interviews::save_plan(txn.conn(), job.id, plan).await?;
    audit::record(
        txn.conn(),
        Event::new(actor(member), Action::InterviewPlanChanged)
            .on(Subject::job(job.id))
            .detail(serde_json::json!({ "steps": plan.len() })),
        at,
    )
    .await?;
    txn.commit().await
}

/// Reminds each interviewer who has not submitted a scorecard a day after the interview
/// ended, once. Returns how many were reminded.
pub async fn send_scorecard_reminders(
    db: &DatabaseConnection,
    mailing: Mailing<'_>,
    now: DateTime<Utc>,
) -> Result<usize, InterviewError> {
    let mut sent = 0;
    for (interview, interviewer) in interviews::reminders_due(db, now).await? {
        let txn = store::begin_write(db).await?;
        if !interviews::mark_reminded(txn.conn(), interview.id, interviewer.id, now).await? {
            txn.rollback().await?;
            continue;
        }
        let reference = application_reference(txn.conn(), interview.application_id).await?;
        let when = interview
            .starts_at
            .map(|s| time_zone::show_long(s, stored_zone(&interviewer.time_zone)))
            .unwrap_or_default();
        let mail = super::mail::render(
            mailing.views,
            Lang::default_lang(),
            "scorecard_reminder",
            "scorecard_reminder",
            &interviewer.email,
            &[
                ("step", &interview.step_name),
                ("public_ref", &reference),
                ("when", &when),
                (
                    "link",
                    &format!(
                        "{}/staff/interviews/{}/scorecard",
                        mailing.settings.base_url(),
                        interview.id
                    ),
                ),
            ],
        )?;
        store::outbox::enqueue(txn.conn(), mail, Some(interview.application_id), now).await?;
        txn.commit().await?;
        sent += 1;
    }
    Ok(sent)
}

async fn application_reference(db: &impl ConnectionTrait, id: i32) -> Result<String, DbErr> {
    use sea_orm::EntityTrait;
    Ok(application::Entity::find_by_id(id)
        .one(db)
        .await?
        .map(|a| a.public_ref)
        .unwrap_or_default())
}
