//! `/admin/users`: HR admins create staff accounts (which receive a welcome link to
//! choose a password), change roles and affiliates, deactivate and reactivate, and send
//! password reset links.

use rocket::form::{Form, FromForm};
use rocket::http::{CookieJar, Status};
use rocket::request::FlashMessage;
use rocket::response::{Flash, Redirect};
use rocket::{Either, State, get, post, routes, uri};
use sea_orm::DatabaseConnection;
use serde::Serialize;

use crate::config::Settings;
use crate::domain::affiliate::AffiliateCode;
use crate::domain::staff::StaffMember;
use crate::domain::staff::{LinkPurpose, Role, StaffEmail, parse_display_name};
use crate::entities::{affiliate, staff_user};
use crate::error::{AppError, AppResult};
use crate::services::accounts::{self, Mailing, Refusal, actor};
use crate::services::second_factor;
use crate::store::audit::Occasion;
use crate::store::second_factors;
use crate::store::staff::NewStaffUser;
use crate::store::{affiliates, staff};
use crate::views::Views;
use crate::web::csrf::{CsrfForm, CsrfToken, check_csrf, check_token};
use crate::web::staff::security::require_recent_second_factor;
use crate::web::staff::{HrAdmin, page};
use crate::web::views::Page;

/// The routes of this module.
pub fn routes() -> Vec<rocket::Route> {
    routes![
        list,
        create,
        edit_page,
        update,
        deactivate,
        reactivate,
        reset,
        reset_second_factor
    ]
}

/// One account as the list shows it.
#[derive(Serialize)]
struct UserRow {
    id: i32,
    email: String,
    display_name: String,
    role: &'static str,
    affiliates: Vec<String>,
    active: bool,
    has_password: bool,
    last_login: Option<String>,
}

fn row(
    user: &staff_user::Model,
    affiliate_ids: &[i32],
    all: &[affiliate::Model],
    reader: &StaffMember,
) -> UserRow {
    UserRow {
        id: user.id,
        email: user.email.clone(),
        display_name: user.display_name.clone(),
        role: Role::parse(&user.role).map_or("Unknown", Role::label),
        affiliates: all
            .iter()
            .filter(|a| affiliate_ids.contains(&a.id))
            .map(|a| a.code.clone())
            .collect(),
        active: user.active,
        has_password: user.password_hash.is_some(),
        last_login: user.last_login_at.map(|t| reader.time(t)),
    }
}

/// Messages per form field, in the order shown.
type FieldErrors = Vec<(&'static str, String)>;

/// What the account form shows and posts back.
#[derive(Serialize, Default)]
struct AccountValues {
    email: String,
    display_name: String,
    role: String,
    affiliates: Vec<String>,
}

/// The roles and affiliates the account form offers.
fn with_choices(page: Page, all: &[affiliate::Model]) -> Page {
    let roles: Vec<(&str, &str)> = Role::ALL.iter().map(|r| (r.as_str(), r.label())).collect();
    let affiliates: Vec<(&str, &str)> = all
        .iter()
        .map(|a| (a.code.as_str(), a.legal_name.as_str()))
        .collect();
    page.with("roles", &roles)
        .with("affiliate_choices", &affiliates)
}

async fn list_page(
    db: &DatabaseConnection,
    admin: &HrAdmin,
    csrf: &CsrfToken,
    values: &AccountValues,
    errors: &[(&str, String)],
) -> AppResult<Page> {
    let all = affiliates::all(db).await?;
    let rows: Vec<UserRow> = staff::list(db)
        .await?
        .iter()
        .map(|(user, ids)| row(user, ids, &all, &admin.0.member))
        .collect();
    Ok(with_choices(page("admin/users.html", &admin.0, csrf), &all)
        .with("users", &rows)
        .with("values", values)
        .with("errors", &errors)
        .with("message", &None::<String>))
}

#[get("/admin/users")]
async fn list(
    admin: HrAdmin,
    csrf: CsrfToken,
    flash: Option<FlashMessage<'_>>,
    db: &State<DatabaseConnection>,
) -> AppResult<Page> {
    let values = AccountValues {
        role: Role::HiringManager.as_str().to_owned(),
        ..AccountValues::default()
    };
    Ok(list_page(db, &admin, &csrf, &values, &[])
        .await?
        .with("message", &flash.map(|f| f.message().to_owned())))
}

#[derive(FromForm)]
struct AccountForm<'r> {
    email: Option<&'r str>,
    display_name: Option<&'r str>,
    role: Option<&'r str>,
    affiliate: Vec<&'r str>,
    csrf_token: Option<&'r str>,
}

