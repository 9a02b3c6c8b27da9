//! Applying (docs/product.md, applying): the form, its streaming submission, the sensitive-data
//! review, the confirmation, and the applicant's status page.

use std::net::IpAddr;

use chrono::Utc;
use rocket::data::Data;
use rocket::form::Form;
use rocket::http::{ContentType, CookieJar, Status};
use rocket::response::Redirect;
use rocket::{Responder, State, get, post, routes, uri};
use sea_orm::DatabaseConnection;
use serde::Serialize;

use super::countries;
use super::csrf::{self, CsrfForm, CsrfToken, check_csrf};
use super::job_view::JobDetail;
use super::locale::{PageLang, localise};
use super::multipart::{self, IntakeError, Received};
use super::views::{ErrorPage, Page};
use crate::config::Settings;
use crate::domain::application::{FieldErrors, NewApplication, RawApplication, Rejection};
use crate::domain::audit::{Action, Actor, Subject};
use crate::domain::job::{JobStatus, PublicAccess};
use crate::domain::malware::MalwareVerdict;
use crate::domain::sensitive::Scanner;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::keys::Keys;
use crate::services::apply::{
    self, AppFailure, HeldSubmission, Outcome, ReadError, Submission, Upload,
};
use crate::services::malware::{Decision, MalwareScanning};
use crate::services::resume_reader::Extractor;
use crate::services::resume_text::{ActiveContent, ExtractError};
use crate::store::audit::{self, Event, Occasion};
use crate::store::files::{ResumeStore, StorageKey};
use crate::store::jobs::{self, JobWithAffiliate};
use crate::store::throttle;
use crate::views::Views;

/// The routes of this area.
pub fn routes() -> Vec<rocket::Route> {
    routes![form, submit, review_submit, review_edit]
}

/// The resume store, managed as Rocket state.
pub struct Resumes(pub std::sync::Arc<dyn ResumeStore>);

/// A page, a redirect, or an error page.
#[derive(Responder)]
pub enum Answer {
    Page(Page),
    Redirect(Redirect),
    Error(ErrorPage),
}

impl From<AppFailure> for AppError {
    fn from(failure: AppFailure) -> Self {
        match failure {
            // As any database error: a pool that stayed busy is a 503, not a fault.
            AppFailure::Database(error) => AppError::Database(error),
            other => AppError::internal("applying", other),
        }
    }
}

/// The form's text fields shown back after a refusal (never the date of birth).
#[derive(Debug, Default, Serialize)]
struct FormValues {
    full_name: String,
    email: String,
    phone: String,
    country: String,
    cover_letter: String,
    profile_url: String,
    consent_privacy: bool,
    consent_transfer: bool,
    talent_pool: bool,
}

impl FormValues {
    fn from_received(received: &Received) -> Self {
        let text = |name: &str| {
            received
                .field(name)
                .unwrap_or_default()
                .chars()
                .take(10_000)
                .collect()
        };
        Self {
            full_name: text("full_name"),
            email: text("email"),
            phone: text("phone"),
            country: text("country"),
            cover_letter: text("cover_letter"),
            profile_url: text("profile_url"),
            consent_privacy: received.checked("consent_privacy"),
            consent_transfer: received.checked("consent_transfer"),
            talent_pool: received.checked("talent_pool"),
        }
    }

    fn from_application(applicant: &NewApplication) -> Self {
        Self {
            full_name: applicant.full_name.as_str().to_owned(),
            email: applicant.email.as_str().to_owned(),
            phone: applicant
                .phone
                .as_ref()
                .map(|p| p.as_str().to_owned())
                .unwrap_or_default(),
            country: applicant.country.clone(),
            cover_letter: applicant
                .cover_letter
                .as_ref()
                .map(|c| c.as_str().to_owned())
                .unwrap_or_default(),
            profile_url: applicant
                .profile_url
                .as_ref()
                .map(|u| u.as_str().to_owned())
                .unwrap_or_default(),
            consent_privacy: true,
            consent_transfer: applicant.consent_transfer,
            talent_pool: applicant.talent_pool,
        }
    }
}

