//! The sensitive-data scanner (docs/product.md, applying): identification numbers with their validity
//! rules (US SSN, UK National Insurance number, payment cards with a Luhn check) and
//! phrases of each special category, from data files per language. Findings carry an
//! excerpt in which every identification number is masked.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

use regex::Regex;
use serde::{Deserialize, Serialize};

/// The phrase lists compiled in: one `category: phrase` file per language.
pub const PHRASE_LISTS: &[&str] = &[include_str!("sensitive_phrases_en.txt")];

/// Most findings reported per scanned text: enough to act on, not a wall of text.
pub const MAX_FINDINGS: usize = 20;
/// Characters of context shown on each side of a finding.
const CONTEXT_CHARS: usize = 40;
/// What masked characters become.
const MASK: char = '•';

/// A kind of sensitive data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    GovernmentId,
    PaymentCard,
    RacialOrEthnicOrigin,
    PoliticalOpinions,
    ReligionOrBeliefs,
    Health,
    Biometric,
    Genetic,
    CriminalBackground,
    TradeUnion,
}

impl Category {
    /// Every category.
    pub const ALL: [Self; 10] = [
        Self::GovernmentId,
        Self::PaymentCard,
        Self::RacialOrEthnicOrigin,
        Self::PoliticalOpinions,
        Self::ReligionOrBeliefs,
        Self::Health,
        Self::Biometric,
        Self::Genetic,
        Self::CriminalBackground,
        Self::TradeUnion,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::GovernmentId => "government_id",
            Self::PaymentCard => "payment_card",
            Self::RacialOrEthnicOrigin => "racial_or_ethnic_origin",
            Self::PoliticalOpinions => "political_opinions",
            Self::ReligionOrBeliefs => "religion_or_beliefs",
            Self::Health => "health",
            Self::Biometric => "biometric",
            Self::Genetic => "genetic",
            Self::CriminalBackground => "criminal_background",
            Self::TradeUnion => "trade_union",
        }
    }

    /// Parses a stored name.
    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == raw)
    }

    /// How people read it.
    pub fn label(self) -> &'static str {
        match self {
            Self::GovernmentId => "Government identification number",
            Self::PaymentCard => "Payment card number",
            Self::RacialOrEthnicOrigin => "Racial or ethnic origin",
            Self::PoliticalOpinions => "Political opinions",
            Self::ReligionOrBeliefs => "Religion or beliefs",
            Self::Health => "Health",
            Self::Biometric => "Biometric data",
            Self::Genetic => "Genetic data",
            Self::CriminalBackground => "Criminal background",
            Self::TradeUnion => "Trade-union membership",
        }
    }
}

/// One thing found, with its context; identification numbers in it are masked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub category: Category,
    pub excerpt: String,
}

/// A phrase list that does not parse.
#[derive(Debug, thiserror::Error)]
#[error("phrase list line {line}: {reason}")]
pub struct PhraseListError {
    line: usize,
    reason: &'static str,
}

/// The compiled detectors.
pub struct Scanner {
    ssn: Regex,
    ssn_labelled: Regex,
    nino: Regex,
    card: Regex,
    phrases: Option<Regex>,
    phrase_categories: HashMap<String, Category>,
}

