//! Identification numbers of the affiliates' main countries in free text, each with its
//! check rule (docs/languages.md, sensitive data): the scanner (`sensitive.rs`) masks
//! and reports what [`IdDetector::find`] finds. [`IdDetector::find`] locates candidate
//! numbers with ASCII-only regular expressions, checks that each candidate
//! stands alone (explicit boundary rules, see below), validates it with the
//! check rule of its kind, and returns the surviving matches sorted and
//! non-overlapping.
//!
//! # Boundary rules
//!
//! Only ASCII letters and digits count as "word" characters; the regexes use
//! `[0-9]`, never `\d` or `\b` (both are Unicode-aware in the `regex` crate).
//! Because every pattern matches only ASCII bytes, every range starts and
//! ends on a char boundary. A candidate is rejected when:
//!
//! * the character just before or after it is an ASCII letter or digit
//!   (it is part of a longer token), or the character before it is `+`
//!   (an international phone number);
//! * it touches `-`, `.` or `/` that is itself followed (after the
//!   candidate) or preceded (before it) by an ASCII digit, e.g.
//!   `2024-123-45-6789` or `86095742719-1` (part of a longer number);
//! * it is written with spaces between digit groups and continues into
//!   another space-separated digit group (`1234 5678 9012 3456` is not three
//!   quarters of a My Number). A following group that runs straight into a
//!   `/` is allowed, so a card followed by its expiry `12/25` is still found.
//!
//! # Precedence
//!
//! When candidates overlap, the earlier-starting one wins, then the longer
//! one. When two kinds claim exactly the same characters, the more specific
//! kind wins, in this order (most specific first): Chinese resident ID
//! (fixed structure + date + MOD 11-2), French NIR (structure + MOD 97 key),
//! Singapore NRIC, Spanish NIE, Spanish DNI (check letters), UK NINO (fixed
//! letter structure, no check character), German tax ID (check digit +
//! digit-repetition rule), Japanese My Number (check digit only), US SSN
//! (range rules only), payment card (Luhn only, over a broad length band).
//! In practice only the Chinese ID and 18-digit cards with a `35`, `62` or
//! `65` prefix can collide.

use regex::Regex;
use std::ops::Range;

/// Which identification number a match is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IdKind {
    UsSsn,
    UkNino,
    DeTaxId,
    FrNir,
    EsDni,
    EsNie,
    JpMyNumber,
    CnResidentId,
    SgNric,
    PaymentCard,
}

impl IdKind {
    /// Every kind, in declaration order.
    pub const ALL: [IdKind; 10] = [
        IdKind::UsSsn,
        IdKind::UkNino,
        IdKind::DeTaxId,
        IdKind::FrNir,
        IdKind::EsDni,
        IdKind::EsNie,
        IdKind::JpMyNumber,
        IdKind::CnResidentId,
        IdKind::SgNric,
        IdKind::PaymentCard,
    ];

    /// A short English description of the kind.
    pub fn label(self) -> &'static str {
        match self {
            IdKind::UsSsn => "US Social Security number (SSN)",
            IdKind::UkNino => "UK National Insurance number (NINO)",
            IdKind::DeTaxId => "German tax ID (Steuer-IdNr)",
            IdKind::FrNir => "French social security number (NIR)",
            IdKind::EsDni => "Spanish national identity number (DNI)",
            IdKind::EsNie => "Spanish foreigner identity number (NIE)",
            IdKind::JpMyNumber => "Japanese Individual Number (My Number)",
            IdKind::CnResidentId => "Chinese resident identity card number",
            IdKind::SgNric => "Singapore NRIC/FIN",
            IdKind::PaymentCard => "Payment card number",
        }
    }

    /// Rank used when two kinds match exactly the same text; lower wins.
    fn specificity_rank(self) -> u8 {
        match self {
            IdKind::CnResidentId => 0,
            IdKind::FrNir => 1,
            IdKind::SgNric => 2,
            IdKind::EsNie => 3,
            IdKind::EsDni => 4,
            IdKind::UkNino => 5,
            IdKind::DeTaxId => 6,
            IdKind::JpMyNumber => 7,
            IdKind::UsSsn => 8,
            IdKind::PaymentCard => 9,
        }
    }
}

/// One number found: its byte range in the text and its kind.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IdMatch {
    pub range: Range<usize>,
    pub kind: IdKind,
}

/// One candidate pattern: a regex for one written form of one kind.
struct Pattern {
    kind: IdKind,
    regex: Regex,
    /// Bare nine-digit SSNs count only after a label such as "SSN".
    needs_ssn_label: bool,
}

/// (kind, regex source, needs an SSN label). ASCII classes only.
const PATTERNS: &[(IdKind, &str, bool)] = &[
    // US SSN: 123-45-6789, 123 45 6789, or 9 bare digits after a label.
    (IdKind::UsSsn, r"[0-9]{3}-[0-9]{2}-[0-9]{4}", false),
    (IdKind::UsSsn, r"[0-9]{3} [0-9]{2} [0-9]{4}", false),
    (IdKind::UsSsn, r"[0-9]{9}", true),
    // UK NINO: AB123456C, AB 12 34 56 C, in either case (people type it both ways;
    // the prefix rules keep ordinary words out).
    (
        IdKind::UkNino,
        r"[A-Za-z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-Da-d]",
        false,
    ),
    // German tax ID: 11 bare digits or 12 345 678 901.
    (IdKind::DeTaxId, r"[0-9]{11}", false),
    (
        IdKind::DeTaxId,
        r"[0-9]{2} [0-9]{3} [0-9]{3} [0-9]{3}",
        false,
    ),
    // French NIR: bare, bare + spaced key, fully spaced (metropolitan and
    // overseas 97x/98x department layout).
    (
        IdKind::FrNir,
        r"[12][0-9]{4}(?:[0-9]{2}|2[ABab])[0-9]{8}",
        false,
    ),
    (
        IdKind::FrNir,
        r"[12][0-9]{4}(?:[0-9]{2}|2[ABab])[0-9]{6} [0-9]{2}",
        false,
    ),
    (
        IdKind::FrNir,
        r"[12] [0-9]{2} [0-9]{2} (?:[0-9]{2}|2[ABab]) [0-9]{3} [0-9]{3} [0-9]{2}",
        false,
    ),
    (
        IdKind::FrNir,
        r"[12] [0-9]{2} [0-9]{2} 9[78][0-9] [0-9]{2} [0-9]{3} [0-9]{2}",
        false,
    ),
    // Spanish DNI: 12345678Z, 12345678-Z, 12.345.678-Z.
    (IdKind::EsDni, r"[0-9]{8}-?[A-Za-z]", false),
    (
        IdKind::EsDni,
        r"[0-9]{2}\.[0-9]{3}\.[0-9]{3}-?[A-Za-z]",
        false,
    ),
    // Spanish NIE: X1234567L, X-1234567-L.
    (IdKind::EsNie, r"[XYZxyz]-?[0-9]{7}-?[A-Za-z]", false),
    // Japanese My Number: 12 bare digits, 1234 5678 9012, 1234-5678-9012.
    (IdKind::JpMyNumber, r"[0-9]{12}", false),
    (IdKind::JpMyNumber, r"[0-9]{4} [0-9]{4} [0-9]{4}", false),
    (IdKind::JpMyNumber, r"[0-9]{4}-[0-9]{4}-[0-9]{4}", false),
    // Chinese resident ID: 18 characters, or 6 8 4 grouping.
    (IdKind::CnResidentId, r"[0-9]{17}[0-9Xx]", false),
    (
        IdKind::CnResidentId,
        r"[0-9]{6} [0-9]{8} [0-9]{3}[0-9Xx]",
        false,
    ),
    // Singapore NRIC/FIN: S1234567D.
    (IdKind::SgNric, r"[STFGMstfgm][0-9]{7}[A-Za-z]", false),
    // Payment cards: bare 13-19 digits, or groups of four separated by one
    // space or one dash (last group 1-4 digits), or Amex 4-6-5.
    (IdKind::PaymentCard, r"[0-9]{13,19}", false),
    (
        IdKind::PaymentCard,
        r"[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{1,4}",
        false,
    ),
    (
        IdKind::PaymentCard,
        r"[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4} [0-9]{1,3}",
        false,
    ),
    (IdKind::PaymentCard, r"[0-9]{4} [0-9]{6} [0-9]{5}", false),
    (
        IdKind::PaymentCard,
        r"[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{1,4}",
        false,
    ),
    (
        IdKind::PaymentCard,
        r"[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{1,3}",
        false,
    ),
    (IdKind::PaymentCard, r"[0-9]{4}-[0-9]{6}-[0-9]{5}", false),
];

/// Labels that license a bare nine-digit SSN (compared in ASCII lower case).
const SSN_LABELS: &[&str] = &[
    "ssn",
    "social security",
    "soc sec",
    "soc. sec",
    "ss#",
    "ss no",
    "ss num",
];

/// How many characters may separate the end of an SSN label from the number.
const SSN_LABEL_DISTANCE: usize = 20;

/// Compiled detectors (build once, reuse; `Send + Sync`).
pub struct IdDetector {
    patterns: Vec<Pattern>,
}

impl Default for IdDetector {
    fn default() -> Self {
        Self::new()
    }
}

impl IdDetector {
    /// Compiles every pattern. The patterns are constants covered by tests,
    /// so none can fail to compile; a failing one would simply be skipped.
    pub fn new() -> Self {
        let patterns = PATTERNS
            .iter()
            .filter_map(|&(kind, source, needs_ssn_label)| {
                Regex::new(source).ok().map(|regex| Pattern {
                    kind,
                    regex,
                    needs_ssn_label,
                })
            })
            .collect();
        IdDetector { patterns }
    }

