//! A visitor's job search: free text plus affiliate, location and department filters.

use super::affiliate::AffiliateCode;
use super::pagination::PageNumber;
use super::text::{clean_line, search_key};

/// Longest search text kept; the rest of a longer query is ignored.
pub const MAX_QUERY_CHARS: usize = 100;
/// Longest location or department value that can match anything.
const MAX_FACET_CHARS: usize = 100;

/// Public job list page size (docs/product.md, the public site).
pub const JOBS_PER_PAGE: u64 = 20;

/// The query string of `/jobs` as it arrives: every field optional and untrusted.
#[derive(Debug, Clone, Default)]
pub struct RawJobSearch<'a> {
    pub q: Option<&'a str>,
    pub affiliate: Option<&'a str>,
    pub location: Option<&'a str>,
    pub department: Option<&'a str>,
    pub page: Option<&'a str>,
}

/// A parsed job search. Empty values mean "no filter".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobSearch {
    /// The text as the visitor typed it (cleaned), for showing back in the form.
    pub query: Option<String>,
    /// Lower-cased words of the text; a job matches when it contains every word.
    pub words: Vec<String>,
    pub affiliate: AffiliateFilter,
    pub location: Option<String>,
    pub department: Option<String>,
    pub page: PageNumber,
}

/// The affiliate filter: absent, a known-shaped code, or a value no affiliate can have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AffiliateFilter {
    Any,
    Code(AffiliateCode),
    /// Something that cannot be a code: matches no job, rather than being ignored.
    NoMatch,
}

impl JobSearch {
    /// Parses the raw query; never fails: hostile values become empty filters or
    /// filters that match nothing.
    pub fn parse(raw: RawJobSearch<'_>) -> Self {
        let query = non_empty(raw.q.map(|q| clean_line(q, MAX_QUERY_CHARS)));
        let words = query
            .as_deref()
            .map(|q| {
                search_key(q, MAX_QUERY_CHARS)
                    .split(' ')
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        let affiliate = match raw.affiliate.map(str::trim).filter(|a| !a.is_empty()) {
            None => AffiliateFilter::Any,
            Some(code) => {
                AffiliateCode::parse(code).map_or(AffiliateFilter::NoMatch, AffiliateFilter::Code)
            }
        };
        Self {
            query,
            words,
            affiliate,
            location: non_empty(raw.location.map(|l| clean_line(l, MAX_FACET_CHARS))),
            department: non_empty(raw.department.map(|d| clean_line(d, MAX_FACET_CHARS))),
            page: PageNumber::parse(raw.page),
        }
    }

    /// Whether any filter or text is set.
    pub fn is_filtered(&self) -> bool {
        !self.words.is_empty()
            || self.affiliate != AffiliateFilter::Any
            || self.location.is_some()
            || self.department.is_some()
    }
}

fn non_empty(value: Option<String>) -> Option<String> {
    value.filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_query_filters_nothing() {
        let search = JobSearch::parse(RawJobSearch::default());
        assert!(!search.is_filtered());
        assert_eq!(search.page, PageNumber::FIRST);
        let blank = JobSearch::parse(RawJobSearch {
            q: Some("  \0 "),
            affiliate: Some(" "),
            ..Default::default()
        });
        assert!(!blank.is_filtered());
    }

    #[test]
    fn words_are_lower_cased_and_bounded() {
        let search = JobSearch::parse(RawJobSearch {
            q: Some(" Rust  ENGINEER "),
            ..Default::default()
        });
        assert_eq!(search.query.as_deref(), Some("Rust ENGINEER"));
        assert_eq!(search.words, vec!["rust", "engineer"]);
        let long = "x".repeat(10 * 1024);
        let search = JobSearch::parse(RawJobSearch {
            q: Some(&long),
            ..Default::default()
        });
        assert_eq!(search.words[0].chars().count(), MAX_QUERY_CHARS);
    }

    #[test]
    fn an_impossible_affiliate_matches_nothing_instead_of_everything() {
        let search = JobSearch::parse(RawJobSearch {
            affiliate: Some("' OR 1=1 --"),
            ..Default::default()
        });
        assert_eq!(search.affiliate, AffiliateFilter::NoMatch);
        assert!(search.is_filtered());
        let search = JobSearch::parse(RawJobSearch {
            affiliate: Some("emea"),
            ..Default::default()
        });
        assert_eq!(
            search.affiliate,
            AffiliateFilter::Code(AffiliateCode::parse("EMEA").expect("code"))
        );
    }
}
