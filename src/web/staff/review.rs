//! The review workspace: the dashboard (`/staff`), one application, its resume, and the
//! reviewer's actions. Every lookup goes through the member's scope: an application of
//! another affiliate answers 404.

use rocket::form::{Form, FromForm};
use rocket::http::{ContentType, CookieJar, Header};
use rocket::response::{Flash, Redirect, Responder};
use rocket::{State, get, post, routes, uri};
use sea_orm::DatabaseConnection;
use serde::Serialize;

use super::Staff;
use super::security::require_recent_second_factor;
use crate::config::Settings;
use crate::domain::audit::{Action, Subject};
use crate::domain::interview::Rating;
use crate::domain::malware::MalwareCheck;
use crate::domain::pagination::PageNumber;
use crate::domain::pipeline::{MoveRefused, Stage};
use crate::domain::resume::ResumeKind;
use crate::domain::retention::is_stale;
use crate::domain::review::{average, parse_note, parse_score};
use crate::domain::sensitive::{Category, Scanner};
use crate::domain::staff::Role;
use crate::entities::application;
use crate::error::{AppError, AppResult};
use crate::services::accounts::{Mailing, actor};
use crate::services::review::{self, StageMove};
use crate::store::audit::{self, Event, Occasion};
use crate::store::files::StorageKey;
use crate::store::review::{DashboardFilter, find_in_scope};
use crate::store::{affiliates, review as store};
use crate::views::Views;
use crate::web::apply::Resumes;
use crate::web::csrf::{CsrfToken, check_token};
use crate::web::filters::{day_range, query_string};
use crate::web::job_view::human_date;
use crate::web::views::Page;

/// The routes of this module.
pub fn routes() -> Vec<rocket::Route> {
    routes![
        dashboard,
        application_page,
        resume,
        move_stage,
        add_note,
        rate,
        mark_minor
    ]
}

/// The filters as typed, to refill the form and build page links.
#[derive(Serialize, Default)]
struct Typed {
    job: String,
    stage: String,
    affiliate: String,
    flagged: String,
    q: String,
    from: String,
    to: String,
}

#[derive(Serialize)]
struct Row {
    id: i32,
    public_ref: String,
    name: String,
    email: String,
    job_title: String,
    affiliate: String,
    stage: &'static str,
    is_new: bool,
    submitted_on: String,
    flagged: bool,
    /// Open with no activity for a year (docs/product.md, retention and privacy requests: flagged to its recruiters).
    stale: bool,
}

fn given(raw: Option<&str>) -> String {
    raw.map(str::trim).unwrap_or_default().to_owned()
}