    /// Every valid number in `text`, sorted by start, non-overlapping (when
    /// two candidates overlap the earlier-starting one is kept, then the
    /// longer one, then the more specific kind). Ranges lie on char
    /// boundaries.
    pub fn find(&self, text: &str) -> Vec<IdMatch> {
        let mut candidates = Vec::new();
        for pattern in &self.patterns {
            let mut pos = 0;
            // Restart one character after each match start, so that a failed
            // candidate never hides a valid one that overlaps it.
            while let Some(m) = pattern.regex.find_at(text, pos) {
                let range = m.start()..m.end();
                if stands_alone(text, &range)
                    && (!pattern.needs_ssn_label || has_ssn_label(text, range.start))
                    && candidate_is_valid(pattern.kind, m.as_str())
                {
                    candidates.push(IdMatch {
                        range: range.clone(),
                        kind: pattern.kind,
                    });
                }
                pos = next_start(text, range.start);
                if pos >= text.len() {
                    break;
                }
            }
        }
        resolve_overlaps(candidates)
    }
}

/// The first position after `start` where a number could stand alone: one not
/// preceded by an ASCII letter, digit or `+` (see [`stands_alone`]). Skipping the rest
/// keeps a long run of digits linear instead of one search per digit.
fn next_start(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut at = start + 1;
    while at < bytes.len()
        && (!text.is_char_boundary(at)
            || bytes[at - 1].is_ascii_alphanumeric()
            || bytes[at - 1] == b'+')
    {
        at += 1;
    }
    at
}

/// Sorts by start, then longer first, then specificity, and keeps a greedy
/// non-overlapping selection.
fn resolve_overlaps(mut candidates: Vec<IdMatch>) -> Vec<IdMatch> {
    candidates.sort_by(|a, b| {
        a.range
            .start
            .cmp(&b.range.start)
            .then(b.range.end.cmp(&a.range.end))
            .then(a.kind.specificity_rank().cmp(&b.kind.specificity_rank()))
    });
    let mut kept: Vec<IdMatch> = Vec::with_capacity(candidates.len());
    for candidate in candidates {
        let free = kept
            .last()
            .is_none_or(|last| candidate.range.start >= last.range.end);
        if free {
            kept.push(candidate);
        }
    }
    kept
}

/// Validates the matched text of a candidate of the given kind.
fn candidate_is_valid(kind: IdKind, s: &str) -> bool {
    match kind {
        IdKind::UsSsn => {
            let digits = ascii_digits(s);
            digits.len() == 9 && valid_ssn(&digits[0..3], &digits[3..5], &digits[5..9])
        }
        IdKind::UkNino => valid_nino(s),
        IdKind::DeTaxId => valid_de_tax_id(ascii_digits(s).as_bytes()),
        IdKind::FrNir => valid_fr_nir(s),
        IdKind::EsDni => valid_es_dni(s),
        IdKind::EsNie => valid_es_nie(s),
        IdKind::JpMyNumber => valid_jp_my_number(ascii_digits(s).as_bytes()),
        IdKind::CnResidentId => valid_cn_resident_id(s),
        IdKind::SgNric => valid_sg_nric(s),
        IdKind::PaymentCard => luhn(ascii_digits(s).as_bytes()),
    }
}

/// The ASCII digits of `s`, in order.
fn ascii_digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '.' | '/')
}

fn is_ascii_digit_opt(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_ascii_digit())
}

/// The explicit boundary rules described in the module documentation.
fn stands_alone(text: &str, range: &Range<usize>) -> bool {
    let mut before = text[..range.start].chars().rev();
    let mut after = text[range.end..].chars();
    let (b1, b2) = (before.next(), before.next());
    let (a1, a2) = (after.next(), after.next());

    if b1.is_some_and(|c| c.is_ascii_alphanumeric() || c == '+')
        || a1.is_some_and(|c| c.is_ascii_alphanumeric())
    {
        return false;
    }
    if (b1.is_some_and(is_joiner) && is_ascii_digit_opt(b2))
        || (a1.is_some_and(is_joiner) && is_ascii_digit_opt(a2))
    {
        return false;
    }
    if text[range.clone()].contains(' ') {
        if b1 == Some(' ') && is_ascii_digit_opt(b2) {
            return false;
        }
        if a1 == Some(' ') && is_ascii_digit_opt(a2) {
            // " 12/25" (an expiry date or similar) is not another group.
            let rest = &text[range.end + 1..];
            let run = rest.bytes().take_while(u8::is_ascii_digit).count();
            if rest.as_bytes().get(run) != Some(&b'/') {
                return false;
            }
        }
    }
    true
}

/// Whether an SSN label ends at most [`SSN_LABEL_DISTANCE`] characters
/// before `start`.
fn has_ssn_label(text: &str, start: usize) -> bool {
    let longest = SSN_LABELS.iter().map(|l| l.len()).fold(0, usize::max);
    let prefix = &text[..start];
    let window_start = prefix
        .char_indices()
        .rev()
        .take(SSN_LABEL_DISTANCE + longest)
        .last()
        .map_or(start, |(i, _)| i);
    // ASCII lower-casing keeps byte offsets unchanged.
    let window = prefix[window_start..].to_ascii_lowercase();
    SSN_LABELS.iter().any(|label| {
        window.match_indices(label).any(|(at, _)| {
            let starts_word = !window[..at]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_ascii_alphanumeric());
            let gap = window[at + label.len()..].chars().count();
            starts_word && gap <= SSN_LABEL_DISTANCE
        })
    })
}

/// Digit values from either ASCII digits (`b'0'..=b'9'`) or raw values
/// (`0..=9`); `None` if any element is neither.
fn digit_values(digits: &[u8]) -> Option<Vec<u8>> {
    digits
        .iter()
        .map(|&b| match b {
            0..=9 => Some(b),
            b'0'..=b'9' => Some(b - b'0'),
            _ => None,
        })
        .collect()
}

/// Removes spaces, hyphens and dots, and upper-cases ASCII letters.
fn compact(raw: &str) -> Vec<u8> {
    raw.bytes()
        .filter(|b| !matches!(b, b' ' | b'-' | b'.'))
        .map(|b| b.to_ascii_uppercase())
        .collect()
}

/// Value of a run of ASCII digits, or `None` if any byte is not a digit.
fn number(bytes: &[u8]) -> Option<u64> {
    bytes.iter().try_fold(0u64, |acc, &b| {
        b.is_ascii_digit()
            .then(|| acc.wrapping_mul(10).wrapping_add(u64::from(b - b'0')))
    })
}

/// US Social Security number.
///
/// Rules (SSA, "Social Security Number Randomization", 2011, and POMS
/// RM 10201.035): area (3 digits) not 000, not 666, not 900-999; group
/// (2 digits) not 00; serial (4 digits) not 0000. Each part must be exactly
/// that many ASCII digits.
pub fn valid_ssn(area: &str, group: &str, serial: &str) -> bool {
    let all_digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    all_digits(area, 3)
        && all_digits(group, 2)
        && all_digits(serial, 4)
        && area != "000"
        && area != "666"
        && !area.starts_with('9')
        && group != "00"
        && serial != "0000"
}

/// UK National Insurance number, e.g. `AB123456C` or `AB 12 34 56 C`.
///
/// Rules (HMRC National Insurance Manual NIM39110): two prefix letters, six
/// digits, suffix A, B, C or D. Neither prefix letter is D, F, I, Q, U or V;
/// the second is not O; the prefixes BG, GB, KN, NK, NT, TN and ZZ are not
/// used. The administrative pseudo-prefixes that NIM39110 lists as "not
/// valid prefixes" (CR, FY, MW, NC, PP, PY, PZ; OO is already excluded)
/// are rejected too. There is no check character. Spaces, hyphens and dots
/// are ignored and letters may be in either case here (the detector itself
/// only matches upper case).
pub fn valid_nino(raw: &str) -> bool {
    let s = compact(raw);
    let [p1, p2, d @ .., suffix] = s.as_slice() else {
        return false;
    };
    const NEVER: &[u8] = b"DFIQUV";
    const NOT_ALLOCATED: &[&[u8; 2]] = &[
        b"BG", b"GB", b"KN", b"NK", b"NT", b"TN", b"ZZ", b"CR", b"FY", b"MW", b"NC", b"PP", b"PY",
        b"PZ",
    ];
    d.len() == 6
        && d.iter().all(u8::is_ascii_digit)
        && p1.is_ascii_uppercase()
        && p2.is_ascii_uppercase()
        && !NEVER.contains(p1)
        && !NEVER.contains(p2)
        && *p2 != b'O'
        && !NOT_ALLOCATED.contains(&&[*p1, *p2])
        && matches!(suffix, b'A'..=b'D')
}

