//! Public pages rendered once and served from memory until what they show changes. A
//! page is kept with the public revision it was made at (`store::public_revision`,
//! moved by database triggers whenever a job or an affiliate changes); each request
//! reads the revision, one indexed row, so a change made through any instance is seen by
//! every instance on its next request. Entries also expire after [`MAX_AGE`], which
//! bounds anything that changes with time alone, and browsers and proxies may keep a
//! page that long too (`Cache-Control: public, max-age=60`), revalidating by `ETag`.
//!
//! Data several pages share (the job list's filter choices) is memoised the same way.

use std::any::Any;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use rocket::http::{ContentType, Status};
use rocket::request::{FromRequest, Outcome, Request};
use sea_orm::DatabaseConnection;

use super::cached::{CachedBody, Representation};
use super::locale::PageLang;
use super::views::Page;
use crate::config::Settings;
use crate::error::{AppError, AppResult};
use crate::store::public_revision;
use crate::views::Views;

/// How long a page is kept here and by browsers.
pub const MAX_AGE: Duration = Duration::from_secs(60);
const CACHE_CONTROL: &str = "public, max-age=60";
/// Pages kept at most: searches with many different words cannot grow it past this.
const MAX_PAGES: usize = 512;

/// The cache, managed as Rocket state.
#[derive(Default)]
pub struct PublicCache {
    pages: Mutex<HashMap<String, Kept<CachedBody>>>,
    memos: Mutex<HashMap<&'static str, Kept<dyn Any + Send + Sync>>>,
}

struct Kept<T: ?Sized> {
    revision: i64,
    made: Instant,
    /// When it last answered a request: room is made by forgetting the least used.
    used: Instant,
    value: Arc<T>,
}

impl<T: ?Sized> Kept<T> {
    fn fresh(&self, revision: i64, now: Instant) -> bool {
        self.revision == revision && now.duration_since(self.made) < MAX_AGE
    }
}

impl PublicCache {
    fn page(&self, key: &str, revision: i64) -> Option<Arc<CachedBody>> {
        let pages = self.pages.lock().ok()?;
        let kept = pages.get(key)?;
        kept.fresh(revision, Instant::now())
            .then(|| kept.value.clone())
    }

    fn keep_page(&self, key: String, revision: i64, body: Arc<CachedBody>) {
        let Ok(mut pages) = self.pages.lock() else {
            return;
        };
        if pages.len() >= MAX_PAGES {
            let now = Instant::now();
            pages.retain(|_, kept| kept.fresh(revision, now));
            if pages.len() >= MAX_PAGES {
                // All fresh: forget the less used half, so a flood of one-off searches
                // pushes out other one-off searches before the pages people read.
                let mut uses: Vec<Instant> = pages.values().map(|kept| kept.used).collect();
                uses.sort_unstable();
                let cut = uses[uses.len() / 2];
                pages.retain(|_, kept| kept.used > cut);
            }
        }
        pages.insert(
            key,
            Kept {
                revision,
                made: Instant::now(),
                used: Instant::now(),
                value: body,
            },
        );
    }

    /// How many pages are kept (tests).
    pub fn len(&self) -> usize {
        self.pages.lock().map_or(0, |pages| pages.len())
    }

    /// Whether no page is kept.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What a public handler needs: the database, settings, templates and the cache.
pub struct Site<'r> {
    pub db: &'r DatabaseConnection,
    pub settings: &'r Settings,
    views: &'r Views,
    cache: &'r PublicCache,
    /// The route's own path (`/jobs/<slug>`), which every page under one key shares.
    path: &'r str,
    /// The language of the address the page was asked for at.
    pub lang: PageLang,
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Site<'r> {
    type Error = ();

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, ()> {
        let rocket = request.rocket();
        let site = (|| {
            Some(Site {
                db: rocket.state()?,
                settings: rocket.state()?,
                views: rocket.state()?,
                cache: rocket.state()?,
                path: request.route()?.uri.unmounted_origin.path().as_str(),
                lang: PageLang::of(request),
            })
        })();
        match site {
            Some(site) => Outcome::Success(site),
            None => Outcome::Error((Status::InternalServerError, ())),
        }
    }
}

/// The revision a page is being made at, for memoised data it uses.
#[derive(Debug, Clone, Copy)]
pub struct Revision(i64);

impl Site<'_> {
    /// The page kept for `here` in the request's language, or the one `render` makes,
    /// kept for next time. `here` names the page fully: its unprefixed path and its
    /// parsed, normalised query, as the links to other languages show it.
    pub async fn page(
        &self,
        here: String,
        render: impl AsyncFnOnce(Revision) -> AppResult<Page>,
    ) -> AppResult<Representation> {
        let key = format!("{} {here}", self.lang.lang.code());
        let lang = self.lang.clone().at(here);
        self.kept(key, async |revision| {
            let (status, content_type, body) = render(revision)
                .await?
                .render(self.views, self.path, &lang, self.settings.base_url())
                .map_err(|e| AppError::internal("rendering a public page", e))?;
            // Only a page that is the answer is kept; anything else is an error.
            if status != Status::Ok {
                return Err(AppError::internal(
                    "keeping a public page",
                    std::io::Error::other(format!("status {status} is not kept")),
                ));
            }
            Ok((content_type, body))
        })
        .await
    }

    /// The same for a body that is not a template (JSON).
    pub async fn kept(
        &self,
        key: String,
        render: impl AsyncFnOnce(Revision) -> AppResult<(ContentType, String)>,
    ) -> AppResult<Representation> {
        let revision = public_revision::current(self.db).await?;
        let body = match self.cache.page(&key, revision) {
            Some(body) => body,
            None => {
                let (content_type, body) = render(Revision(revision)).await?;
                let body = Arc::new(CachedBody::new(content_type, body.into_bytes()));
                self.cache.keep_page(key, revision, body.clone());
                body
            }
        };
        Ok(Representation {
            body,
            cache_control: CACHE_CONTROL,
            vary_language: false,
        })
    }

    /// Data shared by pages, made by `make` once per revision (and [`MAX_AGE`]).
    pub async fn memo<T: Send + Sync + 'static>(
        &self,
        name: &'static str,
        revision: Revision,
        make: impl AsyncFnOnce() -> AppResult<T>,
    ) -> AppResult<Arc<T>> {
        let now = Instant::now();
        let kept = self.cache.memos.lock().ok().and_then(|memos| {
            let kept = memos.get(name).filter(|k| k.fresh(revision.0, now))?;
            kept.value.clone().downcast::<T>().ok()
        });
        if let Some(value) = kept {
            return Ok(value);
        }
        let value = Arc::new(make().await?);
        if let Ok(mut memos) = self.cache.memos.lock() {
            let shared: Arc<dyn Any + Send + Sync> = value.clone();
            memos.insert(
                name,
                Kept {
                    revision: revision.0,
                    made: now,
                    used: now,
                    value: shared,
                },
            );
        }
        Ok(value)
    }
}
