//! Notices and machine endpoints: privacy notice, cookies, health, robots.

use rocket::http::Status;
use rocket::{State, get, routes};
use sea_orm::DatabaseConnection;

use super::cached::Representation;
use super::cookies::CATALOGUE;
use super::public_cache::Site;
use super::views::Page;
use crate::error::AppResult;
use crate::store::affiliates;

/// The notices, in every language.
pub fn routes() -> Vec<rocket::Route> {
    routes![privacy, cookies]
}

/// The machine endpoints, once.
pub fn machine_routes() -> Vec<rocket::Route> {
    routes![healthz, robots]
}

/// When the privacy notice last changed (shown on it, in each language).
const PRIVACY_UPDATED: (i32, u32, u32) = (2026, 12, 7);

#[get("/privacy")]
async fn privacy(site: Site<'_>) -> AppResult<Representation> {
    site.page("/privacy".to_owned(), async |_| {
        let affiliates = affiliates::all(site.db).await?;
        let names: Vec<_> = affiliates
            .iter()
            .map(|a| (&a.code, &a.legal_name, &a.region))
            .collect();
        let (y, m, d) = PRIVACY_UPDATED;
        let updated = chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        Ok(Page::new("public/privacy.html")
            .with("affiliates", &names)
            .with("talent_pool_months", &site.settings.talent_pool_months)
            .with("updated_on", &site.lang.lang.formats().date(updated)))
    })
    .await
}

#[get("/cookies")]
async fn cookies(site: Site<'_>) -> AppResult<Representation> {
    site.page("/cookies".to_owned(), async |_| {
        Ok(Page::new("public/cookies.html").with("cookies", &CATALOGUE))
    })
    .await
}

/// 200 `ok` when the database answers, 503 otherwise.
#[get("/healthz")]
async fn healthz(db: &State<DatabaseConnection>) -> (Status, &'static str) {
    match db.ping().await {
        Ok(()) => (Status::Ok, "ok"),
        Err(error) => {
            tracing::error!(error = %error, "health check: database unreachable");
            (Status::ServiceUnavailable, "database unavailable")
        }
    }
}

/// Staff areas and personal links are not for crawlers, in any language.
#[get("/robots.txt")]
fn robots() -> String {
    let mut text = String::from("User-agent: *\nDisallow: /staff\nDisallow: /admin\n");
    for lang in crate::i18n::all() {
        for personal in [
            "/applications/",
            "/privacy/requests",
            "/privacy/talent-pool/",
            "/interviews/",
        ] {
            text.push_str(&format!("Disallow: {}{personal}\n", lang.prefix()));
        }
    }
    text
}
