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

/// The routes of this area.
pub fn routes() -> Vec<rocket::Route> {
    routes![privacy, cookies, healthz, robots]
}

#[get("/privacy")]
async fn privacy(site: Site<'_>) -> AppResult<Representation> {
    site.page("/privacy".to_owned(), async |_| {
        let affiliates = affiliates::all(site.db).await?;
        let names: Vec<_> = affiliates
            .iter()
            .map(|a| (&a.code, &a.legal_name, &a.region))
            .collect();
        Ok(Page::new("public/privacy.html")
            .with("affiliates", &names)
            .with("talent_pool_months", &site.settings.talent_pool_months))
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

#[get("/robots.txt")]
fn robots() -> &'static str {
    "User-agent: *\nDisallow: /staff\nDisallow: /admin\nDisallow: /applications/\nDisallow: /privacy/requests\n"
}
