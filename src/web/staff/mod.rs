//! The staff area: sign-in, the session guards, password links and the review
//! workspace.

pub mod export;
pub mod guards;
pub mod interviews;
pub mod jobs;
pub mod offers;
pub mod profile;
pub mod review;
pub mod security;
pub mod sign_in;
pub mod single_sign_on;

pub use guards::{AnySession, HrAdmin, Recruiter, Staff};

use super::csrf::CsrfToken;
use super::views::Page;

/// The routes of the staff area.
pub fn routes() -> Vec<rocket::Route> {
    let mut routes = sign_in::routes();
    routes.extend(review::routes());
    routes.extend(export::routes());
    routes.extend(jobs::routes());
    routes.extend(interviews::routes());
    routes.extend(offers::routes());
    routes.extend(profile::routes());
    routes.extend(security::routes());
    routes.extend(single_sign_on::routes());
    routes
}

/// A page of the staff layout: the member (for the header) and a CSRF token (for the
/// sign-out button and the page's forms).
pub fn page(template: &'static str, staff: &Staff, csrf: &CsrfToken) -> Page {
    Page::new(template)
        .with("staff", &staff.member)
        .with("role_label", &staff.member.role.label())
        .with("csrf_token", &csrf.0)
}
