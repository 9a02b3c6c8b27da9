//! Interviews for staff: a job's interview plan, scheduling from an application (a time,
//! or slots the applicant picks from), an interview's page with moving and cancelling,
//! and each interviewer's scorecard. An interview of an application outside the
//! member's scope answers 404, and so does the scorecard of an interview one does not
//! attend. Times are entered and shown in the member's own zone.

use chrono::Duration;
use rocket::form::{Form, FromForm};
use rocket::http::{CookieJar, Status};
use rocket::request::FlashMessage;
use rocket::response::{Flash, Redirect};
use rocket::{Either, State, get, post, routes, uri};
use sea_orm::DatabaseConnection;
use serde::Serialize;

use super::{Recruiter, Staff, page};
use crate::config::Settings;
use crate::domain::interview::{
    self, Place, PlanStep, Rating, RawScorecard, RawStep, Recommendation, focus_lines,
    sees_others_scorecards,
};
use crate::domain::staff::{Role, StaffMember};
use crate::domain::time_zone::{self, parse_zone};
use crate::entities::application;
use crate::error::{AppError, AppResult};
use crate::services::accounts::Mailing;
use crate::services::interviews::{
    self, Changed, InterviewError, Reschedule, Schedule, Scheduled, When,
};
use crate::store::audit::Occasion;
use crate::store::interviews::{self as store, InterviewView};
use crate::store::{review, scorecards};
use crate::views::Views;
use crate::web::csrf::{CsrfForm, CsrfToken, check_token};
use crate::web::views::Page;

/// The routes of this module.
pub fn routes() -> Vec<rocket::Route> {
    routes![
        plan_page,
        save_plan,
        new_page,
        create,
        interview_page,
        reschedule,
        cancel,
        scorecard_page,
        save_scorecard
    ]
}

impl From<InterviewError> for AppError {
    fn from(error: InterviewError) -> Self {
        match error {
            InterviewError::Database(error) => AppError::Database(error),
            other => AppError::internal("interviews", other),
        }
    }
}

type Answer = Either<Flash<Redirect>, (Status, Page)>;

fn to_application(id: i32) -> Redirect {
    Redirect::to(format!("/staff/applications/{id}"))
}

fn to_interview(id: i32) -> Redirect {
    Redirect::to(uri!(interview_page(id = id)))
}

// ---- The interview plan ----

#[derive(Serialize)]
struct StepRow {
    name: String,
    duration: String,
    focus: String,
}

fn rows_of(plan: &[PlanStep]) -> Vec<StepRow> {
    let mut rows: Vec<StepRow> = plan
        .iter()
        .map(|s| StepRow {
            name: s.name.clone(),
            duration: s.duration_minutes.to_string(),
            focus: focus_lines(&s.focus),
        })
        .collect();
    // Two blank rows to add steps without JavaScript.
    for _ in 0..2 {
        if rows.len() < interview::MAX_STEPS {
            rows.push(StepRow {
                name: String::new(),
                duration: String::new(),
                focus: String::new(),
            });
        }
    }
    rows
}

async fn job_in_scope(
    db: &DatabaseConnection,
    member: &StaffMember,
    id: i32,
) -> AppResult<crate::entities::job::Model> {
    review::job_in_scope(db, &member.scope(), id)
        .await?
        .ok_or(AppError::NotFound)
}

#[get("/staff/jobs/<id>/interview-plan")]
async fn plan_page(
    id: i32,
    staff: Staff,
    csrf: CsrfToken,
    flash: Option<FlashMessage<'_>>,
    db: &State<DatabaseConnection>,
) -> AppResult<Page> {
    let job = job_in_scope(db, &staff.member, id).await?;
    let plan = store::plan_of(db.inner(), job.id).await?;
    Ok(
        plan_form(&staff, &csrf, &job, rows_of(&plan), None, Status::Ok)
            .with("message", &flash.map(|f| f.message().to_owned())),
    )
}

