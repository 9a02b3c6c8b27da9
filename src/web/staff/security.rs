//! `/staff/security` and the second step of signing in (docs/staff-accounts.md, second
//! factor): enrolling an authenticator app, recovery codes, removing one's own factor,
//! the code asked for after the password, and again before a destructive action.

use rocket::form::{Form, FromForm};
use rocket::http::{Cookie, CookieJar, Status};
use rocket::request::FlashMessage;
use rocket::response::{Flash, Redirect};
use rocket::{Either, State, get, post, routes};
use sea_orm::DatabaseConnection;
use serde::Serialize;

use super::guards::{clear_session_cookie, set_session_cookie};
use super::sign_in::safe_next;
use super::{AnySession, Staff, page};
use crate::config::Settings;
use crate::domain::second_factor::{self, SessionStage, needs_step_up};
use crate::error::{AppError, AppResult};
use crate::keys::Keys;
use crate::services::passkeys::{self, Passkeys, Registration};
use crate::services::second_factor::{self as factors, Answer, Asked, Check, Confirmation, Kept};
use crate::store::audit::Occasion;
use crate::store::second_factors;
use crate::web::cookies::CSRF;
use crate::web::csrf::{CsrfForm, CsrfToken, check_csrf, check_token};
use crate::web::views::Page;

/// The routes of this module.
pub fn routes() -> Vec<rocket::Route> {
    routes![
        security_page,
        start_totp,
        confirm_totp,
        remove_totp,
        new_recovery_codes,
        second_factor_page,
        give_second_factor,
        confirm_page,
        confirm_again,
        start_passkey,
        finish_passkey,
        remove_passkey,
    ]
}

/// Sends a destructive action back through `/staff/security/confirm` when the member
/// has a second factor and last gave it longer ago than `CAREERS_RECENT_2FA_MINUTES`;
/// `back` (a path of ours) is where they return to repeat it.
pub async fn require_recent_second_factor(
    db: &DatabaseConnection,
    settings: &Settings,
    staff: &Staff,
    back: &str,
) -> AppResult<()> {
    let has = second_factors::has_confirmed(db, staff.member.id).await?;
    if needs_step_up(
        has,
        staff.session.second_factor_at,
        chrono::Utc::now(),
        settings.recent_second_factor(),
    ) {
        return Err(AppError::StepUp(safe_next(Some(back)).to_owned()));
    }
    Ok(())
}

/// A page of the security area. A session still enrolling gets the layout without the
/// staff navigation, which would only lead back here.
fn security_layout(template: &'static str, staff: &Staff, csrf: &CsrfToken) -> Page {
    page(template, staff, csrf).with("partial", &(staff.session.stage != SessionStage::Full))
}

/// The QR code of an enrolment address, as inline SVG.
fn qr_svg(uri: &str) -> AppResult<String> {
    let code = qrcode::QrCode::new(uri.as_bytes())
        .map_err(|e| AppError::internal("enrolment QR code", e))?;
    let svg = code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build();
    // Inline in HTML: without the XML prolog.
    Ok(svg[svg.find("<svg").unwrap_or(0)..].to_owned())
}

#[derive(Serialize)]
struct Pending {
    /// The secret in groups of four, for typing into an app by hand.
    secret: String,
    qr_svg: String,
}

/// A passkey as the security page lists it.
#[derive(Serialize)]
struct PasskeyRow {
    id: i32,
    name: String,
    added: String,
    last_used: Option<String>,
}

#[derive(Serialize)]
struct MethodLabel {
    label: &'static str,
}

