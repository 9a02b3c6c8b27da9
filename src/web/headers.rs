//! Security headers on every response (SPEC §5.1): a Content-Security-Policy without
//! inline script, no sniffing, no framing, a strict referrer policy, HSTS when the
//! portal is served over TLS, and no caching of pages that hold personal data.

use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::Header;
use rocket::{Request, Response};

use crate::config::Settings;

/// Everything comes from our own origin; JSON-LD blocks are data, not script, so the
/// policy needs no inline allowance.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; \
frame-ancestors 'none'; object-src 'none'";

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
            CONTENT_SECURITY_POLICY,
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
        // Staff pages and an applicant's own pages hold personal data: never cached by
        // the browser or anything on the way.
        let path = request.uri().path().as_str();
        if [
            "/staff",
            "/admin",
            "/applications",
            "/privacy/requests",
            "/privacy/talent-pool",
        ]
        .iter()
        .any(|area| {
            path.strip_prefix(area)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
        }) {
            response.set_header(Header::new("Cache-Control", "no-store"));
        }
        if request
            .rocket()
            .state::<Settings>()
            .is_some_and(Settings::behind_tls)
        {
            response.set_header(Header::new(
                "Strict-Transport-Security",
                "max-age=31536000; includeSubDomains",
            ));
        }
    }
}
