//! Server-rendered pages: a `Page` responder and the error page every failure and
//! catcher renders.

use rocket::http::{ContentType, Status};
use rocket::request::Request;
use rocket::response::{self, Responder, Response};
use serde::Serialize;
use tera::Context;

pub use crate::views::Views;

/// A rendered template as a response.
pub struct Page {
    template: &'static str,
    context: Context,
    status: Status,
    content_type: ContentType,
}

impl Page {
    /// An HTML page from `template`, answered with 200.
    pub fn new(template: &'static str) -> Self {
        Self {
            template,
            context: Context::new(),
            status: Status::Ok,
            content_type: ContentType::HTML,
        }
    }

    /// Adds a value for the template.
    pub fn with(mut self, key: &str, value: &impl Serialize) -> Self {
        self.context.insert(key, value);
        self
    }

    /// Answers with another status.
    pub fn status(mut self, status: Status) -> Self {
        self.status = status;
        self
    }

    /// Answers with another content type.
    pub fn content_type(mut self, content_type: ContentType) -> Self {
        self.content_type = content_type;
        self
    }
}

impl Page {
    /// The page's status, type and markup for the request path `path`.
    pub fn render(
        mut self,
        views: &Views,
        path: &str,
    ) -> Result<(Status, ContentType, String), tera::Error> {
        self.context.insert("current_path", path);
        let body = views.render(self.template, &self.context).inspect_err(|error| {
            tracing::error!(template = self.template, error = ?error, "template failed to render");
        })?;
        Ok((self.status, self.content_type, body))
    }
}

impl<'r> Responder<'r, 'static> for Page {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        let Some(views) = request.rocket().state::<Views>() else {
            tracing::error!("templates are not loaded");
            return Err(Status::InternalServerError);
        };
        let (status, content_type, body) = self
            .render(views, request.uri().path().as_str())
            .map_err(|_| Status::InternalServerError)?;
        Response::build_from(body.respond_to(request)?)
            .status(status)
            .header(content_type)
            .ok()
    }
}

/// The page shown for an error status; JSON under `/api/`.
pub struct ErrorPage {
    status: Status,
    title: &'static str,
    message: &'static str,
}

impl ErrorPage {
    /// The default page for a status.
    pub fn new(status: Status) -> Self {
        let (title, message) = default_text(status);
        Self {
            status,
            title,
            message,
        }
    }

    /// Replaces the heading.
    pub fn titled(mut self, title: &'static str) -> Self {
        self.title = title;
        self
    }

    /// Replaces the explanation.
    pub fn saying(mut self, message: &'static str) -> Self {
        self.message = message;
        self
    }
}

fn default_text(status: Status) -> (&'static str, &'static str) {
    match status.code {
        400 => (
            "Bad request",
            "The request could not be understood. Please check the address or the form and try again.",
        ),
        403 => (
            "Not allowed",
            "You are not allowed to do this. If you submitted a form, reload the page and try again.",
        ),
        404 => (
            "Page not found",
            "There is nothing at this address. The job may have been filled or the link may be mistyped.",
        ),
        405 => (
            "Method not allowed",
            "This address does not accept that kind of request.",
        ),
        410 => (
            "No longer available",
            "What you are looking for has been removed.",
        ),
        413 => (
            "File too large",
            "The upload is larger than we accept. Please send a smaller file.",
        ),
        415 => (
            "File type not accepted",
            "We accept PDF, Word (.docx) and plain text files only.",
        ),
        422 => (
            "Please check your input",
            "Some of what you entered could not be accepted.",
        ),
        429 => (
            "Too many requests",
            "You have sent too many requests in a short time. Please wait a while and try again.",
        ),
        503 => (
            "Temporarily unavailable",
            "The service is busy or under maintenance. Please try again in a few minutes.",
        ),
        code if code >= 500 => (
            "Something went wrong",
            "An unexpected error occurred on our side. It has been logged; please try again later.",
        ),
        _ => ("Request failed", "The request could not be completed."),
    }
}

impl<'r> Responder<'r, 'static> for ErrorPage {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        let request_id = super::request_id::of(request).to_string();
        if request.uri().path().starts_with("/api/") {
            let body = serde_json::json!({ "error": self.title, "status": self.status.code, "request_id": request_id });
            return Response::build_from(body.to_string().respond_to(request)?)
                .status(self.status)
                .header(ContentType::JSON)
                .ok();
        }
        let page = Page::new("errors/error.html")
            .status(self.status)
            .with("status", &self.status.code)
            .with("title", &self.title)
            .with("message", &self.message)
            .with("request_id", &request_id);
        page.respond_to(request).or_else(|status| {
            // Last resort when templates fail: plain text, still with the right status.
            Response::build_from(
                format!("{} {}", self.status.code, self.title).respond_to(request)?,
            )
            .status(self.status)
            .header(ContentType::Plain)
            .ok()
            .map_err(|_: Status| status)
        })
    }
}