#[allow(clippy::too_many_arguments, reason = "the page's parts, each needed")]
async fn security_form(
    staff: &Staff,
    csrf: &CsrfToken,
    db: &DatabaseConnection,
    keys: &Keys,
    settings: &Settings,
    next: &str,
    error: Option<&str>,
    status: Status,
) -> AppResult<Page> {
    let standing = factors::standing(db, keys, &staff.member).await?;
    let pending = match &standing.pending_secret {
        Some(secret) => {
            let uri = second_factor::otpauth_uri("Panopto Careers", &staff.member.email, secret);
            let grouped = second_factor::base32(secret)
                .as_bytes()
                .chunks(4)
                .map(|c| String::from_utf8_lossy(c).into_owned())
                .collect::<Vec<_>>()
                .join(" ");
            Some(Pending {
                secret: grouped,
                qr_svg: qr_svg(&uri)?,
            })
        }
        None => None,
    };
    let passkeys_available = Passkeys::possible_at(&settings.public_url);
    let passkeys: Vec<PasskeyRow> = passkeys::listed(db, &staff.member)
        .await?
        .into_iter()
        .map(|p| PasskeyRow {
            id: p.id,
            name: p.name,
            added: p.added.format("%Y-%m-%d").to_string(),
            last_used: p
                .last_used
                .map(|at| at.format("%Y-%m-%d %H:%M UTC").to_string()),
        })
        .collect();
    let methods: Vec<MethodLabel> = staff
        .session
        .methods
        .iter()
        .map(|m| MethodLabel { label: m.label() })
        .collect();
    Ok(security_layout("staff/security.html", staff, csrf)
        .status(status)
        .with("enabled", &standing.enabled)
        .with("pending", &pending)
        .with("recovery_codes_left", &standing.recovery_codes_left)
        .with(
            "required",
            &settings.require_2fa.applies_to(staff.member.role),
        )
        .with("methods", &methods)
        .with("passkeys", &passkeys)
        .with("passkeys_available", &passkeys_available)
        .with("next", &next)
        .with("error", &error)
        .with("message", &None::<String>))
}

/// The security page again with `error`, answered 422 (a form of the page was refused).
#[allow(clippy::too_many_arguments, reason = "the page's parts, each needed")]
async fn security_refused<L>(
    staff: &Staff,
    csrf: &CsrfToken,
    db: &DatabaseConnection,
    keys: &Keys,
    settings: &Settings,
    next: &str,
    error: &str,
) -> AppResult<Either<L, (Status, Page)>> {
    let status = Status::UnprocessableEntity;
    let page = security_form(staff, csrf, db, keys, settings, next, Some(error), status).await?;
    Ok(Either::Right((status, page)))
}

/// The member's session if it may use the security area: full, or enrolling. One still
/// waiting for its second factor is sent to give it ([`to_second_factor`]).
fn enrolling_or_full(session: AnySession) -> Option<Staff> {
    (session.0.session.stage != SessionStage::SecondFactor).then_some(session.0)
}

fn to_second_factor(next: &str) -> Redirect {
    Redirect::to(format!("/staff/login/second-factor?next={next}"))
}

#[get("/staff/security?<next>")]
async fn security_page(
    next: Option<&str>,
    session: AnySession,
    csrf: CsrfToken,
    flash: Option<FlashMessage<'_>>,
    db: &State<DatabaseConnection>,
    keys: &State<Keys>,
    settings: &State<Settings>,
) -> AppResult<Either<Redirect, Page>> {
    let next = safe_next(next);
    let Some(staff) = enrolling_or_full(session) else {
        return Ok(Either::Left(to_second_factor(next)));
    };
    let page = security_form(&staff, &csrf, db, keys, settings, next, None, Status::Ok).await?;
    Ok(Either::Right(
        page.with("message", &flash.map(|f| f.message().to_owned())),
    ))
}

#[derive(FromForm)]
struct NextForm<'r> {
    next: Option<&'r str>,
    csrf_token: Option<&'r str>,
}

fn to_security(next: &str) -> Redirect {
    Redirect::to(format!("/staff/security?next={next}"))
}

#[post("/staff/security/totp/start", data = "<form>")]
async fn start_totp(
    session: AnySession,
    form: Form<NextForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    keys: &State<Keys>,
) -> AppResult<Flash<Redirect>> {
    check_token(jar, form.csrf_token)?;
    let next = safe_next(form.next);
    let Some(staff) = enrolling_or_full(session) else {
        return Ok(Flash::error(
            to_second_factor(next),
            "Give your second factor first.",
        ));
    };
    Ok(
        if factors::begin_totp(db, keys, &staff.member, at.now).await? {
            Flash::success(
                to_security(next),
                "Scan the code with your authenticator app, then type the code it shows.",
            )
        } else {
            Flash::error(
                to_security(next),
                "You already have an authenticator app: remove it first to set up another.",
            )
        },
    )
}

