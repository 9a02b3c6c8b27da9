//! The public, read-only JSON API.

use rocket::serde::json::Json;
use rocket::{State, get, routes};
use sea_orm::DatabaseConnection;
use serde::Serialize;

use super::job_view::JobSummary;
use super::public::JobQuery;
use crate::config::Settings;
use crate::domain::job_search::JOBS_PER_PAGE;
use crate::domain::pagination::PageInfo;
use crate::error::AppResult;
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
async fn job_list(
    query: JobQuery,
    db: &State<DatabaseConnection>,
    settings: &State<Settings>,
) -> AppResult<Json<JobsResponse>> {
    let search = query.search();
    let (found, total) = jobs::search_open(db.inner(), &search, JOBS_PER_PAGE).await?;
    let info = PageInfo::new(search.page, JOBS_PER_PAGE, total);
    Ok(Json(JobsResponse {
        jobs: found
            .iter()
            .map(|j| JobSummary::new(j, settings.base_url()))
            .collect(),
        page: info.page,
        per_page: info.per_page,
        total: info.total,
        pages: info.pages,
    }))
}