fn plan_form(
    staff: &Staff,
    csrf: &CsrfToken,
    job: &crate::entities::job::Model,
    rows: Vec<StepRow>,
    error: Option<String>,
    status: Status,
) -> Page {
    page("staff/interview_plan.html", staff, csrf)
        .status(status)
        .with("job_id", &job.id)
        .with("job_title", &job.title)
        .with("rows", &rows)
        .with("can_edit", &staff.member.role.includes(Role::Recruiter))
        .with("error", &error)
}

#[derive(FromForm)]
struct StepForm<'r> {
    name: Option<&'r str>,
    duration: Option<&'r str>,
    focus: Option<&'r str>,
}

#[derive(FromForm)]
struct PlanForm<'r> {
    steps: Vec<StepForm<'r>>,
    csrf_token: Option<&'r str>,
}

#[post("/staff/jobs/<id>/interview-plan", data = "<form>")]
async fn save_plan(
    id: i32,
    recruiter: Recruiter,
    form: Form<PlanForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
) -> AppResult<Answer> {
    check_token(jar, form.csrf_token)?;
    let staff = &recruiter.0;
    let job = job_in_scope(db, &staff.member, id).await?;
    let raw: Vec<RawStep<'_>> = form
        .steps
        .iter()
        .map(|s| RawStep {
            name: s.name.unwrap_or(""),
            duration: s.duration.unwrap_or(""),
            focus: s.focus.unwrap_or(""),
        })
        .collect();
    match interview::parse_plan(&raw) {
        Ok(plan) => {
            interviews::save_plan(db, &staff.member, &job, &plan, at).await?;
            Ok(Either::Left(Flash::success(
                Redirect::to(uri!(plan_page(id = job.id))),
                "The interview plan is saved. Interviews scheduled from now on follow it.",
            )))
        }
        Err(error) => {
            let rows = raw
                .iter()
                .map(|r| StepRow {
                    name: r.name.to_owned(),
                    duration: r.duration.to_owned(),
                    focus: r.focus.to_owned(),
                })
                .collect();
            Ok(Either::Right((
                Status::UnprocessableEntity,
                plan_form(
                    staff,
                    &csrf,
                    &job,
                    rows,
                    Some(error),
                    Status::UnprocessableEntity,
                ),
            )))
        }
    }
}

// ---- Scheduling ----

/// The scheduling form's values as typed.
#[derive(Serialize, Default, Clone)]
struct ScheduleValues {
    step: String,
    interviewers: Vec<i32>,
    mode: String,
    start: String,
    slots: String,
    duration: String,
    location: String,
    video_url: String,
    applicant_time_zone: String,
    message: String,
}

struct ScheduleContext {
    application: application::Model,
    job: crate::entities::job::Model,
    plan: Vec<PlanStep>,
    people: Vec<store::Interviewer>,
    country_zone: Option<&'static str>,
}