#[get("/staff?<job>&<stage>&<affiliate>&<flagged>&<q>&<from>&<to>&<page>")]
#[allow(
    clippy::too_many_arguments,
    reason = "one argument per query parameter"
)]
async fn dashboard(
    staff: Staff,
    csrf: CsrfToken,
    db: &State<DatabaseConnection>,
    job: Option<&str>,
    stage: Option<&str>,
    affiliate: Option<&str>,
    flagged: Option<&str>,
    q: Option<&str>,
    from: Option<&str>,
    to: Option<&str>,
    page: Option<&str>,
) -> AppResult<Page> {
    let scope = staff.member.scope();
    let affiliates: Vec<_> = affiliates::all(db.inner())
        .await?
        .into_iter()
        .filter(|a| scope.covers(a.id))
        .collect();
    let jobs = store::jobs_in_scope(db.inner(), &scope).await?;
    let (from_time, until) = day_range(from, to);
    let filter = DashboardFilter {
        job: job.and_then(|j| j.trim().parse().ok()),
        stage: stage.and_then(Stage::parse),
        affiliate: affiliate.and_then(|code| {
            affiliates
                .iter()
                .find(|a| a.code.eq_ignore_ascii_case(code.trim()))
                .map(|a| a.id)
        }),
        flagged: match flagged {
            Some("yes") => Some(true),
            Some("no") => Some(false),
            _ => None,
        },
        text: q
            .map(str::trim)
            .filter(|q| !q.is_empty())
            .map(str::to_owned),
        from: from_time,
        until,
    };
    let (rows, info, per_stage) =
        store::dashboard(db.inner(), &scope, &filter, PageNumber::parse(page)).await?;
    let now = chrono::Utc::now();
    let rows: Vec<Row> = rows
        .into_iter()
        .map(|r| {
            let stage = Stage::parse(&r.stage);
            Row {
                id: r.id,
                public_ref: r.public_ref,
                name: r.full_name.unwrap_or_else(|| "(anonymised)".to_owned()),
                email: r.email.unwrap_or_default(),
                job_title: r.job_title,
                affiliate: r.affiliate_code,
                stage: stage.map_or("Unknown", Stage::label),
                is_new: stage == Some(Stage::Submitted),
                submitted_on: human_date(r.submitted_at),
                flagged: r.flagged,
                stale: stage.is_some_and(|s| is_stale(s, r.last_activity_at, now)),
            }
        })
        .collect();
    let typed = Typed {
        job: filter.job.map(|j| j.to_string()).unwrap_or_default(),
        stage: filter
            .stage
            .map(|s| s.as_str().to_owned())
            .unwrap_or_default(),
        affiliate: filter
            .affiliate
            .and_then(|id| affiliates.iter().find(|a| a.id == id))
            .map(|a| a.code.clone())
            .unwrap_or_default(),
        flagged: filter
            .flagged
            .map_or("", |f| if f { "yes" } else { "no" })
            .to_owned(),
        q: given(q),
        from: if filter.from.is_some() {
            given(from)
        } else {
            String::new()
        },
        to: if filter.until.is_some() {
            given(to)
        } else {
            String::new()
        },
    };
    let query = query_string(&[
        ("job", &typed.job),
        ("stage", &typed.stage),
        ("affiliate", &typed.affiliate),
        ("flagged", &typed.flagged),
        ("q", &typed.q),
        ("from", &typed.from),
        ("to", &typed.to),
    ]);
    let counts: Vec<(&str, &str, u64)> = Stage::ALL
        .iter()
        .map(|s| {
            let n = per_stage
                .iter()
                .find(|(st, _)| st == s)
                .map_or(0, |(_, n)| *n);
            (s.as_str(), s.label(), n)
        })
        .collect();
    let job_choices: Vec<(String, String)> = jobs
        .into_iter()
        .map(|j| (j.id.to_string(), j.title))
        .collect();
    let affiliate_choices: Vec<(String, String)> = affiliates
        .iter()
        .map(|a| (a.code.clone(), a.legal_name.clone()))
        .collect();
    let stages: Vec<(&str, &str)> = Stage::ALL.iter().map(|s| (s.as_str(), s.label())).collect();
    Ok(super::page("staff/dashboard.html", &staff, &csrf)
        .with("applications", &rows)
        .with("page_info", &info)
        .with("stage_counts", &counts)
        .with("filters", &typed)
        .with("filter_query", &query)
        .with("job_choices", &job_choices)
        .with("affiliate_choices", &affiliate_choices)
        .with("stages", &stages))
}

/// The application, if the member may see it; 404 otherwise.
async fn in_scope(
    db: &DatabaseConnection,
    staff: &Staff,
    id: i32,
) -> AppResult<application::Model> {
    find_in_scope(db, &staff.member.scope(), id)
        .await?
        .ok_or(AppError::NotFound)
}

#[derive(Serialize)]
struct HistoryLine {
    at: String,
    at_iso: String,
    from: Option<&'static str>,
    to: &'static str,
    by: String,
    note: Option<String>,
}

#[derive(Serialize)]
struct NoteLine {
    at: String,
    by: String,
    body: String,
}

