//! HTTP: one module per area, the fairings every response passes through, the views.

pub mod admin;
pub mod api;
pub mod applicant;
pub mod apply;
pub mod assets;
pub mod cached;
pub mod compression;
pub mod cookies;
pub mod countries;
pub mod csrf;
pub mod feeds;
pub mod filters;
pub mod headers;
pub mod interview_pick;
pub mod job_view;
pub mod jsonld;
pub mod locale;
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

/// Every route of the portal, by mount point. The public and applicant pages are
/// mounted once per language: at `/` in English and under `/<code>` in the others.
pub fn mounts() -> Vec<(String, Vec<rocket::Route>)> {
    let mut mounts = vec![
        ("/".to_owned(), single_routes()),
        ("/api/v1".to_owned(), api::routes()),
    ];
    for lang in crate::i18n::all() {
        mounts.push((locale::localise(lang, "/"), localised_routes()));
    }
    mounts
}

/// The routes that exist once, in the default language.
fn single_routes() -> Vec<rocket::Route> {
    let mut routes = pages::machine_routes();
    routes.extend(assets::routes());
    routes.extend(staff::routes());
    routes.extend(admin::routes());
    routes
}

/// The routes that exist in every language (`locale::is_localised`).
fn localised_routes() -> Vec<rocket::Route> {
    let mut routes = public::routes();
    routes.extend(apply::routes());
    routes.extend(applicant::routes());
    routes.extend(pages::routes());
    routes.extend(privacy::routes());
    routes.extend(interview_pick::routes());
    routes.extend(feeds::routes());
    routes
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_localised_routes_are_exactly_the_localised_addresses() {
        for route in localised_routes() {
            let path = route.uri.unmounted_origin.path().as_str().to_owned();
            assert!(
                locale::is_localised(&path),
                "{path} is mounted per language"
            );
        }
        for route in single_routes() {
            let path = route.uri.unmounted_origin.path().as_str().to_owned();
            assert!(
                !locale::is_localised(&path),
                "{path} exists in one language only"
            );
        }
    }
}
