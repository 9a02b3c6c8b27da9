//! Our own stylesheet, script and icon, compiled into the binary: nothing from another
//! origin. Pages link them by fingerprinted names (`careers.<digest>.css`, see
//! [`url`]), which browsers may keep for a year without asking again; a new build with
//! changed files links new names. The plain names keep answering, with a short lifetime,
//! and so do other builds' fingerprinted names (this build's file, for a minute).

use std::sync::{Arc, LazyLock};

use rocket::http::ContentType;
use rocket::{get, routes};

use super::cached::{CachedBody, Representation};

/// The routes of this area.
pub fn routes() -> Vec<rocket::Route> {
    routes![asset]
}

const FILES: &[(&str, &str, &[u8])] = &[
    (
        "careers.css",
        "css",
        include_bytes!("../../static/careers.css"),
    ),
    (
        "favicon.svg",
        "svg",
        include_bytes!("../../static/favicon.svg"),
    ),
    ("apply.js", "js", include_bytes!("../../static/apply.js")),
    (
        "passkeys.js",
        "js",
        include_bytes!("../../static/passkeys.js"),
    ),
];

struct Asset {
    name: &'static str,
    /// `<stem>.<first 10 hex digits of the body's digest>.<extension>`.
    fingerprinted: String,
    body: Arc<CachedBody>,
}

static ASSETS: LazyLock<Vec<Asset>> = LazyLock::new(|| {
    FILES
        .iter()
        .map(|(name, extension, bytes)| {
            let content_type =
                ContentType::from_extension(extension).unwrap_or(ContentType::Binary);
            let body = Arc::new(CachedBody::new(content_type, bytes.to_vec()));
            let digest = body
                .etag()
                .trim_start_matches("W/\"")
                .get(..10)
                .unwrap_or("0")
                .to_owned();
            let stem = name.rsplit_once('.').map_or(*name, |(stem, _)| stem);
            Asset {
                name,
                fingerprinted: format!("{stem}.{digest}.{extension}"),
                body,
            }
        })
        .collect()
});

/// The address pages link an asset by; a name we do not have links to nothing.
pub fn url(name: &str) -> Option<String> {
    ASSETS
        .iter()
        .find(|a| a.name == name)
        .map(|a| format!("/static/{}", a.fingerprinted))
}

/// Whether `name` is `stem.<10 hex digits>.extension` of this asset, whatever the digits:
/// a page from an instance running another build (during a rolling deploy) links those.
fn other_build_of(asset: &Asset, name: &str) -> bool {
    let (Some((stem, extension)), Some((rest, last))) =
        (asset.name.rsplit_once('.'), name.rsplit_once('.'))
    else {
        return false;
    };
    rest.rsplit_once('.').is_some_and(|(s, digest)| {
        s == stem
            && last == extension
            && digest.len() == 10
            && digest.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

#[get("/static/<name>")]
fn asset(name: &str) -> Option<Representation> {
    ASSETS.iter().find_map(|asset| {
        let cache_control = if asset.fingerprinted == name {
            "public, max-age=31536000, immutable"
        } else if asset.name == name {
            "public, max-age=3600"
        } else if other_build_of(asset, name) {
            // This build's file under another build's name: only briefly.
            "public, max-age=60"
        } else {
            return None;
        };
        Some(Representation {
            body: asset.body.clone(),
            cache_control,
            vary_language: false,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprinted_names_follow_the_content() {
        let css = url("careers.css").expect("stylesheet");
        assert!(css.starts_with("/static/careers.") && css.ends_with(".css"));
        assert_eq!(css.len(), "/static/careers..css".len() + 10);
        assert_ne!(url("apply.js"), url("favicon.svg"));
        assert_eq!(url("missing.css"), None);
    }
}