/// ISO 7064 MOD 11,10 check digit of the German tax ID, from its first ten
/// digit values.
fn de_check_digit(first_ten: &[u8]) -> u8 {
    let mut product = 10u8;
    for &d in first_ten {
        let mut sum = (d + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (sum * 2) % 11;
    }
    let check = 11 - product;
    if check == 10 { 0 } else { check }
}

/// German tax identification number (steuerliche Identifikationsnummer).
///
/// Rules (§ 139b AO; ELSTER, "Prüfung der Steuer- und
/// Steueridentifikationsnummer", and Deutsche Rentenversicherung/ZfA
/// "Prüfziffernberechnung", which restate the BZSt rule in force since
/// 2016):
/// * exactly 11 digits, the first not 0;
/// * in the first ten digits exactly one digit occurs more than once, and it
///   occurs exactly twice or exactly three times (so one or two digits are
///   missing); all other digits occur once;
/// * if that digit occurs three times, the three must not stand directly one
///   after another (`..111..` is invalid, `..11.1..` is valid);
/// * digit 11 is the ISO/IEC 7064 MOD 11,10 check digit of digits 1-10
///   (running product starting at 10; `sum = (digit + product) mod 10`,
///   0 read as 10; `product = 2 * sum mod 11`; check `= 11 - product`,
///   10 read as 0).
///
/// `digits` holds ASCII digits or digit values 0-9.
pub fn valid_de_tax_id(digits: &[u8]) -> bool {
    let Some(d) = digit_values(digits) else {
        return false;
    };
    if d.len() != 11 || d[0] == 0 {
        return false;
    }
    let first_ten = &d[..10];
    let mut counts = [0u8; 10];
    for &x in first_ten {
        counts[usize::from(x)] += 1;
    }
    let repeated: Vec<u8> = (0u8..10)
        .filter(|&digit| counts[usize::from(digit)] > 1)
        .collect();
    let [digit] = repeated.as_slice() else {
        return false;
    };
    let structure_ok = match counts[usize::from(*digit)] {
        2 => true,
        3 => !first_ten.windows(3).any(|w| w.iter().all(|x| x == digit)),
        _ => false,
    };
    structure_ok && de_check_digit(first_ten) == d[10]
}

/// French NIR (numéro de sécurité sociale), 13 characters + 2-digit key.
///
/// Rules (INSEE, RNIPP; Service-Public.fr "composition du numéro de sécurité
/// sociale"):
/// * sex: 1 or 2;
/// * year: any two digits;
/// * month: 01-12, or the pseudo-months 20, 30-42 and 50-99 used when the
///   civil-status record gives no usable month;
/// * department: 01-99 (96-99 for people born abroad or in former
///   protectorates, 97x/98x overseas with a 2-digit commune), or 2A/2B for
///   Corsica;
/// * commune (3 characters) not 000; order number 001-999;
/// * key = 97 - (N mod 97), where N is the 13-character number with 2A read
///   as 19 and 2B as 18 (equivalent to INSEE's "subtract 1 000 000 /
///   2 000 000" rule). The key is therefore 01-97.
///
/// Spaces, hyphens and dots are ignored; 2a/2b are accepted in lower case.
pub fn valid_fr_nir(raw: &str) -> bool {
    let s = compact(raw);
    if s.len() != 15 {
        return false;
    }
    if !matches!(s[0], b'1' | b'2') {
        return false;
    }
    let (Some(month), Some(commune), Some(order), Some(key)) = (
        number(&s[3..5]),
        number(&s[7..10]),
        number(&s[10..13]),
        number(&s[13..15]),
    ) else {
        return false;
    };
    if number(&s[1..3]).is_none() {
        return false;
    }
    let month_ok = matches!(month, 1..=12 | 20 | 30..=42 | 50..=99);
    let department: &[u8] = match &s[5..7] {
        b"2A" => b"19",
        b"2B" => b"18",
        other => other,
    };
    let department_ok = number(department).is_some() && &s[5..7] != b"00";
    if !(month_ok && department_ok && commune != 0 && order != 0) {
        return false;
    }
    let mut body = Vec::with_capacity(13);
    body.extend_from_slice(&s[..5]);
    body.extend_from_slice(department);
    body.extend_from_slice(&s[7..13]);
    let Some(n) = number(&body) else {
        return false;
    };
    key == 97 - n % 97
}

/// Letters of the Spanish DNI/NIE control character, indexed by `n mod 23`.
const ES_LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";

fn es_letter_ok(n: u64, letter: u8) -> bool {
    ES_LETTERS.get((n % 23) as usize) == Some(&letter)
}

/// Spanish DNI: 8 digits and the control letter `TRWAGMYFPDXBNJZSQVHLCKE[n mod
/// 23]` (Real Decreto 1553/2005, art. 11; Ministerio del Interior, "Cálculo
/// del dígito de control del NIF/NIE"). Spaces, hyphens and dots are ignored;
/// the letter may be lower case.
pub fn valid_es_dni(raw: &str) -> bool {
    let s = compact(raw);
    let [digits @ .., letter] = s.as_slice() else {
        return false;
    };
    digits.len() == 8 && number(digits).is_some_and(|n| es_letter_ok(n, *letter))
}

/// Spanish NIE: X, Y or Z, 7 digits and a control letter; X, Y, Z are read
/// as 0, 1, 2 and the resulting 8-digit number is checked as for the DNI
/// (Orden INT/2058/2008; Ministerio del Interior). Spaces, hyphens and dots
/// are ignored; letters may be lower case.
pub fn valid_es_nie(raw: &str) -> bool {
    let s = compact(raw);
    let [prefix, digits @ .., letter] = s.as_slice() else {
        return false;
    };
    let lead = match prefix {
        b'X' => 0,
        b'Y' => 1,
        b'Z' => 2,
        _ => return false,
    };
    digits.len() == 7
        && number(digits).is_some_and(|n| es_letter_ok(lead * 10_000_000 + n, *letter))
}

/// Check digit of a My Number from its first eleven digit values.
fn jp_check_digit(first_eleven: &[u8]) -> u8 {
    // P_n is the n-th digit counting from the right (n = 1..=11);
    // Q_n = n + 1 for 1 <= n <= 6, n - 5 for 7 <= n <= 11.
    let sum: u32 = first_eleven
        .iter()
        .rev()
        .zip(1u32..)
        .map(|(&p, n)| u32::from(p) * if n <= 6 { n + 1 } else { n - 5 })
        .sum();
    let remainder = sum % 11;
    if remainder <= 1 {
        0
    } else {
        (11 - remainder) as u8
    }
}

/// Japanese Individual Number (My Number): 12 digits, the last being the
/// check digit of 総務省令第八十五号 (MIC Ordinance No. 85 of 2014), art. 5:
/// `11 - (Σ_{n=1}^{11} P_n × Q_n mod 11)`, or 0 when the remainder is 0 or 1,
/// where `P_n` is the n-th of the first eleven digits counted from the
/// right and `Q_n` is `n + 1` for n ≤ 6 and `n − 5` for n ≥ 7.
///
/// `digits` holds ASCII digits or digit values 0-9.
pub fn valid_jp_my_number(digits: &[u8]) -> bool {
    match digit_values(digits) {
        Some(d) if d.len() == 12 => jp_check_digit(&d[..11]) == d[11],
        _ => false,
    }
}

/// Province-level codes of GB/T 2260 (first two digits of the region code),
/// plus 71 (Taiwan), 81-83 (Hong Kong, Macao, Taiwan residence permits).
const CN_PROVINCES: &[u8] = &[
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52,
    53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
];

/// Weights 2^(17 - i) mod 11 for positions i = 0..17 (ISO 7064 MOD 11-2).
const CN_WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/// Check character for `Σ weight × digit mod 11` (GB 11643-1999, 8.2).
const CN_CHECK: &[u8; 11] = b"10X98765432";

/// Earliest and latest plausible birth years.
const CN_YEARS: Range<u64> = 1850..2100;

fn cn_check_char(first_seventeen: &[u8]) -> Option<u8> {
    let mut sum = 0u32;
    for (&b, w) in first_seventeen.iter().zip(CN_WEIGHTS) {
        if !b.is_ascii_digit() {
            return None;
        }
        sum += u32::from(b - b'0') * w;
    }
    CN_CHECK.get((sum % 11) as usize).copied()
}

fn is_leap_year(year: u64) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn valid_date(year: u64, month: u64, day: u64) -> bool {
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days_in_month).contains(&day)
}

/// Chinese resident identity card number (公民身份号码), 18 characters.
///
/// Rules (GB 11643-1999): 6-digit region code (its first two digits must be a
/// GB/T 2260 province code), birth date YYYYMMDD in positions 7-14 (a real
/// calendar date, year 1850-2099), 3-digit sequence code, and a check
/// character per ISO 7064:1983 MOD 11-2: weights `2^(17-i) mod 11`, check
/// `= "10X98765432"[Σ mod 11]`. Spaces are ignored; the X may be lower case.
pub fn valid_cn_resident_id(raw: &str) -> bool {
    let s = compact(raw);
    if s.len() != 18 || !s[..17].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let (Some(province), Some(year), Some(month), Some(day)) = (
        number(&s[0..2]),
        number(&s[6..10]),
        number(&s[10..12]),
        number(&s[12..14]),
    ) else {
        return false;
    };
    CN_PROVINCES.iter().any(|&p| u64::from(p) == province)
        && CN_YEARS.contains(&year)
        && valid_date(year, month, day)
        && cn_check_char(&s[..17]) == Some(s[17])
}

/// Singapore NRIC/FIN check letter for a prefix and seven digits.
fn sg_check_letter(prefix: u8, digits: &[u8]) -> Option<u8> {
    const WEIGHTS: [u32; 7] = [2, 7, 6, 5, 4, 3, 2];
    let (offset, table): (u32, &[u8; 11]) = match prefix {
        b'S' => (0, b"JZIHGFEDCBA"),
        b'T' => (4, b"JZIHGFEDCBA"),
        b'F' => (0, b"XWUTRQPNMLK"),
        b'G' => (4, b"XWUTRQPNMLK"),
        b'M' => (3, b"XWUTRQPNJLK"),
        _ => return None,
    };
    if digits.len() != 7 {
        return None;
    }
    let mut sum = offset;
    for (&b, w) in digits.iter().zip(WEIGHTS) {
        if !b.is_ascii_digit() {
            return None;
        }
        sum += u32::from(b - b'0') * w;
    }
    table.get((sum % 11) as usize).copied()
}