async fn schedule_context(
    db: &DatabaseConnection,
    member: &StaffMember,
    id: i32,
) -> AppResult<ScheduleContext> {
    let application = review::find_in_scope(db, &member.scope(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    if application.anonymised_at.is_some() {
        return Err(AppError::NotFound);
    }
    let details = review::details(db, &application).await?;
    let plan = store::plan_of(db, details.job.id).await?;
    let people = store::who_may_see(db, application.affiliate_id).await?;
    let country_zone = details
        .candidate
        .as_ref()
        .and_then(|c| time_zone::of_country(&c.country))
        .map(|z| z.name());
    Ok(ScheduleContext {
        application,
        job: details.job,
        plan,
        people,
        country_zone,
    })
}

#[derive(Serialize)]
struct StepChoice {
    index: usize,
    name: String,
    minutes: i32,
}

fn schedule_form(
    staff: &Staff,
    csrf: &CsrfToken,
    context: &ScheduleContext,
    values: &ScheduleValues,
    errors: &[(&str, String)],
    overlaps: &[String],
    status: Status,
) -> Page {
    let steps: Vec<StepChoice> = context
        .plan
        .iter()
        .enumerate()
        .map(|(index, s)| StepChoice {
            index,
            name: s.name.clone(),
            minutes: s.duration_minutes,
        })
        .collect();
    let people: Vec<(i32, String, &str)> = context
        .people
        .iter()
        .map(|p| (p.id, p.name.clone(), p.time_zone.as_str()))
        .collect();
    page("staff/interview_new.html", staff, csrf)
        .status(status)
        .with("application_id", &context.application.id)
        .with("public_ref", &context.application.public_ref)
        .with("job_title", &context.job.title)
        .with("steps", &steps)
        .with("people", &people)
        .with("zones", &time_zone::choices())
        .with("my_zone", &staff.member.time_zone)
        .with("values", values)
        .with("errors", &errors)
        .with("overlaps", &overlaps)
        .with("max_interviewers", &interview::MAX_INTERVIEWERS)
}

#[get("/staff/applications/<id>/interviews/new")]
async fn new_page(
    id: i32,
    recruiter: Recruiter,
    csrf: CsrfToken,
    db: &State<DatabaseConnection>,
) -> AppResult<Page> {
    let context = schedule_context(db, &recruiter.0.member, id).await?;
    let first = context.plan.first();
    let values = ScheduleValues {
        step: "0".into(),
        interviewers: vec![recruiter.0.member.id]
            .into_iter()
            .filter(|me| context.people.iter().any(|p| p.id == *me))
            .collect(),
        mode: "time".into(),
        duration: first
            .map(|s| s.duration_minutes.to_string())
            .unwrap_or_default(),
        applicant_time_zone: context.country_zone.unwrap_or_default().to_owned(),
        ..ScheduleValues::default()
    };
    Ok(schedule_form(
        &recruiter.0,
        &csrf,
        &context,
        &values,
        &[],
        &[],
        Status::Ok,
    ))
}

#[derive(FromForm)]
struct ScheduleForm<'r> {
    step: Option<&'r str>,
    interviewer: Vec<&'r str>,
    mode: Option<&'r str>,
    start: Option<&'r str>,
    slots: Option<&'r str>,
    duration: Option<&'r str>,
    location: Option<&'r str>,
    video_url: Option<&'r str>,
    applicant_time_zone: Option<&'r str>,
    message: Option<&'r str>,
    confirm_overlap: Option<&'r str>,
    csrf_token: Option<&'r str>,
}

impl ScheduleForm<'_> {
    fn values(&self) -> ScheduleValues {
        let text = |v: Option<&str>| v.unwrap_or("").to_owned();
        ScheduleValues {
            step: text(self.step),
            interviewers: self
                .interviewer
                .iter()
                .filter_map(|i| i.trim().parse().ok())
                .collect(),
            mode: text(self.mode),
            start: text(self.start),
            slots: text(self.slots),
            duration: text(self.duration),
            location: text(self.location),
            video_url: text(self.video_url),
            applicant_time_zone: text(self.applicant_time_zone),
            message: text(self.message),
        }
    }
}

