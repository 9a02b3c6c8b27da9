//! Affiliates: the legal entities that hire. They are data; the demo set is docs/product.md, affiliates

/// A validated affiliate code such as `US` or `EMEA`: 2–8 ASCII capitals or digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AffiliateCode(String);

impl AffiliateCode {
    /// Parses a code, accepting any case; `None` when it cannot be a code.
    pub fn parse(raw: &str) -> Option<Self> {
        let code = raw.trim().to_ascii_uppercase();
        let valid =
            (2..=8).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_alphanumeric());
        valid.then_some(Self(code))
    }

    /// The code as stored and shown.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An affiliate to create on a fresh install.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AffiliateSeed {
    pub code: &'static str,
    pub legal_name: &'static str,
    pub region: &'static str,
    pub data_location: &'static str,
    pub transfer_consent_required: bool,
}

/// The affiliates of a fresh install (docs/product.md, affiliates).
pub const INITIAL_AFFILIATES: [AffiliateSeed; 3] = [
    AffiliateSeed {
        code: "US",
        legal_name: "Panopto, Inc.",
        region: "Americas",
        data_location: "United States",
        transfer_consent_required: false,
    },
    AffiliateSeed {
        code: "EMEA",
        legal_name: "Panopto EMEA, Ltd.",
        region: "EMEA",
        data_location: "United States",
        transfer_consent_required: true,
    },
    AffiliateSeed {
        code: "APAC",
        legal_name: "Panopto APAC Ltd.",
        region: "APAC",
        data_location: "United States",
        transfer_consent_required: true,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_case_insensitive_and_bounded() {
        assert_eq!(
            AffiliateCode::parse(" emea ").map(|c| c.as_str().to_owned()),
            Some("EMEA".into())
        );
        assert!(AffiliateCode::parse("U").is_none());
        assert!(AffiliateCode::parse("TOOLONGCODE").is_none());
        assert!(AffiliateCode::parse("US'--").is_none());
        assert!(AffiliateCode::parse("").is_none());
    }

    #[test]
    fn the_initial_affiliates_parse_as_codes() {
        for affiliate in INITIAL_AFFILIATES {
            assert!(AffiliateCode::parse(affiliate.code).is_some());
        }
    }
}