/// A job that takes applications, with its text in `lang` where it has a
/// translation, or the reason it does not take them.
async fn open_job(db: &DatabaseConnection, slug: &str, lang: Lang) -> AppResult<JobWithAffiliate> {
    match super::public::public_job(db, slug, lang).await? {
        (job, PublicAccess::Open) => Ok(job),
        (_, PublicAccess::Closed) => Err(AppError::JobClosed),
        (_, PublicAccess::Hidden) => Err(AppError::NotFound),
    }
}

/// The signed time the form was shown, for the minimum fill time.
fn form_started(keys: &Keys) -> String {
    let now = Utc::now().timestamp().to_string();
    format!("{now}.{}", keys.sign("form-started", now.as_bytes()))
}

/// Seconds since the form was shown, if the stamp is ours.
fn seconds_on_form(keys: &Keys, stamp: Option<&str>) -> Option<i64> {
    let (time, signature) = stamp?.split_once('.')?;
    keys.verify("form-started", time.as_bytes(), signature)
        .then(|| time.parse::<i64>().ok())
        .flatten()
        .map(|started| Utc::now().timestamp() - started)
}

struct FormPage<'a> {
    job: &'a JobWithAffiliate,
    values: FormValues,
    errors: FieldErrors,
    status: Status,
}

fn form_page(
    page: FormPage<'_>,
    lang: Lang,
    settings: &Settings,
    keys: &Keys,
    csrf: &CsrfToken,
) -> Page {
    Page::new("public/apply.html")
        .status(page.status)
        .with("job", &JobDetail::new(page.job, settings.base_url(), lang))
        .with(
            "transfer_consent_required",
            &page.job.affiliate.transfer_consent_required,
        )
        .with("countries", &countries::choices(lang))
        .with(
            "max_resume_mib",
            &settings.max_resume_bytes.div_ceil(1024 * 1024),
        )
        .with("talent_pool_months", &settings.talent_pool_months)
        .with("values", &page.values)
        .with("errors", &page.errors)
        .with("csrf_token", &csrf.0)
        .with("form_started", &form_started(keys))
}

#[get("/jobs/<slug>/apply")]
async fn form(
    slug: &str,
    csrf: CsrfToken,
    db: &State<DatabaseConnection>,
    settings: &State<Settings>,
    keys: &State<Keys>,
    lang: PageLang,
) -> AppResult<Page> {
    let job = open_job(db, slug, lang.lang).await?;
    let page = FormPage {
        job: &job,
        values: FormValues::default(),
        errors: FieldErrors::new(),
        status: Status::Ok,
    };
    Ok(form_page(page, lang.lang, settings, keys, &csrf))
}

/// Everything the submission needs from Rocket's state.
pub struct Context<'r> {
    db: &'r DatabaseConnection,
    settings: &'r Settings,
    keys: &'r Keys,
    views: &'r Views,
    store: &'r std::sync::Arc<dyn ResumeStore>,
    extractor: &'r Extractor,
    scanner: &'r Scanner,
    malware: &'r MalwareScanning,
    request_id: &'r str,
    /// The language of the form: the pages that follow and the applicant's mails.
    lang: Lang,
}

#[rocket::async_trait]
impl<'r> rocket::request::FromRequest<'r> for Context<'r> {
    type Error = ();

    async fn from_request(request: &'r rocket::Request<'_>) -> rocket::request::Outcome<Self, ()> {
        let rocket = request.rocket();
        let context = (|| {
            Some(Context {
                db: rocket.state()?,
                settings: rocket.state()?,
                keys: rocket.state()?,
                views: rocket.state()?,
                store: &rocket.state::<Resumes>()?.0,
                extractor: rocket.state()?,
                scanner: rocket.state()?,
                malware: rocket.state()?,
                request_id: super::request_id::of(request).as_str(),
                lang: PageLang::of(request).lang,
            })
        })();
        match context {
            Some(context) => rocket::request::Outcome::Success(context),
            None => rocket::request::Outcome::Error((Status::InternalServerError, ())),
        }
    }
}

