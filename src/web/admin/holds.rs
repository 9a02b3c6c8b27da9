//! `/admin/holds`: HR admins place legal holds on an application, a person (by email)
//! or a job, and release them. Standing holds are listed with what they cover; the
//! most recent released ones below.

use rocket::form::{Form, FromForm};
use rocket::http::{CookieJar, Status};
use rocket::request::FlashMessage;
use rocket::response::{Flash, Redirect};
use rocket::{Either, State, get, post, routes};
use sea_orm::DatabaseConnection;
use serde::Serialize;

use crate::config::Settings;
use crate::domain::legal_hold::{HoldScope, NewHold};
use crate::entities::legal_hold;
use crate::error::{AppError, AppResult};
use crate::services::holds::{self, HoldError};
use crate::store::audit::Occasion;
use crate::store::holds as hold_store;
use crate::web::csrf::{CsrfForm, CsrfToken, check_csrf, check_token};
use crate::web::job_view::human_date;
use crate::web::staff::security::require_recent_second_factor;
use crate::web::staff::{HrAdmin, page};
use crate::web::views::Page;

/// The routes of this module.
pub fn routes() -> Vec<rocket::Route> {
    routes![list, place, release]
}

/// One hold as the list shows it.
#[derive(Serialize)]
struct HoldRow {
    id: i32,
    scope: String,
    target: String,
    link: Option<String>,
    case_reference: String,
    reason: String,
    placed_on: String,
    released_on: Option<String>,
}

fn row(hold: legal_hold::Model) -> HoldRow {
    let (target, link) = match (hold.application_id, hold.job_id, hold.candidate_email) {
        (Some(id), _, _) => (
            format!("Application {id}"),
            Some(format!("/staff/applications/{id}")),
        ),
        (_, Some(id), _) => (format!("Job {id}"), Some(format!("/staff/jobs/{id}/edit"))),
        (_, _, Some(email)) => (email, None),
        // A released hold on a person keeps no address.
        _ => ("A person (address removed at release)".to_owned(), None),
    };
    HoldRow {
        id: hold.id,
        scope: hold.scope,
        target,
        link,
        case_reference: hold.case_reference,
        reason: hold.reason,
        placed_on: human_date(hold.placed_at),
        released_on: hold.released_at.map(human_date),
    }
}

/// The form as typed, to refill it.
#[derive(Serialize, Default)]
struct Typed {
    scope: String,
    target: String,
    case_reference: String,
    reason: String,
}

async fn holds_page(
    db: &DatabaseConnection,
    admin: &HrAdmin,
    csrf: &CsrfToken,
    typed: &Typed,
    errors: &[(&str, &str)],
) -> AppResult<Page> {
    let standing: Vec<HoldRow> = hold_store::standing(db)
        .await?
        .into_iter()
        .map(row)
        .collect();
    let released: Vec<HoldRow> = hold_store::released(db, 50)
        .await?
        .into_iter()
        .map(row)
        .collect();
    let scopes: Vec<(&str, &str)> = HoldScope::ALL
        .iter()
        .map(|s| (s.as_str(), s.label()))
        .collect();
    Ok(page("admin/holds.html", &admin.0, csrf)
        .with("standing", &standing)
        .with("released", &released)
        .with("scopes", &scopes)
        .with("typed", typed)
        .with("errors", &errors)
        .with("message", &None::<String>))
}

#[get("/admin/holds")]
async fn list(
    admin: HrAdmin,
    csrf: CsrfToken,
    flash: Option<FlashMessage<'_>>,
    db: &State<DatabaseConnection>,
) -> AppResult<Page> {
    let typed = Typed {
        scope: HoldScope::Application.as_str().to_owned(),
        ..Typed::default()
    };
    Ok(holds_page(db, &admin, &csrf, &typed, &[])
        .await?
        .with("message", &flash.map(|f| f.message().to_owned())))
}

#[derive(FromForm)]
struct HoldForm<'r> {
    scope: Option<&'r str>,
    target: Option<&'r str>,
    case_reference: Option<&'r str>,
    reason: Option<&'r str>,
    csrf_token: Option<&'r str>,
}

#[post("/admin/holds", data = "<form>")]
async fn place(
    admin: HrAdmin,
    form: Form<HoldForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
) -> AppResult<Either<Flash<Redirect>, (Status, Page)>> {
    check_token(jar, form.csrf_token)?;
    let field = |v: Option<&str>| v.unwrap_or("").to_owned();
    let typed = Typed {
        scope: field(form.scope),
        target: field(form.target).trim().to_owned(),
        case_reference: field(form.case_reference),
        reason: field(form.reason),
    };
    let new = match NewHold::parse(
        &typed.scope,
        &typed.target,
        &typed.case_reference,
        &typed.reason,
    ) {
        Ok(new) => new,
        Err(errors) => return refused(db, &admin, &csrf, &typed, &errors).await,
    };
    match holds::place(db, &admin.0.member, &new, at).await {
        Ok(placed) => Ok(Either::Left(Flash::success(
            Redirect::to("/admin/holds"),
            format!(
                "Hold {} placed: it covers {} application{} now, and any later one it applies to.",
                placed.hold.case_reference,
                placed.covered,
                if placed.covered == 1 { "" } else { "s" }
            ),
        ))),
        Err(HoldError::NoSuchTarget(what)) => {
            let message = if what == "job" {
                "There is no job with this number."
            } else {
                "There is no application with this number."
            };
            refused(db, &admin, &csrf, &typed, &[("target", message)]).await
        }
        Err(HoldError::Database(error)) => Err(error.into()),
    }
}

/// The form again, with what is wrong (422).
async fn refused(
    db: &DatabaseConnection,
    admin: &HrAdmin,
    csrf: &CsrfToken,
    typed: &Typed,
    errors: &[(&str, &str)],
) -> AppResult<Either<Flash<Redirect>, (Status, Page)>> {
    Ok(Either::Right((
        Status::UnprocessableEntity,
        holds_page(db, admin, csrf, typed, errors).await?,
    )))
}

#[post("/admin/holds/<id>/release", data = "<form>")]
async fn release(
    admin: HrAdmin,
    id: i32,
    form: Form<CsrfForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    settings: &State<Settings>,
) -> AppResult<Flash<Redirect>> {
    check_csrf(jar, &form)?;
    // A hold that is not standing answers 404 before any step-up is asked for.
    hold_store::find_standing(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    require_recent_second_factor(db, settings, &admin.0, "/admin/holds").await?;
    match holds::release(db, &admin.0.member, id, at).await? {
        Some(hold) => Ok(Flash::success(
            Redirect::to("/admin/holds"),
            format!(
                "Hold {} released. What it kept is again under the retention rules.",
                hold.case_reference
            ),
        )),
        None => Err(AppError::NotFound),
    }
}
