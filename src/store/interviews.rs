//! Interviews: a job's plan, interviews with their interviewers and offered slots, who
//! may interview for an application, and the calendar conflicts of interviewers. Every
//! lookup reached from a staff route goes through the application's scope.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DbErr, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

use crate::domain::interview::{Focus, InterviewStatus, PlanStep, default_plan};
use crate::domain::staff::{Role, Scope};
use crate::entities::{
    application, interview, interview_focus, interview_interviewer, interview_slot, interview_step,
    staff_user, staff_user_affiliate,
};

/// A job's plan: the one saved for it, or the default plan while none is.
pub async fn plan_of(db: &impl ConnectionTrait, job_id: i32) -> Result<Vec<PlanStep>, DbErr> {
    let steps = interview_step::Entity::find()
        .filter(interview_step::Column::JobId.eq(job_id))
        .order_by_asc(interview_step::Column::Position)
        .all(db)
        .await?;
    if steps.is_empty() {
        return Ok(default_plan());
    }
    let ids: Vec<i32> = steps.iter().map(|s| s.id).collect();
    let mut focus: HashMap<i32, Vec<Focus>> = HashMap::new();
    for row in interview_focus::Entity::find()
        .filter(interview_focus::Column::StepId.is_in(ids))
        .order_by_asc(interview_focus::Column::Position)
        .all(db)
        .await?
    {
        focus.entry(row.step_id).or_default().push(Focus {
            category: row.category,
            name: row.name,
        });
    }
    Ok(steps
        .into_iter()
        .map(|step| PlanStep {
            focus: focus.remove(&step.id).unwrap_or_default(),
            name: step.name,
            duration_minutes: step.duration_minutes,
        })
        .collect())
}

/// Replaces a job's plan (inside the caller's transaction).
pub async fn save_plan(
    db: &impl ConnectionTrait,
    job_id: i32,
    plan: &[PlanStep],
) -> Result<(), DbErr> {
    interview_step::Entity::delete_many()
        .filter(interview_step::Column::JobId.eq(job_id))
        .exec(db)
        .await?;
    for (position, step) in (0..).zip(plan) {
        let saved = interview_step::ActiveModel {
            job_id: Set(job_id),
            position: Set(position),
            name: Set(step.name.clone()),
            duration_minutes: Set(step.duration_minutes),
            ..Default::default()
        }
        .insert(db)
        .await?;
        if step.focus.is_empty() {
            continue;
        }
        interview_focus::Entity::insert_many((0..).zip(&step.focus).map(|(position, f)| {
            interview_focus::ActiveModel {
                step_id: Set(saved.id),
                position: Set(position),
                category: Set(f.category.clone()),
                name: Set(f.name.clone()),
                ..Default::default()
            }
        }))
        .exec(db)
        .await?;
    }
    Ok(())
}

/// A staff member as an interviewer: who, and where their calendar is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Interviewer {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub time_zone: String,
}

impl From<staff_user::Model> for Interviewer {
    fn from(user: staff_user::Model) -> Self {
        Self {
            id: user.id,
            name: user.display_name,
            email: user.email,
            time_zone: user.time_zone,
        }
    }
}

/// Active staff who may see applications of this affiliate: HR admins, and hiring
/// managers and recruiters who belong to it.
pub async fn who_may_see(
    db: &impl ConnectionTrait,
    affiliate_id: i32,
) -> Result<Vec<Interviewer>, DbErr> {
    let members: Vec<i32> = staff_user_affiliate::Entity::find()
        .filter(staff_user_affiliate::Column::AffiliateId.eq(affiliate_id))
        .all(db)
        .await?
        .into_iter()
        .map(|link| link.staff_user_id)
        .collect();
    Ok(staff_user::Entity::find()
        .filter(staff_user::Column::Active.eq(true))
        .filter(
            Condition::any()
                .add(staff_user::Column::Role.eq(Role::HrAdmin.as_str()))
                .add(staff_user::Column::Id.is_in(members)),
        )
        .order_by_asc(staff_user::Column::DisplayName)
        .all(db)
        .await?
        .into_iter()
        .map(Interviewer::from)
        .collect())
}

