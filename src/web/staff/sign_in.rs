//! Signing in and out, the single-use password links and the first HR admin's setup
//! link.

use chrono::Utc;
use rocket::form::{Form, FromForm};
use rocket::http::{CookieJar, Status};
use rocket::request::FlashMessage;
use rocket::response::{Flash, Redirect};
use rocket::{Either, State, get, post, routes};
use sea_orm::DatabaseConnection;

use super::AnySession;
use super::guards::{clear_session_cookie, set_session_cookie};
use super::single_sign_on::{self, take_id_token};
use crate::config::Settings;
use crate::domain::second_factor::SessionStage;
use crate::domain::staff::{NewPassword, Role, StaffEmail, parse_display_name};
use crate::error::{AppError, AppResult};
use crate::keys::Keys;
use crate::services::accounts::{self, Credentials, FirstAdminSetup, SignIn, SignInRules};
use crate::services::passwords::PasswordHasher;
use crate::services::single_sign_on::SingleSignOn;
use crate::store::audit::Occasion;
use crate::store::staff::NewStaffUser;
use crate::web::apply::link_token;
use crate::web::cookies::{CSRF, SESSION};
use crate::web::csrf::{CsrfForm, CsrfToken, check_csrf, is_valid};
use crate::web::views::Page;

/// The routes of this module.
pub fn routes() -> Vec<rocket::Route> {
    routes![
        login_page,
        login,
        logout,
        password_page,
        choose_password,
        setup_page,
        setup
    ]
}

/// Where to go after signing in: only a staff or admin page of this site.
pub(super) fn safe_next(next: Option<&str>) -> &str {
    match next {
        Some(path)
            if (path == "/staff"
                || path.starts_with("/staff/")
                || path == "/admin"
                || path.starts_with("/admin/"))
                && !path.contains("//")
                && !path.contains("..")
                && path
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"/-_.?=&".contains(&b)) =>
        {
            path
        }
        _ => "/staff",
    }
}

/// The sign-in page: the single sign-on button when a provider is configured, and the
/// password form (folded away as break-glass when single sign-on is the only way).
fn login_form(csrf: &CsrfToken, next: &str, email: &str, sso: &SingleSignOn) -> Page {
    let provider = sso.0.as_deref().map(|p| &p.settings);
    Page::new("staff/login.html")
        .with("csrf_token", &csrf.0)
        .with("next", &next)
        .with("email", &email)
        .with("error", &None::<String>)
        .with("message", &None::<String>)
        .with("sso_name", &provider.map(|p| p.name.as_str()))
        .with(
            "sso_start",
            &format!(
                "/staff/login/sso?next={}",
                rocket::http::RawStr::new(next).percent_encode()
            ),
        )
        .with("sso_only", &provider.is_some_and(|p| p.only))
}

/// The rules a sign-in follows, from the settings.
pub(super) fn sign_in_rules<'a>(
    settings: &Settings,
    hasher: &'a PasswordHasher,
    keys: &'a Keys,
) -> SignInRules<'a> {
    SignInRules {
        hasher,
        keys,
        login: settings.login_policy(),
        sessions: settings.session_policy(),
        require_2fa: settings.require_2fa,
        oidc_only: settings.oidc_only,
    }
}

/// Where a session goes next: `next` once signed in, else the step still to take.
pub(super) fn onward(stage: SessionStage, next: &str) -> Redirect {
    Redirect::to(match stage {
        SessionStage::Full => next.to_owned(),
        SessionStage::SecondFactor => format!("/staff/login/second-factor?next={next}"),
        SessionStage::Enrol => format!("/staff/security?next={next}"),
    })
}

#[get("/staff/login?<next>")]
fn login_page(
    next: Option<&str>,
    signed_in: Option<AnySession>,
    csrf: CsrfToken,
    flash: Option<FlashMessage<'_>>,
    sso: &State<SingleSignOn>,
) -> Either<Redirect, Page> {
    let next = safe_next(next);
    if let Some(AnySession(staff)) = signed_in {
        return Either::Left(onward(staff.session.stage, next));
    }
    Either::Right(
        login_form(&csrf, next, "", sso).with("message", &flash.map(|f| f.message().to_owned())),
    )
}