/// Singapore NRIC/FIN: prefix S, T, F, G or M, 7 digits, check letter.
///
/// Rules (ICA algorithm as published in the NRIC literature, e.g. the
/// Wikipedia article "National Registration Identity Card", and the M-series
/// FIN launched by ICA on 1 January 2022): sum of digits × weights
/// 2,7,6,5,4,3,2, plus 4 for T/G and 3 for M; `r = sum mod 11`; the letter is
/// `"JZIHGFEDCBA"[r]` for S/T, `"XWUTRQPNMLK"[r]` for F/G and
/// `"XWUTRQPNJLK"[r]` for M. Spaces, hyphens and dots are ignored; letters
/// may be lower case.
pub fn valid_sg_nric(raw: &str) -> bool {
    let s = compact(raw);
    let [prefix, digits @ .., letter] = s.as_slice() else {
        return false;
    };
    sg_check_letter(*prefix, digits) == Some(*letter)
}

/// The Luhn (ISO/IEC 7812-1 annex B) checksum alone, over digit values.
fn luhn_checksum_ok(d: &[u8]) -> bool {
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| {
            let x = u32::from(x);
            if i % 2 == 1 {
                let doubled = x * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                x
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Payment card number: 13-19 digits, valid Luhn checksum, and an issuer
/// prefix and length of a major scheme (ISO/IEC 7812; scheme IIN tables):
/// Visa `4` (13, 16, 19 digits); Mastercard `51`-`55` and `2221`-`2720`
/// (16); American Express `34`, `37` (15); Discover `6011`, `644`-`649`,
/// `65` (16-19); JCB `3528`-`3589` (16-19); UnionPay `62` (16-19).
///
/// `digits` holds ASCII digits or digit values 0-9.
pub fn luhn(digits: &[u8]) -> bool {
    let Some(d) = digit_values(digits) else {
        return false;
    };
    let len = d.len();
    if !(13..=19).contains(&len) {
        return false;
    }
    let prefix = |n: usize| d[..n].iter().fold(0u32, |acc, &x| acc * 10 + u32::from(x));
    let (p2, p3, p4) = (prefix(2), prefix(3), prefix(4));
    let plausible = match d[0] {
        4 => matches!(len, 13 | 16 | 19),
        5 => (51..=55).contains(&p2) && len == 16,
        2 => (2221..=2720).contains(&p4) && len == 16,
        3 => {
            ((p2 == 34 || p2 == 37) && len == 15)
                || ((3528..=3589).contains(&p4) && (16..=19).contains(&len))
        }
        6 => {
            (p4 == 6011 || (644..=649).contains(&p3) || p2 == 65 || p2 == 62)
                && (16..=19).contains(&len)
        }
        _ => false,
    };
    plausible && luhn_checksum_ok(&d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::sync::LazyLock;

    static DETECTOR: LazyLock<IdDetector> = LazyLock::new(IdDetector::new);

    /// (matched text, kind) for every match in `text`.
    fn found(text: &str) -> Vec<(&str, IdKind)> {
        DETECTOR
            .find(text)
            .into_iter()
            .map(|m| (&text[m.range], m.kind))
            .collect()
    }

    /// Asserts that `text` contains exactly `expected` as one match of `kind`.
    fn assert_single(text: &str, expected: &str, kind: IdKind) {
        assert_eq!(found(text), vec![(expected, kind)], "in {text:?}");
    }

    fn assert_none(text: &str) {
        assert_eq!(found(text), vec![], "in {text:?}");
    }

    // ---------------------------------------------------------------- API

    #[test]
    fn all_patterns_compile() {
        assert_eq!(DETECTOR.patterns.len(), PATTERNS.len());
    }

    #[test]
    fn detector_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<IdDetector>();
        check::<IdMatch>();
    }

    #[test]
    fn labels_are_distinct_and_all_is_complete() {
        let mut labels: Vec<&str> = IdKind::ALL.iter().map(|k| k.label()).collect();
        assert!(labels.iter().all(|l| !l.is_empty()));
        labels.sort_unstable();
        labels.dedup();
        assert_eq!(labels.len(), 10);
        assert_eq!(IdKind::DeTaxId.label(), "German tax ID (Steuer-IdNr)");
        let mut ranks: Vec<u8> = IdKind::ALL.iter().map(|k| k.specificity_rank()).collect();
        ranks.sort_unstable();
        ranks.dedup();
        assert_eq!(ranks.len(), 10);
    }

    #[test]
    fn default_equals_new() {
        let text = "SSN 536-22-8726";
        assert_eq!(
            IdDetector::default().find(text),
            IdDetector::new().find(text)
        );
    }

    #[test]
    fn empty_and_plain_text() {
        assert_none("");
        assert_none("No identifiers here, just prose. 日本語のテキスト。");
    }

    // ---------------------------------------------------------------- US SSN

    #[test]
    fn ssn_rules() {
        assert!(valid_ssn("536", "22", "8726"));
        assert!(valid_ssn("001", "01", "0001"));
        assert!(valid_ssn("899", "99", "9999"));
        assert!(!valid_ssn("000", "12", "3456"));
        assert!(!valid_ssn("666", "12", "3456"));
        assert!(!valid_ssn("900", "12", "3456"));
        assert!(!valid_ssn("999", "12", "3456"));
        assert!(!valid_ssn("123", "00", "4567"));
        assert!(!valid_ssn("123", "45", "0000"));
        assert!(!valid_ssn("12", "45", "6789"));
        assert!(!valid_ssn("12a", "45", "6789"));
        assert!(!valid_ssn("123", "45", "67890"));
    }

    #[test]
    fn ssn_true_positives() {
        assert_single("My SSN is 536-22-8726.", "536-22-8726", IdKind::UsSsn);
        assert_single("ssn 536 22 8726 ok", "536 22 8726", IdKind::UsSsn);
        assert_single("SSN: 536228726", "536228726", IdKind::UsSsn);
        assert_single(
            "Social Security Number: 536228726",
            "536228726",
            IdKind::UsSsn,
        );
        assert_single("(SS# 001010001)", "001010001", IdKind::UsSsn);
        assert_single("番号：123-45-6789です", "123-45-6789", IdKind::UsSsn);
    }

    #[test]
    fn ssn_false_positives() {
        assert_none("000-12-3456");
        assert_none("666-12-3456");
        assert_none("912-34-5678"); // 9xx area (ITIN range)
        assert_none("123-00-4567");
        assert_none("123-45-0000");
        assert_none("536228726"); // bare digits without a label
        assert_none("SSN is unknown; ticket number 536228726"); // label too far
        assert_none("classn 536228726"); // "ssn" inside a word is no label
        assert_none("536-22-87260"); // too long
        assert_none("1536-22-8726"); // embedded
        assert_none("536-22-872"); // too short
        assert_none("536-22 8726"); // mixed separators
        assert_none("Call (555) 123-4567 or +1 555 123 4567"); // phone numbers
        assert_none("order 2024-536-22-8726-01"); // order number
        assert_none("born 1985-06-15"); // a date
    }

    // ---------------------------------------------------------------- UK NINO

    #[test]
    fn nino_rules() {
        assert!(valid_nino("AB123456C"));
        assert!(valid_nino("AB 12 34 56 C"));
        assert!(valid_nino("ab123456c"));
        assert!(valid_nino("JG103759A"));
        assert!(valid_nino("OA000000D")); // O is allowed first
        // HMRC's published specimen QQ 12 34 56 A/C is deliberately invalid (Q).
        assert!(!valid_nino("QQ123456C"));
        assert!(!valid_nino("QQ 12 34 56 A"));
        for bad_prefix in ["GB", "BG", "NK", "KN", "TN", "NT", "ZZ", "PP", "MW"] {
            assert!(!valid_nino(&format!("{bad_prefix}123456A")), "{bad_prefix}");
        }
        assert!(!valid_nino("DA123456A"));
        assert!(!valid_nino("AD123456A"));
        assert!(!valid_nino("AO123456A")); // O not allowed second
        assert!(!valid_nino("AB123456E")); // suffix not A-D
        assert!(!valid_nino("AB12345C")); // 5 digits
        assert!(!valid_nino("AB1234567C")); // 7 digits
        assert!(!valid_nino("A1123456C"));
        assert!(!valid_nino(""));
    }

    #[test]
    fn nino_true_positives() {
        assert_single("NI number AB123456C.", "AB123456C", IdKind::UkNino);
        assert_single("NINO: AB 12 34 56 C", "AB 12 34 56 C", IdKind::UkNino);
        assert_single("«JG103759A»", "JG103759A", IdKind::UkNino);
        assert_single("رقم JG 10 37 59 A هنا", "JG 10 37 59 A", IdKind::UkNino);
    }

    #[test]
    fn nino_false_positives() {
        assert_none("QQ 12 34 56 C"); // HMRC specimen
        assert_none("AB123456E"); // bad suffix
        assert_none("TN311258F"); // temporary number prefix
        assert_none("XAB123456C"); // embedded
        assert_none("AB123456CD"); // embedded
        assert_single("ni ab123456c", "ab123456c", IdKind::UkNino); // typed in lower case
        assert_none("AB12345C"); // too short
        assert_none("Flight BA 12 34 56 7"); // no suffix letter
    }

    // ---------------------------------------------------------------- DE tax ID

    #[test]
    fn de_tax_id_rules() {
        // 86095742719 (BZSt-style example): digits 8609574271 - only 7 is
        // repeated (twice); the MOD 11,10 chain gives products 5,2,4,6,2,7,
        // 2,8,10,2 -> check 11 - 2 = 9 = last digit. Valid.
        assert!(valid_de_tax_id(b"86095742719"));
        // 12345678995: 9 twice; check 5 (kryptografie.de worked example).
        assert!(valid_de_tax_id(b"12345678995"));
        // 65929970489: 9 three times, positions 2, 4, 5 - not all adjacent; check 9.
        assert!(valid_de_tax_id(b"65929970489"));
        // 47036892816: 8 twice, check 6; 11234567890: adjacent double 1, check 0.
        assert!(valid_de_tax_id(b"47036892816"));
        assert!(valid_de_tax_id(b"11234567890"));
        // 11213456783: 1 three times at 1, 2, 4 (not all adjacent), check 3.
        assert!(valid_de_tax_id(b"11213456783"));
        // Raw digit values are accepted too.
        assert!(valid_de_tax_id(&[8, 6, 0, 9, 5, 7, 4, 2, 7, 1, 9]));

        assert!(!valid_de_tax_id(b"86095742718")); // wrong check digit
        assert!(!valid_de_tax_id(b"86095742729")); // one digit changed
        assert!(!valid_de_tax_id(b"06095742719")); // leading zero
        // 12345678903: check digit is right (3) but no digit repeats.
        assert!(!valid_de_tax_id(b"12345678903"));
        // 11123456786: check digit right (6) but 1 three times in a row.
        assert!(!valid_de_tax_id(b"11123456786"));
        // 12345679998: check digit right (8) but 999 in a row.
        assert!(!valid_de_tax_id(b"12345679998"));
        // 10203040509: check digit right (9) but 0 occurs five times.
        assert!(!valid_de_tax_id(b"10203040509"));
        // Two different digits repeated.
        assert!(!valid_de_tax_id(b"11223456789"));
        assert!(!valid_de_tax_id(b"8609574271")); // 10 digits
        assert!(!valid_de_tax_id(b"860957427190")); // 12 digits
        assert!(!valid_de_tax_id(b"8609574271X"));
        assert!(!valid_de_tax_id(&[]));
    }

    #[test]
    fn de_tax_id_true_positives() {
        assert_single("Steuer-ID: 86095742719", "86095742719", IdKind::DeTaxId);
        assert_single("IdNr 86 095 742 719.", "86 095 742 719", IdKind::DeTaxId);
        assert_single("税号65929970489です", "65929970489", IdKind::DeTaxId);
        assert_single("(47 036 892 816)", "47 036 892 816", IdKind::DeTaxId);
    }

    #[test]
    fn de_tax_id_false_positives() {
        assert_none("86095742718"); // wrong check digit
        assert_none("12345678903"); // no repeated digit
        assert_none("860957427199"); // embedded in a longer number
        assert_none("Tel. 09012345678"); // a phone number (leading zero)
        assert_none("+4986095742719"); // international phone number
        assert_none("Bestellnr. 2024-86095742719"); // order number
        assert_none("86 095 742 719 12"); // longer grouped number
    }

    // ---------------------------------------------------------------- FR NIR

    #[test]
    fn fr_nir_rules() {
        // 1 85 05 78 006 084: 1850578006084 mod 97 = 6, key 97 - 6 = 91.
        assert!(valid_fr_nir("1 85 05 78 006 084 91"));
        assert!(valid_fr_nir("185057800608491"));
        // Published example (woman, Dec 1906, Paris 11e): 2061275111005 mod 97
        // = 33, key 64.
        assert!(valid_fr_nir("2 06 12 75 111 005 64"));
        // Corsica: 2A read as 19: 1850519006084 mod 97 = 62, key 35.
        assert!(valid_fr_nir("1 85 05 2A 006 084 35"));
        assert!(valid_fr_nir("1 85 05 2a 006 084 35"));
        // 2B read as 18: 2850518123456 mod 97 = 87, key 10.
        assert!(valid_fr_nir("285052B12345610"));
        // Pseudo-month 20 (unknown month): key 22.
        assert!(valid_fr_nir("1 85 20 75 123 456 22"));
        // Pseudo-month 33, born abroad (99): key 54.
        assert!(valid_fr_nir("2 91 33 99 001 002 54"));
        // Overseas department 971, commune 05: key 60.
        assert!(valid_fr_nir("1 56 01 971 05 123 60"));

        assert!(!valid_fr_nir("1 85 05 78 006 084 36")); // wrong key
        assert!(!valid_fr_nir("1 85 05 78 006 085 91")); // one digit changed
        assert!(!valid_fr_nir("1 85 13 78 006 084 25")); // month 13 (key right)
        assert!(!valid_fr_nir("1 85 00 78 006 084 11")); // month 00 (key right)
        assert!(!valid_fr_nir("3 85 05 78 006 084 91")); // sex 3
        assert!(!valid_fr_nir("1 85 05 2C 006 084 35")); // bad department
        assert!(!valid_fr_nir("1 85 05 78 006 084 9")); // too short
        assert!(!valid_fr_nir("1 85 05 78 006 084 910")); // too long
        assert!(!valid_fr_nir(""));
    }

    #[test]
    fn fr_nir_true_positives() {
        assert_single(
            "N° de sécu : 1 85 05 78 006 084 91.",
            "1 85 05 78 006 084 91",
            IdKind::FrNir,
        );
        assert_single("NIR 185057800608491", "185057800608491", IdKind::FrNir);
        assert_single(
            "NIR 1850578006084 91 (clé séparée)",
            "1850578006084 91",
            IdKind::FrNir,
        );
        assert_single(
            "né en Corse 185052A00608435",
            "185052A00608435",
            IdKind::FrNir,
        );
        assert_single(
            "numéro 2 06 12 75 111 005 64",
            "2 06 12 75 111 005 64",
            IdKind::FrNir,
        );
    }

    #[test]
    fn fr_nir_false_positives() {
        assert_none("1 85 05 78 006 084 36"); // wrong key
        assert_none("185057800608492"); // one digit changed
        assert_none("1850578006084910"); // embedded / too long
        assert_none("Tél. 01 85 05 78 00 60"); // phone number
        assert_none("commande 2024-185057800608491"); // order number
    }

    // ---------------------------------------------------------------- ES DNI

    #[test]
    fn es_dni_rules() {
        // Specimen 99999999R: 99999999 = 23 × 4347826 + 1; letters[1] = R.
        assert!(valid_es_dni("99999999R"));
        // 12345678 = 23 × 536768 + 14; letters[14] = Z.
        assert!(valid_es_dni("12345678Z"));
        assert!(valid_es_dni("12345678-Z"));
        assert!(valid_es_dni("12.345.678-Z"));
        assert!(valid_es_dni("12345678z"));
        // 0 mod 23 = 0 -> T; 11111111 mod 23 = 18 -> H; 87654321 mod 23 = 10 -> X.
        assert!(valid_es_dni("00000000T"));
        assert!(valid_es_dni("11111111H"));
        assert!(valid_es_dni("87654321X"));

        assert!(!valid_es_dni("12345678A")); // wrong letter
        assert!(!valid_es_dni("12345679Z")); // one digit changed
        assert!(!valid_es_dni("1234567Z")); // 7 digits
        assert!(!valid_es_dni("123456789Z")); // 9 digits
        assert!(!valid_es_dni("123456789")); // no letter
        assert!(!valid_es_dni(""));
    }

    #[test]
    fn es_dni_true_positives() {
        assert_single("DNI 99999999R", "99999999R", IdKind::EsDni);
        assert_single("DNI: 12345678-Z.", "12345678-Z", IdKind::EsDni);
        assert_single("dni 12.345.678-Z", "12.345.678-Z", IdKind::EsDni);
        assert_single("هوية 87654321x", "87654321x", IdKind::EsDni);
    }

    #[test]
    fn es_dni_false_positives() {
        assert_none("12345678A"); // wrong letter
        assert_none("112345678Z"); // embedded in a longer number
        assert_none("12345678Zeta"); // embedded in a word
        assert_none("1234567Z"); // too short
        assert_none("pedido 2024-12345678-Z"); // order number
        assert_none("Tel. 912345678"); // phone number, no letter
    }

    // ---------------------------------------------------------------- ES NIE

    #[test]
    fn es_nie_rules() {
        // X1234567L: 01234567 mod 23 = 19 -> L.
        assert!(valid_es_nie("X1234567L"));
        assert!(valid_es_nie("x-1234567-l"));
        // Y1234567X: 11234567 mod 23 = 10 -> X.
        assert!(valid_es_nie("Y1234567X"));
        // Z7654321H: 27654321 mod 23 = 18 -> H.
        assert!(valid_es_nie("Z7654321H"));
        // X0000000T: 0 -> T.
        assert!(valid_es_nie("X0000000T"));

        assert!(!valid_es_nie("X1234567T")); // wrong letter
        assert!(!valid_es_nie("X1234568L")); // one digit changed
        assert!(!valid_es_nie("W1234567L")); // bad prefix
        assert!(!valid_es_nie("X123456L")); // 6 digits
        assert!(!valid_es_nie("X12345678L")); // 8 digits
        assert!(!valid_es_nie(""));
    }

    #[test]
    fn es_nie_true_positives() {
        assert_single("NIE X1234567L", "X1234567L", IdKind::EsNie);
        assert_single("NIE: Y-1234567-X.", "Y-1234567-X", IdKind::EsNie);
        assert_single("в/ж Z7654321H", "Z7654321H", IdKind::EsNie);
    }

    #[test]
    fn es_nie_false_positives() {
        assert_none("X1234567T"); // wrong letter
        assert_none("AX1234567L"); // embedded
        assert_none("X12345678L"); // wrong length (and no valid DNI: 12345678L)
        assert_none("Ref X1234567L9"); // embedded
    }

    // ---------------------------------------------------------------- JP My Number

    #[test]
    fn jp_my_number_rules() {
        // 983205673214: digits from the right 1,2,3,7,6,5,0,2,3,8,9 × Q
        // 2,3,4,5,6,7,2,3,4,5,6 = 2+6+12+35+36+35+0+6+12+40+54 = 238;
        // 238 mod 11 = 7; check 11 - 7 = 4.
        assert!(valid_jp_my_number(b"983205673214"));
        // 12345678901: Σ = 212, mod 11 = 3, check 8.
        assert!(valid_jp_my_number(b"123456789018"));
        assert!(valid_jp_my_number(b"234567890121"));
        assert!(valid_jp_my_number(b"876543210989"));
        assert!(valid_jp_my_number(&[9, 8, 3, 2, 0, 5, 6, 7, 3, 2, 1, 4]));

        // The familiar dummy 1234 5678 9012 fails its check digit (needs 8).
        assert!(!valid_jp_my_number(b"123456789012"));
        assert!(!valid_jp_my_number(b"983205673215")); // check changed
        assert!(!valid_jp_my_number(b"983205673314")); // one digit changed
        assert!(!valid_jp_my_number(b"98320567321")); // 11 digits
        assert!(!valid_jp_my_number(b"9832056732140")); // 13 digits
        assert!(!valid_jp_my_number(b"98320567321a"));
    }

    #[test]
    fn jp_my_number_true_positives() {
        assert_single(
            "個人番号は983205673214です。",
            "983205673214",
            IdKind::JpMyNumber,
        );
        assert_single(
            "マイナンバー：1234 5678 9018",
            "1234 5678 9018",
            IdKind::JpMyNumber,
        );
        assert_single("番号 2345-6789-0121", "2345-6789-0121", IdKind::JpMyNumber);
    }

    #[test]
    fn jp_my_number_false_positives() {
        assert_none("1234 5678 9012"); // bad check digit
        assert_none("9832056732140"); // embedded / too long
        assert_none("電話 090-1234-5678"); // phone number
        assert_none("1234 5678 9018 7777"); // part of a longer grouped number
        assert_none("注文番号 2024-983205673214"); // order number
    }

    // ---------------------------------------------------------------- CN resident ID

    #[test]
    fn cn_resident_id_rules() {
        // 11010519491231002X (GB 11643-1999 example): Σ digits × weights
        // 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2 = 167; 167 mod 11 = 2 -> X.
        // Born 1949-12-31 in Beijing (11).
        assert!(valid_cn_resident_id("11010519491231002X"));
        assert!(valid_cn_resident_id("11010519491231002x"));
        assert!(valid_cn_resident_id("110105 19491231 002X"));
        // 440524188001010014 (a widely used sample): born 1880-01-01, check 4.
        assert!(valid_cn_resident_id("440524188001010014"));
        // Leap day 2000-02-29, check 6.
        assert!(valid_cn_resident_id("440304200002291236"));
        assert!(valid_cn_resident_id("310115198808081237"));

        assert!(!valid_cn_resident_id("110105194912310021")); // wrong check
        assert!(!valid_cn_resident_id("11010519491231003X")); // one digit changed
        assert!(!valid_cn_resident_id("110105194902310026")); // Feb 31 (check right)
        assert!(!valid_cn_resident_id("110105194913310021")); // month 13 (check right)
        assert!(!valid_cn_resident_id("44030419000229123X")); // 1900 not leap (check right)
        assert!(!valid_cn_resident_id("000105194912310024")); // province 00 (check right)
        assert!(!valid_cn_resident_id("11010519491231002")); // 17 chars
        assert!(!valid_cn_resident_id("11010519491231002XX"));
        assert!(!valid_cn_resident_id("1101051949123100X2"));
    }

    #[test]
    fn cn_resident_id_true_positives() {
        assert_single(
            "身份证号码：11010519491231002X。",
            "11010519491231002X",
            IdKind::CnResidentId,
        );
        assert_single(
            "ID 440304200002291236",
            "440304200002291236",
            IdKind::CnResidentId,
        );
        assert_single(
            "号码 110105 19491231 002X",
            "110105 19491231 002X",
            IdKind::CnResidentId,
        );
    }

    #[test]
    fn cn_resident_id_false_positives() {
        assert_none("110105194912310021"); // wrong check
        assert_none("110105194902310026"); // impossible date
        assert_none("011010519491231002X"); // embedded
        assert_none("11010519491231002XY"); // embedded
        assert_none("订单 2024-11010519491231002X"); // order number
        assert_none("电话 +8611010519491231002"); // phone-like
    }

    // ---------------------------------------------------------------- SG NRIC

    #[test]
    fn sg_nric_rules() {
        // S1234567D: 1×2+2×7+3×6+4×5+5×4+6×3+7×2 = 106; 106 mod 11 = 7;
        // "JZIHGFEDCBA"[7] = D.
        assert!(valid_sg_nric("S1234567D"));
        assert!(valid_sg_nric("s1234567d"));
        // T: 106 + 4 = 110, mod 11 = 0 -> J.
        assert!(valid_sg_nric("T1234567J"));
        // F: 106 mod 11 = 7 -> "XWUTRQPNMLK"[7] = N; G: 110 mod 11 = 0 -> X.
        assert!(valid_sg_nric("F1234567N"));
        assert!(valid_sg_nric("G1234567X"));
        // M: 106 + 3 = 109, mod 11 = 10 -> "XWUTRQPNJLK"[10] = K.
        assert!(valid_sg_nric("M1234567K"));
        // S0000001: 1×2 = 2 -> "JZIHGFEDCBA"[2] = I.
        assert!(valid_sg_nric("S0000001I"));
        // T0123456: 0+7+12+15+16+15+12 = 77 + 4 = 81, mod 11 = 4 -> G.
        assert!(valid_sg_nric("T0123456G"));

        assert!(!valid_sg_nric("S1234567A")); // wrong letter
        assert!(!valid_sg_nric("S1234568D")); // one digit changed
        assert!(!valid_sg_nric("T1234567D")); // S letter with T prefix
        assert!(!valid_sg_nric("M1234567M")); // F/G table letter for M
        assert!(!valid_sg_nric("A1234567D")); // bad prefix
        assert!(!valid_sg_nric("S123456D")); // 6 digits
        assert!(!valid_sg_nric("S12345678D")); // 8 digits
        assert!(!valid_sg_nric(""));
    }

    #[test]
    fn sg_nric_m_series_uses_j() {
        // Remainder 8 maps to J for M (F/G have M there). M0000011:
        // 1×3 + 1×2 + 3 = 8 -> J.
        assert!(valid_sg_nric("M0000011J"));
        assert!(!valid_sg_nric("M0000011M"));
        let mut seen_j = false;
        for n in 0..200u32 {
            let digits = format!("{n:07}");
            if let Some(letter) = sg_check_letter(b'M', digits.as_bytes()) {
                assert!(valid_sg_nric(&format!("M{digits}{}", letter as char)));
                seen_j |= letter == b'J';
                assert_ne!(letter, b'M');
            }
        }
        assert!(seen_j);
    }

    #[test]
    fn sg_nric_true_positives() {
        assert_single("NRIC S1234567D", "S1234567D", IdKind::SgNric);
        assert_single("FIN: G1234567X.", "G1234567X", IdKind::SgNric);
        assert_single("身份证s1234567d", "s1234567d", IdKind::SgNric);
        assert_single("M1234567K", "M1234567K", IdKind::SgNric);
    }

    #[test]
    fn sg_nric_false_positives() {
        assert_none("S1234567A"); // wrong letter
        assert_none("S12345678D"); // too long
        assert_none("XS1234567D"); // embedded
        assert_none("S1234567DA"); // embedded
        assert_none("Order S1234567D-2"); // order number
    }

    // ---------------------------------------------------------------- cards

    #[test]
    fn card_rules() {
        // Scheme test numbers, each Luhn-valid by construction.
        for card in [
            "4111111111111111",
            "4012888888881881",
            "4222222222222",
            "5555555555554444",
            "5105105105105100",
            "2223003122003222",
            "378282246310005",
            "6011111111111117",
            "3530111333300000",
            "6200000000000005",
            "6250941006528599",
        ] {
            assert!(luhn(card.as_bytes()), "{card}");
        }
        assert!(luhn(&[4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]));
        assert!(!luhn(b"4111111111111112")); // Luhn fails
        assert!(!luhn(b"1234567812345670")); // Luhn ok, no scheme starts with 12
        assert!(!luhn(b"411111111111")); // 12 digits
        assert!(!luhn(b"41111111111111111111")); // 20 digits
        assert!(!luhn(b"37828224631000")); // Amex must be 15
        assert!(!luhn(b"3500000000000007")); // 35xx below JCB range 3528
        assert!(!luhn(b"411111111111111a"));
    }

    #[test]
    fn card_true_positives() {
        assert_single(
            "card 4111111111111111 exp",
            "4111111111111111",
            IdKind::PaymentCard,
        );
        assert_single(
            "Visa 4111 1111 1111 1111 12/25",
            "4111 1111 1111 1111",
            IdKind::PaymentCard,
        );
        assert_single(
            "MC 5555-5555-5555-4444.",
            "5555-5555-5555-4444",
            IdKind::PaymentCard,
        );
        assert_single(
            "Amex 3782 822463 10005",
            "3782 822463 10005",
            IdKind::PaymentCard,
        );
        assert_single(
            "卡号6200000000000005",
            "6200000000000005",
            IdKind::PaymentCard,
        );
        assert_single(
            "Visa 4222 2222 2222 2",
            "4222 2222 2222 2",
            IdKind::PaymentCard,
        );
    }

    #[test]
    fn card_false_positives() {
        assert_none("4111111111111112"); // Luhn fails
        assert_none("4111 1111 1111 1112");
        assert_none("1234567812345670"); // no scheme prefix
        assert_none("41111111111111111111"); // 20 digits
        assert_none("4111 1111 1111 1111 1111 1111"); // longer grouped number
        assert_none("+4111111111111111"); // phone-like
        assert_none("Order 2024-4111111111111111"); // order number
        assert_none("4111 1111-1111 1111"); // mixed separators
    }

    // ---------------------------------------------------------------- general

    #[test]
    fn several_matches_sorted_and_non_overlapping() {
        let text = "S1234567D, 99999999R y 4111 1111 1111 1111; SSN 536-22-8726";
        assert_eq!(
            found(text),
            vec![
                ("S1234567D", IdKind::SgNric),
                ("99999999R", IdKind::EsDni),
                ("4111 1111 1111 1111", IdKind::PaymentCard),
                ("536-22-8726", IdKind::UsSsn),
            ]
        );
    }

    #[test]
    fn precedence_prefers_chinese_id_over_card() {
        // 620102199001010257 is a valid Chinese ID (Gansu, 1990-01-01, check 7)
        // and also an 18-digit UnionPay number passing Luhn.
        assert!(valid_cn_resident_id("620102199001010257"));
        assert!(luhn(b"620102199001010257"));
        assert_single(
            "620102199001010257",
            "620102199001010257",
            IdKind::CnResidentId,
        );
    }

    #[test]
    fn longer_candidate_wins_at_same_start() {
        // At the same start the longer candidate wins, whatever its kind.
        let m = |r: Range<usize>, kind| IdMatch { range: r, kind };
        assert_eq!(
            resolve_overlaps(vec![
                m(0..14, IdKind::JpMyNumber),
                m(0..19, IdKind::PaymentCard)
            ]),
            vec![m(0..19, IdKind::PaymentCard)]
        );
        assert_single(
            "4111 1111 1111 1111",
            "4111 1111 1111 1111",
            IdKind::PaymentCard,
        );
    }

    #[test]
    fn resolve_overlaps_rules() {
        let m = |r: Range<usize>, kind| IdMatch { range: r, kind };
        let kept = resolve_overlaps(vec![
            m(5..20, IdKind::PaymentCard),
            m(0..10, IdKind::JpMyNumber),
            m(0..12, IdKind::DeTaxId),
            m(12..30, IdKind::PaymentCard),
            m(12..30, IdKind::CnResidentId),
            m(30..35, IdKind::UsSsn),
        ]);
        assert_eq!(
            kept,
            vec![
                m(0..12, IdKind::DeTaxId),
                m(12..30, IdKind::CnResidentId),
                m(30..35, IdKind::UsSsn),
            ]
        );
    }

    #[test]
    fn non_ascii_digits_are_not_digits() {
        assert_none("١٢٣-٤٥-٦٧٨٩"); // Arabic-Indic digits
        assert_none("１２３-４５-６７８９"); // full-width digits
        // A non-ASCII digit next to the number does not make it "longer".
        assert_single("٣536-22-8726٣", "536-22-8726", IdKind::UsSsn);
        assert_single("１86095742719２", "86095742719", IdKind::DeTaxId);
    }

    #[test]
    fn ranges_are_char_boundaries_next_to_multibyte_text() {
        let text = "é536-22-8726ü 🙂S1234567D🙂 日本983205673214語";
        let matches = DETECTOR.find(text);
        assert_eq!(matches.len(), 3);
        for m in &matches {
            assert!(text.is_char_boundary(m.range.start));
            assert!(text.is_char_boundary(m.range.end));
        }
    }

    #[test]
    fn ssn_label_window() {
        // Label end within 20 characters of the number.
        assert_single("SSN (on file):     536228726", "536228726", IdKind::UsSsn);
        assert_none("SSN (on file, see below):  536228726");
        // Distance is counted in characters, not bytes.
        assert_single(
            "SSN：番号番号番号番号番号 536228726",
            "536228726",
            IdKind::UsSsn,
        );
    }

    // ---------------------------------------------------------------- proptests

    /// Prose in several scripts, lower-case ASCII letters only, no ASCII digits.
    fn prose() -> impl Strategy<Value = String> {
        "[a-z ,;!?()\\p{Han}\\p{Hiragana}\\p{Katakana}\\p{Arabic}\\p{Cyrillic}\\p{Devanagari}\\p{Thai}\\p{Hangul}]{0,30}"
    }

    /// A character that may separate the number from the prose.
    fn gap() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            " ", "\u{3000}", "\u{a0}", "、", "：", "「", "」", "«", "»", "(", ")", "\n", "は", "ك",
            "я", "ह", "é", "🙂", "٣",
        ])
    }

    fn digits(n: usize) -> impl Strategy<Value = Vec<u8>> {
        prop::collection::vec(0u8..10, n)
    }

    fn to_string(d: &[u8]) -> String {
        d.iter().map(|x| char::from(b'0' + x)).collect()
    }

    /// Inserts `sep` after each group of the given sizes.
    fn grouped(s: &str, sizes: &[usize], sep: &str) -> String {
        let mut out = String::new();
        let mut at = 0;
        for (i, &n) in sizes.iter().enumerate() {
            if i > 0 {
                out.push_str(sep);
            }
            out.push_str(&s[at..at + n]);
            at += n;
        }
        out
    }

    /// Checks that `number` embedded in prose is found exactly, and only it.
    fn check_embedded(
        before: &str,
        gap1: &str,
        number: &str,
        gap2: &str,
        after: &str,
        kind: IdKind,
    ) -> Result<(), TestCaseError> {
        let text = format!("{before}{gap1}{number}{gap2}{after}");
        let matches = DETECTOR.find(&text);
        prop_assert_eq!(matches.len(), 1, "{:?} in {:?}", matches, text);
        let m = &matches[0];
        prop_assert_eq!(m.kind, kind);
        prop_assert_eq!(&text[m.range.clone()], number);
        prop_assert_eq!(m.range.start, before.len() + gap1.len());
        Ok(())
    }

    fn ssn() -> impl Strategy<Value = String> {
        (1u32..900, 1u32..100, 1u32..10000, 0..3usize)
            .prop_filter("666 area", |(a, ..)| *a != 666)
            .prop_map(|(a, g, s, style)| match style {
                0 => format!("{a:03}-{g:02}-{s:04}"),
                1 => format!("{a:03} {g:02} {s:04}"),
                _ => format!("{a:03}{g:02}{s:04}"),
            })
    }

    fn nino() -> impl Strategy<Value = String> {
        let letter = prop::sample::select(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ".to_vec());
        (
            letter.clone(),
            letter,
            digits(6),
            prop::sample::select(b"ABCD".to_vec()),
            any::<bool>(),
        )
            .prop_map(|(a, b, d, s, spaced)| {
                let d = to_string(&d);
                let (a, b, s) = (char::from(a), char::from(b), char::from(s));
                if spaced {
                    format!("{a}{b} {} {} {} {s}", &d[0..2], &d[2..4], &d[4..6])
                } else {
                    format!("{a}{b}{d}{s}")
                }
            })
            .prop_filter("valid prefix", |s| valid_nino(s))
    }

    fn de_tax_id() -> impl Strategy<Value = String> {
        (
            Just((0u8..10).collect::<Vec<u8>>()).prop_shuffle(),
            any::<bool>(),
            0..10usize,
            0..10usize,
            any::<bool>(),
        )
            .prop_map(|(perm, triple, p1, p2, spaced)| {
                // Nine (or eight) distinct digits plus one repeated digit.
                let mut d: Vec<u8> = perm[..if triple { 8 } else { 9 }].to_vec();
                let repeated = d[0];
                d.insert(p1 % (d.len() + 1), repeated);
                if triple {
                    d.insert(p2 % (d.len() + 1), repeated);
                }
                d.push(de_check_digit(&d));
                let s = to_string(&d);
                if spaced {
                    grouped(&s, &[2, 3, 3, 3], " ")
                } else {
                    s
                }
            })
            .prop_filter("structure", |s| valid_de_tax_id(ascii_digits(s).as_bytes()))
    }

    fn fr_nir() -> impl Strategy<Value = String> {
        let month = prop::sample::select(
            (1u32..=12)
                .chain([20])
                .chain(30..=42)
                .chain(50..=99)
                .collect::<Vec<_>>(),
        );
        let department = prop_oneof![
            (1u32..=95).prop_map(|d| format!("{d:02}")),
            Just("2A".to_string()),
            Just("2B".to_string()),
            Just("99".to_string()),
        ];
        (
            1u32..=2,
            0u32..100,
            month,
            department,
            1u32..1000,
            1u32..1000,
            0..3usize,
        )
            .prop_map(|(sex, year, month, dep, commune, order, style)| {
                let body = format!("{sex}{year:02}{month:02}{dep}{commune:03}{order:03}");
                let numeric = body.replace("2A", "19").replace("2B", "18");
                let n: u64 = numeric.parse().unwrap_or(0);
                let full = format!("{body}{:02}", 97 - n % 97);
                match style {
                    0 => full,
                    1 => grouped(&full, &[13, 2], " "),
                    _ => grouped(&full, &[1, 2, 2, 2, 3, 3, 2], " "),
                }
            })
    }

    fn es_dni() -> impl Strategy<Value = String> {
        (0u64..100_000_000, 0..4usize).prop_map(|(n, style)| {
            let letter = char::from(ES_LETTERS[(n % 23) as usize]);
            let s = format!("{n:08}");
            match style {
                0 => format!("{s}{letter}"),
                1 => format!("{s}-{letter}"),
                2 => format!("{}.{}.{}-{letter}", &s[0..2], &s[2..5], &s[5..8]),
                _ => format!("{s}{}", letter.to_ascii_lowercase()),
            }
        })
    }

    fn es_nie() -> impl Strategy<Value = String> {
        (0u64..3, 0u64..10_000_000, any::<bool>()).prop_map(|(lead, n, hyphens)| {
            let prefix = char::from(b"XYZ"[lead as usize]);
            let letter = char::from(ES_LETTERS[((lead * 10_000_000 + n) % 23) as usize]);
            if hyphens {
                format!("{prefix}-{n:07}-{letter}")
            } else {
                format!("{prefix}{n:07}{letter}")
            }
        })
    }

    fn jp_my_number() -> impl Strategy<Value = String> {
        (digits(11), 0..3usize).prop_map(|(mut d, style)| {
            d.push(jp_check_digit(&d));
            let s = to_string(&d);
            match style {
                0 => s,
                1 => grouped(&s, &[4, 4, 4], " "),
                _ => grouped(&s, &[4, 4, 4], "-"),
            }
        })
    }

    fn cn_resident_id() -> impl Strategy<Value = String> {
        (
            prop::sample::select(CN_PROVINCES.to_vec()),
            0u32..10000,
            1850u64..2100,
            1u64..=12,
            1u64..=31,
            0u32..1000,
            any::<bool>(),
        )
            .prop_filter("real date", |(_, _, y, m, d, ..)| valid_date(*y, *m, *d))
            .prop_map(|(p, area, y, m, d, seq, spaced)| {
                let body = format!("{p:02}{area:04}{y:04}{m:02}{d:02}{seq:03}");
                let check = cn_check_char(body.as_bytes()).map_or('?', char::from);
                let full = format!("{body}{check}");
                if spaced {
                    grouped(&full, &[6, 8, 4], " ")
                } else {
                    full
                }
            })
    }

    fn sg_nric() -> impl Strategy<Value = String> {
        (prop::sample::select(b"STFGM".to_vec()), digits(7)).prop_map(|(p, d)| {
            let d = to_string(&d);
            let letter = sg_check_letter(p, d.as_bytes()).map_or('?', char::from);
            format!("{}{d}{letter}", char::from(p))
        })
    }

    fn card() -> impl Strategy<Value = String> {
        // (prefix, total length, grouping)
        let brand = prop::sample::select(vec![
            ("4", 16usize, &[4usize, 4, 4, 4][..]),
            ("4", 13, &[4, 4, 4, 1][..]),
            ("4", 19, &[4, 4, 4, 4, 3][..]),
            ("51", 16, &[4, 4, 4, 4][..]),
            ("55", 16, &[4, 4, 4, 4][..]),
            ("2221", 16, &[4, 4, 4, 4][..]),
            ("2720", 16, &[4, 4, 4, 4][..]),
            ("34", 15, &[4, 6, 5][..]),
            ("37", 15, &[4, 6, 5][..]),
            ("6011", 16, &[4, 4, 4, 4][..]),
            ("644", 16, &[4, 4, 4, 4][..]),
            ("65", 16, &[4, 4, 4, 4][..]),
            ("3528", 16, &[4, 4, 4, 4][..]),
            ("3589", 17, &[4, 4, 4, 4, 1][..]),
            ("62", 16, &[4, 4, 4, 4][..]),
        ]);
        (brand, digits(19), 0..3usize).prop_map(|((prefix, len, groups), rest, style)| {
            let mut d: Vec<u8> = prefix.bytes().map(|b| b - b'0').collect();
            d.extend_from_slice(&rest[..len - 1 - d.len()]);
            let check = (0u8..10)
                .find(|&c| {
                    let mut full = d.clone();
                    full.push(c);
                    luhn_checksum_ok(&full)
                })
                .unwrap_or(0);
            d.push(check);
            let s = to_string(&d);
            match style {
                0 => s,
                1 => grouped(&s, groups, " "),
                _ => grouped(&s, groups, "-"),
            }
        })
    }

    proptest! {
        #[test]
        fn prop_ssn_found(b in prose(), g1 in gap(), n in ssn(), g2 in gap(), a in prose()) {
            // Bare nine digits need a label; put it in the prose before.
            let before = if n.len() == 9 { format!("{b} SSN") } else { b };
            check_embedded(&before, g1, &n, g2, &a, IdKind::UsSsn)?;
        }

        #[test]
        fn prop_nino_found(b in prose(), g1 in gap(), n in nino(), g2 in gap(), a in prose()) {
            check_embedded(&b, g1, &n, g2, &a, IdKind::UkNino)?;
        }

        #[test]
        fn prop_de_tax_id_found(b in prose(), g1 in gap(), n in de_tax_id(), g2 in gap(), a in prose()) {
            check_embedded(&b, g1, &n, g2, &a, IdKind::DeTaxId)?;
        }

        #[test]
        fn prop_fr_nir_found(b in prose(), g1 in gap(), n in fr_nir(), g2 in gap(), a in prose()) {
            prop_assert!(valid_fr_nir(&n));
            check_embedded(&b, g1, &n, g2, &a, IdKind::FrNir)?;
        }

        #[test]
        fn prop_es_dni_found(b in prose(), g1 in gap(), n in es_dni(), g2 in gap(), a in prose()) {
            check_embedded(&b, g1, &n, g2, &a, IdKind::EsDni)?;
        }

        #[test]
        fn prop_es_nie_found(b in prose(), g1 in gap(), n in es_nie(), g2 in gap(), a in prose()) {
            check_embedded(&b, g1, &n, g2, &a, IdKind::EsNie)?;
        }

        #[test]
        fn prop_jp_my_number_found(b in prose(), g1 in gap(), n in jp_my_number(), g2 in gap(), a in prose()) {
            check_embedded(&b, g1, &n, g2, &a, IdKind::JpMyNumber)?;
        }

        #[test]
        fn prop_cn_resident_id_found(b in prose(), g1 in gap(), n in cn_resident_id(), g2 in gap(), a in prose()) {
            check_embedded(&b, g1, &n, g2, &a, IdKind::CnResidentId)?;
        }

        #[test]
        fn prop_sg_nric_found(b in prose(), g1 in gap(), n in sg_nric(), g2 in gap(), a in prose()) {
            check_embedded(&b, g1, &n, g2, &a, IdKind::SgNric)?;
        }

        #[test]
        fn prop_card_found(b in prose(), g1 in gap(), n in card(), g2 in gap(), a in prose()) {
            prop_assert!(luhn(ascii_digits(&n).as_bytes()));
            check_embedded(&b, g1, &n, g2, &a, IdKind::PaymentCard)?;
        }

        /// Arbitrary text never panics and always yields sorted,
        /// non-overlapping ranges on char boundaries.
        #[test]
        fn prop_find_is_well_formed(text in "[0-9A-Za-z \\-./+\\p{Han}\\p{Arabic}٠-٩０-９]{0,80}") {
            let matches = DETECTOR.find(&text);
            for pair in matches.windows(2) {
                prop_assert!(pair[0].range.end <= pair[1].range.start);
            }
            for m in &matches {
                prop_assert!(text.is_char_boundary(m.range.start));
                prop_assert!(text.is_char_boundary(m.range.end));
                prop_assert!(m.range.start < m.range.end);
            }
        }

        /// Any single-digit substitution in a valid DNI, Chinese ID, German
        /// tax ID or card is rejected (MOD 23, MOD 11-2, MOD 11,10 and Luhn
        /// all detect every single substitution).
        #[test]
        fn prop_single_digit_change_rejected(
            dni in es_dni(), cn in cn_resident_id(), de in de_tax_id(), card in card(),
            pos in 0..19usize, delta in 1u8..10,
        ) {
            let change = |s: &str| -> String {
                let digit_positions: Vec<usize> =
                    s.char_indices().filter(|(_, c)| c.is_ascii_digit()).map(|(i, _)| i).collect();
                let at = digit_positions[pos % digit_positions.len()];
                let mut bytes = s.as_bytes().to_vec();
                bytes[at] = b'0' + (bytes[at] - b'0' + delta) % 10;
                String::from_utf8(bytes).unwrap_or_default()
            };
            prop_assert!(!valid_es_dni(&change(&dni)));
            prop_assert!(!valid_cn_resident_id(&change(&cn)));
            prop_assert!(!valid_de_tax_id(ascii_digits(&change(&de)).as_bytes()));
            prop_assert!(!luhn(ascii_digits(&change(&card)).as_bytes()));
        }
    }
}