#[get("/staff/applications/<id>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn application_page(
    id: i32,
    staff: Staff,
    csrf: CsrfToken,
    flash: Option<rocket::request::FlashMessage<'_>>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    scanner: &State<Scanner>,
) -> AppResult<Page> {
    let application = in_scope(db, &staff, id).await?;
    let details = store::details(db.inner(), &application).await?;
    audit::record(
        db.inner(),
        Event::new(actor(&staff.member), Action::ApplicationViewed)
            .on(Subject::application(application.id)),
        at,
    )
    .await?;
    let stage = Stage::parse(&application.stage);
    let label = |raw: &str| Stage::parse(raw).map_or("Unknown", Stage::label);
    let someone = || "a former staff member".to_owned();
    let history: Vec<HistoryLine> = details
        .history
        .iter()
        .map(|(e, who)| HistoryLine {
            at: staff.member.time(e.created_at),
            at_iso: crate::web::job_view::machine_time(e.created_at),
            from: e.from_stage.as_deref().map(label),
            to: label(&e.to_stage),
            by: who.clone().unwrap_or_else(|| {
                if e.actor_staff_user_id.is_none() {
                    "the applicant".to_owned()
                } else {
                    someone()
                }
            }),
            note: e
                .note
                .as_deref()
                .map(|n| scanner.mask_identification_numbers(n)),
        })
        .collect();
    let notes: Vec<NoteLine> = details
        .notes
        .iter()
        .filter_map(|(n, who)| {
            Some(NoteLine {
                at: staff.member.time(n.created_at),
                by: who.clone().unwrap_or_else(someone),
                body: scanner.mask_identification_numbers(n.body.as_deref()?),
            })
        })
        .collect();
    let scores: Vec<i16> = details.ratings.iter().map(|(r, _)| r.score).collect();
    let ratings: Vec<(String, i16)> = details
        .ratings
        .iter()
        .map(|(r, who)| (who.clone().unwrap_or_else(someone), r.score))
        .collect();
    let my_rating = details
        .ratings
        .iter()
        .find(|(r, _)| r.reviewer_staff_user_id == staff.member.id)
        .map(|(r, _)| r.score);
    let flags: Vec<&str> = application
        .sensitive_categories
        .as_deref()
        .unwrap_or_default()
        .split(',')
        .filter_map(|c| Category::parse(c.trim()))
        .map(Category::label)
        .collect();
    let moves: Vec<(&str, &str)> = stage
        .map(|s| s.moves_for(staff.member.role))
        .unwrap_or_default()
        .into_iter()
        .map(|s| (s.as_str(), s.label()))
        .collect();
    let resume_text = details
        .resume
        .as_ref()
        .and_then(|r| r.extracted_text.as_deref())
        .map(|text| scanner.mask_identification_numbers(text));
    let candidate = details.candidate.as_ref();
    let retention = retention_line(db, &application, at.now).await?;
    let interviews = crate::store::interviews::of_application(db.inner(), application.id).await?;
    let interview_lines: Vec<super::interviews::InterviewLine> = interviews
        .iter()
        .map(|v| super::interviews::line(v, &staff.member, at.now))
        .collect();
    let (cards, scorecards_hidden) =
        super::interviews::visible_scorecards(db, &staff.member, application.id, &interviews)
            .await?;
    let summary = summarise(&cards);
    let recommendations: Vec<(String, String, String)> = cards
        .iter()
        .map(|c| {
            (
                c.interviewer.clone(),
                c.step.clone(),
                c.recommendation.clone(),
            )
        })
        .collect();
    let offer_status = crate::store::offers::latest(db.inner(), application.id)
        .await?
        .and_then(|o| o.status())
        .map(crate::domain::offer::OfferStatus::label);
    let stale = stage.is_some_and(|s| is_stale(s, application.last_activity_at, at.now));
    Ok(super::page("staff/application.html", &staff, &csrf)
        .with("stale", &stale)
        .with("retention", &retention.0)
        .with("holds", &retention.1)
        .with("id", &application.id)
        .with("public_ref", &application.public_ref)
        .with("name", &candidate.map(|c| c.full_name.clone()))
        .with("email", &candidate.map(|c| c.email.clone()))
        .with("phone", &candidate.and_then(|c| c.phone.clone()))
        .with("country", &candidate.map(|c| c.country.clone()))
        .with("language", &applicant_language(&application.language))
        .with(
            "profile_url",
            &candidate.and_then(|c| c.profile_url.clone()),
        )
        .with(
            "talent_pool_until",
            &candidate
                .and_then(|c| c.talent_pool_expires_at)
                .map(human_date),
        )
        .with("job_title", &details.job.title)
        .with("job_id", &details.job.id)
        .with("stage", &stage.map_or("Unknown", Stage::label))
        .with("submitted_on", &human_date(application.submitted_at))
        .with(
            "cover_letter",
            &application
                .cover_letter
                .as_deref()
                .map(|text| scanner.mask_identification_numbers(text)),
        )
        .with(
            "transfer_consent",
            &application.consent_transfer_at.is_some(),
        )
        .with("flags", &flags)
        .with("flags_acknowledged", &application.sensitive_acknowledged)
        .with("has_resume", &details.resume.is_some())
        .with(
            "resume_name",
            &details.resume.as_ref().map(|r| r.original_filename.clone()),
        )
        .with("resume_text", &resume_text)
        .with(
            "malware_scan",
            &MalwareCheck::describe(
                details
                    .resume
                    .as_ref()
                    .and_then(|r| {
                        MalwareCheck::from_columns(
                            r.malware_verdict.as_deref(),
                            r.malware_signatures.as_deref(),
                        )
                    })
                    .as_ref(),
            ),
        )
        .with("history", &history)
        .with("notes", &notes)
        .with("ratings", &ratings)
        .with("average", &average(&scores))
        .with("my_rating", &my_rating)
        .with("moves", &moves)
        .with("anonymised", &application.anonymised_at.is_some())
        .with("interviews", &interview_lines)
        .with("scorecards_hidden", &scorecards_hidden)
        .with("attribute_summary", &summary)
        .with("recommendations", &recommendations)
        .with("offer_status", &offer_status)
        .with("can_schedule", &staff.member.role.includes(Role::Recruiter))
        .with("my_zone", &staff.member.time_zone)
        .with("message", &flash.map(|f| f.message().to_owned())))
}