#[derive(FromForm)]
struct LoginForm<'r> {
    email: Option<&'r str>,
    password: Option<&'r str>,
    next: Option<&'r str>,
    csrf_token: Option<&'r str>,
}

/// The one answer to a wrong email, a wrong password, a deactivated account, or an
/// account without a password yet.
const REFUSED: &str = "The email or password is not right.";

#[post("/staff/login", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn login(
    form: Form<LoginForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    settings: &State<Settings>,
    hasher: &State<PasswordHasher>,
    keys: &State<Keys>,
    csrf: CsrfToken,
    sso: &State<SingleSignOn>,
) -> AppResult<Either<Redirect, (Status, Page)>> {
    if !is_valid(jar, form.csrf_token) {
        return Err(AppError::Forbidden);
    }
    let next = safe_next(form.next);
    let (email, password) = (form.email.unwrap_or(""), form.password.unwrap_or(""));
    let refused = |status: Status, error: String| {
        Either::Right((
            status,
            login_form(&csrf, next, email.trim(), sso).with("error", &Some(error)),
        ))
    };
    if email.trim().is_empty() || password.is_empty() {
        return Ok(refused(
            Status::UnprocessableEntity,
            "Enter your email and your password.".to_owned(),
        ));
    }
    let rules = sign_in_rules(settings, hasher, keys);
    // A new session each sign-in: whatever session this browser had ends with it.
    let previous = jar.get_private(SESSION).map(|c| c.value().to_owned());
    let credentials = Credentials {
        email,
        password,
        previous_session: previous.as_deref(),
    };
    match accounts::sign_in(db, &rules, credentials, at).await? {
        SignIn::Started { token, stage, .. } => {
            set_session_cookie(jar, token, settings);
            jar.remove_private(rocket::http::Cookie::build(CSRF).path("/"));
            single_sign_on::forget(jar);
            Ok(Either::Left(onward(stage, next)))
        }
        SignIn::Refused => Ok(refused(Status::Unauthorized, REFUSED.to_owned())),
        SignIn::Locked { until } => Ok(refused(
            Status::TooManyRequests,
            format!(
                "Too many failed attempts: signing in with this email is locked until {} UTC. An HR admin can send you a password reset link.",
                until.format("%H:%M")
            ),
        )),
    }
}

/// Ends the portal session; after a single sign-on, also sends the browser to the
/// provider's end-session endpoint (when it has one), which sends it back here.
#[post("/staff/logout", data = "<form>")]
async fn logout(
    session: AnySession,
    form: Form<CsrfForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    sso: &State<SingleSignOn>,
) -> AppResult<Flash<Redirect>> {
    check_csrf(jar, &form)?;
    let staff = session.0;
    accounts::sign_out(db, &staff.member, &staff.token, at).await?;
    clear_session_cookie(jar);
    let id_token = take_id_token(jar);
    let provider_sign_out = match (sso.0.as_deref(), id_token) {
        (Some(provider), Some(id_token)) => provider.sign_out_url(&id_token).await,
        _ => None,
    };
    Ok(Flash::success(
        Redirect::to(provider_sign_out.unwrap_or_else(|| "/staff/login".to_owned())),
        "You are signed out.",
    ))
}

const LINK_GONE: &str = "staff-link-gone";

fn password_form(csrf: &CsrfToken, token: &str, name: &str) -> Page {
    Page::new("staff/password.html")
        .with("csrf_token", &csrf.0)
        .with("token", &token)
        .with("name", &name)
        .with("error", &None::<String>)
}

#[get("/staff/password/<token>")]
async fn password_page(
    token: &str,
    csrf: CsrfToken,
    db: &State<DatabaseConnection>,
) -> AppResult<Page> {
    let token = link_token(token)?;
    let user = accounts::link_owner(db, token, Utc::now())
        .await?
        .ok_or(AppError::Gone(LINK_GONE))?;
    Ok(password_form(&csrf, token, &user.display_name))
}

#[derive(FromForm)]
struct PasswordForm<'r> {
    password: Option<&'r str>,
    confirm: Option<&'r str>,
    csrf_token: Option<&'r str>,
}

