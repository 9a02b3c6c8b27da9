//! Applicants' privacy requests (docs/product.md, retention and privacy requests) and talent-pool renewal: the public form,
//! the emailed verification link (a confirmation page, then a post that uses the link),
//! and the renewal link of the talent-pool reminder. No sign-in: the link is the proof.

use std::io::Cursor;
use std::net::IpAddr;

use chrono::{DateTime, Utc};
use rocket::form::{Form, FromForm};
use rocket::http::{ContentType, CookieJar, Header, Status};
use rocket::request::Request;
use rocket::response::{self, Response};
use rocket::{Responder, State, get, post, routes};
use sea_orm::DatabaseConnection;
use serde::Serialize;

use super::apply::{Resumes, link_token};
use super::countries;
use super::csrf::{CsrfForm, CsrfToken, is_valid};
use super::locale::PageLang;
use super::views::{ErrorPage, Page};
use crate::config::Settings;
use crate::domain::application::{Email, FieldErrors};
use crate::domain::privacy_request::{Correction, Kind, RawCorrection};
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::keys::Keys;
use crate::services::accounts::Mailing;
use crate::services::privacy::{self, Archive, Deletion, Opened, PrivacyError};
use crate::store::audit::Occasion;
use crate::store::throttle;
use crate::views::Views;

/// The routes of this area.
pub fn routes() -> Vec<rocket::Route> {
    routes![form, ask, verify_page, verify, renew_page, renew]
}

/// A page, the access archive, or an error page.
#[derive(Responder)]
pub enum Answer {
    Page(Page),
    Download(Download),
    Error(ErrorPage),
}

/// The access archive as an attachment.
pub struct Download(Archive);

impl<'r> response::Responder<'r, 'static> for Download {
    fn respond_to(self, _: &'r Request<'_>) -> response::Result<'static> {
        let Archive {
            file_name, bytes, ..
        } = self.0;
        Response::build()
            .header(ContentType::ZIP)
            .header(Header::new(
                "Content-Disposition",
                format!("attachment; filename=\"{file_name}\""),
            ))
            .sized_body(bytes.len(), Cursor::new(bytes))
            .ok()
    }
}

/// The same answer for an unknown, expired or used link: nothing tells them apart.
fn link_gone() -> Answer {
    Answer::Error(
        ErrorPage::new(Status::NotFound)
            .titled("link-gone-title")
            .saying("link-gone-text"),
    )
}

fn failed(error: PrivacyError) -> AppError {
    match error {
        PrivacyError::Database(error) => AppError::Database(error),
        other => AppError::internal("privacy request", other),
    }
}

/// The form's fields as typed, shown back after a refusal.
#[derive(Serialize, Default)]
struct Typed {
    email: String,
    kind: String,
}

fn form_page(csrf: &CsrfToken, typed: &Typed, errors: &FieldErrors) -> Page {
    let kinds: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
    Page::new("privacy/request.html")
        .with("kinds", &kinds)
        .with("values", typed)
        .with("errors", errors)
        .with("csrf_token", &csrf.0)
}

#[get("/privacy/requests")]
fn form(csrf: CsrfToken) -> Page {
    form_page(&csrf, &Typed::default(), &FieldErrors::new())
}

#[derive(FromForm)]
struct RequestForm<'r> {
    email: Option<&'r str>,
    kind: Option<&'r str>,
    csrf_token: Option<&'r str>,
}

#[post("/privacy/requests", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn ask(
    form: Form<RequestForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    client: Option<IpAddr>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    settings: &State<Settings>,
    views: &State<Views>,
    keys: &State<Keys>,
    lang: PageLang,
) -> AppResult<Answer> {
    if !is_valid(jar, form.csrf_token) {
        return Err(AppError::Forbidden);
    }
    let typed = Typed {
        email: form.email.unwrap_or("").chars().take(300).collect(),
        kind: form.kind.unwrap_or("").chars().take(30).collect(),
    };
    let mut errors = FieldErrors::new();
    let email = Email::parse(form.email.unwrap_or(""))
        .map_err(|e| errors.insert("email", e))
        .ok();
    let kind = Kind::parse(form.kind.unwrap_or(""))
        .map_err(|e| errors.insert("kind", e))
        .ok();
    let (Some(email), Some(kind)) = (email, kind) else {
        let page = form_page(&csrf, &typed, &errors).status(Status::UnprocessableEntity);
        return Ok(Answer::Page(page));
    };
    // The applying form's per-address limit, counted apart; like there, only valid
    // requests count, so correcting a typo is not punished.
    if let Some(address) = client {
        let key = keys.sign("privacy-request-address", address.to_string().as_bytes());
        let count = throttle::count(db.inner(), &key, at.now).await?;
        if settings.apply_rate_limit > 0 && count > i64::from(settings.apply_rate_limit) {
            return Ok(Answer::Error(
                ErrorPage::new(Status::TooManyRequests).saying("request-rate-limited"),
            ));
        }
    }
    let mailing = Mailing {
        views: views.inner(),
        settings: settings.inner(),
    };
    privacy::ask(db.inner(), mailing, kind, &email, lang.lang, at)
        .await
        .map_err(failed)?;
    Ok(Answer::Page(Page::new("privacy/requested.html")))
}