#[derive(FromForm)]
struct CodeForm<'r> {
    code: Option<&'r str>,
    /// The browser's answer to a passkey ceremony (JSON), instead of a code.
    credential: Option<&'r str>,
    next: Option<&'r str>,
    csrf_token: Option<&'r str>,
}

/// The largest browser answer to a passkey ceremony looked at (real ones are a few KiB;
/// a form over Rocket's limit is refused with 413 before this).
const MAX_CREDENTIAL_BYTES: usize = 16 * 1024;

/// The passkey answer of a form, when it carries one.
fn passkey_answer<'a>(form: &CodeForm<'a>) -> Option<&'a str> {
    form.credential.map(str::trim).filter(|c| !c.is_empty())
}

/// The longest typed code looked at: a recovery code with spaces to spare.
const MAX_CODE_CHARS: usize = 64;

fn typed_code<'a>(form: &CodeForm<'a>) -> &'a str {
    form.code.unwrap_or("").trim()
}

/// The recovery codes, shown once.
fn recovery_codes_page(staff: &Staff, csrf: &CsrfToken, codes: &[String], next: &str) -> Page {
    security_layout("staff/recovery_codes.html", staff, csrf)
        .with("partial", &false)
        .with("codes", &codes)
        .with("next", &next)
}

#[post("/staff/security/totp/confirm", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn confirm_totp(
    session: AnySession,
    form: Form<CodeForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    keys: &State<Keys>,
    settings: &State<Settings>,
) -> AppResult<Either<Page, (Status, Page)>> {
    check_token(jar, form.csrf_token)?;
    let next = safe_next(form.next);
    let Some(staff) = enrolling_or_full(session) else {
        return Err(AppError::Forbidden);
    };
    let typed = typed_code(&form);
    let wrong =
        |error: &'static str| security_refused(&staff, &csrf, db, keys, settings, next, error);
    if typed.is_empty() {
        return wrong("Type the six-digit code your authenticator app shows.").await;
    }
    if typed.chars().count() > MAX_CODE_CHARS {
        return wrong("That is not a code from an authenticator app: it has six digits.").await;
    }
    match factors::confirm_totp(db, keys, &staff.member, &staff.session, typed, at).await? {
        Confirmation::Enrolled { codes, token } => {
            set_session_cookie(jar, token, settings);
            Ok(Either::Left(recovery_codes_page(
                &staff, &csrf, &codes, next,
            )))
        }
        Confirmation::WrongCode => {
            wrong("That code is not right. Check the time on your phone and type the newest code.")
                .await
        }
        Confirmation::NothingPending => {
            wrong("There is no set-up to confirm: start again with the button below.").await
        }
    }
}

#[post("/staff/security/totp/remove", data = "<form>")]
async fn remove_totp(
    staff: Staff,
    form: Form<CsrfForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    settings: &State<Settings>,
) -> AppResult<Flash<Redirect>> {
    check_csrf(jar, &form)?;
    require_recent_second_factor(db, settings, &staff, "/staff/security").await?;
    let back = Redirect::to("/staff/security");
    Ok(
        match factors::remove_own(db, &staff.member, settings.require_2fa, at).await? {
            Ok(()) => Flash::success(
                back,
                "Your authenticator app and recovery codes are removed.",
            ),
            Err(Kept::Required) => Flash::error(
                back,
                "Your role must have a second factor, so it cannot be removed. If you lost your phone, use a recovery code, or ask another HR admin to reset it.",
            ),
            Err(Kept::NoneEnrolled) => Flash::error(back, "You have no second factor to remove."),
        },
    )
}

