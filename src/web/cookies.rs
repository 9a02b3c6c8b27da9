//! The only cookies the portal sets (docs/product.md, cookies). `/cookies` is rendered from this list, so
//! a cookie added anywhere else must be added here or the page would stop being true.

use serde::Serialize;

/// One cookie the portal may set.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct CookieUse {
    pub name: &'static str,
    pub purpose: &'static str,
    pub lifetime: &'static str,
    pub who: &'static str,
}

/// The staff session cookie.
pub const SESSION: &str = "careers_session";
/// The anti-forgery token cookie.
pub const CSRF: &str = "careers_csrf";
/// Rocket's one-shot message cookie.
pub const FLASH: &str = "_flash";

/// Every cookie, as listed on `/cookies`.
pub const CATALOGUE: [CookieUse; 3] = [
    CookieUse {
        name: CSRF,
        purpose: "Protects the forms you submit (applications, privacy requests, staff forms) against cross-site request forgery.",
        lifetime: "One week",
        who: "Anyone who opens a form",
    },
    CookieUse {
        name: FLASH,
        purpose: "Carries a one-time message (such as \"your request was sent\") to the next page, then is removed.",
        lifetime: "Removed as soon as the message is shown",
        who: "Anyone, after submitting a form",
    },
    CookieUse {
        name: SESSION,
        purpose: "Keeps staff members signed in. Encrypted and unreadable by scripts.",
        lifetime: "Ends after inactivity or at most a working day, and at sign-out",
        who: "Staff only",
    },
];