/// The correction form's fields as shown.
#[derive(Serialize, Default)]
struct ContactValues {
    full_name: String,
    phone: String,
    country: String,
    profile_url: String,
    consent_transfer: bool,
}

fn verify_view(opened: &Opened, token: &str, csrf: &CsrfToken, lang: Lang) -> Page {
    Page::new("privacy/verify.html")
        .with("kind", &opened.kind.as_str())
        .with("applications", &opened.applications)
        .with("open_applications", &opened.open_applications)
        .with("countries", &countries::choices(lang))
        .with("token", &token)
        .with("csrf_token", &csrf.0)
        .with("errors", &FieldErrors::new())
}

#[get("/privacy/requests/verify/<token>")]
async fn verify_page(
    token: &str,
    csrf: CsrfToken,
    db: &State<DatabaseConnection>,
    lang: PageLang,
) -> AppResult<Answer> {
    let Ok(token) = link_token(token) else {
        return Ok(link_gone());
    };
    let Some(opened) = privacy::open(db.inner(), token, Utc::now()).await? else {
        return Ok(link_gone());
    };
    let person = &opened.person;
    let values = ContactValues {
        full_name: person.full_name.clone(),
        phone: person.phone.clone().unwrap_or_default(),
        country: person.country.clone(),
        profile_url: person.profile_url.clone().unwrap_or_default(),
        consent_transfer: false,
    };
    Ok(Answer::Page(
        verify_view(&opened, token, &csrf, lang.lang).with("values", &values),
    ))
}

#[derive(FromForm)]
struct VerifyForm<'r> {
    csrf_token: Option<&'r str>,
    full_name: Option<&'r str>,
    phone: Option<&'r str>,
    country: Option<&'r str>,
    profile_url: Option<&'r str>,
    consent_transfer: bool,
}

/// A paragraph of a result page: a message id, with the count and the date some use.
type Paragraph = (&'static str, Option<u64>, Option<String>);

fn done(title: &'static str, paragraphs: &[Paragraph]) -> Answer {
    Answer::Page(
        Page::new("privacy/done.html")
            .with("title", &title)
            .with("paragraphs", &paragraphs),
    )
}

/// A calendar day in the page's language.
fn day(lang: Lang, at: DateTime<Utc>) -> String {
    lang.formats().date(at.date_naive())
}

#[post("/privacy/requests/verify/<token>", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn verify(
    token: &str,
    form: Form<VerifyForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    resumes: &State<Resumes>,
    settings: &State<Settings>,
    views: &State<Views>,
    lang: PageLang,
) -> AppResult<Answer> {
    if !is_valid(jar, form.csrf_token) {
        return Err(AppError::Forbidden);
    }
    let lang = lang.lang;
    let Ok(token) = link_token(token) else {
        return Ok(link_gone());
    };
    let Some(opened) = privacy::open(db.inner(), token, at.now).await? else {
        return Ok(link_gone());
    };
    let db = db.inner();
    let files = resumes.0.as_ref();
    let mailing = Mailing {
        views: views.inner(),
        settings: settings.inner(),
    };
    let answer = match opened.kind {
        Kind::Access => privacy::export(db, files, &opened, at)
            .await
            .map_err(failed)?
            .map(|archive| Answer::Download(Download(archive))),
        Kind::Correction => return correct(&opened, &form, token, &csrf, db, lang, at).await,
        Kind::Withdraw => privacy::withdraw_all(db, &opened, at)
            .await
            .map_err(failed)?
            .map(|n| {
                done(
                    "done-withdrawn-title",
                    &[
                        ("done-withdrawn", u64::try_from(n).ok(), None),
                        ("done-withdrawn-after", None, None),
                    ],
                )
            }),
        Kind::Deletion => privacy::delete(db, files, mailing, &opened, at)
            .await
            .map_err(failed)?
            .map(|outcome| deletion_answer(outcome, lang, at.now)),
    };
    Ok(answer.unwrap_or_else(link_gone))
}