/// An interview with its people and slots.
#[derive(Debug, Clone)]
pub struct InterviewView {
    pub interview: interview::Model,
    pub interviewers: Vec<Interviewer>,
    pub slots: Vec<interview_slot::Model>,
}

impl InterviewView {
    /// The focus attributes it was scheduled with.
    pub fn focus(&self) -> Vec<Focus> {
        serde_json::from_str(&self.interview.focus).unwrap_or_default()
    }

    /// Its state.
    pub fn status(&self) -> Option<InterviewStatus> {
        InterviewStatus::parse(&self.interview.status)
    }

    /// Whether `staff_id` is one of its interviewers.
    pub fn has_interviewer(&self, staff_id: i32) -> bool {
        self.interviewers.iter().any(|i| i.id == staff_id)
    }
}

/// The interviews of an application, soonest first (slots offered last).
pub async fn of_application(
    db: &impl ConnectionTrait,
    application_id: i32,
) -> Result<Vec<InterviewView>, DbErr> {
    let mut interviews = interview::Entity::find()
        .filter(interview::Column::ApplicationId.eq(application_id))
        .all(db)
        .await?;
    // The databases order missing starts differently: timed ones first, in time order.
    interviews.sort_by_key(|i| (i.starts_at.is_none(), i.starts_at, i.id));
    with_people(db, interviews).await
}

async fn with_people(
    db: &impl ConnectionTrait,
    interviews: Vec<interview::Model>,
) -> Result<Vec<InterviewView>, DbErr> {
    if interviews.is_empty() {
        return Ok(Vec::new());
    }
    let ids: Vec<i32> = interviews.iter().map(|i| i.id).collect();
    let links = interview_interviewer::Entity::find()
        .filter(interview_interviewer::Column::InterviewId.is_in(ids.clone()))
        .all(db)
        .await?;
    let people: HashMap<i32, Interviewer> = staff_user::Entity::find()
        .filter(
            staff_user::Column::Id.is_in(links.iter().map(|l| l.staff_user_id).collect::<Vec<_>>()),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, Interviewer::from(u)))
        .collect();
    let mut slots: HashMap<i32, Vec<interview_slot::Model>> = HashMap::new();
    for slot in interview_slot::Entity::find()
        .filter(interview_slot::Column::InterviewId.is_in(ids))
        .order_by_asc(interview_slot::Column::StartsAt)
        .all(db)
        .await?
    {
        slots.entry(slot.interview_id).or_default().push(slot);
    }
    Ok(interviews
        .into_iter()
        .map(|interview| {
            let mut interviewers: Vec<Interviewer> = links
                .iter()
                .filter(|l| l.interview_id == interview.id)
                .filter_map(|l| people.get(&l.staff_user_id).cloned())
                .collect();
            interviewers.sort_by(|a, b| a.name.cmp(&b.name));
            InterviewView {
                slots: slots.remove(&interview.id).unwrap_or_default(),
                interview,
                interviewers,
            }
        })
        .collect())
}

/// An interview and its application, if the application is in `scope`.
pub async fn find_in_scope(
    db: &impl ConnectionTrait,
    scope: &Scope,
    id: i32,
) -> Result<Option<(InterviewView, application::Model)>, DbErr> {
    let Some(interview) = interview::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    let Some(application) =
        super::review::find_in_scope(db, scope, interview.application_id).await?
    else {
        return Ok(None);
    };
    let view = with_people(db, vec![interview]).await?.pop();
    Ok(view.map(|view| (view, application)))
}

/// An interview by id, with its people and slots (no scope: for the applicant's link and
/// the server's own work).
pub async fn by_id(db: &impl ConnectionTrait, id: i32) -> Result<Option<InterviewView>, DbErr> {
    let Some(interview) = interview::Entity::find_by_id(id).one(db).await? else {
        return Ok(None);
    };
    Ok(with_people(db, vec![interview]).await?.pop())
}

