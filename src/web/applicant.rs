//! The applicant's own pages after submitting: the confirmation, and the status page
//! reached through the personal link in the confirmation email, with withdrawal.

use chrono::Utc;
use rocket::form::Form;
use rocket::http::CookieJar;
use rocket::response::{Flash, Redirect};
use rocket::{State, get, post, routes, uri};
use sea_orm::DatabaseConnection;

use super::apply::link_token;
use super::csrf::{CsrfForm, CsrfToken, check_csrf};
use super::job_view::{date_in, machine_time};
use super::locale::{PageLang, localise};
use super::views::Page;
use crate::domain::pipeline::Stage;
use crate::error::{AppError, AppResult};
use crate::keys::token_hash;
use crate::store::applications;

/// The routes of this area.
pub fn routes() -> Vec<rocket::Route> {
    routes![submitted, status, withdraw]
}

#[get("/applications/submitted?<reference>")]
pub fn submitted(reference: &str) -> AppResult<Page> {
    let valid = reference.len() == 15
        && reference.starts_with("APP-")
        && reference
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-');
    if !valid {
        return Err(AppError::NotFound);
    }
    Ok(Page::new("public/submitted.html").with("public_ref", &reference))
}

#[get("/applications/status/<token>")]
async fn status(
    token: &str,
    csrf: CsrfToken,
    flash: Option<rocket::request::FlashMessage<'_>>,
    db: &State<DatabaseConnection>,
    lang: PageLang,
) -> AppResult<Page> {
    let (application, job) =
        applications::find_by_status_token(db.inner(), &token_hash(link_token(token)?))
            .await?
            .ok_or(AppError::NotFound)?;
    let stage = Stage::parse(&application.stage);
    let title = crate::store::jobs::title_in(db.inner(), &job, lang.lang).await?;
    Ok(Page::new("public/status.html")
        .with("job_title", &title)
        .with("public_ref", &application.public_ref)
        .with("submitted_at", &machine_time(application.submitted_at))
        .with(
            "submitted_on",
            &date_in(lang.lang, application.submitted_at),
        )
        .with("stage", &stage.map_or("screening", Stage::as_str))
        .with(
            "can_withdraw",
            &stage.is_some_and(|stage| !stage.is_decided()),
        )
        // The one-shot cookie is the visitor's to change: only our own ids are shown.
        .with(
            "message",
            &flash
                .map(|f| f.message().to_owned())
                .filter(|m| STATUS_MESSAGES.contains(&m.as_str())),
        )
        .with("token", &token)
        .with("csrf_token", &csrf.0))
}

/// What the withdraw form may say on the status page next (a message id each).
const STATUS_MESSAGES: [&str; 2] = ["status-withdrawn", "status-not-withdrawable"];

#[post("/applications/status/<token>/withdraw", data = "<form>")]
async fn withdraw(
    token: &str,
    form: Form<CsrfForm<'_>>,
    jar: &CookieJar<'_>,
    db: &State<DatabaseConnection>,
    lang: PageLang,
) -> AppResult<Flash<Redirect>> {
    check_csrf(jar, &form)?;
    let token = link_token(token)?;
    let (application, _) = applications::find_by_status_token(db.inner(), &token_hash(token))
        .await?
        .ok_or(AppError::NotFound)?;
    let withdrawn = applications::withdraw(db.inner(), &application, Utc::now()).await?;
    let target = Redirect::to(localise(
        lang.lang,
        &uri!(status(token = token)).to_string(),
    ));
    // The message is a message id: the page shows it in its language.
    Ok(if withdrawn {
        Flash::success(target, STATUS_MESSAGES[0])
    } else {
        Flash::warning(target, STATUS_MESSAGES[1])
    })
}