#[post("/jobs/<slug>/apply", data = "<data>")]
async fn submit(
    slug: &str,
    content_type: Option<&ContentType>,
    data: Data<'_>,
    jar: &CookieJar<'_>,
    client: Option<IpAddr>,
    csrf: CsrfToken,
    ctx: Context<'_>,
) -> AppResult<Answer> {
    let job = open_job(ctx.db, slug, ctx.lang).await?;
    let boundary = content_type
        .filter(|ct| ct.is_form_data())
        .and_then(|ct| {
            ct.params()
                .find(|(key, _)| key == "boundary")
                .map(|(_, value)| value.to_owned())
        })
        .ok_or(AppError::BadRequest("form-not-multipart"))?;
    let received = match multipart::receive(
        data,
        &boundary,
        ctx.settings.max_resume_bytes,
        ctx.store.as_ref(),
    )
    .await
    {
        Ok(received) => received,
        Err(IntakeError::TooLarge) => {
            return Ok(Answer::Error(ErrorPage::new(Status::PayloadTooLarge)));
        }
        Err(IntakeError::Malformed) => {
            return Err(AppError::BadRequest("form-unreadable"));
        }
        Err(IntakeError::Store(error)) => {
            return Err(AppError::internal("storing an upload", error));
        }
    };
    let stored = received.resume.as_ref().map(|r| r.key.clone());
    let mut guard = UploadGuard {
        key: stored.clone(),
        store: ctx.store.clone(),
        db: ctx.db.clone(),
    };
    let answer = process(&job, received, jar, client, &csrf, &ctx).await;
    // Only an application or a held review keeps the file; every other answer drops it.
    let keep = matches!(
        &answer,
        Ok(Processed {
            keep_file: true,
            ..
        })
    );
    if let (Some(key), false) = (stored, keep)
        && let Err(error) = ctx.store.remove(&key).await
    {
        tracing::error!(%error, "could not remove a refused upload");
    }
    guard.key = None;
    answer.map(|processed| processed.answer)
}

/// Removes a stored upload when the request is dropped (the client went away) before
/// the file's fate was settled, unless a row refers to it by then.
struct UploadGuard {
    key: Option<StorageKey>,
    store: std::sync::Arc<dyn ResumeStore>,
    db: DatabaseConnection,
}

impl Drop for UploadGuard {
    fn drop(&mut self) {
        let Some(key) = self.key.take() else { return };
        let (store, db) = (self.store.clone(), self.db.clone());
        rocket::tokio::spawn(async move {
            match crate::services::reconcile::is_referenced(&db, key.as_str()).await {
                Ok(true) => {}
                Ok(false) => {
                    if let Err(error) = store.remove(&key).await {
                        tracing::error!(%error, "could not remove an abandoned upload");
                    }
                }
                Err(error) => tracing::error!(%error, "abandoned upload left for reconcile"),
            }
        });
    }
}

struct Processed {
    answer: Answer,
    keep_file: bool,
}

fn refused(answer: Answer) -> AppResult<Processed> {
    Ok(Processed {
        answer,
        keep_file: false,
    })
}

