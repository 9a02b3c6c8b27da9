//! `/admin/retention`: the retention rules (general, and an affiliate's own), a preview
//! of what the next sweep and the next 30 days will anonymise or delete, and a button
//! to run the sweep now.

use std::sync::Arc;

use rocket::form::{Form, FromForm};
use rocket::http::{CookieJar, Status};
use rocket::request::FlashMessage;
use rocket::response::{Flash, Redirect};
use rocket::{Either, State, get, post, routes};
use sea_orm::DatabaseConnection;
use serde::Serialize;

use crate::domain::affiliate::AffiliateCode;
use crate::domain::retention::{Rule, RuleAction, RuleSubject};
use crate::entities::affiliate;
use crate::error::AppResult;
use crate::services::retention::{self as sweeps, Preview, SweepError, Sweeper};
use crate::store::audit::Occasion;
use crate::store::{affiliates, retention};
use crate::web::apply::Resumes;
use crate::web::csrf::{CsrfForm, CsrfToken, check_csrf, check_token};
use crate::web::job_view::human_date;
use crate::web::staff::{HrAdmin, page};
use crate::web::views::Page;

/// Days ahead the preview looks.
const PREVIEW_DAYS: i64 = 30;

/// The routes of this module.
pub fn routes() -> Vec<rocket::Route> {
    routes![show, save, remove, run]
}

/// One rule as the page shows it.
#[derive(Serialize)]
struct RuleRow {
    subject: &'static str,
    subject_label: &'static str,
    affiliate: Option<String>,
    action: &'static str,
    after_days: u32,
}

/// One application in the preview.
#[derive(Serialize)]
struct PreviewRow {
    id: i32,
    affiliate: String,
    stage: String,
    action: &'static str,
    reason: &'static str,
    due: String,
}

fn rule_row(rule: &Rule, all: &[affiliate::Model]) -> RuleRow {
    RuleRow {
        subject: rule.subject.as_str(),
        subject_label: rule.subject.label(),
        affiliate: rule.affiliate.map(|id| {
            all.iter()
                .find(|a| a.id == id)
                .map_or_else(|| id.to_string(), |a| a.code.clone())
        }),
        action: rule.action.as_str(),
        after_days: rule.after_days,
    }
}

fn preview_rows(list: &[sweeps::Upcoming], all: &[affiliate::Model]) -> Vec<PreviewRow> {
    list.iter()
        .map(|u| PreviewRow {
            id: u.application_id,
            affiliate: all
                .iter()
                .find(|a| a.id == u.affiliate_id)
                .map_or_else(String::new, |a| a.code.clone()),
            stage: u.stage.clone(),
            action: u.action.as_str(),
            reason: u.reason.label(),
            due: u.due.map(human_date).unwrap_or_default(),
        })
        .collect()
}

/// The form as typed, to refill it.
#[derive(Serialize, Default)]
struct Typed {
    subject: String,
    affiliate: String,
    action: String,
    after_days: String,
}

async fn retention_page(
    db: &DatabaseConnection,
    admin: &HrAdmin,
    csrf: &CsrfToken,
    typed: &Typed,
    error: Option<&str>,
) -> AppResult<Page> {
    let all = affiliates::all(db).await?;
    let rules = retention::rules(db).await?;
    let general: Vec<RuleRow> = RuleSubject::ALL
        .iter()
        .map(|subject| rule_row(&rules.rule_for(*subject, 0), &all))
        .collect();
    let own: Vec<RuleRow> = rules
        .all()
        .iter()
        .filter(|r| r.affiliate.is_some())
        .map(|r| rule_row(r, &all))
        .collect();
    let preview: Preview = sweeps::preview(db, chrono::Utc::now(), PREVIEW_DAYS).await?;
    let subjects: Vec<(&str, &str)> = RuleSubject::ALL
        .iter()
        .map(|s| (s.as_str(), s.label()))
        .collect();
    let actions: Vec<&str> = RuleAction::ALL.iter().map(|a| a.as_str()).collect();
    let affiliate_choices: Vec<(&str, &str)> = all
        .iter()
        .map(|a| (a.code.as_str(), a.legal_name.as_str()))
        .collect();
    Ok(page("admin/retention.html", &admin.0, csrf)
        .with("general", &general)
        .with("own", &own)
        .with("subjects", &subjects)
        .with("actions", &actions)
        .with("affiliate_choices", &affiliate_choices)
        .with("preview_days", &PREVIEW_DAYS)
        .with("due_now", &preview.now)
        .with("due_soon", &preview.within)
        .with("due_now_list", &preview_rows(&preview.now.list, &all))
        .with("due_soon_list", &preview_rows(&preview.within.list, &all))
        .with("preview_limit", &sweeps::PREVIEW_LIST)
        .with("typed", typed)
        .with("error", &error)
        .with("message", &None::<String>))
}

#[get("/admin/retention")]
async fn show(
    admin: HrAdmin,
    csrf: CsrfToken,
    flash: Option<FlashMessage<'_>>,
    db: &State<DatabaseConnection>,
) -> AppResult<Page> {
    let typed = Typed {
        subject: "rejected".to_owned(),
        action: "anonymise".to_owned(),
        ..Typed::default()
    };
    Ok(retention_page(db, &admin, &csrf, &typed, None)
        .await?
        .with("message", &flash.map(|f| f.message().to_owned())))
}

