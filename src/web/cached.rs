//! A body served many times: its validator (`ETag`), its compressed copies made once on
//! first demand, and the response that answers a conditional request with 304 and picks
//! the coding the browser prefers. Public pages (`public_cache`) and static files
//! (`assets`) are served this way.

use std::sync::{Arc, OnceLock};

use rocket::http::{ContentType, Header, Status};
use rocket::request::Request;
use rocket::response::{self, Responder, Response};
use sha2::{Digest, Sha256};

use super::compression::{self, Coding, Effort};

/// A body with its validator and compressed copies.
#[derive(Debug)]
pub struct CachedBody {
    content_type: ContentType,
    identity: Vec<u8>,
    etag: String,
    brotli: OnceLock<Vec<u8>>,
    gzip: OnceLock<Vec<u8>>,
}

impl CachedBody {
    /// A body of this type; its `ETag` is a digest of the bytes.
    pub fn new(content_type: ContentType, identity: Vec<u8>) -> Self {
        let digest = Sha256::digest(&identity);
        Self {
            etag: format!("W/\"{}\"", hex::encode(&digest[..12])),
            content_type,
            identity,
            brotli: OnceLock::new(),
            gzip: OnceLock::new(),
        }
    }

    /// The weak validator: the same for every coding of the same bytes.
    pub fn etag(&self) -> &str {
        &self.etag
    }

    /// The bytes before any coding.
    pub fn identity(&self) -> &[u8] {
        &self.identity
    }

    /// The coding worth using for a client that accepts `coding`.
    fn coding(&self, coding: Option<Coding>) -> Option<Coding> {
        let worth = compression::is_compressible(&self.content_type) && self.identity.len() > 256;
        coding.filter(|_| worth)
    }

    fn encoded(&self, coding: Option<Coding>) -> &[u8] {
        match coding {
            None => &self.identity,
            Some(Coding::Brotli) => self.brotli.get_or_init(|| {
                compression::compress(Coding::Brotli, &self.identity, Effort::Kept)
            }),
            Some(Coding::Gzip) => self
                .gzip
                .get_or_init(|| compression::compress(Coding::Gzip, &self.identity, Effort::Kept)),
        }
    }
}

/// Whether an `If-None-Match` header lists this validator (weak comparison, RFC 9110).
pub fn matches(if_none_match: &str, etag: &str) -> bool {
    let bare = |tag: &str| tag.trim().trim_start_matches("W/").to_owned();
    if_none_match.trim() == "*" || if_none_match.split(',').any(|tag| bare(tag) == bare(etag))
}

/// A cached body as a response, with how long browsers and proxies may keep it.
pub struct Representation {
    pub body: Arc<CachedBody>,
    pub cache_control: &'static str,
    /// The answer depends on `Accept-Language` too (`/`, which may redirect).
    pub vary_language: bool,
}

impl<'r> Responder<'r, 'static> for Representation {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        let mut response = Response::build();
        response
            .header(Header::new("ETag", self.body.etag.clone()))
            .header(Header::new("Cache-Control", self.cache_control))
            .header(Header::new(
                "Vary",
                if self.vary_language {
                    "Accept-Encoding, Accept-Language"
                } else {
                    "Accept-Encoding"
                },
            ));
        let fresh = request
            .headers()
            .get("If-None-Match")
            .any(|header| matches(header, &self.body.etag));
        if fresh {
            return response.status(Status::NotModified).ok();
        }
        let coding = self.body.coding(compression::negotiate(
            request.headers().get_one("Accept-Encoding"),
        ));
        if let Some(coding) = coding {
            response.header(Header::new("Content-Encoding", coding.token()));
        }
        let length = self.body.encoded(coding).len();
        response
            .header(self.body.content_type.clone())
            .sized_body(
                length,
                std::io::Cursor::new(Shared {
                    body: self.body,
                    coding,
                }),
            )
            .ok()
    }
}

/// One coding of a cached body, read without copying it.
struct Shared {
    body: Arc<CachedBody>,
    coding: Option<Coding>,
}

impl AsRef<[u8]> for Shared {
    fn as_ref(&self) -> &[u8] {
        self.body.encoded(self.coding)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validators_match_weakly_in_lists_and_as_a_wildcard() {
        let body = CachedBody::new(ContentType::HTML, b"<p>jobs</p>".to_vec());
        let tag = body.etag().to_owned();
        assert!(tag.starts_with("W/\""));
        assert!(matches(&tag, &tag));
        assert!(
            matches(tag.trim_start_matches("W/"), &tag),
            "a strong form of it"
        );
        assert!(matches(&format!("\"other\", {tag}"), &tag));
        assert!(matches("*", &tag));
        assert!(!matches("\"other\"", &tag));
        let changed = CachedBody::new(ContentType::HTML, b"<p>jobs!</p>".to_vec());
        assert_ne!(changed.etag(), body.etag());
    }
}