async fn process(
    job: &JobWithAffiliate,
    received: Received,
    jar: &CookieJar<'_>,
    client: Option<IpAddr>,
    csrf: &CsrfToken,
    ctx: &Context<'_>,
) -> AppResult<Processed> {
    if !csrf::is_valid(jar, received.field("csrf_token")) {
        return refused(Answer::Error(
            ErrorPage::new(Status::Forbidden).saying("form-expired-text"),
        ));
    }
    if received.field("website").is_some_and(|v| !v.is_empty()) {
        return refused(Answer::Error(
            ErrorPage::new(Status::BadRequest).saying("honeypot-text"),
        ));
    }
    let values = FormValues::from_received(&received);
    let again = |errors: FieldErrors, values: FormValues| {
        let page = FormPage {
            job,
            values,
            errors,
            status: Status::UnprocessableEntity,
        };
        refused(Answer::Page(form_page(
            page,
            ctx.lang,
            ctx.settings,
            ctx.keys,
            csrf,
        )))
    };
    let Some(elapsed) = seconds_on_form(ctx.keys, received.field("form_started")) else {
        return refused(Answer::Error(
            ErrorPage::new(Status::BadRequest).saying("form-unchecked-text"),
        ));
    };
    if elapsed < i64::try_from(ctx.settings.min_fill_seconds).unwrap_or(i64::MAX) {
        let mut errors = FieldErrors::new();
        errors.insert("form", "form-too-fast");
        return again(errors, values);
    }
    let raw = RawApplication {
        full_name: received.field("full_name"),
        email: received.field("email"),
        phone: received.field("phone"),
        country: received.field("country"),
        date_of_birth: received.field("date_of_birth"),
        cover_letter: received.field("cover_letter"),
        profile_url: received.field("profile_url"),
        consent_privacy: received.checked("consent_privacy"),
        consent_transfer: received.checked("consent_transfer"),
        talent_pool: received.checked("talent_pool"),
    };
    let now = Utc::now();
    let parsed = NewApplication::parse(raw, now);
    let mut errors = match &parsed {
        Err(Rejection::Underage) => return refused(Answer::Error(underage())),
        Err(Rejection::Invalid(errors)) => errors.clone(),
        Ok(_) => FieldErrors::new(),
    };
    let upload = match &received.resume {
        None => {
            errors.insert("resume", "resume-required");
            None
        }
        Some(file) => match file.kind {
            None => return refused(Answer::Error(unsupported_type())),
            Some(kind) => Some(Upload {
                key: file.key.clone(),
                size: file.size,
                sha256: file.sha256.clone(),
                display_name: file.display_name.clone(),
                kind,
            }),
        },
    };
    let (Ok(applicant), Some(upload), true) = (parsed, upload, errors.is_empty()) else {
        return again(errors, values);
    };
    if let Some(limited) = over_rate_limit(ctx, client, now).await? {
        return refused(limited);
    }
    let malware = match &ctx.malware.0 {
        None => None,
        Some(scanner) => match scanner.decide(ctx.store.as_ref(), &upload.key).await {
            Decision::Accept(check) => {
                if check
                    .as_ref()
                    .is_some_and(|c| c.verdict == MalwareVerdict::NotScanned)
                {
                    audit_intake(ctx, job, Action::MalwareScanSkipped, None, now).await?;
                }
                check
            }
            Decision::Infected(signature) => {
                audit_intake(ctx, job, Action::MalwareRefused, Some(&signature), now).await?;
                return refused(Answer::Error(infected()));
            }
            Decision::Unavailable => return Err(AppError::ScannerUnavailable),
        },
    };
    let resume = match apply::read_resume(ctx.store.as_ref(), ctx.extractor, upload, malware).await
    {
        Ok(resume) => resume,
        Err(ReadError::Extract(ExtractError::NotDocx)) => {
            return refused(Answer::Error(unsupported_type()));
        }
        Err(ReadError::Extract(error)) => {
            errors.insert("resume", resume_message(&error));
            return again(errors, values);
        }
        Err(ReadError::Store(error)) => return Err(AppError::internal("reading an upload", error)),
    };
    let findings = apply::scan(ctx.scanner, &applicant, &resume);
    if !findings.is_empty() {
        let held = HeldSubmission {
            applicant,
            resume,
            findings,
        };
        let token = apply::hold_for_review(ctx.db, &job.job, &held, now).await?;
        let page = Page::new("public/review.html")
            .with(
                "job",
                &JobDetail::new(job, ctx.settings.base_url(), ctx.lang),
            )
            .with("findings", &held.findings)
            .with("token", &token)
            .with("csrf_token", &csrf.0);
        return Ok(Processed {
            answer: Answer::Page(page),
            keep_file: true,
        });
    }
    let outcome = apply::create_application(
        ctx.db,
        ctx.views,
        ctx.settings,
        job,
        Submission {
            applicant: &applicant,
            resume: &resume,
            sensitive: &[],
            held: None,
            language: ctx.lang,
        },
        now,
    )
    .await?;
    Ok(accepted_or_duplicate(outcome, ctx.lang))
}