impl AccountForm<'_> {
    fn values(&self) -> AccountValues {
        AccountValues {
            email: self.email.unwrap_or("").trim().to_owned(),
            display_name: self.display_name.unwrap_or("").trim().to_owned(),
            role: self.role.unwrap_or("").to_owned(),
            affiliates: self.affiliate.iter().map(|c| c.to_string()).collect(),
        }
    }

    /// The name, role and affiliate ids, or what is wrong with each.
    fn parse(&self, all: &[affiliate::Model]) -> Result<(String, Role, Vec<i32>), FieldErrors> {
        let mut errors = Vec::new();
        let name = parse_display_name(self.display_name.unwrap_or(""))
            .map_err(|e| errors.push(("display_name", e.to_owned())))
            .ok();
        let role = Role::parse(self.role.unwrap_or(""));
        if role.is_none() {
            errors.push(("role", "Choose a role.".to_owned()));
        }
        let mut ids = Vec::new();
        for raw in &self.affiliate {
            let found = AffiliateCode::parse(raw)
                .and_then(|code| all.iter().find(|a| a.code == code.as_str()));
            match found {
                Some(affiliate) if !ids.contains(&affiliate.id) => ids.push(affiliate.id),
                Some(_) => {}
                None => errors.push(("affiliate", "Choose affiliates from the list.".to_owned())),
            }
        }
        if ids.is_empty() && role.is_some_and(|r| !r.sees_all_affiliates()) {
            errors.push((
                "affiliate",
                "Hiring managers and recruiters need at least one affiliate.".to_owned(),
            ));
        }
        match (name, role, errors.is_empty()) {
            (Some(name), Some(role), true) => Ok((name, role, ids)),
            _ => Err(errors),
        }
    }
}

#[post("/admin/users", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn create(
    admin: HrAdmin,
    form: Form<AccountForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    views: &State<Views>,
    settings: &State<Settings>,
) -> AppResult<Either<Flash<Redirect>, (Status, Page)>> {
    check_token(jar, form.csrf_token)?;
    let all = affiliates::all(db.inner()).await?;
    let email = StaffEmail::parse(form.email.unwrap_or(""));
    let parsed = form.parse(&all);
    let (email, (display_name, role, affiliate_ids)) = match (email, parsed) {
        (Ok(email), Ok(parsed)) => (email, parsed),
        (email, parsed) => {
            let mut errors = Vec::new();
            if let Err(error) = email {
                errors.push(("email", error.to_owned()));
            }
            errors.extend(parsed.err().unwrap_or_default());
            let page = list_page(db, &admin, &csrf, &form.values(), &errors).await?;
            return Ok(Either::Right((Status::UnprocessableEntity, page)));
        }
    };
    let new = NewStaffUser {
        email,
        display_name,
        role,
        affiliates: affiliate_ids,
    };
    let mailing = Mailing { views, settings };
    let by = actor(&admin.0.member);
    let Some(user) = accounts::invite(db, mailing, &new, &by, at).await? else {
        let errors = [(
            "email",
            "A staff account with this email exists already.".to_owned(),
        )];
        let page = list_page(db, &admin, &csrf, &form.values(), &errors).await?;
        return Ok(Either::Right((Status::Conflict, page)));
    };
    Ok(Either::Left(Flash::success(
        Redirect::to(uri!(edit_page(id = user.id))),
        "The account is created and a welcome email with a link to choose a password is on its way.",
    )))
}

async fn account(db: &DatabaseConnection, id: i32) -> AppResult<staff_user::Model> {
    staff::find(db, id).await?.ok_or(AppError::NotFound)
}

async fn edit_form(
    db: &DatabaseConnection,
    admin: &HrAdmin,
    csrf: &CsrfToken,
    user: &staff_user::Model,
    values: AccountValues,
    errors: &[(&str, String)],
) -> AppResult<Page> {
    let all = affiliates::all(db).await?;
    let ids = staff::affiliate_ids(db, user.id).await?;
    Ok(with_choices(page("admin/user.html", &admin.0, csrf), &all)
        .with("user", &row(user, &ids, &all, &admin.0.member))
        .with("values", &values)
        .with("errors", &errors)
        .with("is_self", &(user.id == admin.0.member.id))
        .with(
            "has_second_factor",
            &second_factors::has_confirmed(db, user.id).await?,
        )
        .with("message", &None::<String>))
}

#[get("/admin/users/<id>")]
async fn edit_page(
    id: i32,
    admin: HrAdmin,
    csrf: CsrfToken,
    flash: Option<FlashMessage<'_>>,
    db: &State<DatabaseConnection>,
) -> AppResult<Page> {
    let user = account(db, id).await?;
    let all = affiliates::all(db.inner()).await?;
    let ids = staff::affiliate_ids(db.inner(), id).await?;
    let values = AccountValues {
        email: user.email.clone(),
        display_name: user.display_name.clone(),
        role: user.role.clone(),
        affiliates: all
            .iter()
            .filter(|a| ids.contains(&a.id))
            .map(|a| a.code.clone())
            .collect(),
    };
    Ok(edit_form(db, &admin, &csrf, &user, values, &[])
        .await?
        .with("message", &flash.map(|f| f.message().to_owned())))
}

