//! Server-rendered pages: a `Page` responder and the error page every failure and
//! catcher renders.

use rocket::http::{ContentType, Status};
use rocket::request::Request;
use rocket::response::{self, Responder, Response};
use serde::Serialize;
use tera::Context;

pub use crate::views::Views;

use super::locale::{PageLang, split};
use crate::config::Settings;
use crate::i18n::Lang;

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
    /// The page's status, type and markup, in `lang`, for the unprefixed request path
    /// `path` (which the navigation marks as current).
    pub fn render(
        mut self,
        views: &Views,
        path: &str,
        lang: &PageLang,
        base_url: &str,
    ) -> Result<(Status, ContentType, String), tera::Error> {
        self.context.insert("current_path", path);
        let values = tera::Context::from_serialize(lang.context(base_url))?;
        self.context.extend(values);
        let body = views
            .render_in(lang.lang, self.template, &self.context)
            .inspect_err(|error| {
                tracing::error!(template = self.template, error = ?error, "template failed to render");
            })?;
        Ok((self.status, self.content_type, body))
    }
}

impl<'r> Responder<'r, 'static> for Page {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        let lang = PageLang::of(request);
        respond(self, request, lang)
    }
}

fn respond(page: Page, request: &Request<'_>, lang: PageLang) -> response::Result<'static> {
    let rocket = request.rocket();
    let (Some(views), Some(settings)) = (rocket.state::<Views>(), rocket.state::<Settings>())
    else {
        tracing::error!("templates are not loaded");
        return Err(Status::InternalServerError);
    };
    let path = split(request.uri().path().as_str()).1;
    let (status, content_type, body) = page
        .render(views, path, &lang, settings.base_url())
        .map_err(|_| Status::InternalServerError)?;
    Response::build_from(body.respond_to(request)?)
        .status(status)
        .header(content_type)
        .ok()
}

/// The page shown for an error status; JSON under `/api/`. Its title and text are
/// message ids (`locales/*/errors.ftl`), shown in the language of the address.
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

    /// Replaces the heading (a message id).
    pub fn titled(mut self, title: &'static str) -> Self {
        self.title = title;
        self
    }

    /// Replaces the explanation (a message id).
    pub fn saying(mut self, message: &'static str) -> Self {
        self.message = message;
        self
    }
}

fn default_text(status: Status) -> (&'static str, &'static str) {
    match status.code {
        400 => ("error-400-title", "error-400-text"),
        403 => ("error-403-title", "error-403-text"),
        404 => ("error-404-title", "error-404-text"),
        405 => ("error-405-title", "error-405-text"),
        409 => ("error-409-title", "error-409-text"),
        410 => ("error-410-title", "error-410-text"),
        413 => ("error-413-title", "error-413-text"),
        415 => ("error-415-title", "error-415-text"),
        422 => ("error-422-title", "error-422-text"),
        429 => ("error-429-title", "error-429-text"),
        503 => ("error-503-title", "error-503-text"),
        code if code >= 500 => ("error-500-title", "error-500-text"),
        _ => ("error-other-title", "error-other-text"),
    }
}

impl<'r> Responder<'r, 'static> for ErrorPage {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        let request_id = super::request_id::of(request).to_string();
        if request.uri().path().starts_with("/api/") {
            let title = Lang::default_lang().text(self.title, None);
            let body = serde_json::json!({ "error": title, "status": self.status.code, "request_id": request_id });
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
        // An error page exists only where it happened: no links to other languages.
        let lang = PageLang {
            here: None,
            ..PageLang::of(request)
        };
        let in_lang = lang.lang;
        respond(page, request, lang).or_else(|status| {
            // Last resort when templates fail: plain text, still with the right status.
            let title = in_lang.text(self.title, None);
            Response::build_from(format!("{} {title}", self.status.code).respond_to(request)?)
                .status(self.status)
                .header(ContentType::Plain)
                .ok()
                .map_err(|_: Status| status)
        })
    }
}
