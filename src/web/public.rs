//! The public careers site (docs/product.md, the public site): home, job list, job page, application form.

use rocket::{Either, get, routes};
use sea_orm::DatabaseConnection;
use serde::Serialize;

use super::cached::Representation;
use super::job_view::{JobDetail, JobSummary};
use super::jsonld;
use super::locale::{AcceptLanguage, LanguageRedirect};
use super::public_cache::{Revision, Site};
use super::views::Page;
use crate::domain::job::{JobStatus, PublicAccess, is_slug};
use crate::domain::job_search::{AffiliateFilter, JOBS_PER_PAGE, JobSearch, RawJobSearch};
use crate::domain::pagination::PageInfo;
use crate::error::{AppError, AppResult};
use crate::i18n::Lang;
use crate::store::affiliates;
use crate::store::jobs::{self, JobWithAffiliate};

/// The routes of this area.
pub fn routes() -> Vec<rocket::Route> {
    routes![home, job_list, job_page]
}

/// `/jobs` query parameters, all optional and untrusted.
#[derive(Debug, Default, rocket::FromForm)]
pub struct JobQuery {
    pub q: Option<String>,
    pub affiliate: Option<String>,
    pub location: Option<String>,
    pub department: Option<String>,
    pub page: Option<String>,
}

impl JobQuery {
    /// Parses the query into a search; never fails.
    pub fn search(&self) -> JobSearch {
        JobSearch::parse(RawJobSearch {
            q: self.q.as_deref(),
            affiliate: self.affiliate.as_deref(),
            location: self.location.as_deref(),
            department: self.department.as_deref(),
            page: self.page.as_deref(),
        })
    }
}

/// What the list template needs: results, paging links and the filter form's options.
#[derive(Serialize)]
struct ListView {
    jobs: Vec<JobSummary>,
    info: PageInfo,
    prev_url: Option<String>,
    next_url: Option<String>,
    filtered: bool,
    q: Option<String>,
    affiliate: Option<String>,
    location: Option<String>,
    department: Option<String>,
    affiliates: Vec<Choice>,
    locations: Vec<String>,
    departments: Vec<String>,
}

#[derive(Clone, Serialize)]
struct Choice {
    value: String,
    label: String,
}

/// The filter form's choices, the same for every search until a job changes.
struct Choices {
    affiliates: Vec<Choice>,
    locations: Vec<String>,
    departments: Vec<String>,
}

async fn list_view(site: &Site<'_>, revision: Revision, search: &JobSearch) -> AppResult<ListView> {
    let lang = site.lang.lang;
    let (found, total) = jobs::search_open(site.db, search, JOBS_PER_PAGE).await?;
    let found = jobs::translated(site.db, found, lang).await?;
    let choices = site
        .memo("job-list-choices", revision, async || {
            let facets = jobs::open_facets(site.db).await?;
            let affiliates = affiliates::all(site.db).await?;
            Ok(Choices {
                affiliates: affiliates
                    .into_iter()
                    .map(|a| Choice {
                        label: format!("{} ({})", a.legal_name, a.region),
                        value: a.code,
                    })
                    .collect(),
                locations: facets.locations,
                departments: facets.departments,
            })
        })
        .await?;
    let info = PageInfo::new(search.page, JOBS_PER_PAGE, total);
    Ok(ListView {
        jobs: found
            .iter()
            .map(|j| JobSummary::new(j, site.settings.base_url(), lang))
            .collect(),
        prev_url: info.prev.map(|p| list_url(search, p)),
        next_url: info.next.map(|p| list_url(search, p)),
        info,
        filtered: search.is_filtered(),
        q: search.query.clone(),
        affiliate: match &search.affiliate {
            AffiliateFilter::Code(code) => Some(code.as_str().to_owned()),
            _ => None,
        },
        location: search.location.clone(),
        department: search.department.clone(),
        affiliates: choices.affiliates.clone(),
        locations: choices.locations.clone(),
        departments: choices.departments.clone(),
    })
}