fn accepted_or_duplicate(outcome: Outcome, lang: Lang) -> Processed {
    match outcome {
        Outcome::Accepted { public_ref } => Processed {
            answer: Answer::Redirect(Redirect::to(localise(
                lang,
                &uri!(super::applicant::submitted(reference = public_ref)).to_string(),
            ))),
            keep_file: true,
        },
        Outcome::Duplicate | Outcome::HeldGone => Processed {
            answer: Answer::Error(duplicate()),
            keep_file: false,
        },
    }
}

/// `Some(429 page)` when this address has sent too many applications this hour.
async fn over_rate_limit(
    ctx: &Context<'_>,
    client: Option<IpAddr>,
    now: chrono::DateTime<Utc>,
) -> AppResult<Option<Answer>> {
    let limit = i64::from(ctx.settings.apply_rate_limit);
    let Some(address) = client else {
        return Ok(None);
    };
    let key = ctx
        .keys
        .sign("client-address", address.to_string().as_bytes());
    let count = throttle::count(ctx.db, &key, now).await?;
    Ok((limit > 0 && count > limit).then(|| {
        Answer::Error(ErrorPage::new(Status::TooManyRequests).saying("rate-limited-text"))
    }))
}

/// Records what the malware scan did with an upload: the job and the signature that
/// matched, nothing about the applicant.
async fn audit_intake(
    ctx: &Context<'_>,
    job: &JobWithAffiliate,
    action: Action,
    signature: Option<&str>,
    now: chrono::DateTime<Utc>,
) -> AppResult<()> {
    let mut event = Event::new(Actor::Anonymous, action).on(Subject::job(job.job.id));
    if let Some(signature) = signature {
        event = event.detail(serde_json::json!({ "signature": signature }));
    }
    let at = Occasion {
        request_id: Some(ctx.request_id),
        now,
    };
    audit::record(ctx.db, event, at).await?;
    Ok(())
}

fn infected() -> ErrorPage {
    ErrorPage::new(Status::UnprocessableEntity)
        .titled("infected-title")
        .saying("infected-text")
}

fn underage() -> ErrorPage {
    ErrorPage::new(Status::UnprocessableEntity)
        .titled("underage-title")
        .saying("underage-text")
}

fn unsupported_type() -> ErrorPage {
    ErrorPage::new(Status::UnsupportedMediaType).saying("unsupported-type-text")
}

fn duplicate() -> ErrorPage {
    ErrorPage::new(Status::Conflict)
        .titled("duplicate-title")
        .saying("duplicate-text")
}

/// The message id saying why a resume cannot be read.
fn resume_message(error: &ExtractError) -> &'static str {
    match error {
        ExtractError::Encrypted => "resume-encrypted",
        ExtractError::TooComplex => "resume-too-complex",
        ExtractError::Unreadable | ExtractError::NotDocx => "resume-unreadable",
        ExtractError::ActiveContent(found) => active_content_message(*found),
    }
}