/// An interview by the hash of its self-scheduling link, while the link lives.
pub async fn by_pick_token(
    db: &impl ConnectionTrait,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<Option<InterviewView>, DbErr> {
    let Some(interview) = interview::Entity::find()
        .filter(interview::Column::PickTokenHash.eq(token_hash))
        .filter(interview::Column::PickExpiresAt.gt(now))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(with_people(db, vec![interview]).await?.pop())
}

/// A booked interview of one of these interviewers that overlaps `starts`..`+minutes`,
/// other than `except`: the first such, with its start.
pub async fn conflicts(
    db: &impl ConnectionTrait,
    interviewers: &[i32],
    starts: DateTime<Utc>,
    minutes: i32,
    except: Option<i32>,
) -> Result<Vec<(i32, DateTime<Utc>)>, DbErr> {
    if interviewers.is_empty() {
        return Ok(Vec::new());
    }
    let theirs: Vec<i32> = interview_interviewer::Entity::find()
        .filter(interview_interviewer::Column::StaffUserId.is_in(interviewers.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.interview_id)
        .filter(|id| Some(*id) != except)
        .collect();
    if theirs.is_empty() {
        return Ok(Vec::new());
    }
    // Interviews last at most eight hours: only those starting in that window can overlap.
    let earliest = starts
        - Duration::minutes(i64::from(
            crate::domain::interview::DURATION_MINUTES.end().to_owned(),
        ));
    let end = starts + Duration::minutes(i64::from(minutes));
    Ok(interview::Entity::find()
        .filter(interview::Column::Id.is_in(theirs))
        .filter(interview::Column::Status.eq(InterviewStatus::Scheduled.as_str()))
        .filter(interview::Column::StartsAt.gt(earliest))
        .filter(interview::Column::StartsAt.lt(end))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|i| {
            let at = i.starts_at?;
            crate::domain::interview::overlaps(at, i.duration_minutes, starts, minutes)
                .then_some((i.id, at))
        })
        .collect())
}

/// An interview to create.
pub struct NewInterview<'a> {
    pub application_id: i32,
    pub step: &'a PlanStep,
    pub status: InterviewStatus,
    pub starts_at: Option<DateTime<Utc>>,
    pub duration_minutes: i32,
    pub location: Option<String>,
    pub video_url: Option<String>,
    pub applicant_time_zone: &'a str,
    pub message: Option<String>,
    pub calendar_uid: String,
    pub pick_token_hash: Option<String>,
    pub pick_expires_at: Option<DateTime<Utc>>,
    pub scheduled_by: i32,
    pub interviewers: &'a [i32],
    pub slots: &'a [DateTime<Utc>],
    pub now: DateTime<Utc>,
}

