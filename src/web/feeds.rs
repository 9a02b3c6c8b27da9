//! The RSS feed of open jobs.

use rocket::http::ContentType;
use rocket::{get, routes};
use sea_orm::DatabaseConnection;

use super::cached::Representation;
use super::job_view::JobSummary;
use super::public_cache::Site;
use super::views::Page;
use crate::config::Settings;
use crate::error::AppResult;
use crate::i18n::Lang;
use crate::store::jobs;

/// Items in the feed.
const FEED_ITEMS: u64 = 50;

/// The routes of this area.
pub fn routes() -> Vec<rocket::Route> {
    routes![jobs_rss]
}

#[get("/jobs.rss")]
async fn jobs_rss(site: Site<'_>) -> AppResult<Representation> {
    site.page("/jobs.rss".to_owned(), async |_| {
        feed(site.db, site.settings, site.lang.lang).await
    })
    .await
}

/// The newest open jobs, in `lang` where they have a translation.
async fn feed(db: &DatabaseConnection, settings: &Settings, lang: Lang) -> AppResult<Page> {
    let newest = jobs::translated(db, jobs::newest_open(db, FEED_ITEMS).await?, lang).await?;
    let items: Vec<_> = newest
        .iter()
        .map(|job| {
            let summary = JobSummary::new(job, settings.base_url(), lang);
            let published = job.job.published_at.map(|at| at.to_rfc2822());
            (summary, published)
        })
        .collect();
    let build_date = newest
        .first()
        .and_then(|j| j.job.published_at)
        .map(|at| at.to_rfc2822());
    Ok(Page::new("feeds/jobs.xml")
        .content_type(ContentType::new("application", "rss+xml").with_params(("charset", "utf-8")))
        .with("items", &items)
        .with("base_url", &settings.base_url())
        .with("build_date", &build_date))
}
