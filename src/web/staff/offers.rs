//! `/staff/applications/<id>/offer`: the application's offer. Recruiters and HR admins
//! draft it and move it along (send for approval, extend, record the answer, withdraw);
//! each approver of the affiliate's chain approves or rejects their step with a comment.
//! Anyone who may see the application sees its offer.

use rocket::form::{Form, FromForm};
use rocket::http::{CookieJar, Status};
use rocket::request::FlashMessage;
use rocket::response::{Flash, Redirect};
use rocket::{Either, State, get, post, routes, uri};
use sea_orm::DatabaseConnection;
use serde::Serialize;

use super::{Staff, page};
use crate::domain::offer::{
    self, Decision, OfferStatus, OfferStep, RawOffer, SalaryPeriod, may_decide, parse_comment,
};
use crate::domain::staff::Role;
use crate::entities::application;
use crate::error::{AppError, AppResult};
use crate::services::offers::{self, Refused};
use crate::store::audit::Occasion;
use crate::store::offers::{self as store, OfferView};
use crate::store::review;
use crate::web::csrf::{CsrfToken, check_token};
use crate::web::views::Page;

/// The routes of this module.
pub fn routes() -> Vec<rocket::Route> {
    routes![offer_page, save_offer, decide, move_offer]
}

async fn in_scope(
    db: &DatabaseConnection,
    staff: &Staff,
    id: i32,
) -> AppResult<application::Model> {
    let application = review::find_in_scope(db, &staff.member.scope(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    if application.anonymised_at.is_some() {
        return Err(AppError::NotFound);
    }
    Ok(application)
}

const NO_OFFER: &str = "This application has no offer yet.";

fn back(id: i32) -> Redirect {
    Redirect::to(uri!(offer_page(id = id)))
}

/// The form's values as typed or as stored.
#[derive(Serialize, Default)]
struct Values {
    title: String,
    start_date: String,
    salary: String,
    currency: String,
    period: String,
    notes: String,
}

#[derive(Serialize)]
struct StepLine {
    position: i32,
    role: &'static str,
    decision: Option<String>,
    approver: Option<String>,
    comment: Option<String>,
    at: Option<String>,
}

#[allow(
    clippy::too_many_arguments,
    reason = "the page, as stored or with the typed form"
)]
async fn offer_view(
    db: &DatabaseConnection,
    staff: &Staff,
    csrf: &CsrfToken,
    application: &application::Model,
    typed: Option<Values>,
    errors: &[(&str, &str)],
    status: Status,
) -> AppResult<Page> {
    let member = &staff.member;
    let current = store::latest(db, application.id).await?;
    let job = review::details(db, application).await?.job;
    let state = current.as_ref().and_then(OfferView::status);
    let values = typed.unwrap_or_else(|| match &current {
        Some(o) if state.is_some_and(|s| s.after(OfferStep::Edit).is_some()) => Values {
            title: o.offer.title.clone(),
            start_date: o.offer.start_date.clone(),
            salary: offer::show_amount(o.offer.salary_amount),
            currency: o.offer.salary_currency.clone(),
            period: o.offer.salary_period.clone(),
            notes: o.offer.notes.clone().unwrap_or_default(),
        },
        _ => Values {
            title: job.title.clone(),
            currency: job.salary_currency.clone().unwrap_or_else(|| "USD".into()),
            period: "year".into(),
            ..Values::default()
        },
    });
    let steps: Vec<StepLine> = current
        .as_ref()
        .map(|o| {
            o.approvals
                .iter()
                .map(|a| StepLine {
                    position: a.approval.position + 1,
                    role: Role::parse(&a.approval.role).map_or("", Role::label),
                    decision: a.approval.decision.clone(),
                    approver: a.approver.clone(),
                    comment: a.approval.comment.clone(),
                    at: a.approval.decided_at.map(|t| member.time(t)),
                })
                .collect()
        })
        .unwrap_or_default();
    let my_step = current
        .as_ref()
        .and_then(|o| {
            o.waiting_step().map(|step| {
                Role::parse(&step.role).is_some_and(|role| {
                    may_decide(role, member.role, member.id, o.offer.created_by)
                })
            })
        })
        .unwrap_or(false);
    let recruiter = member.role.includes(Role::Recruiter);
    let editable =
        recruiter && state.is_none_or(|s| s.after(OfferStep::Edit).is_some() || !s.is_open());
    let allowed = |step: OfferStep| recruiter && state.and_then(|s| s.after(step)).is_some();
    let periods: Vec<&str> = SalaryPeriod::ALL.iter().map(|p| p.as_str()).collect();
    let shown = current.as_ref().map(|o| {
        (
            o.offer.title.clone(),
            o.offer.start_date.clone(),
            format!(
                "{} {} per {}",
                offer::show_amount(o.offer.salary_amount),
                o.offer.salary_currency,
                o.offer.salary_period
            ),
            o.offer.notes.clone(),
            OfferStatus::parse(&o.offer.status).map_or("", OfferStatus::label),
        )
    });
    Ok(page("staff/offer.html", staff, csrf)
        .status(status)
        .with("application_id", &application.id)
        .with("public_ref", &application.public_ref)
        .with("job_title", &job.title)
        .with("offer", &shown)
        .with("steps", &steps)
        .with("my_step", &my_step)
        .with("editable", &editable)
        .with("can_submit", &allowed(OfferStep::Submit))
        .with("can_extend", &allowed(OfferStep::Extend))
        .with("can_answer", &allowed(OfferStep::Accept))
        .with("can_withdraw", &allowed(OfferStep::Withdraw))
        .with("values", &values)
        .with("errors", &errors)
        .with("currencies", &offer::currencies())
        .with("periods", &periods))
}

