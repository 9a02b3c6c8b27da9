//! The HR admin area (`/admin/...`): staff accounts, retention rules, legal holds, privacy
//! requests and the audit log.

pub mod audit;
pub mod holds;
pub mod offer_approvals;
pub mod requests;
pub mod retention;
pub mod users;

/// The routes of the admin area.
pub fn routes() -> Vec<rocket::Route> {
    let mut routes = users::routes();
    routes.extend(audit::routes());
    routes.extend(holds::routes());
    routes.extend(retention::routes());
    routes.extend(requests::routes());
    routes.extend(offer_approvals::routes());
    routes
}
