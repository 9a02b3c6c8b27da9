//! `/admin/requests`: applicants' privacy requests for HR admins, overdue ones marked,
//! and the fulfil action for deletions waiting in the queue.

use chrono::{DateTime, Utc};
use rocket::form::Form;
use rocket::http::CookieJar;
use rocket::request::FlashMessage;
use rocket::response::{Flash, Redirect};
use rocket::{State, get, post, routes, uri};
use sea_orm::DatabaseConnection;
use serde::Serialize;

use crate::config::Settings;
use crate::domain::pagination::PageNumber;
use crate::domain::privacy_request::{Kind, Status, is_overdue};
use crate::domain::staff::StaffMember;
use crate::entities::privacy_request;
use crate::error::{AppError, AppResult};
use crate::services::accounts::Mailing;
use crate::services::privacy::{self, Fulfilment, PrivacyError};
use crate::store::audit::Occasion;
use crate::store::privacy_requests;
use crate::views::Views;
use crate::web::apply::Resumes;
use crate::web::csrf::{CsrfForm, CsrfToken, check_csrf};
use crate::web::staff::HrAdmin;
use crate::web::staff::security::require_recent_second_factor;
use crate::web::views::Page;

/// The routes of this module.
pub fn routes() -> Vec<rocket::Route> {
    routes![list, fulfil]
}

/// One request as the list shows it.
#[derive(Serialize)]
struct Row {
    id: i32,
    kind: &'static str,
    status: &'static str,
    /// Only while the request is open; a fulfilled one has lost it (or soon will).
    email: Option<String>,
    requested_at: String,
    verified_at: Option<String>,
    due_at: Option<String>,
    fulfilled_at: Option<String>,
    outcome: Option<String>,
    overdue: bool,
    can_fulfil: bool,
    /// An HR admin ordered it fulfilled; a legal hold still keeps part of it.
    ordered: bool,
}

fn row(request: privacy_request::Model, now: DateTime<Utc>, reader: &StaffMember) -> Row {
    let when = |at: DateTime<Utc>| reader.time(at);
    let status = Status::parse(&request.status);
    let kind = Kind::parse(&request.kind).ok();
    let fulfilled = status == Some(Status::Fulfilled);
    let queued = status == Some(Status::Queued) && kind == Some(Kind::Deletion);
    Row {
        id: request.id,
        kind: kind.map_or("Unknown", Kind::label),
        status: status.map_or("Unknown", Status::label),
        email: request.email.filter(|_| !fulfilled),
        requested_at: when(request.requested_at),
        verified_at: request.verified_at.map(when),
        due_at: request.due_at.map(when),
        fulfilled_at: request.fulfilled_at.map(when),
        outcome: request.outcome,
        overdue: status.is_some_and(|s| is_overdue(s, request.due_at, now)),
        can_fulfil: queued,
        ordered: queued && request.fulfilled_by_staff_user_id.is_some(),
    }
}

#[get("/admin/requests?<page>")]
async fn list(
    admin: HrAdmin,
    csrf: CsrfToken,
    flash: Option<FlashMessage<'_>>,
    db: &State<DatabaseConnection>,
    page: Option<&str>,
) -> AppResult<Page> {
    let now = Utc::now();
    let (requests, info) = privacy_requests::page(db.inner(), PageNumber::parse(page)).await?;
    let rows: Vec<Row> = requests
        .into_iter()
        .map(|r| row(r, now, &admin.0.member))
        .collect();
    let overdue = rows.iter().filter(|r| r.overdue).count();
    Ok(
        crate::web::staff::page("admin/requests.html", &admin.0, &csrf)
            .with("requests", &rows)
            .with("overdue", &overdue)
            .with("page_info", &info)
            .with("message", &flash.map(|f| f.message().to_owned())),
    )
}

#[post("/admin/requests/<id>/fulfil", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn fulfil(
    admin: HrAdmin,
    id: i32,
    form: Form<CsrfForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    resumes: &State<Resumes>,
    settings: &State<Settings>,
    views: &State<Views>,
) -> AppResult<Flash<Redirect>> {
    check_csrf(jar, &form)?;
    let request = privacy_requests::find(db.inner(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    require_recent_second_factor(db, settings, &admin.0, "/admin/requests").await?;
    let mailing = Mailing {
        views: views.inner(),
        settings: settings.inner(),
    };
    let outcome = privacy::fulfil(
        db.inner(),
        resumes.0.as_ref(),
        mailing,
        &request,
        &admin.0.member,
        at,
    )
    .await
    .map_err(|error| match error {
        PrivacyError::Database(error) => AppError::Database(error),
        other => AppError::internal("fulfilling a privacy request", other),
    })?;
    let back = Redirect::to(uri!(list(page = Option::<&str>::None)));
    Ok(match outcome {
        Fulfilment::Done => Flash::success(
            back,
            format!(
                "Request #{id} is fulfilled: everything was deleted and the receipt is on its way."
            ),
        ),
        Fulfilment::Held { held: 0 } => Flash::warning(
            back,
            format!(
                "Request #{id} stays queued: some of this person's applications could not be deleted yet. Try again in a moment."
            ),
        ),
        Fulfilment::Held { held } => Flash::warning(
            back,
            format!(
                "A legal hold stands on {held} application(s) of this person: they were kept and request #{id} stays queued. The rest is deleted; the request is finished once the hold is released."
            ),
        ),
        Fulfilment::NotQueued => Flash::warning(
            back,
            format!("Request #{id} is not a deletion waiting in the queue: nothing was done."),
        ),
    })
}