/// How often each rating was given for each attribute, over the scorecards shown.
#[derive(Serialize)]
struct AttributeSummary {
    category: String,
    name: String,
    counts: Vec<(&'static str, usize)>,
}

fn summarise(cards: &[super::interviews::CardView]) -> Vec<AttributeSummary> {
    let mut summary: Vec<AttributeSummary> = Vec::new();
    for card in cards {
        for (category, name, rating) in &card.ratings {
            let row = match summary
                .iter_mut()
                .position(|s| s.category == *category && s.name == *name)
            {
                Some(index) => &mut summary[index],
                None => {
                    summary.push(AttributeSummary {
                        category: category.clone(),
                        name: name.clone(),
                        counts: Rating::ALL.iter().map(|r| (r.label(), 0)).collect(),
                    });
                    summary.last_mut().expect("just pushed")
                }
            };
            if let Some(count) = row.counts.iter_mut().find(|(label, _)| label == rating) {
                count.1 += 1;
            }
        }
    }
    summary
}

/// The resume file: always an attachment (never shown inline), named by reference.
struct Attachment {
    bytes: Vec<u8>,
    content_type: ContentType,
    file_name: String,
}

impl<'r> Responder<'r, 'static> for Attachment {
    fn respond_to(self, request: &'r rocket::Request<'_>) -> rocket::response::Result<'static> {
        rocket::Response::build_from(self.bytes.respond_to(request)?)
            .header(self.content_type)
            .header(Header::new(
                "Content-Disposition",
                format!("attachment; filename=\"{}\"", self.file_name),
            ))
            .ok()
    }
}