#[get("/staff/applications/<id>/offer")]
async fn offer_page(
    id: i32,
    staff: Staff,
    csrf: CsrfToken,
    flash: Option<FlashMessage<'_>>,
    db: &State<DatabaseConnection>,
) -> AppResult<Page> {
    let application = in_scope(db, &staff, id).await?;
    Ok(
        offer_view(db, &staff, &csrf, &application, None, &[], Status::Ok)
            .await?
            .with("message", &flash.map(|f| f.message().to_owned())),
    )
}

#[derive(FromForm)]
struct OfferForm<'r> {
    title: Option<&'r str>,
    start_date: Option<&'r str>,
    salary: Option<&'r str>,
    currency: Option<&'r str>,
    period: Option<&'r str>,
    notes: Option<&'r str>,
    /// `submit` also sends it for approval.
    action: Option<&'r str>,
    csrf_token: Option<&'r str>,
}

fn refusal(id: i32, refused: Refused) -> Flash<Redirect> {
    Flash::error(
        back(id),
        match refused {
            Refused::NotNow => "The offer has moved on meanwhile: see where it stands now.",
            Refused::AlreadyOpen => "This application already has an offer in progress.",
            Refused::NotYourStep => "This approval step is not yours to decide.",
            Refused::Stage => {
                "The application cannot move to the stage this needs from where it is."
            }
        },
    )
}

#[post("/staff/applications/<id>/offer", data = "<form>")]
async fn save_offer(
    id: i32,
    staff: Staff,
    form: Form<OfferForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
) -> AppResult<Either<Flash<Redirect>, (Status, Page)>> {
    check_token(jar, form.csrf_token)?;
    if !staff.member.role.includes(Role::Recruiter) {
        return Err(AppError::Forbidden);
    }
    let application = in_scope(db, &staff, id).await?;
    let raw = RawOffer {
        title: form.title.unwrap_or(""),
        start_date: form.start_date.unwrap_or(""),
        salary: form.salary.unwrap_or(""),
        currency: form.currency.unwrap_or(""),
        period: form.period.unwrap_or(""),
        notes: form.notes.unwrap_or(""),
    };
    let terms = match offer::parse_terms(&raw, at.now.date_naive()) {
        Ok(terms) => terms,
        Err(errors) => {
            let typed = Values {
                title: raw.title.to_owned(),
                start_date: raw.start_date.to_owned(),
                salary: raw.salary.to_owned(),
                currency: raw.currency.to_owned(),
                period: raw.period.to_owned(),
                notes: raw.notes.to_owned(),
            };
            let page = offer_view(
                db,
                &staff,
                &csrf,
                &application,
                Some(typed),
                &errors,
                Status::UnprocessableEntity,
            )
            .await?;
            return Ok(Either::Right((Status::UnprocessableEntity, page)));
        }
    };
    if let Err(refused) = offers::save_terms(db, &staff.member, &application, &terms, at).await? {
        return Ok(Either::Left(refusal(id, refused)));
    }
    if form.action == Some("submit") {
        let Some(current) = store::latest(db.inner(), application.id).await? else {
            return Err(AppError::NotFound);
        };
        if let Err(refused) = offers::submit(db, &staff.member, &application, &current, at).await? {
            return Ok(Either::Left(refusal(id, refused)));
        }
        return Ok(Either::Left(Flash::success(
            back(id),
            "The offer is sent for approval.",
        )));
    }
    Ok(Either::Left(Flash::success(
        back(id),
        "The offer is saved as a draft.",
    )))
}