fn deletion_answer(outcome: Deletion, lang: Lang, now: DateTime<Utc>) -> Answer {
    let due = day(lang, crate::domain::privacy_request::due_date(now));
    match outcome {
        Deletion::Done => done(
            "done-deleted-title",
            &[
                ("done-deleted", None, None),
                ("done-deleted-receipt", None, None),
            ],
        ),
        Deletion::Waiting { held, .. } if held > 0 => done(
            "done-confirmed-title",
            &[("done-held", None, None), ("done-held-after", None, None)],
        ),
        Deletion::Waiting { .. } => done(
            "done-confirmed-title",
            &[
                ("done-offer", None, None),
                ("done-offer-after", None, Some(due)),
            ],
        ),
    }
}

async fn correct(
    opened: &Opened,
    form: &VerifyForm<'_>,
    token: &str,
    csrf: &CsrfToken,
    db: &DatabaseConnection,
    lang: Lang,
    at: Occasion<'_>,
) -> AppResult<Answer> {
    let raw = RawCorrection {
        full_name: form.full_name,
        phone: form.phone,
        country: form.country,
        profile_url: form.profile_url,
        consent_transfer: form.consent_transfer,
    };
    let correction = match Correction::parse(raw) {
        Ok(correction) => correction,
        Err(errors) => {
            let text = |v: Option<&str>, max: usize| v.unwrap_or("").chars().take(max).collect();
            let values = ContactValues {
                full_name: text(form.full_name, 300),
                phone: text(form.phone, 100),
                country: text(form.country, 10),
                profile_url: text(form.profile_url, 2_100),
                consent_transfer: form.consent_transfer,
            };
            let page = verify_view(opened, token, csrf, lang)
                .with("values", &values)
                .with("errors", &errors)
                .status(Status::UnprocessableEntity);
            return Ok(Answer::Page(page));
        }
    };
    if !privacy::correct(db, opened, &correction, at)
        .await
        .map_err(failed)?
    {
        return Ok(link_gone());
    }
    Ok(done(
        "done-corrected-title",
        &[("done-corrected", None, None)],
    ))
}

/// A renewal token of plausible length, or nothing (no lookup for junk).
fn renewal_token(token: &str) -> Option<&str> {
    (token.len() <= 120).then_some(token)
}

#[get("/privacy/talent-pool/renew/<token>")]
async fn renew_page(
    token: &str,
    csrf: CsrfToken,
    db: &State<DatabaseConnection>,
    keys: &State<Keys>,
    settings: &State<Settings>,
    lang: PageLang,
) -> AppResult<Answer> {
    let Some(token) = renewal_token(token) else {
        return Ok(link_gone());
    };
    let months = settings.talent_pool_months;
    let offer = privacy::renewal_offer(db.inner(), keys, token, months, Utc::now()).await?;
    let Some(offer) = offer else {
        return Ok(link_gone());
    };
    Ok(Answer::Page(
        Page::new("privacy/renew.html")
            .with("ends_on", &day(lang.lang, offer.ends_at))
            .with("renewed_until", &day(lang.lang, offer.renewed_until))
            .with("token", &token)
            .with("csrf_token", &csrf.0),
    ))
}

#[post("/privacy/talent-pool/renew/<token>", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn renew(
    token: &str,
    form: Form<CsrfForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    keys: &State<Keys>,
    settings: &State<Settings>,
    lang: PageLang,
) -> AppResult<Answer> {
    if !is_valid(jar, form.csrf_token) {
        return Err(AppError::Forbidden);
    }
    let Some(token) = renewal_token(token) else {
        return Ok(link_gone());
    };
    let months = settings.talent_pool_months;
    let Some(until) = privacy::renew(db.inner(), keys, token, months, at).await? else {
        return Ok(link_gone());
    };
    Ok(done(
        "renewed-title",
        &[("renewed-text", None, Some(day(lang.lang, until)))],
    ))
}