#[post("/staff/security/recovery-codes", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn new_recovery_codes(
    staff: Staff,
    form: Form<CsrfForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    keys: &State<Keys>,
    settings: &State<Settings>,
) -> AppResult<Either<Page, Flash<Redirect>>> {
    check_csrf(jar, &form)?;
    require_recent_second_factor(db, settings, &staff, "/staff/security").await?;
    Ok(
        match factors::regenerate_recovery_codes(db, keys, &staff.member, at).await? {
            Some(codes) => Either::Left(recovery_codes_page(
                &staff,
                &csrf,
                &codes,
                "/staff/security",
            )),
            None => Either::Right(Flash::error(
                Redirect::to("/staff/security"),
                "Set up an authenticator app first: recovery codes stand in for it.",
            )),
        },
    )
}

/// The form asking for the second factor: after the first, or again before a
/// destructive action. A member with passkeys is also offered theirs: each showing of
/// the form starts a new ceremony.
async fn code_form(
    staff: &Staff,
    csrf: &CsrfToken,
    asked: Asked,
    next: &str,
    db: &DatabaseConnection,
    passkeys: &Passkeys,
) -> AppResult<Page> {
    let (template_action, title) = match asked {
        Asked::SignIn => ("/staff/login/second-factor", "Second step of signing in"),
        Asked::StepUp => ("/staff/security/confirm", "Confirm it is you"),
    };
    let options = passkeys
        .begin_authentication(db, &staff.member, &staff.session, chrono::Utc::now())
        .await?;
    Ok(security_layout("staff/second_factor.html", staff, csrf)
        .with("partial", &(asked == Asked::SignIn))
        .with("action", &template_action)
        .with("title", &title)
        .with("step_up", &(asked == Asked::StepUp))
        .with("next", &next)
        .with("passkey_options", &options.as_deref().map(json_in_html))
        .with("error", &None::<String>))
}

/// JSON to put inside `<script type="application/json">`: no `<` can end the element.
fn json_in_html(json: &str) -> String {
    json.replace('<', "\\u003c")
}

#[get("/staff/login/second-factor?<next>")]
async fn second_factor_page(
    next: Option<&str>,
    session: Option<AnySession>,
    csrf: CsrfToken,
    db: &State<DatabaseConnection>,
    passkeys: &State<Passkeys>,
) -> AppResult<Either<Redirect, Page>> {
    let next = safe_next(next);
    Ok(match session.map(|s| s.0) {
        Some(staff) if staff.session.stage == SessionStage::SecondFactor => {
            Either::Right(code_form(&staff, &csrf, Asked::SignIn, next, db, passkeys).await?)
        }
        Some(staff) if staff.session.stage == SessionStage::Enrol => {
            Either::Left(to_security(next))
        }
        Some(_) => Either::Left(Redirect::to(next.to_owned())),
        None => Either::Left(Redirect::to("/staff/login")),
    })
}

/// Checks a typed code and answers: on to `next` with the new session, the form again,
/// or back to the sign-in page when the session has ended.
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn check_typed(
    staff: Staff,
    asked: Asked,
    form: &CodeForm<'_>,
    jar: &CookieJar<'_>,
    csrf: &CsrfToken,
    at: Occasion<'_>,
    db: &DatabaseConnection,
    keys: &Keys,
    settings: &Settings,
    passkeys: &Passkeys,
) -> AppResult<Either<Redirect, (Status, Page)>> {
    let next = safe_next(form.next);
    let typed = typed_code(form);
    let (staff_ref, error_status) = (&staff, Status::UnprocessableEntity);
    let again = |status: Status, error: String| async move {
        let page = code_form(staff_ref, csrf, asked, next, db, passkeys).await?;
        Ok::<_, AppError>(Either::Right((
            status,
            page.status(status).with("error", &Some(error)),
        )))
    };
    let answer = match passkey_answer(form) {
        Some(answer) if answer.len() > MAX_CREDENTIAL_BYTES => {
            return again(error_status, "That is not a passkey's answer.".into()).await;
        }
        Some(answer) => Answer::Passkey { passkeys, answer },
        None if typed.is_empty() => {
            return again(
                error_status,
                "Type the code from your authenticator app, or one of your recovery codes.".into(),
            )
            .await;
        }
        None if typed.chars().count() > MAX_CODE_CHARS => {
            return again(
                error_status,
                "That is not a code: an authenticator code has six digits, a recovery code ten letters and digits.".into(),
            )
            .await;
        }
        None => Answer::Code(typed),
    };
    let given = (&staff.member, &staff.session);
    match factors::give(db, keys, settings.login_policy(), given, answer, asked, at).await? {
        Check::Passed { token } => {
            set_session_cookie(jar, token, settings);
            jar.remove_private(Cookie::build(CSRF).path("/"));
            Ok(Either::Left(Redirect::to(next.to_owned())))
        }
        Check::Wrong => {
            again(
                Status::Unauthorized,
                "That is not right. Type the newest code from your app (a recovery code works once), or try your passkey again.".into(),
            )
            .await
        }
        Check::Locked { until } => {
            clear_session_cookie(jar);
            again(
                Status::TooManyRequests,
                format!(
                    "Too many failed attempts: signing in with this account is locked until {} UTC.",
                    until.format("%H:%M")
                ),
            )
            .await
        }
        Check::Ended => {
            clear_session_cookie(jar);
            Ok(Either::Left(Redirect::to("/staff/login")))
        }
    }
}

