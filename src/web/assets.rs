//! Our own stylesheet and icon, compiled into the binary: nothing from another origin.

use rocket::http::{ContentType, Header};
use rocket::{Responder, get, routes};

/// The routes of this area.
pub fn routes() -> Vec<rocket::Route> {
    routes![asset]
}

const ASSETS: &[(&str, &str, &[u8])] = &[
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
];

#[derive(Responder)]
struct Asset {
    body: &'static [u8],
    content_type: ContentType,
    cache: Header<'static>,
}

#[get("/static/<name>")]
fn asset(name: &str) -> Option<Asset> {
    let (_, extension, body) = ASSETS.iter().find(|(asset, _, _)| *asset == name)?;
    Some(Asset {
        body,
        content_type: ContentType::from_extension(extension)?,
        cache: Header::new("Cache-Control", "public, max-age=3600"),
    })
}
