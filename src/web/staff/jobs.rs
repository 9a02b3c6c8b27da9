//! `/staff/jobs`: recruiters and HR admins create, edit, open and close the postings of
//! their affiliates and assign hiring managers. Closing a job leaves its applications
//! as they are. Another affiliate's job answers 404.

use std::collections::HashMap;

use rocket::form::{Form, FromForm};
use rocket::http::{CookieJar, Status};
use rocket::request::FlashMessage;
use rocket::response::{Flash, Redirect};
use rocket::{Either, State, get, post, routes, uri};
use sea_orm::DatabaseConnection;
use serde::Serialize;

use super::{Recruiter, page};
use crate::domain::country::COUNTRIES;
use crate::domain::job::{EmploymentType, JobStatus};
use crate::domain::job_posting::{CURRENCIES, PERIODS, Posting, RawPosting, RawTranslation};
use crate::entities::{affiliate, job, job_translation};
use crate::error::{AppError, AppResult};
use crate::i18n::{self, Lang};
use crate::services;
use crate::store::audit::Occasion;
use crate::store::jobs;
use crate::store::{affiliates, review, staff};
use crate::web::csrf::{CsrfToken, check_token};
use crate::web::views::Page;

/// The routes of this module.
pub fn routes() -> Vec<rocket::Route> {
    routes![list, new_page, create, edit_page, update, change_status]
}

#[derive(Serialize)]
struct JobRow {
    id: i32,
    title: String,
    slug: String,
    affiliate: String,
    status: String,
    applications: u64,
}

#[get("/staff/jobs")]
async fn list(
    recruiter: Recruiter,
    csrf: CsrfToken,
    flash: Option<FlashMessage<'_>>,
    db: &State<DatabaseConnection>,
) -> AppResult<Page> {
    let rows: Vec<JobRow> = jobs::for_staff(db.inner(), &recruiter.0.member.scope())
        .await?
        .into_iter()
        .map(|(item, applications)| JobRow {
            id: item.job.id,
            title: item.job.title,
            slug: item.job.slug,
            affiliate: item.affiliate.code,
            status: item.job.status,
            applications,
        })
        .collect();
    Ok(page("staff/jobs.html", &recruiter.0, &csrf)
        .with("jobs", &rows)
        .with("message", &flash.map(|f| f.message().to_owned())))
}

/// The posting form's values as typed (or as stored).
#[derive(Serialize, Default)]
struct Values {
    affiliate: String,
    title: String,
    department: String,
    location: String,
    country: String,
    remote: bool,
    employment_type: String,
    description: String,
    salary_min: String,
    salary_max: String,
    salary_currency: String,
    salary_period: String,
    closes_on: String,
    managers: Vec<i32>,
    language: String,
    /// One per language, in the catalogue's order; the form hides the primary one.
    translations: Vec<TranslationValues>,
}

/// A translation's fields as shown.
#[derive(Debug, Default, Serialize)]
struct TranslationValues {
    code: &'static str,
    name: &'static str,
    title: String,
    location: String,
    description: String,
}

/// Every language's fields, filled from `find` where it has text.
fn translation_values(
    find: impl Fn(&str) -> Option<(String, String, String)>,
) -> Vec<TranslationValues> {
    i18n::all()
        .map(|lang| {
            let (title, location, description) = find(lang.code()).unwrap_or_default();
            TranslationValues {
                code: lang.code(),
                name: lang.name(),
                title,
                location,
                description,
            }
        })
        .collect()
}

