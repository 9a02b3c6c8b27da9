//! Staff single sign-on over HTTP: `/staff/login/sso` sends the browser to the company's
//! OpenID provider, `/staff/login/sso/callback` takes it back. Between the two, the
//! state, nonce and PKCE verifier wait in a sealed cookie that the callback consumes,
//! so a replayed or forged answer finds nothing to match.

use rocket::http::{Cookie, CookieJar, SameSite, Status};
use rocket::response::Redirect;
use rocket::{Either, State, get, routes};
use sea_orm::DatabaseConnection;
use serde::{Deserialize, Serialize};

use super::guards::set_session_cookie;
use super::sign_in::{onward, safe_next, sign_in_rules};
use crate::config::Settings;
use crate::domain::single_sign_on::Refusal;
use crate::error::{AppError, AppResult};
use crate::keys::Keys;
use crate::services::accounts::{self, SingleSignIn};
use crate::services::passwords::PasswordHasher;
use crate::services::single_sign_on::{PENDING_FOR, Pending, Provider, SingleSignOn};
use crate::store::audit::Occasion;
use crate::web::cookies::{CSRF, SESSION, SINGLE_SIGN_ON};
use crate::web::views::Page;

/// The routes of this module.
pub fn routes() -> Vec<rocket::Route> {
    routes![start, callback]
}

/// What the single sign-on cookie carries: a sign-in under way, or, once signed in,
/// the ID token the provider's sign-out asks for.
#[derive(Serialize, Deserialize)]
enum Carried {
    Pending(Pending),
    SignedIn { id_token: String },
}

fn carry(jar: &CookieJar<'_>, settings: &Settings, carried: &Carried, for_seconds: i64) {
    let Ok(value) = serde_json::to_string(carried) else {
        return;
    };
    jar.add_private(
        Cookie::build((SINGLE_SIGN_ON, value))
            .path("/staff")
            .http_only(true)
            // Lax: the provider sends the browser back with a top-level GET.
            .same_site(SameSite::Lax)
            .secure(settings.behind_tls())
            .max_age(rocket::time::Duration::seconds(for_seconds)),
    );
}

/// Takes what the cookie carried, removing it: each answer from the provider is read once.
fn take(jar: &CookieJar<'_>) -> Option<Carried> {
    let carried = jar
        .get_private(SINGLE_SIGN_ON)
        .and_then(|c| serde_json::from_str(c.value()).ok());
    forget(jar);
    carried
}

/// Drops the cookie: a password sign-in must not sign out later at the provider with
/// an earlier session's ID token.
pub(super) fn forget(jar: &CookieJar<'_>) {
    jar.remove_private(Cookie::build(SINGLE_SIGN_ON).path("/staff"));
}

/// The ID token of a single sign-on session, taken for its sign-out.
pub(super) fn take_id_token(jar: &CookieJar<'_>) -> Option<String> {
    match take(jar)? {
        Carried::SignedIn { id_token } => Some(id_token),
        Carried::Pending(_) => None,
    }
}

fn provider(sso: &SingleSignOn) -> AppResult<&Provider> {
    sso.0.as_deref().ok_or(AppError::NotFound)
}

fn refused_page(status: Status, refusal: Refusal, provider: &Provider) -> (Status, Page) {
    (
        status,
        Page::new("staff/sso_refused.html")
            .with("message", &refusal.message())
            .with("provider", &provider.settings.name),
    )
}

#[get("/staff/login/sso?<next>")]
async fn start(
    next: Option<&str>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    sso: &State<SingleSignOn>,
    settings: &State<Settings>,
) -> AppResult<Either<Redirect, (Status, Page)>> {
    let provider = provider(sso)?;
    match provider.begin(safe_next(next), at.now).await {
        Ok((url, pending)) => {
            carry(
                jar,
                settings,
                &Carried::Pending(pending),
                PENDING_FOR.num_seconds(),
            );
            Ok(Either::Left(Redirect::to(url)))
        }
        Err(error) => {
            tracing::error!(%error, "single sign-on: the provider cannot be reached");
            Ok(Either::Right((
                Status::ServiceUnavailable,
                Page::new("staff/sso_refused.html")
                    .with(
                        "message",
                        &"Your company's sign-in service cannot be reached just now. Try again in a few minutes.",
                    )
                    .with("provider", &provider.settings.name),
            )))
        }
    }
}

#[get("/staff/login/sso/callback?<code>&<state>&<error>")]
#[allow(
    clippy::too_many_arguments,
    reason = "Rocket injects each state and guard"
)]
async fn callback(
    code: Option<&str>,
    state: Option<&str>,
    error: Option<&str>,
    jar: &CookieJar<'_>,
    at: Occasion<'_>,
    sso: &State<SingleSignOn>,
    db: &State<DatabaseConnection>,
    settings: &State<Settings>,
    hasher: &State<PasswordHasher>,
    keys: &State<Keys>,
) -> AppResult<Either<Redirect, (Status, Page)>> {
    let provider = provider(sso)?;
    let refuse = async |status: Status, refusal: Refusal| {
        accounts::record_sso_refusal(db, refusal, None, at).await?;
        Ok::<_, AppError>(Either::Right(refused_page(status, refusal, provider)))
    };
    let pending = match take(jar) {
        Some(Carried::Pending(pending)) if pending.answers(state.unwrap_or(""), at.now) => pending,
        _ => return refuse(Status::BadRequest, Refusal::NotStarted).await,
    };
    let code = match (code, error) {
        (Some(code), None) if !code.is_empty() => code,
        _ => return refuse(Status::Forbidden, Refusal::ProviderDeclined).await,
    };
    let next = pending.next.clone();
    let verified = match provider.finish(pending, code).await {
        Ok(verified) => verified,
        Err(error) => {
            tracing::warn!(%error, "single sign-on refused");
            return refuse(Status::Forbidden, Refusal::TokenRejected).await;
        }
    };
    let previous = jar.get_private(SESSION).map(|c| c.value().to_owned());
    let outcome = accounts::sign_in_verified(
        db,
        &sign_in_rules(settings, hasher, keys),
        &verified.identity,
        provider.settings.provision.as_ref(),
        previous.as_deref(),
        at,
    )
    .await?;
    match outcome {
        SingleSignIn::Started { token, stage, .. } => {
            set_session_cookie(jar, token, settings);
            jar.remove_private(Cookie::build(CSRF).path("/"));
            let lifetime = settings.session_policy().lifetime.num_seconds();
            let id_token = verified.id_token;
            carry(jar, settings, &Carried::SignedIn { id_token }, lifetime);
            Ok(Either::Left(onward(stage, &next)))
        }
        SingleSignIn::Refused(refusal) => Ok(Either::Right(refused_page(
            Status::Forbidden,
            refusal,
            provider,
        ))),
    }
}