/// The form checked against the application's plan and people, or every problem.
fn parse_schedule(
    form: &ScheduleForm<'_>,
    context: &ScheduleContext,
    member: &StaffMember,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Schedule, Vec<(&'static str, String)>> {
    let mut errors: Vec<(&'static str, String)> = Vec::new();
    let step = form
        .step
        .and_then(|s| s.trim().parse::<usize>().ok())
        .and_then(|i| context.plan.get(i).cloned());
    if step.is_none() {
        errors.push(("step", "Choose a step of the job's interview plan.".into()));
    }
    let mut interviewers: Vec<i32> = Vec::new();
    for raw in &form.interviewer {
        match raw.trim().parse::<i32>() {
            Ok(id) if context.people.iter().any(|p| p.id == id) => {
                if !interviewers.contains(&id) {
                    interviewers.push(id);
                }
            }
            _ => {
                errors.push((
                    "interviewers",
                    "Interviewers must be staff who may see this application.".into(),
                ));
                break;
            }
        }
    }
    if interviewers.is_empty() || interviewers.len() > interview::MAX_INTERVIEWERS {
        errors.push((
            "interviewers",
            format!("Choose 1 to {} interviewers.", interview::MAX_INTERVIEWERS),
        ));
    }
    let duration = form
        .duration
        .and_then(|d| d.trim().parse::<i32>().ok())
        .filter(|d| interview::DURATION_MINUTES.contains(d));
    if duration.is_none() {
        errors.push(("duration", "The length must be 15 to 480 minutes.".into()));
    }
    let zone = member.zone();
    let when = match form.mode.unwrap_or("time") {
        "slots" => match interview::parse_slots(form.slots.unwrap_or(""), zone, now) {
            Ok(slots) => Some(When::Slots(slots)),
            Err(error) => {
                errors.push(("slots", error));
                None
            }
        },
        _ => match interview::parse_start(form.start.unwrap_or(""), zone, now) {
            Ok(start) => Some(When::At(start)),
            Err(error) => {
                errors.push(("start", error));
                None
            }
        },
    };
    let place = match Place::parse(form.location.unwrap_or(""), form.video_url.unwrap_or("")) {
        Ok(place) => Some(place),
        Err(error) => {
            errors.push(("location", error.into()));
            None
        }
    };
    let applicant_zone = match parse_zone(form.applicant_time_zone.unwrap_or("")) {
        Ok(zone) => Some(zone),
        Err(error) => {
            errors.push(("applicant_time_zone", error.into()));
            None
        }
    };
    let message = match interview::parse_message(form.message.unwrap_or("")) {
        Ok(message) => Some(message),
        Err(error) => {
            errors.push(("message", error.into()));
            None
        }
    };
    match (step, duration, when, place, applicant_zone, message) {
        (
            Some(step),
            Some(duration_minutes),
            Some(when),
            Some(place),
            Some(applicant_zone),
            Some(message),
        ) if errors.is_empty() => Ok(Schedule {
            step,
            interviewers,
            when,
            duration_minutes,
            place,
            applicant_zone,
            message,
            despite_overlaps: form.confirm_overlap == Some("yes"),
        }),
        _ => Err(errors),
    }
}

#[post("/staff/applications/<id>/interviews/new", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn create(
    id: i32,
    recruiter: Recruiter,
    form: Form<ScheduleForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    views: &State<Views>,
    settings: &State<Settings>,
) -> AppResult<Answer> {
    check_token(jar, form.csrf_token)?;
    let staff = &recruiter.0;
    let context = schedule_context(db, &staff.member, id).await?;
    let refuse = |errors: &[(&str, String)], overlaps: &[String]| {
        let status = if overlaps.is_empty() {
            Status::UnprocessableEntity
        } else {
            Status::Conflict
        };
        Either::Right((
            status,
            schedule_form(
                staff,
                &csrf,
                &context,
                &form.values(),
                errors,
                overlaps,
                status,
            ),
        ))
    };
    let schedule = match parse_schedule(&form, &context, &staff.member, at.now) {
        Ok(schedule) => schedule,
        Err(errors) => return Ok(refuse(&errors, &[])),
    };
    let offered_slots = matches!(schedule.when, When::Slots(_));
    let mailing = Mailing { views, settings };
    match interviews::schedule(
        db,
        mailing,
        &staff.member,
        &context.application,
        schedule,
        at,
    )
    .await?
    {
        Scheduled::Created(interview) => Ok(Either::Left(Flash::success(
            to_interview(interview),
            if offered_slots {
                "The slots are offered: the applicant has been sent a link to pick one."
            } else {
                "The interview is scheduled: invitations are on their way to the applicant and the interviewers."
            },
        ))),
        Scheduled::Overlaps(times) => {
            let shown: Vec<String> = times.into_iter().map(|t| staff.member.time(t)).collect();
            Ok(refuse(&[], &shown))
        }
    }
}

// ---- One interview ----

async fn interview_in_scope(
    db: &DatabaseConnection,
    member: &StaffMember,
    id: i32,
) -> AppResult<(InterviewView, application::Model)> {
    store::find_in_scope(db, &member.scope(), id)
        .await?
        .ok_or(AppError::NotFound)
}

/// A submitted scorecard as a page shows it.
#[derive(Serialize)]
pub(crate) struct CardView {
    pub interviewer: String,
    pub step: String,
    pub recommendation: String,
    pub takeaways: Option<String>,
    pub version: i32,
    pub submitted: Option<String>,
    pub ratings: Vec<(String, String, String)>,
}

/// The submitted scorecards of an application that this member may read, and whether
/// others' are hidden from them (independent feedback).
pub(crate) async fn visible_scorecards(
    db: &DatabaseConnection,
    member: &StaffMember,
    application_id: i32,
    interviews: &[InterviewView],
) -> AppResult<(Vec<CardView>, bool)> {
    let interviews_in_it = interviews.iter().any(|v| v.has_interviewer(member.id));
    let cards = scorecards::submitted_for(db, application_id).await?;
    let submitted_own = cards
        .iter()
        .any(|(card, _)| card.interviewer_id == member.id);
    let sees_all = sees_others_scorecards(member.role, interviews_in_it, submitted_own);
    let step_of = |interview_id: i32| {
        interviews
            .iter()
            .find(|v| v.interview.id == interview_id)
            .map(|v| v.interview.step_name.clone())
            .unwrap_or_default()
    };
    let visible = cards
        .into_iter()
        .filter(|(card, _)| sees_all || card.interviewer_id == member.id)
        .map(|(card, name)| CardView {
            interviewer: name,
            step: step_of(card.interview_id),
            recommendation: card
                .recommendation
                .as_deref()
                .and_then(Recommendation::parse)
                .map_or("", Recommendation::label)
                .to_owned(),
            takeaways: card.takeaways.clone(),
            version: card.version,
            submitted: card.submitted_at.map(|t| member.time(t)),
            ratings: scorecards::ratings_of(&card.ratings)
                .into_iter()
                .map(|r| (r.category, r.name, r.rating.label().to_owned()))
                .collect(),
        })
        .collect();
    Ok((visible, !sees_all))
}

/// An interview as its page and the application page list it.
#[derive(Serialize)]
pub(crate) struct InterviewLine {
    pub id: i32,
    pub step: String,
    pub status: &'static str,
    pub when: Option<String>,
    pub when_iso: Option<String>,
    pub minutes: i32,
    pub place: Option<String>,
    pub video_url: Option<String>,
    pub interviewers: Vec<String>,
    pub upcoming: bool,
    pub mine: bool,
    pub slots: Vec<String>,
    pub applicant_time_zone: String,
    pub message: Option<String>,
}

pub(crate) fn line(
    view: &InterviewView,
    member: &StaffMember,
    now: chrono::DateTime<chrono::Utc>,
) -> InterviewLine {
    let i = &view.interview;
    let status = match view.status() {
        Some(interview::InterviewStatus::Scheduled) => "Scheduled",
        Some(interview::InterviewStatus::AwaitingPick) => {
            "Waiting for the applicant to pick a slot"
        }
        Some(interview::InterviewStatus::Cancelled) => "Cancelled",
        None => "Unknown",
    };
    InterviewLine {
        id: i.id,
        step: i.step_name.clone(),
        status,
        when: i.starts_at.map(|t| member.time(t)),
        when_iso: i.starts_at.map(crate::web::job_view::machine_time),
        minutes: i.duration_minutes,
        place: i.location.clone(),
        video_url: i.video_url.clone(),
        interviewers: view.interviewers.iter().map(|p| p.name.clone()).collect(),
        upcoming: i
            .starts_at
            .is_some_and(|t| t + Duration::minutes(i64::from(i.duration_minutes)) > now),
        mine: view.has_interviewer(member.id),
        slots: view
            .slots
            .iter()
            .map(|s| member.time(s.starts_at))
            .collect(),
        applicant_time_zone: i.applicant_time_zone.clone(),
        message: i.message.clone(),
    }
}

#[get("/staff/interviews/<id>")]
async fn interview_page(
    id: i32,
    staff: Staff,
    csrf: CsrfToken,
    flash: Option<FlashMessage<'_>>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
) -> AppResult<Page> {
    let (view, application) = interview_in_scope(db, &staff.member, id).await?;
    Ok(interview_view(
        db,
        &staff,
        &csrf,
        &view,
        &application,
        at.now,
        &[],
        &[],
        Status::Ok,
    )
    .await?
    .with("message", &flash.map(|f| f.message().to_owned())))
}

#[allow(
    clippy::too_many_arguments,
    reason = "one page, several ways to reach it"
)]
async fn interview_view(
    db: &DatabaseConnection,
    staff: &Staff,
    csrf: &CsrfToken,
    view: &InterviewView,
    application: &application::Model,
    now: chrono::DateTime<chrono::Utc>,
    errors: &[(&str, String)],
    overlaps: &[String],
    status: Status,
) -> AppResult<Page> {
    let member = &staff.member;
    let job = review::details(db, application).await?.job;
    let all = store::of_application(db, application.id).await?;
    let (cards, hidden) = visible_scorecards(db, member, application.id, &all).await?;
    let cards: Vec<CardView> = cards
        .into_iter()
        .filter(|c| c.step == view.interview.step_name)
        .collect();
    let zone = member.zone();
    let starts = view
        .interview
        .starts_at
        .map(|t| time_zone::field_value(t, zone))
        .unwrap_or_default();
    Ok(page("staff/interview.html", staff, csrf)
        .status(status)
        .with("interview", &line(view, member, now))
        .with("application_id", &application.id)
        .with("public_ref", &application.public_ref)
        .with("job_title", &job.title)
        .with("can_manage", &member.role.includes(Role::Recruiter))
        .with(
            "scheduled",
            &(view.status() == Some(interview::InterviewStatus::Scheduled)),
        )
        .with(
            "cancelled",
            &(view.status() == Some(interview::InterviewStatus::Cancelled)),
        )
        .with("start_value", &starts)
        .with("my_zone", &member.time_zone)
        .with("cards", &cards)
        .with("cards_hidden", &hidden)
        .with("errors", &errors)
        .with("overlaps", &overlaps))
}

