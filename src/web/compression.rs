//! Compressed answers: brotli or gzip, as the browser's `Accept-Encoding` prefers, for
//! text of a useful size. Cached public pages and static files carry their own
//! compressed copies; everything else is compressed here as it leaves, quickly.
//!
//! Compression and secrets (BREACH): a page whose compressed length an attacker can
//! watch, while making the victim's browser ask for it with words of the attacker's
//! choice, leaks what else is on the page a guess at a time. The CSRF token is masked
//! afresh on every page (`csrf`), so it never repeats. Pages with personal data (staff
//! pages list applicants, and the dashboard echoes its search) are compressed only for
//! requests the browser says come from the portal itself or from the address bar
//! (`Sec-Fetch-Site: same-origin` or `none`), never for one another site started.

use std::io::Write;

use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::{ContentType, Header, Method, Status};
use rocket::{Request, Response};

use super::headers::holds_personal_data;

/// Smaller bodies gain too little to pay for compression.
const MIN_BYTES: usize = 1024;
/// Larger bodies (an export, a long resume text) are sent as they are.
const MAX_BYTES: usize = 8 << 20;
/// Bodies past this are compressed on a blocking thread, off the async workers.
const BLOCKING_BYTES: usize = 64 << 10;

/// A content coding the portal produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coding {
    Brotli,
    Gzip,
}

impl Coding {
    /// The `Content-Encoding` token.
    pub fn token(self) -> &'static str {
        match self {
            Self::Brotli => "br",
            Self::Gzip => "gzip",
        }
    }
}

/// How hard to compress: once for a body kept and sent many times, or quickly for one
/// sent once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effort {
    Kept,
    Once,
}

/// The coding to answer with for an `Accept-Encoding` header: the acceptable one with
/// the highest weight, brotli on a tie; `None` for identity.
pub fn negotiate(accept_encoding: Option<&str>) -> Option<Coding> {
    let (mut named, mut wildcard): (Vec<(Coding, f32)>, Option<f32>) = (Vec::new(), None);
    for item in accept_encoding?.split(',') {
        let mut parts = item.split(';');
        let token = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
        let weight = parts
            .filter_map(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .or_else(|| p.trim().strip_prefix("Q="))
            })
            .find_map(|q| q.trim().parse::<f32>().ok())
            .unwrap_or(1.0);
        match token.as_str() {
            "br" => named.push((Coding::Brotli, weight)),
            "gzip" | "x-gzip" => named.push((Coding::Gzip, weight)),
            "*" => wildcard = Some(weight),
            _ => {}
        }
    }
    // A coding named outright has its own weight (`q=0` refuses it); `*` weighs the rest.
    let weight = |coding: Coding| {
        named
            .iter()
            .find(|(c, _)| *c == coding)
            .map(|(_, w)| *w)
            .or(wildcard)
            .unwrap_or(0.0)
    };
    let (brotli, gzip) = (weight(Coding::Brotli), weight(Coding::Gzip));
    if brotli > 0.0 && brotli >= gzip {
        Some(Coding::Brotli)
    } else if gzip > 0.0 {
        Some(Coding::Gzip)
    } else {
        None
    }
}

/// Whether a body of this type is text that compresses.
pub fn is_compressible(content_type: &ContentType) -> bool {
    let (top, sub) = (content_type.top().as_str(), content_type.sub().as_str());
    top.eq_ignore_ascii_case("text")
        || [
            "json",
            "xml",
            "rss+xml",
            "javascript",
            "svg+xml",
            "manifest+json",
        ]
        .iter()
        .any(|s| sub.eq_ignore_ascii_case(s))
}

/// `bytes` in `coding`.
pub fn compress(coding: Coding, bytes: &[u8], effort: Effort) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() / 4 + 64);
    match coding {
        Coding::Brotli => {
            let quality = if effort == Effort::Kept { 6 } else { 4 };
            let mut writer = brotli::CompressorWriter::new(&mut out, 16 * 1024, quality, 20);
            // Writing into a Vec cannot fail.
            let _ = writer.write_all(bytes);
            drop(writer);
        }
        Coding::Gzip => {
            let level = if effort == Effort::Kept { 7 } else { 5 };
            let mut encoder =
                flate2::write::GzEncoder::new(&mut out, flate2::Compression::new(level));
            let _ = encoder.write_all(bytes);
            let _ = encoder.finish();
        }
    }
    out
}

/// Adds `Accept-Encoding` to the response's `Vary` unless it is there.
pub fn vary_on_encoding(response: &mut Response<'_>) {
    let present = response
        .headers()
        .get("Vary")
        .flat_map(|v| v.split(','))
        .any(|v| v.trim().eq_ignore_ascii_case("accept-encoding"));
    if !present {
        response.adjoin_header(Header::new("Vary", "Accept-Encoding"));
    }
}