#[derive(FromForm)]
struct DecisionForm<'r> {
    decision: Option<&'r str>,
    comment: Option<&'r str>,
    csrf_token: Option<&'r str>,
}

#[post("/staff/applications/<id>/offer/decision", data = "<form>")]
async fn decide(
    id: i32,
    staff: Staff,
    form: Form<DecisionForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
) -> AppResult<Flash<Redirect>> {
    check_token(jar, form.csrf_token)?;
    let application = in_scope(db, &staff, id).await?;
    let Some(current) = store::latest(db.inner(), application.id).await? else {
        return Ok(Flash::error(back(id), NO_OFFER));
    };
    let Some(decision) = form.decision.and_then(Decision::parse) else {
        return Ok(Flash::error(back(id), "Choose to approve or to reject."));
    };
    let comment = match parse_comment(decision, form.comment.unwrap_or("")) {
        Ok(comment) => comment,
        Err(message) => return Ok(Flash::error(back(id), message)),
    };
    Ok(
        match offers::decide(
            db,
            &staff.member,
            &application,
            &current,
            decision,
            comment,
            at,
        )
        .await?
        {
            Ok(()) => Flash::success(
                back(id),
                match decision {
                    Decision::Approve => "Your approval is recorded.",
                    Decision::Reject => {
                        "Your rejection is recorded; the offer goes back to be revised."
                    }
                },
            ),
            Err(refused) => refusal(id, refused),
        },
    )
}

#[derive(FromForm)]
struct StepForm<'r> {
    step: Option<&'r str>,
    csrf_token: Option<&'r str>,
}

#[post("/staff/applications/<id>/offer/status", data = "<form>")]
async fn move_offer(
    id: i32,
    staff: Staff,
    form: Form<StepForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
) -> AppResult<Flash<Redirect>> {
    check_token(jar, form.csrf_token)?;
    if !staff.member.role.includes(Role::Recruiter) {
        return Err(AppError::Forbidden);
    }
    let application = in_scope(db, &staff, id).await?;
    let Some(current) = store::latest(db.inner(), application.id).await? else {
        return Ok(Flash::error(back(id), NO_OFFER));
    };
    let (step, done) = match form.step.map(str::trim) {
        Some("submit") => (OfferStep::Submit, "The offer is sent for approval."),
        Some("extend") => (
            OfferStep::Extend,
            "The offer is recorded as made to the applicant.",
        ),
        Some("accept") => (
            OfferStep::Accept,
            "The applicant accepted: the application is now Hired.",
        ),
        Some("decline") => (OfferStep::Decline, "The applicant's decline is recorded."),
        Some("withdraw") => (OfferStep::Withdraw, "The offer is withdrawn."),
        _ => return Ok(Flash::error(back(id), "Choose what to do with the offer.")),
    };
    let result = if step == OfferStep::Submit {
        offers::submit(db, &staff.member, &application, &current, at).await?
    } else {
        offers::step(db, &staff.member, &application, &current, step, at).await?
    };
    Ok(match result {
        Ok(()) => Flash::success(back(id), done),
        Err(refused) => refusal(id, refused),
    })
}
