//! CSRF protection: a random token in a private (encrypted, HttpOnly, SameSite=Strict)
//! cookie, echoed by every state-changing form as `csrf_token`. Pages carry the token
//! masked with a fresh random pad each time they are rendered, so a compressed page
//! never repeats it and its length cannot be used to guess it (BREACH); the check
//! unmasks it.

use rocket::FromForm;
use rocket::http::{Cookie, CookieJar};
use rocket::request::{FromRequest, Outcome, Request};

use super::cookies::CSRF;
use crate::config::Settings;
use crate::error::{AppError, AppResult};
use crate::keys::same_bytes;

/// The visitor's CSRF token as a page shows it (masked afresh for each page), the
/// cookie set on first use.
#[derive(Debug, Clone)]
pub struct CsrfToken(pub String);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for CsrfToken {
    type Error = ();

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, ()> {
        let jar = request.cookies();
        if let Some(cookie) = jar.get_private(CSRF) {
            return Outcome::Success(Self(mask(cookie.value())));
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
        Outcome::Success(Self(mask(&token)))
    }
}

/// `pad ‖ token ⊕ pad` in hex, with a random pad as long as the token.
fn mask(token: &str) -> String {
    let pad: Vec<u8> = (0..token.len()).map(|_| rand::random::<u8>()).collect();
    let masked: Vec<u8> = token.bytes().zip(&pad).map(|(t, p)| t ^ p).collect();
    format!("{}{}", hex::encode(&pad), hex::encode(masked))
}

/// The token a masked one stands for; a token sent as it is also counts (the cookie's
/// own value, as tests and older pages send it).
fn unmask(submitted: &str) -> Option<Vec<u8>> {
    let bytes = hex::decode(submitted).ok()?;
    let (pad, masked) = bytes.split_at(bytes.len() / 2);
    (bytes.len() % 2 == 0).then(|| masked.iter().zip(pad).map(|(m, p)| m ^ p).collect())
}

/// Whether the submitted token matches the cookie's.
pub fn is_valid(jar: &CookieJar<'_>, submitted: Option<&str>) -> bool {
    match (jar.get_private(CSRF), submitted) {
        (Some(cookie), Some(submitted)) => {
            let expected = cookie.value().as_bytes();
            same_bytes(submitted.as_bytes(), expected)
                || unmask(submitted).is_some_and(|token| same_bytes(&token, expected))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masked_tokens_differ_every_time_and_unmask_to_the_token() {
        let token = crate::keys::new_token();
        let (a, b) = (mask(&token), mask(&token));
        assert_ne!(a, b);
        assert_eq!(a.len(), 4 * token.len());
        assert_eq!(unmask(&a).as_deref(), Some(token.as_bytes()));
        assert_eq!(unmask(&b).as_deref(), Some(token.as_bytes()));
        assert_ne!(unmask(&a[2..]).as_deref(), Some(token.as_bytes()));
        assert_eq!(unmask("not hex"), None);
    }
}
