//! Who is asking: the staff session cookie resolved to a member, and the chain of role
//! guards (staff → recruiter → HR admin). Not signed in answers 401, which the catcher
//! turns into a redirect to the sign-in page; signed in without the role answers 403.
//! A session still waiting for a second factor (or its enrolment) opens no staff page:
//! only [`AnySession`] sees it, on the sign-in and security pages.

use chrono::Utc;
use rocket::http::{Cookie, CookieJar, SameSite, Status};
use rocket::outcome::try_outcome;
use rocket::request::{FromRequest, Outcome, Request};
use sea_orm::DatabaseConnection;

use crate::config::Settings;
use crate::domain::second_factor::{SessionFacts, SessionStage, split_methods};
use crate::domain::staff::{Role, StaffMember};
use crate::keys::token_hash;
use crate::store::{sessions, staff};
use crate::web::cookies::SESSION;

/// A signed-in staff member, the token of their session and what the session records.
#[derive(Debug, Clone)]
pub struct Staff {
    pub member: StaffMember,
    pub(crate) token: String,
    pub session: SessionFacts,
}

/// The session lookup, cached for the request so chained guards look up once.
struct Lookup(Result<Option<Staff>, ()>);

async fn lookup(request: &Request<'_>) -> Result<Option<Staff>, ()> {
    let Some(token) = request
        .cookies()
        .get_private(SESSION)
        .map(|c| c.value().to_owned())
    else {
        return Ok(None);
    };
    let rocket = request.rocket();
    let (Some(db), Some(settings)) = (
        rocket.state::<DatabaseConnection>(),
        rocket.state::<Settings>(),
    ) else {
        return Err(());
    };
    let failed = |error: sea_orm::DbErr| {
        tracing::error!(request_id = %crate::web::request_id::of(request), %error, "session lookup failed");
    };
    let Some((session, user)) = sessions::find_open(db, &token_hash(&token))
        .await
        .map_err(failed)?
    else {
        return Ok(None);
    };
    let now = Utc::now();
    let policy = settings.session_policy();
    if !policy.is_live(session.created_at, session.last_seen_at, now) {
        return Ok(None);
    }
    // The idle clock is best effort: a busy database must not turn away the page.
    if policy.needs_touch(session.last_seen_at, now)
        && let Err(error) = sessions::touch(db, session.id, now).await
    {
        tracing::warn!(request_id = %crate::web::request_id::of(request), %error, "session last-seen not updated");
    }
    let member = staff::member(db, &user).await.map_err(failed)?;
    let session = SessionFacts {
        id: session.id,
        stage: SessionStage::parse(&session.stage),
        methods: split_methods(&session.methods),
        second_factor_at: session.second_factor_at,
        created_at: session.created_at,
        expires_at: session.expires_at,
    };
    Ok(Some(Staff {
        member,
        token,
        session,
    }))
}

async fn cached<'r>(request: &'r Request<'_>) -> &'r Result<Option<Staff>, ()> {
    &request
        .local_cache_async(async { Lookup(lookup(request).await) })
        .await
        .0
}

/// A staff member with an open session at any stage, including one still waiting for
/// a second factor: for the pages that finish signing in, and signing out.
#[derive(Debug, Clone)]
pub struct AnySession(pub Staff);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for AnySession {
    type Error = ();

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, ()> {
        match cached(request).await {
            Ok(Some(staff)) => Outcome::Success(Self(staff.clone())),
            Ok(None) => Outcome::Error((Status::Unauthorized, ())),
            Err(()) => Outcome::Error((Status::InternalServerError, ())),
        }
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Staff {
    type Error = ();

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, ()> {
        match cached(request).await {
            Ok(Some(staff)) if staff.session.stage == SessionStage::Full => {
                Outcome::Success(staff.clone())
            }
            Ok(_) => Outcome::Error((Status::Unauthorized, ())),
            Err(()) => Outcome::Error((Status::InternalServerError, ())),
        }
    }
}

/// A signed-in staff member with at least `role`.
async fn with_role(request: &Request<'_>, role: Role) -> Outcome<Staff, ()> {
    let staff = try_outcome!(request.guard::<Staff>().await);
    if staff.member.role.includes(role) {
        Outcome::Success(staff)
    } else {
        Outcome::Error((Status::Forbidden, ()))
    }
}

/// A recruiter or HR admin.
#[derive(Debug, Clone)]
pub struct Recruiter(pub Staff);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Recruiter {
    type Error = ();

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, ()> {
        with_role(request, Role::Recruiter).await.map(Self)
    }
}

/// An HR admin.
#[derive(Debug, Clone)]
pub struct HrAdmin(pub Staff);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for HrAdmin {
    type Error = ();

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, ()> {
        with_role(request, Role::HrAdmin).await.map(Self)
    }
}

/// Puts a new session's token in the private cookie: encrypted, HttpOnly, SameSite=Lax
/// (so a link from an email opens signed in), Secure behind TLS, gone with the browser
/// or at the session's absolute end.
pub fn set_session_cookie(jar: &CookieJar<'_>, token: String, settings: &Settings) {
    let lifetime = settings.session_policy().lifetime;
    jar.add_private(
        Cookie::build((SESSION, token))
            .path("/")
            .http_only(true)
            .same_site(SameSite::Lax)
            .secure(settings.behind_tls())
            .max_age(rocket::time::Duration::seconds(lifetime.num_seconds())),
    );
}

/// Removes the session cookie.
pub fn clear_session_cookie(jar: &CookieJar<'_>) {
    jar.remove_private(Cookie::build(SESSION).path("/"));
}