/// Checks a chosen password and its confirmation.
fn chosen_password(password: Option<&str>, confirm: Option<&str>) -> Result<NewPassword, String> {
    let password = NewPassword::parse(password.unwrap_or("")).map_err(str::to_owned)?;
    if confirm != Some(password.expose()) {
        return Err("The two passwords are not the same.".to_owned());
    }
    Ok(password)
}

#[post("/staff/password/<token>", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn choose_password(
    token: &str,
    form: Form<PasswordForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    hasher: &State<PasswordHasher>,
    keys: &State<Keys>,
) -> AppResult<Either<Flash<Redirect>, (Status, Page)>> {
    if !is_valid(jar, form.csrf_token) {
        return Err(AppError::Forbidden);
    }
    let token = link_token(token)?;
    let now = Utc::now();
    let user = accounts::link_owner(db, token, now)
        .await?
        .ok_or(AppError::Gone(LINK_GONE))?;
    let password = match chosen_password(form.password, form.confirm) {
        Ok(password) => password,
        Err(error) => {
            return Ok(Either::Right((
                Status::UnprocessableEntity,
                password_form(&csrf, token, &user.display_name).with("error", &Some(error)),
            )));
        }
    };
    let set = accounts::choose_password(db, hasher, keys, token, &password, at).await?;
    if !set {
        return Err(AppError::Gone(LINK_GONE));
    }
    clear_session_cookie(jar);
    Ok(Either::Left(Flash::success(
        Redirect::to("/staff/login"),
        "Your password is set. Sign in with it now.",
    )))
}

fn setup_form(csrf: &CsrfToken, token: &str) -> Page {
    Page::new("staff/setup.html")
        .with("csrf_token", &csrf.0)
        .with("token", &token)
        .with("email", &"")
        .with("display_name", &"")
        .with("error", &None::<String>)
}

const SETUP_GONE: &str = "staff-setup-gone";

#[get("/staff/setup/<token>")]
async fn setup_page(
    token: &str,
    csrf: CsrfToken,
    setup: &State<FirstAdminSetup>,
    db: &State<DatabaseConnection>,
) -> AppResult<Page> {
    let token = link_token(token)?;
    if !setup.is_open(db.inner(), token).await? {
        return Err(AppError::Gone(SETUP_GONE));
    }
    Ok(setup_form(&csrf, token))
}

#[derive(FromForm)]
struct SetupForm<'r> {
    email: Option<&'r str>,
    display_name: Option<&'r str>,
    password: Option<&'r str>,
    confirm: Option<&'r str>,
    csrf_token: Option<&'r str>,
}

#[post("/staff/setup/<token>", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn setup(
    token: &str,
    form: Form<SetupForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    hasher: &State<PasswordHasher>,
    setup: &State<FirstAdminSetup>,
) -> AppResult<Either<Flash<Redirect>, (Status, Page)>> {
    if !is_valid(jar, form.csrf_token) {
        return Err(AppError::Forbidden);
    }
    let token = link_token(token)?;
    if !setup.is_open(db.inner(), token).await? {
        return Err(AppError::Gone(SETUP_GONE));
    }
    let parsed = (|| {
        let email = StaffEmail::parse(form.email.unwrap_or("")).map_err(str::to_owned)?;
        let name = parse_display_name(form.display_name.unwrap_or("")).map_err(str::to_owned)?;
        let password = chosen_password(form.password, form.confirm)?;
        Ok::<_, String>((email, name, password))
    })();
    let (email, display_name, password) = match parsed {
        Ok(parsed) => parsed,
        Err(error) => {
            return Ok(Either::Right((
                Status::UnprocessableEntity,
                setup_form(&csrf, token)
                    .with("email", &form.email.unwrap_or("").trim())
                    .with("display_name", &form.display_name.unwrap_or("").trim())
                    .with("error", &Some(error)),
            )));
        }
    };
    let new = NewStaffUser {
        email,
        display_name,
        role: Role::HrAdmin,
        affiliates: Vec::new(),
    };
    let created =
        accounts::create_first_admin(db, hasher, setup, token, &new, &password, at).await?;
    if created.is_none() {
        return Err(AppError::Gone(SETUP_GONE));
    }
    Ok(Either::Left(Flash::success(
        Redirect::to("/staff/login"),
        "The HR admin account is ready. Sign in with it now.",
    )))
}
