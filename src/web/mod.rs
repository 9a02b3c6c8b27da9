//! HTTP: one module per area, the fairings every response passes through, the views.

pub mod admin;
pub mod api;
pub mod applicant;
pub mod apply;
pub mod assets;
pub mod cached;
pub mod compression;
pub mod cookies;
pub mod csrf;
pub mod feeds;
pub mod filters;
pub mod headers;
pub mod interview_pick;
pub mod job_view;
pub mod jsonld;
pub mod multipart;
pub mod pages;
pub mod privacy;
pub mod public;
pub mod public_cache;
pub mod request_id;
pub mod staff;
pub mod views;

use rocket::http::Status;
use rocket::response::Redirect;
use rocket::{Either, Request, catch, catchers};

use views::ErrorPage;

/// Every route of the portal, by mount point.
pub fn mounts() -> Vec<(&'static str, Vec<rocket::Route>)> {
    let mut site = public::routes();
    site.extend(apply::routes());
    site.extend(applicant::routes());
    site.extend(pages::routes());
    site.extend(privacy::routes());
    site.extend(interview_pick::routes());
    site.extend(feeds::routes());
    site.extend(assets::routes());
    site.extend(staff::routes());
    site.extend(admin::routes());
    vec![("/", site), ("/api/v1", api::routes())]
}

/// The one catcher: every error status gets our page (or JSON under `/api/`), except a
/// staff page asked for without a session, which leads to the sign-in page and back.
#[catch(default)]
fn any_error(status: Status, request: &Request<'_>) -> Either<ErrorPage, Redirect> {
    if status == Status::Unauthorized {
        let path = request.uri().path();
        let plain = path
            .as_str()
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/-_.".contains(&b));
        // Back to the page after signing in; a form post cannot be replayed, so home.
        let next = if request.method() == rocket::http::Method::Get && plain {
            path.as_str()
        } else {
            "/staff"
        };
        return Either::Right(Redirect::to(format!("/staff/login?next={next}")));
    }
    Either::Left(ErrorPage::new(status))
}

/// The catchers to register at `/`.
pub fn catchers() -> Vec<rocket::Catcher> {
    catchers![any_error]
}