#[get("/staff/applications/<id>/resume")]
async fn resume(
    id: i32,
    staff: Staff,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    resumes: &State<Resumes>,
) -> AppResult<Attachment> {
    let application = in_scope(db, &staff, id).await?;
    let details = store::details(db.inner(), &application).await?;
    let stored = details.resume.ok_or(AppError::NotFound)?;
    let key = StorageKey::parse(&stored.storage_key).ok_or(AppError::NotFound)?;
    let kind = ResumeKind::parse(&stored.content_type).unwrap_or(ResumeKind::Text);
    let bytes = resumes
        .0
        .read(&key)
        .await
        .map_err(|e| AppError::internal("reading a resume", e))?;
    audit::record(
        db.inner(),
        Event::new(actor(&staff.member), Action::ResumeDownloaded)
            .on(Subject::application(application.id)),
        at,
    )
    .await?;
    Ok(Attachment {
        bytes,
        content_type: ContentType::parse_flexible(kind.media_type()).unwrap_or(ContentType::Binary),
        // The reference, not the uploaded name: nothing of the upload reaches a header.
        file_name: format!("resume-{}.{}", application.public_ref, kind.extension()),
    })
}

fn back(id: i32) -> Redirect {
    Redirect::to(uri!(application_page(id = id)))
}

#[derive(FromForm)]
struct StageForm<'r> {
    stage: Option<&'r str>,
    note: Option<&'r str>,
    notify: Option<&'r str>,
    csrf_token: Option<&'r str>,
}

#[post("/staff/applications/<id>/stage", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn move_stage(
    id: i32,
    staff: Staff,
    form: Form<StageForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    views: &State<Views>,
    settings: &State<Settings>,
) -> AppResult<Flash<Redirect>> {
    check_token(jar, form.csrf_token)?;
    let application = in_scope(db, &staff, id).await?;
    let Some(to) = form.stage.and_then(Stage::parse) else {
        return Ok(Flash::error(back(id), "Choose the stage to move to."));
    };
    let note = match form.note.map(str::trim).filter(|n| !n.is_empty()) {
        Some(raw) => match parse_note(raw) {
            Ok(note) => Some(note),
            Err(message) => return Ok(Flash::error(back(id), message)),
        },
        None => None,
    };
    let asked = StageMove {
        to,
        note: note.as_deref(),
        notify: form.notify == Some("yes"),
    };
    let mailing = Mailing { views, settings };
    Ok(
        match review::move_stage(db, mailing, &staff.member, &application, asked, at).await? {
            Ok(()) => Flash::success(back(id), format!("Moved to {}.", to.label())),
            Err(MoveRefused::Role) => return Err(AppError::Forbidden),
            Err(MoveRefused::NotAllowed) => Flash::error(
                back(id),
                format!(
                    "An application cannot move from {} to {}.",
                    Stage::parse(&application.stage).map_or("its stage", Stage::label),
                    to.label()
                ),
            ),
        },
    )
}

#[derive(FromForm)]
struct NoteForm<'r> {
    body: Option<&'r str>,
    csrf_token: Option<&'r str>,
}

#[post("/staff/applications/<id>/notes", data = "<form>")]
async fn add_note(
    id: i32,
    staff: Staff,
    form: Form<NoteForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
) -> AppResult<Flash<Redirect>> {
    check_token(jar, form.csrf_token)?;
    let application = in_scope(db, &staff, id).await?;
    let body = match parse_note(form.body.unwrap_or("")) {
        Ok(body) => body,
        Err(message) => return Ok(Flash::error(back(id), message)),
    };
    review::add_note(db, &staff.member, &application, &body, at).await?;
    Ok(Flash::success(back(id), "Note added."))
}

#[derive(FromForm)]
struct RatingForm<'r> {
    score: Option<&'r str>,
    csrf_token: Option<&'r str>,
}

#[post("/staff/applications/<id>/rating", data = "<form>")]
async fn rate(
    id: i32,
    staff: Staff,
    form: Form<RatingForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
) -> AppResult<Flash<Redirect>> {
    check_token(jar, form.csrf_token)?;
    let application = in_scope(db, &staff, id).await?;
    let score = match parse_score(form.score.unwrap_or("")) {
        Ok(score) => score,
        Err(message) => return Ok(Flash::error(back(id), message)),
    };
    review::rate(db, &staff.member, &application, score, at).await?;
    Ok(Flash::success(back(id), "Your rating is saved."))
}

#[derive(FromForm)]
struct MinorForm<'r> {
    confirm: Option<&'r str>,
    csrf_token: Option<&'r str>,
}