fn normalise_phrase(phrase: &str) -> String {
    phrase
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl Scanner {
    /// The scanner with every compiled-in phrase list.
    pub fn new() -> Result<Self, PhraseListError> {
        Self::with_phrase_lists(PHRASE_LISTS)
    }

    /// A scanner with the given phrase lists (`category: phrase` lines, `#` comments).
    pub fn with_phrase_lists(lists: &[&str]) -> Result<Self, PhraseListError> {
        let mut phrase_categories = HashMap::new();
        for list in lists {
            for (index, line) in list.lines().enumerate() {
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let error = |reason| PhraseListError {
                    line: index + 1,
                    reason,
                };
                let (category, phrase) = line
                    .split_once(':')
                    .ok_or_else(|| error("expected `category: phrase`"))?;
                let category =
                    Category::parse(category.trim()).ok_or_else(|| error("unknown category"))?;
                let phrase = normalise_phrase(phrase);
                if phrase.is_empty() {
                    return Err(error("empty phrase"));
                }
                phrase_categories.insert(phrase, category);
            }
        }
        // Longest first, so "trade union member" wins over "union member".
        let mut phrases: Vec<&String> = phrase_categories.keys().collect();
        phrases.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        let alternatives: Vec<String> = phrases
            .iter()
            .map(|phrase| {
                let body = phrase
                    .split(' ')
                    .map(regex::escape)
                    .collect::<Vec<_>>()
                    .join(r"\s+");
                let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
                let start = if word(phrase.chars().next()) {
                    r"\b"
                } else {
                    ""
                };
                let end = if word(phrase.chars().last()) {
                    r"\b"
                } else {
                    ""
                };
                format!("{start}{body}{end}")
            })
            .collect();
        let compile = |pattern: &str| {
            Regex::new(pattern).map_err(|_| PhraseListError {
                line: 0,
                reason: "pattern",
            })
        };
        Ok(Self {
            ssn: compile(r"\b(\d{3})-(\d{2})-(\d{4})\b|\b(\d{3}) (\d{2}) (\d{4})\b")?,
            ssn_labelled: compile(
                r"(?i)\b(?:ssn|social\s+security(?:\s+(?:number|no\.?|#))?)\s*[:#]?\s*(\d{9})\b",
            )?,
            nino: compile(r"(?i)\b([a-z])([a-z])\s?(\d{2})\s?(\d{2})\s?(\d{2})\s?([a-d])\b")?,
            card: compile(r"\b\d(?:[ -]?\d){12,18}\b")?,
            phrases: if alternatives.is_empty() {
                None
            } else {
                Some(compile(&format!("(?i)(?:{})", alternatives.join("|")))?)
            },
            phrase_categories,
        })
    }

    /// Identification numbers in a text, by position, not overlapping.
    fn identification_numbers(&self, text: &str) -> Vec<(Range<usize>, Category)> {
        let mut ids = DisjointRanges::default();
        let mut add = |range, category| ids.add(range, category);
        for caps in self.ssn.captures_iter(text) {
            let group = |i: usize, j: usize| {
                caps.get(i)
                    .or_else(|| caps.get(j))
                    .map_or("", |m| m.as_str())
            };
            if valid_ssn(group(1, 4), group(2, 5), group(3, 6))
                && let Some(m) = caps.get(0)
            {
                add(m.range(), Category::GovernmentId);
            }
        }
        for caps in self.ssn_labelled.captures_iter(text) {
            if let Some(digits) = caps.get(1) {
                let d = digits.as_str();
                // `\d` also matches digits of other scripts, two or three bytes each:
                // only ASCII ones make an SSN, and only they can be sliced by byte.
                if d.is_ascii() && valid_ssn(&d[0..3], &d[3..5], &d[5..9]) {
                    add(digits.range(), Category::GovernmentId);
                }
            }
        }
        for caps in self.nino.captures_iter(text) {
            let letter = |i: usize| {
                caps.get(i)
                    .and_then(|m| m.as_str().chars().next())
                    .unwrap_or('D')
            };
            if valid_nino_prefix(letter(1), letter(2))
                && let Some(m) = caps.get(0)
            {
                add(m.range(), Category::GovernmentId);
            }
        }
        for m in self.card.find_iter(text) {
            let digits: Vec<u8> = m
                .as_str()
                .bytes()
                .filter(u8::is_ascii_digit)
                .map(|b| b - b'0')
                .collect();
            if plausible_card(&digits) {
                add(m.range(), Category::PaymentCard);
            }
        }
        ids.into_sorted()
    }

    /// The text with every identification number masked, for showing a resume to staff.
    pub fn mask_identification_numbers(&self, text: &str) -> String {
        mask_ranges(text, &self.identification_numbers(text)).0
    }

    /// Scans a text. Identification numbers are found first and masked; phrases are then
    /// looked for in the masked text, so no excerpt can show a number.
    pub fn scan(&self, text: &str) -> Vec<Finding> {
        let ids = self.identification_numbers(text);

        let (masked, id_ranges) = mask_ranges(text, &ids);
        let mut findings: Vec<(usize, Finding)> = id_ranges
            .into_iter()
            .map(|(range, category)| {
                (
                    range.start,
                    Finding {
                        category,
                        excerpt: excerpt(&masked, range),
                    },
                )
            })
            .collect();
        if let Some(phrases) = &self.phrases {
            for m in phrases.find_iter(&masked) {
                if let Some(category) = self.phrase_categories.get(&normalise_phrase(m.as_str())) {
                    findings.push((
                        m.start(),
                        Finding {
                            category: *category,
                            excerpt: excerpt(&masked, m.range()),
                        },
                    ));
                }
            }
        }
        findings.sort_by_key(|(start, _)| *start);
        findings
            .into_iter()
            .map(|(_, f)| f)
            .take(MAX_FINDINGS)
            .collect()
    }
}

/// US SSN validity: area not 000, 666 or 900–999; group not 00; serial not 0000.
pub fn valid_ssn(area: &str, group: &str, serial: &str) -> bool {
    let number = |s: &str| s.parse::<u32>().ok();
    match (number(area), number(group), number(serial)) {
        (Some(a), Some(g), Some(s)) => a != 0 && a != 666 && a < 900 && g != 0 && s != 0,
        _ => false,
    }
}

/// UK National Insurance prefix rules: first letter not D F I Q U V, second not D F I O
/// Q U V, and never BG, GB, KN, NK, NT, TN or ZZ.
pub fn valid_nino_prefix(first: char, second: char) -> bool {
    let (first, second) = (first.to_ascii_uppercase(), second.to_ascii_uppercase());
    let prefix: String = [first, second].iter().collect();
    !"DFIQUV".contains(first)
        && !"DFIOQUV".contains(second)
        && !["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"].contains(&prefix.as_str())
}

/// The Luhn checksum of a digit sequence.
pub fn luhn(digits: &[u8]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum();
    !digits.is_empty() && sum.is_multiple_of(10)
}

/// A card number: a length and issuer prefix of a real scheme, and a valid Luhn digit.
/// The prefix check keeps long phone and order numbers out.
pub fn plausible_card(digits: &[u8]) -> bool {
    let prefix = |n: usize| {
        digits
            .iter()
            .take(n)
            .fold(0u32, |acc, d| acc * 10 + u32::from(*d))
    };
    let len = digits.len();
    let scheme = match digits.first() {
        Some(4) => matches!(len, 13 | 16 | 19), // Visa
        Some(5) => (51..=55).contains(&prefix(2)) && len == 16, // Mastercard
        Some(2) => (2221..=2720).contains(&prefix(4)) && len == 16, // Mastercard
        Some(3) => {
            matches!(prefix(2), 34 | 37) && len == 15                                 // Amex
            || (prefix(2) == 35 && (16..=19).contains(&len))                                 // JCB
            || (matches!(prefix(2), 30 | 36 | 38) && len == 14)
        } // Diners
        Some(6) => {
            (prefix(4) == 6011
                || prefix(2) == 65
                || (644..=649).contains(&prefix(3))
                || prefix(2) == 62)
                && (16..=19).contains(&len)
        } // Discover, UnionPay
        _ => false,
    };
    scheme && luhn(digits)
}

/// Replaces each range's letters and digits with the mask, except the last four; returns
/// the masked text and where each range now lies in it.
fn mask_ranges(
    text: &str,
    ranges: &[(Range<usize>, Category)],
) -> (String, Vec<(Range<usize>, Category)>) {
    let mut out = String::with_capacity(text.len() + ranges.len() * 16);
    let mut moved = Vec::with_capacity(ranges.len());
    let mut at = 0;
    for (range, category) in ranges {
        out.push_str(&text[at..range.start]);
        let start = out.len();
        let part = &text[range.clone()];
        let keep_from = part
            .chars()
            .filter(|c| c.is_alphanumeric())
            .count()
            .saturating_sub(4);
        let mut seen = 0;
        for c in part.chars() {
            if c.is_alphanumeric() {
                out.push(if seen < keep_from { MASK } else { c });
                seen += 1;
            } else {
                out.push(c);
            }
        }
        moved.push((start..out.len(), *category));
        at = range.end;
    }
    out.push_str(&text[at..]);
    (out, moved)
}

/// The finding with some context on each side, on one line.
fn excerpt(text: &str, range: Range<usize>) -> String {
    let before: String = {
        let chars: Vec<char> = text[..range.start]
            .chars()
            .rev()
            .take(CONTEXT_CHARS)
            .collect();
        chars.into_iter().rev().collect()
    };
    let after: String = text[range.end..].chars().take(CONTEXT_CHARS).collect();
    let lead = if before.chars().count() == CONTEXT_CHARS {
        "…"
    } else {
        ""
    };
    let tail = if after.chars().count() == CONTEXT_CHARS {
        "…"
    } else {
        ""
    };
    let joined = format!("{lead}{before}{}{after}{tail}", &text[range]);
    joined.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Ranges found in a text, the first found winning where two overlap.
#[derive(Default)]
struct DisjointRanges(BTreeMap<usize, (Range<usize>, Category)>);

impl DisjointRanges {
    /// Keeps `range` unless it overlaps one kept. Kept ranges never overlap, so their ends
    /// grow with their starts and only the last one starting before `range` ends can
    /// overlap it: one lookup, where checking every kept range cost the square of their
    /// count (0.7 s for 512 KiB of SSNs, docs/fuzzing.md).
    fn add(&mut self, range: Range<usize>, category: Category) {
        let overlaps = self
            .0
            .range(..range.end)
            .next_back()
            .is_some_and(|(_, (kept, _))| kept.end > range.start);
        if !overlaps {
            self.0.insert(range.start, (range, category));
        }
    }

    fn into_sorted(self) -> Vec<(Range<usize>, Category)> {
        self.0.into_values().collect()
    }
}

#[cfg(test)]
mod disjoint_tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn one_lookup_keeps_what_checking_every_kept_range_keeps(
            found in proptest::collection::vec((0usize..300, 1usize..25, any::<bool>()), 0..120)
        ) {
            let category = |card: bool| if card { Category::PaymentCard } else { Category::GovernmentId };
            let mut fast = DisjointRanges::default();
            let mut every: Vec<(Range<usize>, Category)> = Vec::new();
            for &(start, len, card) in &found {
                let range = start..start + len;
                fast.add(range.clone(), category(card));
                if !every.iter().any(|(r, _)| r.start < range.end && range.start < r.end) {
                    every.push((range, category(card)));
                }
            }
            every.sort_by_key(|(range, _)| range.start);
            prop_assert_eq!(fast.into_sorted(), every);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scanner() -> Scanner {
        Scanner::new().expect("compiled-in lists parse")
    }

    fn categories(text: &str) -> Vec<Category> {
        scanner()
            .scan(text)
            .into_iter()
            .map(|f| f.category)
            .collect()
    }

    #[test]
    fn ssns_are_found_with_their_validity_rules() {
        assert_eq!(
            categories("My SSN is 123-45-6789."),
            vec![Category::GovernmentId]
        );
        assert_eq!(categories("ssn: 123456789"), vec![Category::GovernmentId]);
        assert_eq!(
            categories("number 123 45 6789"),
            vec![Category::GovernmentId]
        );
        for invalid in [
            "000-12-3456",
            "666-12-3456",
            "900-12-3456",
            "999-12-3456",
            "123-00-4567",
            "123-45-0000",
        ] {
            assert!(categories(invalid).is_empty(), "{invalid}");
        }
        assert!(
            categories("call 555-123-4567 or order 123456789").is_empty(),
            "phone and bare numbers are not SSNs"
        );
    }

    #[test]
    fn uk_national_insurance_numbers_are_found_with_their_prefix_rules() {
        assert_eq!(
            categories("NI number: QQ 12 34 56 C"),
            vec![],
            "QQ is not a valid prefix"
        );
        assert_eq!(
            categories("NI number: AB 12 34 56 C"),
            vec![Category::GovernmentId]
        );
        assert_eq!(categories("ni ab123456c"), vec![Category::GovernmentId]);
        for invalid in [
            "GB123456A",
            "BG123456A",
            "DA123456A",
            "AO123456A",
            "AB123456E",
            "AB12345C",
        ] {
            assert!(categories(invalid).is_empty(), "{invalid}");
        }
    }

    #[test]
    fn card_numbers_need_a_scheme_prefix_and_a_luhn_digit() {
        assert_eq!(
            categories("card 4111 1111 1111 1111 exp 12/29"),
            vec![Category::PaymentCard]
        );
        assert_eq!(
            categories("5500-0000-0000-0004"),
            vec![Category::PaymentCard]
        );
        assert_eq!(
            categories("amex 378282246310005"),
            vec![Category::PaymentCard]
        );
        assert!(
            categories("4111 1111 1111 1112").is_empty(),
            "bad check digit"
        );
        assert!(
            categories("9111 1111 1111 1111").is_empty(),
            "no such scheme"
        );
        assert!(
            categories("+44 20 7946 0958 0000").is_empty(),
            "phone numbers"
        );
        assert!(luhn(&[7, 9, 9, 2, 7, 3, 9, 8, 7, 1, 3]));
        assert!(!luhn(&[]));
    }

    #[test]
    fn phrases_of_each_category_are_found_in_any_case_across_line_breaks() {
        let cases = [
            ("I was DIAGNOSED\nwith asthma", Category::Health),
            ("My religion is important", Category::ReligionOrBeliefs),
            (
                "I am a member of the Labour Party",
                Category::PoliticalOpinions,
            ),
            ("my ethnicity is", Category::RacialOrEthnicOrigin),
            ("I took a DNA test", Category::Genetic),
            ("fingerprint data", Category::Biometric),
            ("I have a criminal record", Category::CriminalBackground),
            ("shop steward for six years", Category::TradeUnion),
        ];
        for (text, category) in cases {
            assert_eq!(categories(text), vec![category], "{text}");
        }
    }

    #[test]
    fn ordinary_resume_language_is_not_flagged() {
        let resume = "Led the health-tech platform team at Union Square Ventures. Built race-free \
            concurrent code, improved the conviction rate of our sales pitches, wrote political-science \
            essays, ran the Church Street office. Python, Rust, SQL. Tel +1 206 555 0100. Order 1234567890123.";
        assert!(
            scanner().scan(resume).is_empty(),
            "{:?}",
            scanner().scan(resume)
        );
    }

    #[test]
    fn excerpts_mask_every_identification_number_in_their_context() {
        let text = "Contact: SSN 123-45-6789 and card 4111111111111111; I was diagnosed with flu.";
        let findings = scanner().scan(text);
        assert_eq!(
            findings.iter().map(|f| f.category).collect::<Vec<_>>(),
            vec![
                Category::GovernmentId,
                Category::PaymentCard,
                Category::Health
            ]
        );
        for finding in &findings {
            assert!(
                !finding.excerpt.contains("123-45") && !finding.excerpt.contains("411111"),
                "{}",
                finding.excerpt
            );
        }
        assert!(
            findings[0].excerpt.contains("•••-••-6789"),
            "{}",
            findings[0].excerpt
        );
        assert!(findings[2].excerpt.contains("diagnosed with"));
    }

    #[test]
    fn findings_are_capped_and_excerpts_are_short() {
        let text = "diagnosed with x. ".repeat(100);
        let findings = scanner().scan(&text);
        assert_eq!(findings.len(), MAX_FINDINGS);
        assert!(
            findings
                .iter()
                .all(|f| f.excerpt.chars().count() <= 2 * CONTEXT_CHARS + 20)
        );
    }

    #[test]
    fn phrase_lists_are_data_and_bad_lines_are_reported() {
        let scanner =
            Scanner::with_phrase_lists(&["health: tengo diabetes\n# comment\n"]).expect("list");
        assert_eq!(scanner.scan("Tengo  Diabetes").len(), 1);
        assert!(Scanner::with_phrase_lists(&["nonsense line"]).is_err());
        assert!(Scanner::with_phrase_lists(&["astrology: my sign"]).is_err());
        assert!(Scanner::with_phrase_lists(&["health:   "]).is_err());
    }

    #[test]
    fn labelled_numbers_in_digits_of_other_scripts_are_not_ssns() {
        // Found by fuzzing (docs/fuzzing.md): `\d{9}` matched these and slicing the
        // match at byte 3 panicked inside a two- or three-byte digit.
        for text in [
            "ssn: 12٣456789",
            "SSN ١٢٣٤٥٦٧٨٩",
            "social security number １２３４５６７８９",
        ] {
            assert!(categories(text).is_empty(), "{text}");
            assert_eq!(scanner().mask_identification_numbers(text), text);
        }
    }

    #[test]
    fn any_text_scans_without_panicking() {
        let hostile = [
            "",
            "\u{0}",
            "é".repeat(10_000).as_str(),
            "123-45-6789".repeat(1000).as_str(),
            "٣٤٥-٦٧-٨٩٠١",
        ]
        .map(str::to_owned);
        for text in hostile {
            let _findings = scanner().scan(&text);
        }
    }
}