/// Why a file with active content is refused, and what to send instead.
fn active_content_message(found: ActiveContent) -> &'static str {
    match found {
        ActiveContent::Macros => "resume-macros",
        ActiveContent::ActiveX | ActiveContent::EmbeddedObject | ActiveContent::RemoteTemplate => {
            "resume-objects"
        }
        ActiveContent::Script
        | ActiveContent::Launch
        | ActiveContent::EmbeddedFile
        | ActiveContent::XfaForm
        | ActiveContent::RichMedia => "resume-scripts",
    }
}

/// A 64-hex-character link token, or 404 without a lookup.
pub(crate) fn link_token(token: &str) -> AppResult<&str> {
    if token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(token)
    } else {
        Err(AppError::NotFound)
    }
}
const REVIEW_EXPIRED: &str = "review-expired";

#[post("/applications/pending/<token>/submit", data = "<form>")]
async fn review_submit(
    token: &str,
    form: Form<CsrfForm<'_>>,
    jar: &CookieJar<'_>,
    ctx: Context<'_>,
) -> AppResult<Answer> {
    check_csrf(jar, &form)?;
    let now = Utc::now();
    let (row, held) = apply::find_held(ctx.db, link_token(token)?, now)
        .await?
        .ok_or(AppError::Gone(REVIEW_EXPIRED))?;
    let job = match jobs::find_by_id(ctx.db, row.job_id).await? {
        Some(job) if job.job.status == JobStatus::Open.as_str() => job,
        _ => {
            discard_held(&ctx, &row).await?;
            return Err(AppError::JobClosed);
        }
    };
    let categories = apply::categories(&held.findings);
    let outcome = apply::create_application(
        ctx.db,
        ctx.views,
        ctx.settings,
        &job,
        Submission {
            applicant: &held.applicant,
            resume: &held.resume,
            sensitive: &categories,
            held: Some(row.id),
            language: ctx.lang,
        },
        now,
    )
    .await?;
    if outcome == Outcome::HeldGone {
        // Retention or the expiry purge took the submission and owns its file now.
        return Err(AppError::Gone(REVIEW_EXPIRED));
    }
    let processed = accepted_or_duplicate(outcome, ctx.lang);
    if processed.keep_file {
        // The application now owns the file: only the row goes.
        apply::forget_held(ctx.db, row.id).await?;
    } else {
        discard_held(&ctx, &row).await?;
    }
    Ok(processed.answer)
}

#[post("/applications/pending/<token>/edit", data = "<form>")]
async fn review_edit(
    token: &str,
    form: Form<CsrfForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    ctx: Context<'_>,
) -> AppResult<Page> {
    check_csrf(jar, &form)?;
    let (row, held) = apply::find_held(ctx.db, link_token(token)?, Utc::now())
        .await?
        .ok_or(AppError::Gone(REVIEW_EXPIRED))?;
    discard_held(&ctx, &row).await?;
    let job = jobs::find_by_id(ctx.db, row.job_id)
        .await?
        .ok_or(AppError::NotFound)?;
    let slug = job.job.slug.clone();
    let job = open_job(ctx.db, &slug, ctx.lang).await?;
    let page = FormPage {
        job: &job,
        values: FormValues::from_application(&held.applicant),
        errors: FieldErrors::new(),
        status: Status::Ok,
    };
    Ok(form_page(page, ctx.lang, ctx.settings, ctx.keys, &csrf))
}

/// Removes a held submission and its file, unless an application already owns the file
/// (a double click on "Submit anyway": the first click created it).
async fn discard_held(
    ctx: &Context<'_>,
    row: &crate::entities::pending_submission::Model,
) -> AppResult<()> {
    apply::forget_held(ctx.db, row.id).await?;
    let owned = crate::services::reconcile::is_referenced(ctx.db, &row.resume_storage_key).await?;
    if let Some(key) = StorageKey::parse(&row.resume_storage_key).filter(|_| !owned) {
        ctx.store
            .remove(&key)
            .await
            .map_err(|e| AppError::internal("removing a held resume", e))?;
    }
    Ok(())
}
