//! `/interviews/<token>`: the applicant's self-scheduling link. It shows the offered
//! slots still free, in a time zone the applicant chooses (their application's by
//! default), and books the one they pick. The first pick wins: a second one, from
//! another tab or by another applicant for the same interviewers, gets 409 with the
//! slots still free. The link works until the interview is booked, or until its last
//! slot or 14 days, whichever comes first.

use rocket::form::{Form, FromForm};
use rocket::http::{CookieJar, Status};
use rocket::{State, get, post, routes};
use sea_orm::DatabaseConnection;
use serde::Serialize;

use super::apply::link_token;
use super::csrf::{CsrfToken, check_token};
use super::locale::PageLang;
use super::views::Page;
use crate::config::Settings;
use crate::domain::interview::InterviewStatus;
use crate::domain::time_zone::{self, parse_zone, stored_zone};
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::keys::token_hash;
use crate::services::accounts::Mailing;
use crate::services::interviews::{self, Picked};
use crate::store::audit::Occasion;
use crate::store::interviews::{self as store, InterviewView};
use crate::store::jobs;
use crate::views::Views;

/// The routes of this area.
pub fn routes() -> Vec<rocket::Route> {
    routes![pick_page, pick]
}

const GONE: &str = "pick-gone";

async fn interview_of(
    db: &DatabaseConnection,
    token: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> AppResult<InterviewView> {
    let view = store::by_pick_token(db, &token_hash(link_token(token)?), now)
        .await?
        .ok_or(AppError::Gone(GONE))?;
    if view.status() != Some(InterviewStatus::AwaitingPick) {
        return Err(AppError::Gone(GONE));
    }
    Ok(view)
}

#[derive(Serialize)]
struct SlotLine {
    id: i32,
    when: String,
}

#[allow(
    clippy::too_many_arguments,
    reason = "the page, first shown or after a lost race"
)]
async fn pick_view(
    db: &DatabaseConnection,
    csrf: &CsrfToken,
    token: &str,
    view: &InterviewView,
    zone_name: Option<&str>,
    free: Vec<(i32, chrono::DateTime<chrono::Utc>)>,
    status: Status,
    notice: Option<&str>,
    lang: Lang,
) -> AppResult<Page> {
    let zone = zone_name
        .and_then(|z| parse_zone(z).ok())
        .unwrap_or_else(|| stored_zone(&view.interview.applicant_time_zone));
    let job_title = job_title(db, view, lang).await?;
    let slots: Vec<SlotLine> = free
        .into_iter()
        .map(|(id, at)| SlotLine {
            id,
            when: time_zone::show_in(lang, at, zone),
        })
        .collect();
    Ok(Page::new("public/interview_pick.html")
        .status(status)
        .with("token", &token)
        .with("job_title", &job_title)
        .with("step", &view.interview.step_name)
        .with("minutes", &view.interview.duration_minutes)
        .with("slots", &slots)
        .with("zone", &zone.name())
        .with("zones", &time_zone::choices())
        .with("notice", &notice)
        .with("csrf_token", &csrf.0))
}

/// The job's title in `lang` where it has a translation.
async fn job_title(db: &DatabaseConnection, view: &InterviewView, lang: Lang) -> AppResult<String> {
    use sea_orm::EntityTrait;
    let application =
        crate::entities::application::Entity::find_by_id(view.interview.application_id)
            .one(db)
            .await?
            .ok_or(AppError::NotFound)?;
    let Some(job) = jobs::find_by_id(db, application.job_id).await? else {
        return Ok(String::new());
    };
    let job = jobs::translated(db, vec![job], lang).await?.pop();
    Ok(job
        .map(|j| j.translation.map_or(j.job.title, |t| t.title))
        .unwrap_or_default())
}

#[get("/interviews/<token>?<tz>")]
async fn pick_page(
    token: &str,
    tz: Option<&str>,
    csrf: CsrfToken,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    lang: PageLang,
) -> AppResult<Page> {
    let view = interview_of(db, token, at.now).await?;
    let free = interviews::free_slots(db.inner(), &view, at.now).await?;
    pick_view(
        db,
        &csrf,
        token,
        &view,
        tz,
        free,
        Status::Ok,
        None,
        lang.lang,
    )
    .await
}

#[derive(FromForm)]
struct PickForm<'r> {
    slot: Option<&'r str>,
    tz: Option<&'r str>,
    csrf_token: Option<&'r str>,
}

#[post("/interviews/<token>", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn pick(
    token: &str,
    form: Form<PickForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    views: &State<Views>,
    settings: &State<Settings>,
    lang: PageLang,
) -> AppResult<(Status, Page)> {
    let lang = lang.lang;
    check_token(jar, form.csrf_token)?;
    let view = interview_of(db, token, at.now).await?;
    let Some(slot) = form.slot.and_then(|s| s.trim().parse::<i32>().ok()) else {
        let free = interviews::free_slots(db.inner(), &view, at.now).await?;
        let page = pick_view(
            db,
            &csrf,
            token,
            &view,
            form.tz,
            free,
            Status::UnprocessableEntity,
            Some("pick-choose"),
            lang,
        )
        .await?;
        return Ok((Status::UnprocessableEntity, page));
    };
    let mailing = Mailing { views, settings };
    match interviews::pick(db, mailing, &view, slot, at).await? {
        Picked::Booked(starts) => {
            let zone = form
                .tz
                .and_then(|z| parse_zone(z).ok())
                .unwrap_or_else(|| stored_zone(&view.interview.applicant_time_zone));
            let page = Page::new("public/interview_booked.html")
                .with("job_title", &job_title(db, &view, lang).await?)
                .with("step", &view.interview.step_name)
                .with("when", &time_zone::show_in(lang, starts, zone))
                .with("minutes", &view.interview.duration_minutes);
            Ok((Status::Ok, page))
        }
        Picked::Taken(free) => {
            let page = pick_view(
                db,
                &csrf,
                token,
                &view,
                form.tz,
                free,
                Status::Conflict,
                Some("pick-taken"),
                lang,
            )
            .await?;
            Ok((Status::Conflict, page))
        }
        // Booked from another window a moment ago: the invitation is on its way.
        Picked::Settled => {
            let page = pick_view(
                db,
                &csrf,
                token,
                &view,
                form.tz,
                Vec::new(),
                Status::Conflict,
                Some("pick-settled"),
                lang,
            )
            .await?;
            Ok((Status::Conflict, page))
        }
    }
}