#[derive(FromForm)]
struct RescheduleForm<'r> {
    start: Option<&'r str>,
    duration: Option<&'r str>,
    location: Option<&'r str>,
    video_url: Option<&'r str>,
    confirm_overlap: Option<&'r str>,
    csrf_token: Option<&'r str>,
}

#[post("/staff/interviews/<id>/reschedule", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn reschedule(
    id: i32,
    recruiter: Recruiter,
    form: Form<RescheduleForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    views: &State<Views>,
    settings: &State<Settings>,
) -> AppResult<Answer> {
    check_token(jar, form.csrf_token)?;
    let staff = &recruiter.0;
    let (view, application) = interview_in_scope(db, &staff.member, id).await?;
    let mut errors: Vec<(&str, String)> = Vec::new();
    let start = interview::parse_start(form.start.unwrap_or(""), staff.member.zone(), at.now)
        .map_err(|e| errors.push(("start", e)))
        .ok();
    let duration = form
        .duration
        .and_then(|d| d.trim().parse::<i32>().ok())
        .filter(|d| interview::DURATION_MINUTES.contains(d));
    if duration.is_none() {
        errors.push(("duration", "The length must be 15 to 480 minutes.".into()));
    }
    let place = Place::parse(form.location.unwrap_or(""), form.video_url.unwrap_or(""))
        .map_err(|e| errors.push(("location", e.into())))
        .ok();
    let (Some(starts), Some(duration_minutes), Some(place), true) =
        (start, duration, place, errors.is_empty())
    else {
        let page = interview_view(
            db,
            staff,
            &csrf,
            &view,
            &application,
            at.now,
            &errors,
            &[],
            Status::UnprocessableEntity,
        )
        .await?;
        return Ok(Either::Right((Status::UnprocessableEntity, page)));
    };
    let change = Reschedule {
        starts,
        duration_minutes,
        place,
        despite_overlaps: form.confirm_overlap == Some("yes"),
    };
    let mailing = Mailing { views, settings };
    match interviews::reschedule(db, mailing, &staff.member, &view, &application, change, at)
        .await?
    {
        Changed::Done => Ok(Either::Left(Flash::success(
            to_interview(id),
            "The interview is moved: everyone has been sent the new time.",
        ))),
        Changed::Overlaps(times) => {
            let shown: Vec<String> = times.into_iter().map(|t| staff.member.time(t)).collect();
            let page = interview_view(
                db,
                staff,
                &csrf,
                &view,
                &application,
                at.now,
                &[],
                &shown,
                Status::Conflict,
            )
            .await?;
            Ok(Either::Right((Status::Conflict, page)))
        }
        Changed::NotNow => Ok(Either::Left(Flash::error(
            to_interview(id),
            "Only a scheduled interview can be moved. Cancel this one and schedule a new one instead.",
        ))),
    }
}