impl Values {
    fn of(
        job: &job::Model,
        affiliate: &str,
        managers: Vec<i32>,
        translations: &[job_translation::Model],
    ) -> Self {
        Self {
            language: job.language.clone(),
            translations: translation_values(|code| {
                translations
                    .iter()
                    .find(|t| t.language == code)
                    .map(|t| (t.title.clone(), t.location.clone(), t.description.clone()))
            }),
            affiliate: affiliate.to_owned(),
            title: job.title.clone(),
            department: job.department.clone(),
            location: job.location.clone(),
            country: job.country_code.clone(),
            remote: job.remote,
            employment_type: job.employment_type.clone(),
            description: job.description.clone(),
            salary_min: job.salary_min.map(|v| v.to_string()).unwrap_or_default(),
            salary_max: job.salary_max.map(|v| v.to_string()).unwrap_or_default(),
            salary_currency: job.salary_currency.clone().unwrap_or_default(),
            salary_period: job.salary_period.clone().unwrap_or_default(),
            closes_on: job
                .closes_at
                .map(|t| t.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            managers,
        }
    }
}

/// The form page with its choices.
async fn form_page(
    db: &DatabaseConnection,
    recruiter: &Recruiter,
    csrf: &CsrfToken,
    job: Option<&job::Model>,
    values: &Values,
    errors: &[(String, &str)],
) -> AppResult<Page> {
    let scope = recruiter.0.member.scope();
    let affiliates: Vec<affiliate::Model> = affiliates::all(db)
        .await?
        .into_iter()
        .filter(|a| scope.covers(a.id))
        .collect();
    let managers: Vec<(i32, String)> = match job {
        Some(job) => staff::members_of_affiliate(db, job.affiliate_id)
            .await?
            .into_iter()
            .map(|m| (m.id, m.display_name))
            .collect(),
        None => Vec::new(),
    };
    let kinds: Vec<(&str, &str)> = EmploymentType::ALL
        .iter()
        .map(|k| (k.as_str(), k.label()))
        .collect();
    Ok(page("staff/job_form.html", &recruiter.0, csrf)
        .with(
            "job",
            &job.map(|j| (j.id, j.slug.clone(), j.status.clone())),
        )
        .with("values", values)
        .with("errors", &errors)
        .with(
            "affiliate_choices",
            &affiliates
                .iter()
                .map(|a| (a.code.clone(), a.legal_name.clone()))
                .collect::<Vec<_>>(),
        )
        .with("countries", &COUNTRIES)
        .with("kinds", &kinds)
        .with("currencies", &CURRENCIES)
        .with("periods", &PERIODS)
        .with("manager_choices", &managers)
        .with(
            "languages",
            &i18n::all()
                .map(|l| (l.code(), l.name()))
                .collect::<Vec<_>>(),
        )
        .with("message", &None::<String>))
}

#[get("/staff/jobs/new")]
async fn new_page(
    recruiter: Recruiter,
    csrf: CsrfToken,
    db: &State<DatabaseConnection>,
) -> AppResult<Page> {
    let values = Values {
        employment_type: EmploymentType::FullTime.as_str().to_owned(),
        salary_period: "year".to_owned(),
        language: Lang::default_lang().code().to_owned(),
        translations: translation_values(|_| None),
        ..Values::default()
    };
    form_page(db, &recruiter, &csrf, None, &values, &[]).await
}

#[derive(FromForm)]
struct JobForm<'r> {
    affiliate: Option<&'r str>,
    title: Option<&'r str>,
    department: Option<&'r str>,
    location: Option<&'r str>,
    country: Option<&'r str>,
    remote: Option<&'r str>,
    employment_type: Option<&'r str>,
    description: Option<&'r str>,
    salary_min: Option<&'r str>,
    salary_max: Option<&'r str>,
    salary_currency: Option<&'r str>,
    salary_period: Option<&'r str>,
    closes_on: Option<&'r str>,
    manager: Vec<i32>,
    /// `open` publishes a new job at once; anything else saves a draft.
    publish: Option<&'r str>,
    csrf_token: Option<&'r str>,
    language: Option<&'r str>,
    /// `translations[de].title`, `.location`, `.description`.
    translations: HashMap<&'r str, TranslationForm<'r>>,
}

#[derive(FromForm, Default)]
struct TranslationForm<'r> {
    title: Option<&'r str>,
    location: Option<&'r str>,
    description: Option<&'r str>,
}

impl<'r> JobForm<'r> {
    fn raw(&self) -> RawPosting<'r> {
        RawPosting {
            title: self.title.unwrap_or(""),
            department: self.department.unwrap_or(""),
            location: self.location.unwrap_or(""),
            country: self.country.unwrap_or(""),
            remote: self.remote == Some("yes"),
            employment_type: self.employment_type.unwrap_or(""),
            description: self.description.unwrap_or(""),
            salary_min: self.salary_min.unwrap_or(""),
            salary_max: self.salary_max.unwrap_or(""),
            salary_currency: self.salary_currency.unwrap_or(""),
            salary_period: self.salary_period.unwrap_or(""),
            closes_on: self.closes_on.unwrap_or(""),
            // A form from before languages (or a script) posts none: the default.
            language: self.language.unwrap_or(crate::i18n::DEFAULT),
            translations: self
                .translations
                .iter()
                .map(|(language, t)| RawTranslation {
                    language,
                    title: t.title.unwrap_or(""),
                    location: t.location.unwrap_or(""),
                    description: t.description.unwrap_or(""),
                })
                .collect(),
        }
    }

    fn values(&self) -> Values {
        let raw = self.raw();
        Values {
            affiliate: self.affiliate.unwrap_or("").to_owned(),
            title: raw.title.to_owned(),
            department: raw.department.to_owned(),
            location: raw.location.to_owned(),
            country: raw.country.to_owned(),
            remote: raw.remote,
            employment_type: raw.employment_type.to_owned(),
            description: raw.description.to_owned(),
            salary_min: raw.salary_min.to_owned(),
            salary_max: raw.salary_max.to_owned(),
            salary_currency: raw.salary_currency.to_owned(),
            salary_period: raw.salary_period.to_owned(),
            closes_on: raw.closes_on.to_owned(),
            managers: self.manager.clone(),
            language: raw.language.to_owned(),
            translations: translation_values(|code| {
                self.translations.get(code).map(|t| {
                    let text = |v: Option<&str>| v.unwrap_or("").chars().take(20_000).collect();
                    (text(t.title), text(t.location), text(t.description))
                })
            }),
        }
    }
}