/// Compresses text answers that nothing compressed before.
pub struct Compression;

#[rocket::async_trait]
impl Fairing for Compression {
    fn info(&self) -> Info {
        Info {
            name: "compression",
            kind: Kind::Response,
        }
    }

    async fn on_response<'r>(&self, request: &'r Request<'_>, response: &mut Response<'r>) {
        if response.headers().contains("Content-Encoding")
            || request.method() == Method::Head
            || [Status::NoContent, Status::NotModified].contains(&response.status())
            || !response.content_type().is_some_and(|t| is_compressible(&t))
        {
            return;
        }
        let size = response.body().preset_size().unwrap_or(0);
        if !(MIN_BYTES..=MAX_BYTES).contains(&size) {
            return;
        }
        vary_on_encoding(response);
        if holds_personal_data(request.uri().path().as_str())
            && !request
                .headers()
                .get_one("Sec-Fetch-Site")
                .is_some_and(|site| site == "same-origin" || site == "none")
        {
            return;
        }
        let Some(coding) = negotiate(request.headers().get_one("Accept-Encoding")) else {
            return;
        };
        let Ok(body) = response.body_mut().to_bytes().await else {
            tracing::error!("could not read a response body to compress it");
            return;
        };
        let compressed = if body.len() > BLOCKING_BYTES {
            match rocket::tokio::task::spawn_blocking(move || compress(coding, &body, Effort::Once))
                .await
            {
                Ok(compressed) => compressed,
                Err(error) => {
                    tracing::error!(%error, "compressing a response failed");
                    return;
                }
            }
        } else {
            compress(coding, &body, Effort::Once)
        };
        response.set_sized_body(compressed.len(), std::io::Cursor::new(compressed));
        response.set_header(Header::new("Content-Encoding", coding.token()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn the_preferred_acceptable_coding_wins() {
        assert_eq!(negotiate(None), None);
        assert_eq!(negotiate(Some("")), None);
        assert_eq!(negotiate(Some("identity")), None);
        assert_eq!(
            negotiate(Some("gzip, deflate, br, zstd")),
            Some(Coding::Brotli)
        );
        assert_eq!(negotiate(Some("gzip")), Some(Coding::Gzip));
        assert_eq!(negotiate(Some("br;q=0, gzip")), Some(Coding::Gzip));
        assert_eq!(negotiate(Some("br;q=0.5, gzip;q=0.8")), Some(Coding::Gzip));
        assert_eq!(negotiate(Some("GZIP;Q=1.0")), Some(Coding::Gzip));
        assert_eq!(negotiate(Some("*")), Some(Coding::Brotli));
        assert_eq!(negotiate(Some("*;q=0")), None);
        assert_eq!(negotiate(Some("br;q=nonsense")), Some(Coding::Brotli));
        assert_eq!(
            negotiate(Some("br;q=0, *")),
            Some(Coding::Gzip),
            "* does not bring br back"
        );
        assert_eq!(negotiate(Some("gzip;q=0, br;q=0, *")), None);
        assert_eq!(negotiate(Some("deflate, *;q=0.1")), Some(Coding::Brotli));
    }

    #[test]
    fn text_types_compress_and_binary_ones_do_not() {
        for t in [
            ContentType::HTML,
            ContentType::JSON,
            ContentType::CSS,
            ContentType::JavaScript,
            ContentType::SVG,
            ContentType::new("application", "rss+xml"),
            ContentType::new("text", "csv"),
        ] {
            assert!(is_compressible(&t), "{t}");
        }
        for t in [ContentType::PDF, ContentType::ZIP, ContentType::PNG] {
            assert!(!is_compressible(&t), "{t}");
        }
    }

    #[test]
    fn both_codings_round_trip() {
        let text = "Open positions in EMEA and APAC. ".repeat(200);
        for effort in [Effort::Kept, Effort::Once] {
            let br = compress(Coding::Brotli, text.as_bytes(), effort);
            let mut back = String::new();
            brotli::Decompressor::new(&br[..], 4096)
                .read_to_string(&mut back)
                .expect("brotli");
            assert_eq!(back, text);
            let gz = compress(Coding::Gzip, text.as_bytes(), effort);
            let mut back = String::new();
            flate2::read::GzDecoder::new(&gz[..])
                .read_to_string(&mut back)
                .expect("gzip");
            assert_eq!(back, text);
            assert!(br.len() < text.len() / 10 && gz.len() < text.len() / 10);
        }
    }
}