#[post("/staff/interviews/<id>/cancel", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn cancel(
    id: i32,
    recruiter: Recruiter,
    form: Form<CsrfForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    views: &State<Views>,
    settings: &State<Settings>,
) -> AppResult<Flash<Redirect>> {
    check_token(jar, form.csrf_token)?;
    let staff = &recruiter.0;
    let (view, application) = interview_in_scope(db, &staff.member, id).await?;
    let mailing = Mailing { views, settings };
    Ok(
        match interviews::cancel(db, mailing, &staff.member, &view, &application, at).await? {
            Changed::Done => Flash::success(
                to_application(application.id),
                "The interview is cancelled: everyone invited has been sent the cancellation.",
            ),
            _ => Flash::error(to_interview(id), "This interview was already cancelled."),
        },
    )
}

// ---- Scorecards ----

/// An interview this member attends, in scope; anything else is 404.
async fn attended(
    db: &DatabaseConnection,
    member: &StaffMember,
    id: i32,
) -> AppResult<(InterviewView, application::Model)> {
    let (view, application) = interview_in_scope(db, member, id).await?;
    if !view.has_interviewer(member.id)
        || view.status() != Some(interview::InterviewStatus::Scheduled)
    {
        return Err(AppError::NotFound);
    }
    Ok((view, application))
}

