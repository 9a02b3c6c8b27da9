//! Server-rendered pages: Tera templates compiled into the binary, a `Page` responder,
//! and the error page every failure and catcher renders.

use rocket::http::{ContentType, Status};
use rocket::request::Request;
use rocket::response::{self, Responder, Response};
use serde::Serialize;
use tera::{Context, Tera};

/// Lists templates by name (`templates/<name>.tera`), embedding their text.
macro_rules! embedded_templates {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/templates/", $name, ".tera")))),*]
    };
}

/// Every template. Names keep their `.html`/`.xml` suffix, which turns on escaping.
pub const TEMPLATES: &[(&str, &str)] = embedded_templates![
    "base.html",
    "errors/error.html",
    "feeds/jobs.xml",
    "public/_job_list.html",
    "public/_job_meta.html",
    "public/apply.html",
    "public/cookies.html",
    "public/home.html",
    "public/job.html",
    "public/jobs.html",
    "public/privacy.html",
];

/// The compiled templates, managed as Rocket state.
pub struct Views {
    tera: Tera,
}

impl Views {
    /// Compiles the embedded templates; fails on any syntax error.
    pub fn load() -> Result<Self, tera::Error> {
        let mut tera = Tera::default();
        tera.set_escape_fn(escape_markup);
        tera.add_raw_templates(TEMPLATES.iter().copied())?;
        Ok(Self { tera })
    }

    /// Renders one template.
    pub fn render(&self, name: &str, context: &Context) -> Result<String, tera::Error> {
        self.tera.render(name, context)
    }
}

/// Escapes text for HTML and XML element content and quoted attributes. Tera's own
/// escaper also rewrites `/`, which is safe but turns every URL into `&#x2F;` noise.
pub(crate) fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
    out
}

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

impl<'r> Responder<'r, 'static> for Page {
    fn respond_to(mut self, request: &'r Request<'_>) -> response::Result<'static> {
        let Some(views) = request.rocket().state::<Views>() else {
            tracing::error!("templates are not loaded");
            return Err(Status::InternalServerError);
        };
        self.context
            .insert("current_path", request.uri().path().as_str());
        match views.render(self.template, &self.context) {
            Ok(body) => Response::build_from(body.respond_to(request)?)
                .status(self.status)
                .header(self.content_type)
                .ok(),
            Err(error) => {
                tracing::error!(
                    template = self.template,
                    request_id = %super::request_id::of(request),
                    error = ?error,
                    "template failed to render"
                );
                Err(Status::InternalServerError)
            }
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_escaping_covers_every_special_character() {
        assert_eq!(
            escape_markup(r#"<a href="x" onclick='y'>&</a>"#),
            "&lt;a href=&quot;x&quot; onclick=&#x27;y&#x27;&gt;&amp;&lt;/a&gt;"
        );
        assert_eq!(escape_markup("/jobs?q=王"), "/jobs?q=王");
    }

    #[test]
    fn every_template_compiles() {
        Views::load().expect("templates compile");
    }

    #[test]
    fn every_template_file_is_embedded() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        let mut on_disk = Vec::new();
        let mut dirs = vec![root.clone()];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).expect("templates dir") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    dirs.push(path);
                } else if let Some(name) = path.strip_prefix(&root).ok().and_then(|p| p.to_str()) {
                    on_disk.push(name.trim_end_matches(".tera").to_owned());
                }
            }
        }
        for name in on_disk {
            assert!(
                TEMPLATES.iter().any(|(embedded, _)| *embedded == name),
                "{name} is not in TEMPLATES"
            );
        }
    }
}
