//! Page numbers and the arithmetic around them.

use serde::Serialize;

/// Highest page number accepted; beyond it the visitor gets the last real page anyway.
const MAX_PAGE: u64 = 100_000;

/// A 1-based page number, parsed leniently: anything that is not a positive number is 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageNumber(u64);

impl PageNumber {
    /// The first page.
    pub const FIRST: Self = Self(1);

    /// Parses `?page=`; junk, zero and negatives mean the first page.
    pub fn parse(raw: Option<&str>) -> Self {
        let page = raw.and_then(|r| r.trim().parse::<u64>().ok()).unwrap_or(1);
        Self(page.clamp(1, MAX_PAGE))
    }

    /// The number, from 1.
    pub fn get(self) -> u64 {
        self.0
    }
}

/// Where a page sits among all results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PageInfo {
    pub page: u64,
    pub per_page: u64,
    pub total: u64,
    pub pages: u64,
    pub prev: Option<u64>,
    pub next: Option<u64>,
}

impl PageInfo {
    /// Builds the page info for `total` results shown `per_page` at a time.
    pub fn new(page: PageNumber, per_page: u64, total: u64) -> Self {
        let pages = total.div_ceil(per_page).max(1);
        let page = page.get();
        Self {
            page,
            per_page,
            total,
            pages,
            prev: (page > 1).then(|| (page - 1).min(pages)),
            next: (page < pages).then_some(page + 1),
        }
    }

    /// Rows to skip for this page.
    pub fn offset(page: PageNumber, per_page: u64) -> u64 {
        (page.get() - 1) * per_page
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn junk_page_numbers_mean_the_first_page() {
        for raw in [
            None,
            Some(""),
            Some("0"),
            Some("-3"),
            Some("abc"),
            Some("1e9"),
            Some("99999999999999999999999"),
        ] {
            assert_eq!(PageNumber::parse(raw), PageNumber::FIRST, "{raw:?}");
        }
        assert_eq!(PageNumber::parse(Some(" 7 ")).get(), 7);
        assert_eq!(
            PageNumber::parse(Some("18446744073709551615")).get(),
            MAX_PAGE
        );
    }

    #[test]
    fn page_info_at_the_edges() {
        let first = PageInfo::new(PageNumber::FIRST, 20, 41);
        assert_eq!((first.pages, first.prev, first.next), (3, None, Some(2)));
        let last = PageInfo::new(PageNumber::parse(Some("3")), 20, 41);
        assert_eq!((last.prev, last.next), (Some(2), None));
        let exact = PageInfo::new(PageNumber::parse(Some("2")), 20, 40);
        assert_eq!((exact.pages, exact.next), (2, None));
        let empty = PageInfo::new(PageNumber::FIRST, 20, 0);
        assert_eq!((empty.pages, empty.prev, empty.next), (1, None, None));
        let beyond = PageInfo::new(PageNumber::parse(Some("9")), 20, 41);
        assert_eq!(
            (beyond.prev, beyond.next),
            (Some(3), None),
            "beyond the end links back to the last page"
        );
        assert_eq!(PageInfo::offset(PageNumber::parse(Some("3")), 20), 40);
    }
}