#[post("/staff/login/second-factor", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn give_second_factor(
    session: Option<AnySession>,
    form: Form<CodeForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    keys: &State<Keys>,
    settings: &State<Settings>,
    passkeys: &State<Passkeys>,
) -> AppResult<Either<Redirect, (Status, Page)>> {
    check_token(jar, form.csrf_token)?;
    let Some(staff) = session
        .map(|s| s.0)
        .filter(|s| s.session.stage == SessionStage::SecondFactor)
    else {
        return Ok(Either::Left(Redirect::to("/staff/login")));
    };
    check_typed(
        staff,
        Asked::SignIn,
        &form,
        jar,
        &csrf,
        at,
        db,
        keys,
        settings,
        passkeys,
    )
    .await
}

#[get("/staff/security/confirm?<next>")]
async fn confirm_page(
    next: Option<&str>,
    staff: Staff,
    csrf: CsrfToken,
    db: &State<DatabaseConnection>,
    passkeys: &State<Passkeys>,
) -> AppResult<Either<Redirect, Page>> {
    let next = safe_next(next);
    // Without a second factor there is nothing to confirm, and nothing is asked.
    if !second_factors::has_confirmed(db.inner(), staff.member.id).await? {
        return Ok(Either::Left(Redirect::to(next.to_owned())));
    }
    Ok(Either::Right(
        code_form(&staff, &csrf, Asked::StepUp, next, db, passkeys).await?,
    ))
}

#[post("/staff/security/confirm", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn confirm_again(
    staff: Staff,
    form: Form<CodeForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    keys: &State<Keys>,
    settings: &State<Settings>,
    passkeys: &State<Passkeys>,
) -> AppResult<Either<Redirect, (Status, Page)>> {
    check_token(jar, form.csrf_token)?;
    check_typed(
        staff,
        Asked::StepUp,
        &form,
        jar,
        &csrf,
        at,
        db,
        keys,
        settings,
        passkeys,
    )
    .await
}

#[derive(FromForm)]
struct PasskeyForm<'r> {
    name: Option<&'r str>,
    /// The browser's answer to the registration (JSON), on finishing.
    credential: Option<&'r str>,
    next: Option<&'r str>,
    csrf_token: Option<&'r str>,
}

