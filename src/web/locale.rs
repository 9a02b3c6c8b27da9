//! Which language a request is in, and the same page in every other language
//! (docs/languages.md). The language is the address's first segment (`/de/jobs`);
//! unprefixed addresses are English. No cookie or header decides it, except on `/`.

use rocket::http::{Header, Method};
use rocket::request::{FromRequest, Outcome};
use rocket::response::Redirect;
use rocket::{Request, Responder};
use serde::Serialize;

use crate::i18n::negotiate::negotiate;
use crate::i18n::{self, Lang};

/// The addresses that exist in every language: the public site and the applicant's
/// pages. Everything else (staff, admin, API, assets) exists once, in English.
const LOCALISED: &[&str] = &[
    "/jobs",
    "/privacy",
    "/cookies",
    "/applications",
    "/interviews",
];

/// Whether an unprefixed path is one of the [`LOCALISED`] pages (or home).
pub fn is_localised(path: &str) -> bool {
    path == "/"
        || LOCALISED.iter().any(|start| {
            path.strip_prefix(start)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(['/', '.', '?']))
        })
}

/// A path split into its language and the rest: `/de/jobs` is German `/jobs`, `/de` is
/// German `/`. A path without a known language prefix is the default language's.
pub fn split(path: &str) -> (Lang, &str) {
    let rest = path.strip_prefix('/').unwrap_or(path);
    let (first, tail) = rest.split_once('/').map_or((rest, ""), |(f, t)| (f, t));
    match Lang::from_code(first).filter(|l| !l.is_default()) {
        Some(lang) if tail.is_empty() => (lang, "/"),
        Some(lang) => (lang, &path[first.len() + 1..]),
        None => (Lang::default_lang(), path),
    }
}

/// `path` (unprefixed, with its query) in `lang`: `/jobs?q=x` → `/de/jobs?q=x`, `/` → `/de`.
pub fn localise(lang: Lang, path: &str) -> String {
    match (lang.prefix(), path) {
        ("", path) => path.to_owned(),
        (prefix, "/") => prefix.to_owned(),
        (prefix, path) if path.starts_with("/?") => format!("{prefix}{}", &path[1..]),
        (prefix, path) => format!("{prefix}{path}"),
    }
}

/// The language of a request and what its pages need to link to the other languages.
#[derive(Debug, Clone)]
pub struct PageLang {
    pub lang: Lang,
    /// The unprefixed path and query of a page that exists in every language and
    /// was asked for with GET; `None` for answers to forms, staff pages and errors.
    pub here: Option<String>,
}

impl PageLang {
    /// The language of `request`, from its address.
    pub fn of(request: &Request<'_>) -> Self {
        let uri = request.uri();
        let (lang, path) = split(uri.path().as_str());
        let here =
            (request.method() == Method::Get && request.route().is_some() && is_localised(path))
                .then(|| match uri.query() {
                    Some(query) => format!("{path}?{query}"),
                    None => path.to_owned(),
                });
        Self { lang, here }
    }

    /// The same, naming the page by a canonical address (a cached page is made once
    /// for every spelling of its query).
    pub fn at(mut self, here: String) -> Self {
        if self.here.is_some() {
            self.here = Some(here);
        }
        self
    }

    /// The template values every page uses: `lang`, `dir`, `prefix`, `languages` (the
    /// switcher and `hreflang` links, empty when the page exists only here) and
    /// `x_default`.
    pub fn context(&self, base_url: &str) -> LangContext {
        let languages = match &self.here {
            Some(here) => i18n::all()
                .map(|lang| Alternate {
                    code: lang.code(),
                    name: lang.name(),
                    href: localise(lang, here),
                    current: lang == self.lang,
                })
                .collect(),
            None => Vec::new(),
        };
        LangContext {
            lang: self.lang,
            dir: self.lang.direction(),
            prefix: self.lang.prefix(),
            home: localise(self.lang, "/"),
            x_default: self.here.clone().unwrap_or_default(),
            base_url: base_url.to_owned(),
            languages,
        }
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for PageLang {
    type Error = std::convert::Infallible;

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        Outcome::Success(Self::of(request))
    }
}

/// See [`PageLang::context`].
#[derive(Debug, Serialize)]
pub struct LangContext {
    pub lang: Lang,
    pub dir: &'static str,
    pub prefix: &'static str,
    pub home: String,
    pub x_default: String,
    pub base_url: String,
    pub languages: Vec<Alternate>,
}

/// One language's version of the page.
#[derive(Debug, Serialize)]
pub struct Alternate {
    pub code: &'static str,
    pub name: &'static str,
    pub href: String,
    pub current: bool,
}

/// The `Accept-Language` header, for `/` only.
pub struct AcceptLanguage<'r>(Option<&'r str>);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for AcceptLanguage<'r> {
    type Error = std::convert::Infallible;

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, Self::Error> {
        Outcome::Success(Self(request.headers().get_one("Accept-Language")))
    }
}

impl AcceptLanguage<'_> {
    /// The language the browser prefers among ours, if it names one.
    pub fn preferred(&self) -> Option<Lang> {
        negotiate(self.0?, i18n::codes()).and_then(Lang::from_code)
    }
}

/// `302` to a language's home, marked as chosen by `Accept-Language` for caches.
#[derive(Responder)]
pub struct LanguageRedirect(Redirect, Header<'static>);

impl LanguageRedirect {
    /// To `lang`'s home page.
    pub fn to(lang: Lang) -> Self {
        Self(
            Redirect::found(localise(lang, "/")),
            Header::new("Vary", "Accept-Language"),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn german() -> Lang {
        Lang::from_code("de").expect("German is a language")
    }

    #[test]
    fn the_first_segment_names_the_language() {
        assert_eq!(split("/de/jobs/rust-dev"), (german(), "/jobs/rust-dev"));
        assert_eq!(split("/de"), (german(), "/"));
        assert_eq!(split("/de/"), (german(), "/"));
        assert_eq!(split("/jobs"), (Lang::default_lang(), "/jobs"));
        // The default language has no prefix, and unknown codes are not languages.
        assert_eq!(split("/en/jobs"), (Lang::default_lang(), "/en/jobs"));
        assert_eq!(split("/xx/jobs"), (Lang::default_lang(), "/xx/jobs"));
        assert_eq!(split("/DE/jobs"), (Lang::default_lang(), "/DE/jobs"));
        assert_eq!(split("/deutsch"), (Lang::default_lang(), "/deutsch"));
    }

    #[test]
    fn localising_puts_the_prefix_in_front() {
        assert_eq!(localise(german(), "/jobs?q=x"), "/de/jobs?q=x");
        assert_eq!(localise(german(), "/"), "/de");
        assert_eq!(localise(Lang::default_lang(), "/"), "/");
        assert_eq!(localise(Lang::default_lang(), "/privacy"), "/privacy");
    }

    #[test]
    fn only_the_public_and_applicant_pages_are_localised() {
        for path in [
            "/",
            "/jobs",
            "/jobs/x/apply",
            "/jobs.rss",
            "/privacy",
            "/privacy/requests",
            "/cookies",
            "/applications/status/t",
            "/interviews/t",
        ] {
            assert!(is_localised(path), "{path}");
        }
        for path in [
            "/staff",
            "/admin/users",
            "/api/v1/jobs",
            "/static/careers.css",
            "/healthz",
            "/jobsearch",
            "/privacyx",
        ] {
            assert!(!is_localised(path), "{path}");
        }
    }
}