#[derive(Serialize)]
struct AttributeRow {
    index: usize,
    category: String,
    name: String,
    value: String,
}

#[derive(Serialize)]
struct VersionLine {
    version: i32,
    at: String,
    recommendation: String,
}

#[allow(clippy::too_many_arguments, reason = "the form, as saved or as typed")]
async fn scorecard_form(
    db: &DatabaseConnection,
    staff: &Staff,
    csrf: &CsrfToken,
    view: &InterviewView,
    application: &application::Model,
    typed: Option<(Vec<String>, String, String)>,
    errors: &[&str],
    status: Status,
) -> AppResult<Page> {
    let member = &staff.member;
    let card = scorecards::own(db, view.interview.id, member.id).await?;
    let saved: Vec<(String, String, Rating)> = card
        .as_ref()
        .map(|c| scorecards::ratings_of(&c.ratings))
        .unwrap_or_default()
        .into_iter()
        .map(|r| (r.category, r.name, r.rating))
        .collect();
    let focus = view.focus();
    let (values, recommendation, takeaways) = typed.unwrap_or_else(|| {
        (
            focus
                .iter()
                .map(|f| {
                    saved
                        .iter()
                        .find(|(c, n, _)| *c == f.category && *n == f.name)
                        .map(|(_, _, r)| r.as_str().to_owned())
                        .unwrap_or_default()
                })
                .collect(),
            card.as_ref()
                .and_then(|c| c.recommendation.clone())
                .unwrap_or_default(),
            card.as_ref()
                .and_then(|c| c.takeaways.clone())
                .unwrap_or_default(),
        )
    });
    let rows: Vec<AttributeRow> = focus
        .iter()
        .enumerate()
        .map(|(index, f)| AttributeRow {
            index,
            category: f.category.clone(),
            name: f.name.clone(),
            value: values.get(index).cloned().unwrap_or_default(),
        })
        .collect();
    let versions = match &card {
        Some(card) => scorecards::versions(db, card.id)
            .await?
            .into_iter()
            .map(|v| VersionLine {
                version: v.version,
                at: member.time(v.submitted_at),
                recommendation: Recommendation::parse(&v.recommendation)
                    .map_or("", Recommendation::label)
                    .to_owned(),
            })
            .collect(),
        None => Vec::new(),
    };
    let scale: Vec<(&str, &str)> = Rating::ALL
        .iter()
        .map(|r| (r.as_str(), r.label()))
        .collect();
    let recommendations: Vec<(&str, &str)> = Recommendation::ALL
        .iter()
        .map(|r| (r.as_str(), r.label()))
        .collect();
    Ok(page("staff/scorecard.html", staff, csrf)
        .status(status)
        .with("interview", &line(view, member, chrono::Utc::now()))
        .with("application_id", &application.id)
        .with("public_ref", &application.public_ref)
        .with("rows", &rows)
        .with("scale", &scale)
        .with("recommendations", &recommendations)
        .with("recommendation", &recommendation)
        .with("takeaways", &takeaways)
        .with(
            "submitted",
            &card.as_ref().is_some_and(|c| c.status == "submitted"),
        )
        .with("version", &card.as_ref().map_or(0, |c| c.version))
        .with("versions", &versions)
        .with("errors", &errors)
        .with("max_takeaways", &interview::MAX_TAKEAWAYS))
}

