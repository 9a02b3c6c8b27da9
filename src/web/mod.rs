//! HTTP: one module per area, the fairings every response passes through, the views.

pub mod api;
pub mod applicant;
pub mod apply;
pub mod assets;
pub mod cookies;
pub mod csrf;
pub mod feeds;
pub mod headers;
pub mod job_view;
pub mod jsonld;
pub mod multipart;
pub mod pages;
pub mod public;
pub mod request_id;
pub mod views;

use rocket::http::Status;
use rocket::{Request, catch, catchers};

use views::ErrorPage;

/// Every route of the portal, by mount point.
pub fn mounts() -> Vec<(&'static str, Vec<rocket::Route>)> {
    let mut site = public::routes();
    site.extend(apply::routes());
    site.extend(applicant::routes());
    site.extend(pages::routes());
    site.extend(feeds::routes());
    site.extend(assets::routes());
    vec![("/", site), ("/api/v1", api::routes())]
}

/// The one catcher: every error status gets our page (or JSON under `/api/`).
#[catch(default)]
fn any_error(status: Status, _request: &Request<'_>) -> ErrorPage {
    ErrorPage::new(status)
}

/// The catchers to register at `/`.
pub fn catchers() -> Vec<rocket::Catcher> {
    catchers![any_error]
}