/// Starts adding a passkey: the page that asks the browser for one, with the ceremony's
/// options in it.
#[post("/staff/security/passkeys/start", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn start_passkey(
    session: AnySession,
    form: Form<PasskeyForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    db: &State<DatabaseConnection>,
    keys: &State<Keys>,
    settings: &State<Settings>,
    passkeys: &State<Passkeys>,
) -> AppResult<Either<Page, (Status, Page)>> {
    check_token(jar, form.csrf_token)?;
    let next = safe_next(form.next);
    let Some(staff) = enrolling_or_full(session) else {
        return Err(AppError::Forbidden);
    };
    if !passkeys.available() {
        return Err(AppError::NotFound);
    }
    let name = match passkeys::name_for(db, &staff.member, form.name.unwrap_or("")).await? {
        Ok(name) => name,
        Err(error) => {
            return security_refused(&staff, &csrf, db, keys, settings, next, error).await;
        }
    };
    let options = passkeys
        .begin_registration(db, keys, &staff.member, &staff.session, chrono::Utc::now())
        .await?;
    Ok(Either::Left(
        security_layout("staff/passkey_add.html", &staff, &csrf)
            .with("name", &name)
            .with("next", &next)
            .with("passkey_options", &json_in_html(&options)),
    ))
}

/// Finishes adding a passkey with the browser's answer.
#[post("/staff/security/passkeys/finish", data = "<form>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn finish_passkey(
    session: AnySession,
    form: Form<PasskeyForm<'_>>,
    jar: &CookieJar<'_>,
    csrf: CsrfToken,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    keys: &State<Keys>,
    settings: &State<Settings>,
    passkeys: &State<Passkeys>,
) -> AppResult<Either<Page, (Status, Page)>> {
    check_token(jar, form.csrf_token)?;
    let next = safe_next(form.next);
    let Some(staff) = enrolling_or_full(session) else {
        return Err(AppError::Forbidden);
    };
    let refused =
        |error: &'static str| security_refused(&staff, &csrf, db, keys, settings, next, error);
    let name = match passkeys::name_for(db, &staff.member, form.name.unwrap_or("")).await? {
        Ok(name) => name,
        Err(error) => return refused(error).await,
    };
    let answer = form.credential.map(str::trim).unwrap_or("");
    if answer.is_empty() || answer.len() > MAX_CREDENTIAL_BYTES {
        return refused(passkeys::Refused::Unreadable.message()).await;
    }
    let added = passkeys
        .finish_registration(db, keys, &staff.member, &staff.session, &name, answer, at)
        .await?;
    match added {
        Registration::Added { codes, token } => {
            set_session_cookie(jar, token, settings);
            Ok(Either::Left(match codes {
                Some(codes) => recovery_codes_page(&staff, &csrf, &codes, next),
                None => {
                    let page =
                        security_form(&staff, &csrf, db, keys, settings, next, None, Status::Ok)
                            .await?;
                    page.with("message", &Some(format!("Passkey “{name}” added.")))
                }
            }))
        }
        Registration::Refused(why) => refused(why.message()).await,
    }
}

#[post("/staff/security/passkeys/<id>/remove", data = "<form>")]
async fn remove_passkey(
    staff: Staff,
    id: i32,
    form: Form<CsrfForm<'_>>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    db: &State<DatabaseConnection>,
    settings: &State<Settings>,
) -> AppResult<Flash<Redirect>> {
    check_csrf(jar, &form)?;
    if !passkeys::listed(db, &staff.member)
        .await?
        .iter()
        .any(|p| p.id == id)
    {
        return Err(AppError::NotFound);
    }
    require_recent_second_factor(db, settings, &staff, "/staff/security").await?;
    let back = Redirect::to("/staff/security");
    Ok(
        match passkeys::remove(db, &staff.member, id, settings.require_2fa, at).await? {
            Ok(()) => Flash::success(back, "The passkey is removed."),
            Err(Kept::Required) => Flash::error(
                back,
                "Your role must have a second factor and this is your last, so it cannot be removed. Add another first.",
            ),
            Err(Kept::NoneEnrolled) => Flash::error(back, "There is no such passkey."),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::json_in_html;

    #[test]
    fn json_in_a_script_element_cannot_end_it_and_reads_back_the_same() {
        let json = r#"{"user":{"displayName":"</script><script>alert(1)</script>"}}"#;
        let safe = json_in_html(json);
        assert!(!safe.contains('<'), "{safe}");
        let back: serde_json::Value = serde_json::from_str(&safe).expect("still JSON");
        let original: serde_json::Value = serde_json::from_str(json).expect("JSON");
        assert_eq!(back, original);
    }
}