const LAST_ADMIN: &str =
    "This is the last active HR admin: make another HR admin first, or the portal would have none.";

#[post("/admin/users/<id>", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn update(
    id: i32,
    admin: HrAdmin,
    form: Form<AccountForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
) -> AppResult<Either<Flash<Redirect>, (Status, Page)>> {
    check_token(jar, form.csrf_token)?;
    let user = account(db, id).await?;
    let all = affiliates::all(db.inner()).await?;
    let mut values = form.values();
    values.email = user.email.clone();
    let (display_name, role, affiliate_ids) = match form.parse(&all) {
        Ok(parsed) => parsed,
        Err(errors) => {
            return Ok(Either::Right((
                Status::UnprocessableEntity,
                edit_form(db, &admin, &csrf, &user, values, &errors).await?,
            )));
        }
    };
    let outcome = accounts::update_user(
        db,
        &admin.0.member,
        &user,
        &display_name,
        role,
        &affiliate_ids,
        at,
    )
    .await?;
    if outcome == Err(Refusal::LastHrAdmin) {
        return Ok(Either::Right((
            Status::Conflict,
            edit_form(
                db,
                &admin,
                &csrf,
                &user,
                values,
                &[("role", LAST_ADMIN.to_owned())],
            )
            .await?,
        )));
    }
    Ok(Either::Left(Flash::success(
        Redirect::to(uri!(edit_page(id = id))),
        "The account is saved.",
    )))
}

async fn change_active(
    id: i32,
    active: bool,
    admin: HrAdmin,
    form: Form<CsrfForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &DatabaseConnection,
) -> AppResult<Flash<Redirect>> {
    check_csrf(jar, &form)?;
    let user = account(db, id).await?;
    let outcome = accounts::set_active(db, &admin.0.member, &user, active, at).await?;
    let back = Redirect::to(uri!(edit_page(id = id)));
    Ok(match (outcome, active) {
        (Ok(()), true) => Flash::success(back, "The account is active again."),
        (Ok(()), false) => Flash::success(
            back,
            "The account is deactivated and its sessions have ended.",
        ),
        (Err(Refusal::OwnAccount), _) => {
            Flash::error(back, "You cannot deactivate your own account.")
        }
        (Err(Refusal::LastHrAdmin), _) => Flash::error(back, LAST_ADMIN),
    })
}

#[post("/admin/users/<id>/deactivate", data = "<form>")]
async fn deactivate(
    id: i32,
    admin: HrAdmin,
    form: Form<CsrfForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
) -> AppResult<Flash<Redirect>> {
    change_active(id, false, admin, form, jar, at, db).await
}

#[post("/admin/users/<id>/reactivate", data = "<form>")]
async fn reactivate(
    id: i32,
    admin: HrAdmin,
    form: Form<CsrfForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
) -> AppResult<Flash<Redirect>> {
    change_active(id, true, admin, form, jar, at, db).await
}

#[post("/admin/users/<id>/reset", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn reset(
    id: i32,
    admin: HrAdmin,
    form: Form<CsrfForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    views: &State<Views>,
    settings: &State<Settings>,
) -> AppResult<Flash<Redirect>> {
    check_csrf(jar, &form)?;
    let user = account(db, id).await?;
    let back = Redirect::to(uri!(edit_page(id = id)));
    if !user.active {
        return Ok(Flash::error(
            back,
            "Reactivate the account before resetting its password.",
        ));
    }
    let purpose = if user.password_hash.is_some() {
        LinkPurpose::Reset
    } else {
        LinkPurpose::Setup
    };
    accounts::send_link(
        db,
        Mailing { views, settings },
        &user,
        purpose,
        &actor(&admin.0.member),
        at,
    )
    .await?;
    Ok(Flash::success(
        back,
        "A single-use link to choose a new password has been emailed.",
    ))
}

#[post("/admin/users/<id>/second-factor/reset", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn reset_second_factor(
    id: i32,
    admin: HrAdmin,
    form: Form<CsrfForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    views: &State<Views>,
    settings: &State<Settings>,
) -> AppResult<Flash<Redirect>> {
    check_csrf(jar, &form)?;
    let user = account(db, id).await?;
    let back_path = format!("/admin/users/{id}");
    require_recent_second_factor(db, settings, &admin.0, &back_path).await?;
    let mailing = Mailing { views, settings };
    let back = Redirect::to(back_path);
    Ok(
        if second_factor::reset_for(db, mailing, &admin.0.member, &user, at).await? {
            Flash::success(
                back,
                "The second factor is removed, the account's sessions have ended and its owner is emailed.",
            )
        } else {
            Flash::error(back, "This account has no second factor to reset.")
        },
    )
}