/// The `/jobs` address (unprefixed) of a page of the same search; the first page has
/// no `page` parameter.
fn list_url(search: &JobSearch, page: u64) -> String {
    let mut pairs: Vec<(&str, String)> = Vec::new();
    if let Some(q) = &search.query {
        pairs.push(("q", q.clone()));
    }
    if let AffiliateFilter::Code(code) = &search.affiliate {
        pairs.push(("affiliate", code.as_str().to_owned()));
    }
    if let Some(location) = &search.location {
        pairs.push(("location", location.clone()));
    }
    if let Some(department) = &search.department {
        pairs.push(("department", department.clone()));
    }
    if page > 1 {
        pairs.push(("page", page.to_string()));
    }
    let query: Vec<String> = pairs
        .iter()
        .map(|(k, v)| format!("{k}={}", encode_component(v)))
        .collect();
    if query.is_empty() {
        "/jobs".to_owned()
    } else {
        format!("/jobs?{}", query.join("&"))
    }
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
fn encode_component(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The careers home. At `/` (not `/de`), a browser preferring another language we
/// have is sent there; that is the only redirect by language.
#[get("/")]
async fn home(
    site: Site<'_>,
    accepted: AcceptLanguage<'_>,
) -> AppResult<Either<LanguageRedirect, Representation>> {
    let at_root = site.lang.lang.is_default();
    if at_root && let Some(lang) = accepted.preferred().filter(|lang| !lang.is_default()) {
        return Ok(Either::Left(LanguageRedirect::to(lang)));
    }
    let search = JobQuery::default().search();
    let mut page = site
        .page("/".to_owned(), async |revision| {
            let view = list_view(&site, revision, &search).await?;
            Ok(Page::new("public/home.html").with("list", &view))
        })
        .await?;
    page.vary_language = at_root;
    Ok(Either::Right(page))
}

#[get("/jobs?<query..>")]
async fn job_list(query: JobQuery, site: Site<'_>) -> AppResult<Representation> {
    let search = query.search();
    // The parsed search names the page whatever order or spelling the query had.
    site.page(list_url(&search, search.page.get()), async |revision| {
        let view = list_view(&site, revision, &search).await?;
        Ok(Page::new("public/jobs.html").with("list", &view))
    })
    .await
}

/// A job by slug, as the public may see it, with its translation into `lang`.
pub(super) async fn public_job(
    db: &DatabaseConnection,
    slug: &str,
    lang: Lang,
) -> AppResult<(JobWithAffiliate, PublicAccess)> {
    if !is_slug(slug) {
        return Err(AppError::NotFound);
    }
    let job = jobs::find_by_slug(db, slug)
        .await?
        .ok_or(AppError::NotFound)?;
    let status = JobStatus::parse(&job.job.status).ok_or(AppError::NotFound)?;
    let job = jobs::translated(db, vec![job], lang)
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    Ok((job, PublicAccess::from(status)))
}

#[get("/jobs/<slug>")]
async fn job_page(slug: &str, site: Site<'_>) -> AppResult<Representation> {
    site.page(format!("/jobs/{slug}"), async |_| {
        let lang = site.lang.lang;
        let (job, access) = public_job(site.db, slug, lang).await?;
        if access != PublicAccess::Open {
            return Err(AppError::NotFound);
        }
        let detail = JobDetail::new(&job, site.settings.base_url(), lang);
        let json_ld = jsonld::to_script_text(&jsonld::job_posting(
            &job,
            &detail,
            site.settings.base_url(),
        ));
        Ok(Page::new("public/job.html")
            .with("job", &detail)
            .with("json_ld", &json_ld))
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paging_links_keep_every_filter_encoded() {
        let query = JobQuery {
            q: Some("C++ & Rust".into()),
            affiliate: Some("emea".into()),
            location: Some("Seattle, WA".into()),
            department: None,
            page: Some("2".into()),
        };
        assert_eq!(
            list_url(&query.search(), 3),
            "/jobs?q=C%2B%2B%20%26%20Rust&affiliate=EMEA&location=Seattle%2C%20WA&page=3"
        );
        assert_eq!(list_url(&JobQuery::default().search(), 1), "/jobs");
    }
}
