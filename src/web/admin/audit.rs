//! `/admin/audit`: the audit log, newest first, filtered by actor, action, subject and
//! date, 50 a page.

use rocket::{State, get, routes};
use sea_orm::DatabaseConnection;
use serde::Serialize;

use crate::domain::audit::Action;
use crate::domain::pagination::PageNumber;
use crate::error::AppResult;
use crate::store::audit::{self, AuditFilter};
use crate::web::csrf::CsrfToken;
use crate::web::filters::{day_range, query_string};
use crate::web::staff::{self, HrAdmin};
use crate::web::views::Page;

/// The routes of this module.
pub fn routes() -> Vec<rocket::Route> {
    routes![log]
}

/// The filters as typed, to refill the form and build page links.
#[derive(Serialize)]
struct Typed<'a> {
    actor: &'a str,
    action: &'a str,
    subject_type: &'a str,
    subject_id: &'a str,
    from: &'a str,
    to: &'a str,
}

#[derive(Serialize)]
struct Row {
    occurred_at: String,
    actor: String,
    action: String,
    subject: Option<String>,
    request_id: Option<String>,
    detail: Option<String>,
}

/// A non-empty, trimmed filter value.
fn given(raw: Option<&str>) -> Option<String> {
    raw.map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

#[get("/admin/audit?<actor>&<action>&<subject_type>&<subject_id>&<from>&<to>&<page>")]
#[allow(
    clippy::too_many_arguments,
    reason = "one argument per query parameter"
)]
async fn log(
    admin: HrAdmin,
    csrf: CsrfToken,
    db: &State<DatabaseConnection>,
    actor: Option<&str>,
    action: Option<&str>,
    subject_type: Option<&str>,
    subject_id: Option<&str>,
    from: Option<&str>,
    to: Option<&str>,
    page: Option<&str>,
) -> AppResult<Page> {
    let (from_time, until) = day_range(from, to);
    let filter = AuditFilter {
        actor: given(actor),
        action: action.and_then(Action::parse),
        subject_type: given(subject_type),
        subject_id: given(subject_id),
        from: from_time,
        until,
    };
    let (events, info) = audit::search(db.inner(), &filter, PageNumber::parse(page)).await?;
    let rows: Vec<Row> = events
        .into_iter()
        .map(|e| Row {
            occurred_at: e
                .occurred_at
                .with_timezone(&admin.0.member.zone())
                .format("%Y-%m-%d %H:%M:%S %Z")
                .to_string(),
            actor: e.actor_label,
            action: e.action,
            subject: e
                .subject_type
                .map(|kind| format!("{kind} {}", e.subject_id.unwrap_or_default())),
            request_id: e.request_id,
            detail: e.detail,
        })
        .collect();
    let typed = Typed {
        actor: actor.unwrap_or("").trim(),
        action: filter.action.map_or("", Action::as_str),
        subject_type: subject_type.unwrap_or("").trim(),
        subject_id: subject_id.unwrap_or("").trim(),
        from: if filter.from.is_some() {
            from.unwrap_or("").trim()
        } else {
            ""
        },
        to: if filter.until.is_some() {
            to.unwrap_or("").trim()
        } else {
            ""
        },
    };
    let query = query_string(&[
        ("actor", typed.actor),
        ("action", typed.action),
        ("subject_type", typed.subject_type),
        ("subject_id", typed.subject_id),
        ("from", typed.from),
        ("to", typed.to),
    ]);
    let actions: Vec<&str> = Action::ALL.iter().map(|a| a.as_str()).collect();
    Ok(staff::page("admin/audit.html", &admin.0, &csrf)
        .with("events", &rows)
        .with("filters", &typed)
        .with("filter_query", &query)
        .with("actions", &actions)
        .with("page_info", &info))
}
