//! The sensitive-data scanner (docs/product.md, applying; docs/languages.md): the
//! identification numbers of `national_id` (each with its check rule) and phrases of
//! each special category, from every language's `locales/<lang>/sensitive-phrases.txt`.
//! Findings carry an excerpt in which every identification number is masked.

use std::collections::HashMap;
use std::ops::Range;

use regex::Regex;

use super::national_id::{IdDetector, IdKind};
use serde::{Deserialize, Serialize};

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
    ids: IdDetector,
    phrases: Option<Regex>,
    phrase_categories: HashMap<String, Category>,
}

/// Scripts written without spaces between words: a phrase in them is matched anywhere,
/// since `\b` would never find a boundary inside a sentence.
fn unspaced(c: char) -> bool {
    matches!(c,
        '\u{3040}'..='\u{30FF}'   // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // CJK compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}' // half-width Katakana
        | '\u{20000}'..='\u{2FA1F}')
}

fn normalise_phrase(phrase: &str) -> String {
    phrase
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl Scanner {
    /// The scanner with every language's phrase list.
    pub fn new() -> Result<Self, PhraseListError> {
        let lists: Vec<&str> = crate::i18n::phrase_lists().map(|(_, list)| list).collect();
        Self::with_phrase_lists(&lists)
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
                let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() && !unspaced(c));
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
            ids: IdDetector::new(),
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
        self.ids
            .find(text)
            .into_iter()
            .map(|found| {
                let category = match found.kind {
                    IdKind::PaymentCard => Category::PaymentCard,
                    _ => Category::GovernmentId,
                };
                (found.range, category)
            })
            .collect()
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