#[derive(FromForm)]
struct RuleForm<'r> {
    subject: Option<&'r str>,
    /// An affiliate code, or empty for the general rule.
    affiliate: Option<&'r str>,
    action: Option<&'r str>,
    after_days: Option<&'r str>,
    csrf_token: Option<&'r str>,
}

/// The affiliate an affiliate field names: `Ok(None)` when empty (general).
fn affiliate_of(raw: Option<&str>, all: &[affiliate::Model]) -> Result<Option<i32>, ()> {
    let raw = raw.unwrap_or("").trim();
    if raw.is_empty() {
        return Ok(None);
    }
    AffiliateCode::parse(raw)
        .and_then(|code| all.iter().find(|a| a.code == code.as_str()))
        .map(|a| Some(a.id))
        .ok_or(())
}

#[post("/admin/retention/rules", data = "<form>")]
async fn save(
    admin: HrAdmin,
    form: Form<RuleForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
) -> AppResult<Either<Flash<Redirect>, (Status, Page)>> {
    check_token(jar, form.csrf_token)?;
    let field = |v: Option<&str>| v.unwrap_or("").to_owned();
    let typed = Typed {
        subject: field(form.subject),
        affiliate: field(form.affiliate),
        action: field(form.action),
        after_days: field(form.after_days),
    };
    let all = affiliates::all(db.inner()).await?;
    let parsed = affiliate_of(form.affiliate, &all)
        .map_err(|()| "Choose an affiliate from the list, or none for every affiliate.".to_owned())
        .and_then(|affiliate| {
            Rule::parse(&typed.subject, affiliate, &typed.action, &typed.after_days)
                .map_err(|e| format!("{}.", capitalised(&e.to_string())))
        });
    let rule = match parsed {
        Ok(rule) => rule,
        Err(error) => {
            return Ok(Either::Right((
                Status::UnprocessableEntity,
                retention_page(db, &admin, &csrf, &typed, Some(&error)).await?,
            )));
        }
    };
    sweeps::change_rule(db, &admin.0.member, &rule, at).await?;
    Ok(Either::Left(Flash::success(
        Redirect::to("/admin/retention"),
        "The rule is saved. The preview below shows its effect.",
    )))
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[derive(FromForm)]
struct RemoveForm<'r> {
    subject: Option<&'r str>,
    affiliate: Option<&'r str>,
    csrf_token: Option<&'r str>,
}

#[post("/admin/retention/rules/remove", data = "<form>")]
async fn remove(
    admin: HrAdmin,
    form: Form<RemoveForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
) -> AppResult<Flash<Redirect>> {
    check_token(jar, form.csrf_token)?;
    let all = affiliates::all(db.inner()).await?;
    let subject = RuleSubject::parse(form.subject.unwrap_or(""));
    let affiliate = affiliate_of(form.affiliate, &all);
    let removed = match (subject, affiliate) {
        (Ok(subject), Ok(Some(affiliate))) => {
            sweeps::remove_rule(db, &admin.0.member, subject, affiliate, at).await?
        }
        _ => false,
    };
    if !removed {
        return Ok(Flash::error(
            Redirect::to("/admin/retention"),
            "There is no such affiliate rule: nothing was removed.",
        ));
    }
    Ok(Flash::success(
        Redirect::to("/admin/retention"),
        "The affiliate's own rule is removed; the general rule applies to it again.",
    ))
}

#[post("/admin/retention/run", data = "<form>")]
async fn run(
    admin: HrAdmin,
    form: Form<CsrfForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    resumes: &State<Resumes>,
    settings: &State<crate::config::Settings>,
) -> AppResult<Flash<Redirect>> {
    check_csrf(jar, &form)?;
    let settings = settings.inner().clone();
    let (db, files): (
        DatabaseConnection,
        Arc<dyn crate::store::files::ResumeStore>,
    ) = (db.inner().clone(), resumes.0.clone());
    let by = Sweeper {
        actor: crate::services::accounts::actor(&admin.0.member),
        request_id: at.request_id.map(str::to_owned),
    };
    // A sweep over many applications outlasts a request: it runs on, and its summary
    // goes to the audit log.
    rocket::tokio::spawn(async move {
        let Ok(views) = crate::views::Views::load() else {
            tracing::error!("retention sweep not run: templates");
            return;
        };
        let mailing = crate::services::accounts::Mailing {
            views: &views,
            settings: &settings,
        };
        let outcome = sweeps::sweep_and_complete(
            &db,
            files.as_ref(),
            mailing,
            chrono::Utc::now(),
            &by,
            &mut |_, _| {},
        )
        .await;
        match outcome {
            Ok(summary) => tracing::info!(
                examined = summary.examined,
                anonymised = summary.anonymised,
                deleted = summary.deleted,
                held = summary.held,
                errors = summary.errors,
                "retention sweep run by an HR admin done"
            ),
            Err(SweepError::AlreadyRunning) => tracing::info!("retention sweep already running"),
            Err(error) => tracing::error!(%error, "retention sweep run by an HR admin failed"),
        }
    });
    Ok(Flash::success(
        Redirect::to("/admin/retention"),
        "The sweep has started. Its summary is written to the audit log (retention.sweep_run) when it ends.",
    ))
}
