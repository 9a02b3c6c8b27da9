//! CSRF protection: a random token in a private (encrypted, HttpOnly, SameSite=Strict)
//! cookie, echoed by every state-changing form as `csrf_token`.

use rocket::FromForm;
use rocket::http::{Cookie, CookieJar};
use rocket::request::{FromRequest, Outcome, Request};

use super::cookies::CSRF;
use crate::config::Settings;
use crate::error::{AppError, AppResult};

/// The visitor's CSRF token, created (and the cookie set) on first use.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for CsrfToken {
    type Error = ();

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, ()> {
        let jar = request.cookies();
        if let Some(cookie) = jar.get_private(CSRF) {
            return Outcome::Success(Self(cookie.value().to_owned()));
        }
        let token = crate::keys::new_token();
        let secure = request
            .rocket()
            .state::<Settings>()
            .is_some_and(Settings::behind_tls);
        jar.add_private(
            Cookie::build((CSRF, token.clone()))
                .path("/")
                .http_only(true)
                .secure(secure),
        );
        Outcome::Success(Self(token))
    }
}

/// Whether the submitted token matches the cookie's.
pub fn is_valid(jar: &CookieJar<'_>, submitted: Option<&str>) -> bool {
    match (jar.get_private(CSRF), submitted) {
        (Some(cookie), Some(submitted)) => {
            let (a, b) = (cookie.value().as_bytes(), submitted.as_bytes());
            a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
        }
        _ => false,
    }
}

/// The CSRF field of small forms.
#[derive(FromForm)]
pub struct CsrfForm<'r> {
    pub csrf_token: Option<&'r str>,
}

/// Refuses (403) a form whose token does not match the visitor's CSRF cookie.
pub fn check_csrf(jar: &CookieJar<'_>, form: &CsrfForm<'_>) -> AppResult<()> {
    check_token(jar, form.csrf_token)
}

/// The same check for a form with more fields than the token: its `csrf_token` field.
pub fn check_token(jar: &CookieJar<'_>, token: Option<&str>) -> AppResult<()> {
    if is_valid(jar, token) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}
