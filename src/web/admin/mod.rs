//! The HR admin area (`/admin/...`): staff accounts and the audit log. Retention, legal
//! holds and privacy requests join it with their own modules.

pub mod audit;
pub mod users;

/// The routes of the admin area.
pub fn routes() -> Vec<rocket::Route> {
    let mut routes = users::routes();
    routes.extend(audit::routes());
    routes
}
