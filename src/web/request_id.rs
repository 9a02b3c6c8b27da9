//! A random id per request, sent back as `X-Request-Id` and written on every log line
//! about the request, so a visitor's "reference" finds the log without any personal data.
//! The log names the matched route's pattern, never the concrete path or query, which
//! may hold tokens or search text.

use std::fmt;
use std::time::Instant;

use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::Header;
use rocket::{Data, Request, Response};

/// The id of one request.
#[derive(Debug, Clone)]
pub struct RequestId(String);

impl RequestId {
    /// The id as written in logs and the audit log.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for RequestId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

struct Started(Instant);

/// The id of the request, made on first use.
pub fn of<'r>(request: &'r Request<'_>) -> &'r RequestId {
    request.local_cache(|| {
        let bytes: [u8; 8] = rand::random();
        RequestId(bytes.iter().map(|b| format!("{b:02x}")).collect())
    })
}

/// Tags each request with an id and logs one line when it is answered.
pub struct RequestLog;

#[rocket::async_trait]
impl Fairing for RequestLog {
    fn info(&self) -> Info {
        Info {
            name: "request id and log",
            kind: Kind::Request | Kind::Response,
        }
    }

    async fn on_request(&self, request: &mut Request<'_>, _: &mut Data<'_>) {
        request.local_cache(|| Started(Instant::now()));
        of(request);
    }

    async fn on_response<'r>(&self, request: &'r Request<'_>, response: &mut Response<'r>) {
        let id = of(request);
        let elapsed = request.local_cache(|| Started(Instant::now())).0.elapsed();
        let route = request
            .route()
            .map_or_else(|| "-".to_owned(), |r| r.uri.to_string());
        tracing::info!(
            request_id = %id,
            method = %request.method(),
            route = %route,
            status = response.status().code,
            micros = elapsed.as_micros() as u64,
            "answered"
        );
        response.set_header(Header::new("X-Request-Id", id.0.clone()));
    }
}

/// The request's occasion for the audit log: its id and the time it is handled.
#[rocket::async_trait]
impl<'r> rocket::request::FromRequest<'r> for crate::store::audit::Occasion<'r> {
    type Error = std::convert::Infallible;

    async fn from_request(request: &'r Request<'_>) -> rocket::request::Outcome<Self, Self::Error> {
        rocket::request::Outcome::Success(crate::store::audit::Occasion {
            request_id: Some(of(request).as_str()),
            now: chrono::Utc::now(),
        })
    }
}