/// Creates an interview with its interviewers and slots (inside the caller's transaction).
pub async fn create(
    db: &impl ConnectionTrait,
    new: NewInterview<'_>,
) -> Result<interview::Model, DbErr> {
    let focus = serde_json::to_string(&new.step.focus).map_err(|e| DbErr::Custom(e.to_string()))?;
    let created = interview::ActiveModel {
        application_id: Set(new.application_id),
        step_name: Set(new.step.name.clone()),
        focus: Set(focus),
        status: Set(new.status.as_str().to_owned()),
        starts_at: Set(new.starts_at),
        duration_minutes: Set(new.duration_minutes),
        location: Set(new.location),
        video_url: Set(new.video_url),
        applicant_time_zone: Set(new.applicant_time_zone.to_owned()),
        message: Set(new.message),
        calendar_uid: Set(new.calendar_uid),
        calendar_sequence: Set(0),
        pick_token_hash: Set(new.pick_token_hash),
        pick_expires_at: Set(new.pick_expires_at),
        scheduled_by: Set(Some(new.scheduled_by)),
        created_at: Set(new.now),
        updated_at: Set(new.now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    interview_interviewer::Entity::insert_many(new.interviewers.iter().map(|id| {
        interview_interviewer::ActiveModel {
            interview_id: Set(created.id),
            staff_user_id: Set(*id),
            reminded_at: Set(None),
        }
    }))
    .exec(db)
    .await?;
    if !new.slots.is_empty() {
        interview_slot::Entity::insert_many(new.slots.iter().map(|at| {
            interview_slot::ActiveModel {
                interview_id: Set(created.id),
                starts_at: Set(*at),
                ..Default::default()
            }
        }))
        .exec(db)
        .await?;
    }
    Ok(created)
}

/// Moves a scheduled interview (a new time, length or place), raising its calendar
/// sequence. Returns the new sequence, or `None` when it is no longer scheduled.
pub async fn reschedule(
    db: &impl ConnectionTrait,
    interview: &interview::Model,
    starts_at: DateTime<Utc>,
    minutes: i32,
    location: Option<String>,
    video_url: Option<String>,
    now: DateTime<Utc>,
) -> Result<Option<i32>, DbErr> {
    let sequence = interview.calendar_sequence + 1;
    let changed = interview::Entity::update_many()
        .col_expr(interview::Column::StartsAt, Expr::value(Some(starts_at)))
        .col_expr(interview::Column::DurationMinutes, Expr::value(minutes))
        .col_expr(interview::Column::Location, Expr::value(location))
        .col_expr(interview::Column::VideoUrl, Expr::value(video_url))
        .col_expr(interview::Column::CalendarSequence, Expr::value(sequence))
        .col_expr(interview::Column::UpdatedAt, Expr::value(now))
        .filter(interview::Column::Id.eq(interview.id))
        .filter(interview::Column::Status.eq(InterviewStatus::Scheduled.as_str()))
        .filter(interview::Column::CalendarSequence.eq(interview.calendar_sequence))
        .exec(db)
        .await?;
    Ok((changed.rows_affected == 1).then_some(sequence))
}

/// Cancels an interview that is not already cancelled; its link stops working and its
/// slots go. Returns the new calendar sequence, or `None` if it was cancelled already.
pub async fn cancel(
    db: &impl ConnectionTrait,
    interview: &interview::Model,
    now: DateTime<Utc>,
) -> Result<Option<i32>, DbErr> {
    let sequence = interview.calendar_sequence + 1;
    let changed = interview::Entity::update_many()
        .col_expr(
            interview::Column::Status,
            Expr::value(InterviewStatus::Cancelled.as_str()),
        )
        .col_expr(
            interview::Column::PickTokenHash,
            Expr::value(Option::<String>::None),
        )
        .col_expr(interview::Column::CalendarSequence, Expr::value(sequence))
        .col_expr(interview::Column::UpdatedAt, Expr::value(now))
        .filter(interview::Column::Id.eq(interview.id))
        .filter(interview::Column::Status.ne(InterviewStatus::Cancelled.as_str()))
        .exec(db)
        .await?;
    if changed.rows_affected == 0 {
        return Ok(None);
    }
    interview_slot::Entity::delete_many()
        .filter(interview_slot::Column::InterviewId.eq(interview.id))
        .exec(db)
        .await?;
    Ok(Some(sequence))
}

/// Books an awaiting interview at a slot: the link is used up and the slots go. `false`
/// when the interview was booked (or cancelled) meanwhile.
pub async fn book(
    db: &impl ConnectionTrait,
    interview_id: i32,
    starts_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let changed = interview::Entity::update_many()
        .col_expr(
            interview::Column::Status,
            Expr::value(InterviewStatus::Scheduled.as_str()),
        )
        .col_expr(interview::Column::StartsAt, Expr::value(Some(starts_at)))
        .col_expr(
            interview::Column::PickTokenHash,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            interview::Column::CalendarSequence,
            Expr::col(interview::Column::CalendarSequence).add(1),
        )
        .col_expr(interview::Column::UpdatedAt, Expr::value(now))
        .filter(interview::Column::Id.eq(interview_id))
        .filter(interview::Column::Status.eq(InterviewStatus::AwaitingPick.as_str()))
        .exec(db)
        .await?;
    if changed.rows_affected == 0 {
        return Ok(false);
    }
    interview_slot::Entity::delete_many()
        .filter(interview_slot::Column::InterviewId.eq(interview_id))
        .exec(db)
        .await?;
    Ok(true)
}

/// Scheduled interviews whose end was 24 hours ago or more, with the interviewers who
/// have neither submitted a scorecard nor been reminded.
pub async fn reminders_due(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
) -> Result<Vec<(interview::Model, Interviewer)>, DbErr> {
    // Interviews last at most eight hours: those starting a day and eight hours ago or
    // earlier are candidates, checked exactly below.
    let latest_start = now - Duration::hours(24);
    let interviews = interview::Entity::find()
        .filter(interview::Column::Status.eq(InterviewStatus::Scheduled.as_str()))
        .filter(interview::Column::StartsAt.lte(latest_start))
        .filter(interview::Column::StartsAt.gt(now - Duration::days(14)))
        .all(db)
        .await?;
    let mut due = Vec::new();
    for interview in interviews {
        let Some(starts) = interview.starts_at else {
            continue;
        };
        if crate::domain::interview::reminder_due(starts, interview.duration_minutes) > now {
            continue;
        }
        let waiting = interview_interviewer::Entity::find()
            .filter(interview_interviewer::Column::InterviewId.eq(interview.id))
            .filter(interview_interviewer::Column::RemindedAt.is_null())
            .all(db)
            .await?;
        for link in waiting {
            let submitted =
                super::scorecards::submitted_by(db, interview.id, link.staff_user_id).await?;
            if submitted {
                continue;
            }
            if let Some(user) = staff_user::Entity::find_by_id(link.staff_user_id)
                .one(db)
                .await?
                && user.active
            {
                due.push((interview.clone(), Interviewer::from(user)));
            }
        }
    }
    Ok(due)
}

/// Records that an interviewer was reminded; `false` if someone else did it first.
pub async fn mark_reminded(
    db: &impl ConnectionTrait,
    interview_id: i32,
    staff_id: i32,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let changed = interview_interviewer::Entity::update_many()
        .col_expr(
            interview_interviewer::Column::RemindedAt,
            Expr::value(Some(now)),
        )
        .filter(interview_interviewer::Column::InterviewId.eq(interview_id))
        .filter(interview_interviewer::Column::StaffUserId.eq(staff_id))
        .filter(interview_interviewer::Column::RemindedAt.is_null())
        .exec(db)
        .await?;
    Ok(changed.rows_affected == 1)
}

/// Removes what interviews of these applications say about the person: places, links,
/// messages and offered slots (anonymisation keeps the rest as statistics).
pub async fn anonymise(
    db: &impl ConnectionTrait,
    application_ids: &[i32],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if application_ids.is_empty() {
        return Ok(());
    }
    let ids: Vec<i32> = interview::Entity::find()
        .filter(interview::Column::ApplicationId.is_in(application_ids.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|i| i.id)
        .collect();
    if ids.is_empty() {
        return Ok(());
    }
    interview_slot::Entity::delete_many()
        .filter(interview_slot::Column::InterviewId.is_in(ids.clone()))
        .exec(db)
        .await?;
    interview::Entity::update_many()
        .col_expr(
            interview::Column::Location,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            interview::Column::VideoUrl,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            interview::Column::Message,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            interview::Column::PickTokenHash,
            Expr::value(Option::<String>::None),
        )
        .col_expr(interview::Column::UpdatedAt, Expr::value(now))
        .filter(interview::Column::Id.is_in(ids.clone()))
        .exec(db)
        .await?;
    super::scorecards::anonymise(db, &ids).await
}
