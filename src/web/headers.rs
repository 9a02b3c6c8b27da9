//! Security headers on every response (docs/product.md, staff): a Content-Security-Policy without
//! inline script, no sniffing, no framing, a strict referrer policy, HSTS when the
//! portal is served over TLS, no caching of pages that hold personal data or a form's
//! token (public pages say how long they may be kept themselves), and the
//! `HttpOnly` (and behind TLS `Secure`) flags on Rocket's one-shot message cookie.

use std::borrow::Cow;

use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::Header;
use rocket::{Request, Response};

use super::cookies::FLASH;
use crate::config::Settings;
use crate::services::single_sign_on::SingleSignOn;

/// Everything comes from our own origin; JSON-LD blocks are data, not script, so the
/// policy needs no inline allowance.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; \
frame-ancestors 'none'; object-src 'none'";

/// The policy for this request. Signing out after a single sign-on sends the sign-out
/// form on to the provider's end-session endpoint, and browsers hold the redirects after
/// a form to the `form-action` of the page the form was on: the staff pages, which all
/// carry the sign-out button, also allow the provider's origin.
fn content_security_policy(request: &Request<'_>) -> Cow<'static, str> {
    let provider = request
        .rocket()
        .state::<SingleSignOn>()
        .and_then(|sso| sso.0.as_deref());
    let path = request.uri().path();
    let staff_page = ["/staff", "/admin"].iter().any(|area| {
        path.strip_prefix(area)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    });
    match provider {
        Some(provider) if staff_page => Cow::Owned(CONTENT_SECURITY_POLICY.replace(
            "form-action 'self'",
            &format!("form-action 'self' {}", provider.settings.issuer_origin),
        )),
        _ => Cow::Borrowed(CONTENT_SECURITY_POLICY),
    }
}

/// Sets the headers.
pub struct SecurityHeaders;

#[rocket::async_trait]
impl Fairing for SecurityHeaders {
    fn info(&self) -> Info {
        Info {
            name: "security headers",
            kind: Kind::Response,
        }
    }

    async fn on_response<'r>(&self, request: &'r Request<'_>, response: &mut Response<'r>) {
        response.set_header(Header::new(
            "Content-Security-Policy",
            content_security_policy(request),
        ));
        response.set_header(Header::new("X-Content-Type-Options", "nosniff"));
        response.set_header(Header::new("X-Frame-Options", "DENY"));
        response.set_header(Header::new("Referrer-Policy", "same-origin"));
        response.set_header(Header::new("Cross-Origin-Opener-Policy", "same-origin"));
        response.set_header(Header::new("Cross-Origin-Resource-Policy", "same-origin"));
        response.set_header(Header::new(
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), payment=(), interest-cohort=()",
        ));
        // Staff pages and an applicant's own pages (the form, with its CSRF token,
        // included) hold personal data: never cached by the browser or anything on the
        // way.
        if holds_personal_data(request.uri().path().as_str()) {
            response.set_header(Header::new("Cache-Control", "no-store"));
        }
        let behind_tls = request
            .rocket()
            .state::<Settings>()
            .is_some_and(Settings::behind_tls);
        if behind_tls {
            response.set_header(Header::new(
                "Strict-Transport-Security",
                "max-age=31536000; includeSubDomains",
            ));
        }
        harden_flash_cookie(response, behind_tls);
        keep_cookies_private(response);
    }
}

/// Whether pages under this path hold personal data or a form's token: staff and admin
/// pages, an applicant's own pages and the application form.
pub fn holds_personal_data(path: &str) -> bool {
    let in_area = [
        "/staff",
        "/admin",
        "/applications",
        "/privacy/requests",
        "/privacy/talent-pool",
        "/interviews",
    ]
    .iter()
    .any(|area| {
        path.strip_prefix(area)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    });
    in_area || (path.starts_with("/jobs/") && path.ends_with("/apply"))
}

/// A public answer must never carry a cookie: a shared cache would hand it to everyone.
/// Should a guard ever set one on a page marked public, the page becomes private.
fn keep_cookies_private(response: &mut Response<'_>) {
    let public = response
        .headers()
        .get_one("Cache-Control")
        .is_some_and(|c| c.contains("public"));
    if public && response.headers().contains("Set-Cookie") {
        tracing::error!("a public page set a cookie: sent as no-store instead");
        response.set_header(Header::new("Cache-Control", "no-store"));
        response.remove_header("ETag");
    }
}

/// Rocket builds its one-shot message cookie (`Flash`) without `HttpOnly`, and without
/// `Secure` unless Rocket itself terminates TLS. Only the server reads it, and behind a
/// TLS proxy it must not travel in clear either, so both flags are added here (Rocket
/// has written the cookies into the response before response fairings run).
fn harden_flash_cookie(response: &mut Response<'_>, behind_tls: bool) {
    let is_flash = |cookie: &str| {
        cookie
            .strip_prefix(FLASH)
            .is_some_and(|rest| rest.starts_with('='))
    };
    if !response.headers().get("Set-Cookie").any(is_flash) {
        return;
    }
    let cookies: Vec<String> = response
        .headers()
        .get("Set-Cookie")
        .map(str::to_owned)
        .collect();
    response.remove_header("Set-Cookie");
    for mut cookie in cookies {
        if is_flash(&cookie) {
            let has = |flag: &str| {
                cookie
                    .split(';')
                    .any(|part| part.trim().eq_ignore_ascii_case(flag))
            };
            let (http_only, secure) = (has("HttpOnly"), has("Secure"));
            if !http_only {
                cookie.push_str("; HttpOnly");
            }
            if behind_tls && !secure {
                cookie.push_str("; Secure");
            }
        }
        response.adjoin_header(Header::new("Set-Cookie", cookie));
    }
}