#[get("/staff/interviews/<id>/scorecard")]
async fn scorecard_page(
    id: i32,
    staff: Staff,
    csrf: CsrfToken,
    flash: Option<FlashMessage<'_>>,
    db: &State<DatabaseConnection>,
) -> AppResult<Page> {
    let (view, application) = attended(db, &staff.member, id).await?;
    Ok(scorecard_form(
        db,
        &staff,
        &csrf,
        &view,
        &application,
        None,
        &[],
        Status::Ok,
    )
    .await?
    .with("message", &flash.map(|f| f.message().to_owned())))
}

#[derive(FromForm)]
struct ScorecardForm<'r> {
    /// `rating[<attribute index>]`, one radio group per attribute.
    rating: std::collections::HashMap<usize, &'r str>,
    recommendation: Option<&'r str>,
    takeaways: Option<&'r str>,
    /// `submit`, or a draft.
    action: Option<&'r str>,
    csrf_token: Option<&'r str>,
}

#[post("/staff/interviews/<id>/scorecard", data = "<form>")]
async fn save_scorecard(
    id: i32,
    staff: Staff,
    form: Form<ScorecardForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
) -> AppResult<Answer> {
    check_token(jar, form.csrf_token)?;
    let (view, application) = attended(db, &staff.member, id).await?;
    let submitted_before =
        scorecards::submitted_by(db.inner(), view.interview.id, staff.member.id).await?;
    let submit = form.action == Some("submit") || submitted_before;
    let focus = view.focus();
    let ratings: Vec<Option<&str>> = (0..focus.len())
        .map(|i| form.rating.get(&i).copied())
        .collect();
    let raw = RawScorecard {
        ratings: ratings.clone(),
        recommendation: form.recommendation,
        takeaways: form.takeaways,
    };
    match interview::parse_scorecard(&focus, &raw, submit) {
        Ok(entry) => {
            let version =
                interviews::save_scorecard(db, &staff.member, &view, &entry, submit, at).await?;
            let message = match version {
                Some(1) => "Your scorecard is submitted. You can now read the other interviewers' feedback.".to_owned(),
                Some(v) => format!("Version {v} of your scorecard is submitted; earlier versions stay in its history."),
                None => "Your draft is saved. Nobody else sees it.".to_owned(),
            };
            Ok(Either::Left(Flash::success(
                Redirect::to(uri!(scorecard_page(id = id))),
                message,
            )))
        }
        Err(errors) => {
            let typed = (
                ratings.iter().map(|r| r.unwrap_or("").to_owned()).collect(),
                form.recommendation.unwrap_or("").to_owned(),
                form.takeaways.unwrap_or("").to_owned(),
            );
            let page = scorecard_form(
                db,
                &staff,
                &csrf,
                &view,
                &application,
                Some(typed),
                &errors,
                Status::UnprocessableEntity,
            )
            .await?;
            Ok(Either::Right((Status::UnprocessableEntity, page)))
        }
    }
}
