//! `/admin/offer-approvals`: who approves each affiliate's offers, in order (by default a
//! hiring manager, then an HR admin).

use rocket::form::{Form, FromForm};
use rocket::http::CookieJar;
use rocket::request::FlashMessage;
use rocket::response::{Flash, Redirect};
use rocket::{State, get, post, routes};
use sea_orm::DatabaseConnection;
use serde::Serialize;

use crate::domain::offer::parse_chain;
use crate::domain::staff::Role;
use crate::error::AppResult;
use crate::services;
use crate::store::audit::Occasion;
use crate::store::{affiliates, offers};
use crate::web::csrf::{CsrfToken, check_token};
use crate::web::staff::{HrAdmin, page};
use crate::web::views::Page;

/// The routes of this module.
pub fn routes() -> Vec<rocket::Route> {
    routes![chains_page, save_chain]
}

#[derive(Serialize)]
struct ChainRow {
    code: String,
    name: String,
    /// Four places, empty where the chain is shorter.
    steps: Vec<&'static str>,
}

#[get("/admin/offer-approvals")]
async fn chains_page(
    admin: HrAdmin,
    csrf: CsrfToken,
    flash: Option<FlashMessage<'_>>,
    db: &State<DatabaseConnection>,
) -> AppResult<Page> {
    let mut rows = Vec::new();
    for affiliate in affiliates::all(db.inner()).await? {
        let chain = offers::chain_of(db.inner(), affiliate.id).await?;
        let mut steps: Vec<&'static str> = chain.iter().map(|r| r.as_str()).collect();
        steps.resize(4, "");
        rows.push(ChainRow {
            code: affiliate.code,
            name: affiliate.legal_name,
            steps,
        });
    }
    let roles: Vec<(&str, &str)> = Role::ALL.iter().map(|r| (r.as_str(), r.label())).collect();
    Ok(page("admin/offer_approvals.html", &admin.0, &csrf)
        .with("rows", &rows)
        .with("roles", &roles)
        .with("message", &flash.map(|f| f.message().to_owned())))
}

#[derive(FromForm)]
struct ChainForm<'r> {
    affiliate: Option<&'r str>,
    step: Vec<&'r str>,
    csrf_token: Option<&'r str>,
}

#[post("/admin/offer-approvals", data = "<form>")]
async fn save_chain(
    admin: HrAdmin,
    form: Form<ChainForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
) -> AppResult<Flash<Redirect>> {
    check_token(jar, form.csrf_token)?;
    let back = Redirect::to("/admin/offer-approvals");
    let Some(affiliate) = affiliates::all(db.inner())
        .await?
        .into_iter()
        .find(|a| Some(a.code.as_str()) == form.affiliate.map(str::trim))
    else {
        return Ok(Flash::error(back, "Choose one of the companies."));
    };
    match parse_chain(&form.step) {
        Ok(chain) => {
            services::offers::save_chain(db, &admin.0.member, affiliate.id, &chain, at).await?;
            Ok(Flash::success(
                back,
                format!(
                    "Offers of {} are now approved by: {}.",
                    affiliate.legal_name,
                    chain
                        .iter()
                        .map(|r| r.label())
                        .collect::<Vec<_>>()
                        .join(", then ")
                ),
            ))
        }
        Err(message) => Ok(Flash::error(back, message)),
    }
}
