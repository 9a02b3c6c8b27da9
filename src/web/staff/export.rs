//! `/staff/export.csv?job=<id>`: a job's applications as CSV for recruiters, within their
//! scope, safe against formula injection, identification numbers masked, audited.

use rocket::http::{ContentType, Header};
use rocket::response::Responder;
use rocket::{State, get, routes};
use sea_orm::DatabaseConnection;

use super::Recruiter;
use crate::domain::audit::{Action, Subject};
use crate::domain::export::{BOM, line};
use crate::domain::pipeline::Stage;
use crate::domain::sensitive::Scanner;
use crate::error::{AppError, AppResult};
use crate::services::accounts::actor;
use crate::store::audit::{self, Event, Occasion};
use crate::store::review;

/// The routes of this module.
pub fn routes() -> Vec<rocket::Route> {
    routes![export]
}

/// The CSV as a download.
pub struct CsvFile {
    body: String,
    file_name: String,
}

impl<'r> Responder<'r, 'static> for CsvFile {
    fn respond_to(self, request: &'r rocket::Request<'_>) -> rocket::response::Result<'static> {
        rocket::Response::build_from(self.body.respond_to(request)?)
            .header(ContentType::new("text", "csv").with_params(("charset", "utf-8")))
            .header(Header::new(
                "Content-Disposition",
                format!("attachment; filename=\"{}\"", self.file_name),
            ))
            .ok()
    }
}

const HEADER: [&str; 12] = [
    "reference",
    "full_name",
    "email",
    "phone",
    "country",
    "profile_url",
    "stage",
    "submitted_at",
    "decided_at",
    "sensitive_data_flags",
    "talent_pool_until",
    "cover_letter",
];

#[get("/staff/export.csv?<job>")]
async fn export(
    job: Option<&str>,
    recruiter: Recruiter,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    scanner: &State<Scanner>,
) -> AppResult<CsvFile> {
    let member = &recruiter.0.member;
    let job_id = job
        .and_then(|j| j.trim().parse::<i32>().ok())
        .ok_or(AppError::BadRequest("staff-export-job"))?;
    let job = review::job_in_scope(db.inner(), &member.scope(), job_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let rows = review::applications_of_job(db.inner(), &job).await?;
    let mut body = String::from(BOM);
    body.push_str(&line(&HEADER));
    let time =
        |t: chrono::DateTime<chrono::Utc>| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    for (application, candidate) in &rows {
        let c = candidate.as_ref();
        body.push_str(&line(&[
            application.public_ref.clone(),
            c.map(|c| c.full_name.clone()).unwrap_or_default(),
            c.map(|c| c.email.clone()).unwrap_or_default(),
            c.and_then(|c| c.phone.clone()).unwrap_or_default(),
            c.map(|c| c.country.clone()).unwrap_or_default(),
            c.and_then(|c| c.profile_url.clone()).unwrap_or_default(),
            Stage::parse(&application.stage)
                .map_or("unknown", Stage::as_str)
                .to_owned(),
            time(application.submitted_at),
            application.decided_at.map(time).unwrap_or_default(),
            application.sensitive_categories.clone().unwrap_or_default(),
            c.and_then(|c| c.talent_pool_expires_at)
                .map(time)
                .unwrap_or_default(),
            // Applicant-written text leaves the portal: identification numbers masked.
            application
                .cover_letter
                .as_deref()
                .map(|text| scanner.mask_identification_numbers(text))
                .unwrap_or_default(),
        ]));
    }
    audit::record(
        db.inner(),
        Event::new(actor(member), Action::ApplicationsExported)
            .on(Subject::job(job.id))
            .detail(serde_json::json!({ "rows": rows.len() })),
        at,
    )
    .await?;
    Ok(CsvFile {
        body,
        file_name: format!(
            "applications-{}-{}.csv",
            job.slug,
            at.now.format("%Y-%m-%d")
        ),
    })
}