#[post("/staff/applications/<id>/minor", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn mark_minor(
    id: i32,
    staff: Staff,
    form: Form<MinorForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    resumes: &State<Resumes>,
    settings: &State<Settings>,
) -> AppResult<Flash<Redirect>> {
    check_token(jar, form.csrf_token)?;
    let application = in_scope(db, &staff, id).await?;
    if form.confirm != Some("yes") {
        return Ok(Flash::error(
            back(id),
            "Nothing was deleted: tick the box to confirm that the applicant is under 18.",
        ));
    }
    require_recent_second_factor(db, settings, &staff, &format!("/staff/applications/{id}"))
        .await?;
    let purged =
        review::purge_minor(db, resumes.0.as_ref(), &staff.member, &application, at).await?;
    Ok(Flash::success(
        Redirect::to(uri!(dashboard(
            job = _,
            stage = _,
            affiliate = _,
            flagged = _,
            q = _,
            from = _,
            to = _,
            page = _
        ))),
        minor_message(purged),
    ))
}

/// What the staff member is told after reporting a minor.
fn minor_message(purged: review::MinorPurge) -> String {
    let plural = |n: u64| if n == 1 { "" } else { "s" };
    let mut message = format!(
        "The applicant is under 18: {} application{} and everything with {} deleted.",
        purged.deleted,
        plural(purged.deleted),
        if purged.deleted == 1 { "it" } else { "them" }
    );
    if purged.held > 0 {
        message.push_str(&format!(
            " {} application{} kept under a legal hold; {} deleted when the hold is released.",
            purged.held,
            if purged.held == 1 { " is" } else { "s are" },
            if purged.held == 1 {
                "it will be"
            } else {
                "they will be"
            }
        ));
    }
    message
}

/// A standing legal hold as the application page lists it.
#[derive(serde::Serialize)]
struct HoldLine {
    case_reference: String,
    scope: String,
    placed_on: String,
}

/// The application's retention date or why it is kept, in words, and its holds.
async fn retention_line(
    db: &DatabaseConnection,
    application: &application::Model,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<(String, Vec<HoldLine>)> {
    use crate::domain::retention::{Reason, RuleAction};
    let Some(outlook) = crate::services::retention::outlook(db, application.id, now).await? else {
        return Ok((String::new(), Vec::new()));
    };
    let decision = outlook.decision;
    let when = decision.due.map(human_date).unwrap_or_default();
    let verb = match decision.action {
        RuleAction::Delete => "deleted",
        _ => "anonymised",
    };
    let line = match decision.reason {
        Reason::LegalHold if application.minor_reported_at.is_some() => {
            "Reported as under 18: kept under a legal hold, deleted when it is released".to_owned()
        }
        Reason::LegalHold => "Kept under a legal hold while it stands".to_owned(),
        Reason::Open => "Kept while the application is open".to_owned(),
        Reason::OfferOpen => {
            "The applicant asked for deletion; an HR admin decides while an offer is open"
                .to_owned()
        }
        Reason::TalentPoolApplicationOpen => {
            "Kept while another application of this person is open".to_owned()
        }
        Reason::AlreadyAnonymised => "Anonymised".to_owned(),
        _ if decision.action == RuleAction::Keep => {
            "Kept: hired applications move to employee records".to_owned()
        }
        Reason::TalentPool => {
            format!("Will be {verb} on {when}, when the talent-pool consent ends")
        }
        _ => format!("Will be {verb} on {when}"),
    };
    let holds = outlook
        .holds
        .into_iter()
        .map(|h| HoldLine {
            case_reference: h.case_reference,
            scope: h.scope,
            placed_on: human_date(h.placed_at),
        })
        .collect();
    Ok((line, holds))
}

/// The language the applicant wrote in and is mailed in: `Deutsch (de)`. A code the
/// portal no longer offers is shown as stored.
fn applicant_language(code: &str) -> String {
    crate::i18n::Lang::from_code(code).map_or_else(
        || code.to_owned(),
        |lang| format!("{} ({})", lang.name(), lang.code()),
    )
}
