//! The public, read-only JSON API.

use rocket::http::ContentType;
use rocket::{get, routes};
use serde::Serialize;

use super::cached::Representation;
use super::job_view::JobSummary;
use super::public::JobQuery;
use super::public_cache::Site;
use crate::domain::job_search::JOBS_PER_PAGE;
use crate::domain::pagination::PageInfo;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::store::jobs;

/// The routes of this area.
pub fn routes() -> Vec<rocket::Route> {
    routes![job_list]
}

/// A page of open jobs.
#[derive(Serialize)]
pub struct JobsResponse {
    pub jobs: Vec<JobSummary>,
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
    pub pages: u64,
}

/// Open jobs with the same filters and paging as `/jobs`.
#[get("/jobs?<query..>")]
async fn job_list(query: JobQuery, site: Site<'_>) -> AppResult<Representation> {
    let search = query.search();
    site.kept(format!("/api/v1/jobs {search:?}"), async |_| {
        let (found, total) = jobs::search_open(site.db, &search, JOBS_PER_PAGE).await?;
        let info = PageInfo::new(search.page, JOBS_PER_PAGE, total);
        let response = JobsResponse {
            jobs: found
                .iter()
                .map(|j| JobSummary::new(j, site.settings.base_url(), Lang::default_lang()))
                .collect(),
            page: info.page,
            per_page: info.per_page,
            total: info.total,
            pages: info.pages,
        };
        let body = serde_json::to_string(&response)
            .map_err(|e| AppError::internal("writing the jobs JSON", e))?;
        Ok((ContentType::JSON, body))
    })
    .await
}
