//! The only cookies the portal sets (docs/product.md, cookies). `/cookies` is rendered from this list, so
//! a cookie added anywhere else must be added here or the page would stop being true.

use serde::Serialize;

/// One cookie the portal may set. What it is for, how long it lasts and who gets it
/// are the messages `cookie-<key>-purpose`, `-lifetime` and `-who` (`privacy.ftl`).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct CookieUse {
    pub name: &'static str,
    pub key: &'static str,
}

/// The staff session cookie.
pub const SESSION: &str = "careers_session";
/// The anti-forgery token cookie.
pub const CSRF: &str = "careers_csrf";
/// Staff single sign-on: the sign-in under way at the provider, then the ID token
/// its sign-out needs.
pub const SINGLE_SIGN_ON: &str = "careers_sso";
/// Rocket's one-shot message cookie.
pub const FLASH: &str = "_flash";

/// Every cookie, as listed on `/cookies`.
pub const CATALOGUE: [CookieUse; 4] = [
    CookieUse {
        name: CSRF,
        key: "csrf",
    },
    CookieUse {
        name: FLASH,
        key: "flash",
    },
    CookieUse {
        name: SESSION,
        key: "session",
    },
    CookieUse {
        name: SINGLE_SIGN_ON,
        key: "sso",
    },
];