#[post("/staff/jobs", data = "<form>")]
async fn create(
    recruiter: Recruiter,
    form: Form<JobForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
) -> AppResult<Either<Flash<Redirect>, (Status, Page)>> {
    check_token(jar, form.csrf_token)?;
    let scope = recruiter.0.member.scope();
    let affiliate = affiliates::all(db.inner())
        .await?
        .into_iter()
        .find(|a| scope.covers(a.id) && Some(a.code.as_str()) == form.affiliate.map(str::trim));
    let parsed = Posting::parse(&form.raw(), at.now.date_naive());
    let (affiliate, posting) = match (affiliate, parsed) {
        (Some(affiliate), Ok(posting)) => (affiliate, posting),
        (affiliate, parsed) => {
            let mut errors = parsed.err().unwrap_or_default();
            if affiliate.is_none() {
                errors.insert(
                    0,
                    ("affiliate".to_owned(), "Choose one of your affiliates."),
                );
            }
            let page = form_page(db, &recruiter, &csrf, None, &form.values(), &errors).await?;
            return Ok(Either::Right((Status::UnprocessableEntity, page)));
        }
    };
    let status = if form.publish == Some("open") {
        JobStatus::Open
    } else {
        JobStatus::Draft
    };
    let job =
        services::jobs::create(db, &recruiter.0.member, &affiliate, &posting, status, at).await?;
    Ok(Either::Left(Flash::success(
        Redirect::to(uri!(edit_page(id = job.id))),
        if status == JobStatus::Open {
            "The job is created and open for applications."
        } else {
            "The job is saved as a draft: applicants cannot see it until you open it."
        },
    )))
}

/// The job, if its affiliate is in the member's scope; 404 otherwise.
async fn in_scope(
    db: &DatabaseConnection,
    recruiter: &Recruiter,
    id: i32,
) -> AppResult<job::Model> {
    review::job_in_scope(db, &recruiter.0.member.scope(), id)
        .await?
        .ok_or(AppError::NotFound)
}

async fn affiliate_code(db: &DatabaseConnection, job: &job::Model) -> AppResult<String> {
    Ok(affiliates::all(db)
        .await?
        .into_iter()
        .find(|a| a.id == job.affiliate_id)
        .map(|a| a.code)
        .unwrap_or_default())
}

#[get("/staff/jobs/<id>/edit")]
async fn edit_page(
    id: i32,
    recruiter: Recruiter,
    csrf: CsrfToken,
    flash: Option<FlashMessage<'_>>,
    db: &State<DatabaseConnection>,
) -> AppResult<Page> {
    let job = in_scope(db, &recruiter, id).await?;
    let managers = jobs::assigned_managers(db.inner(), job.id).await?;
    let translations = jobs::translations_of(db.inner(), job.id).await?;
    let values = Values::of(
        &job,
        &affiliate_code(db, &job).await?,
        managers,
        &translations,
    );
    Ok(form_page(db, &recruiter, &csrf, Some(&job), &values, &[])
        .await?
        .with("message", &flash.map(|f| f.message().to_owned())))
}

#[post("/staff/jobs/<id>", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn update(
    id: i32,
    recruiter: Recruiter,
    form: Form<JobForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
) -> AppResult<Either<Flash<Redirect>, (Status, Page)>> {
    check_token(jar, form.csrf_token)?;
    let job = in_scope(db, &recruiter, id).await?;
    let posting = match Posting::parse(&form.raw(), at.now.date_naive()) {
        Ok(posting) => posting,
        Err(errors) => {
            let mut values = form.values();
            values.affiliate = affiliate_code(db, &job).await?;
            let page = form_page(db, &recruiter, &csrf, Some(&job), &values, &errors).await?;
            return Ok(Either::Right((Status::UnprocessableEntity, page)));
        }
    };
    services::jobs::update(db, &recruiter.0.member, &job, &posting, &form.manager, at).await?;
    Ok(Either::Left(Flash::success(
        Redirect::to(uri!(edit_page(id = id))),
        "The job is saved.",
    )))
}

#[derive(FromForm)]
struct StatusForm<'r> {
    status: Option<&'r str>,
    csrf_token: Option<&'r str>,
}

#[post("/staff/jobs/<id>/status", data = "<form>")]
async fn change_status(
    id: i32,
    recruiter: Recruiter,
    form: Form<StatusForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
) -> AppResult<Flash<Redirect>> {
    check_token(jar, form.csrf_token)?;
    let job = in_scope(db, &recruiter, id).await?;
    let back = Redirect::to(uri!(edit_page(id = id)));
    let Some(status) = form.status.and_then(JobStatus::parse) else {
        return Ok(Flash::error(back, "Choose open, closed or draft."));
    };
    services::jobs::change_status(db, &recruiter.0.member, &job, status, at).await?;
    Ok(Flash::success(
        back,
        match status {
            JobStatus::Open => "The job is open: applicants can see it and apply.",
            JobStatus::Closed => {
                "The job is closed to new applications; the ones received stay as they are."
            }
            JobStatus::Draft => "The job is back to draft: applicants cannot see it.",
        },
    ))
}
