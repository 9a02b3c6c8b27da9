//! Second factors for staff (docs/staff-accounts.md, second factor): time-based one-time
//! codes (RFC 6238), single-use recovery codes, who must have a second factor, and how a
//! session was authenticated.

use chrono::{DateTime, TimeDelta, Utc};
use hmac::{Hmac, Mac};
use sha1::Sha1;

use super::staff::Role;

/// Seconds one code lasts.
const STEP_SECONDS: i64 = 30;
/// Digits of a code.
const DIGITS: u32 = 6;
/// Bytes of a new secret (RFC 4226 recommends 160 bits).
pub const SECRET_BYTES: usize = 20;
/// Recovery codes issued at once.
pub const RECOVERY_CODES: usize = 10;

/// The HOTP value of `secret` at `counter` (RFC 4226, section 5.3).
fn hotp(secret: &[u8], counter: u64) -> u32 {
    let mut mac = Hmac::<Sha1>::new_from_slice(secret)
        .unwrap_or_else(|_| unreachable!("HMAC takes any key length"));
    mac.update(&counter.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[19] & 0x0f);
    let value = u32::from_be_bytes([
        digest[offset] & 0x7f,
        digest[offset + 1],
        digest[offset + 2],
        digest[offset + 3],
    ]);
    value % 10u32.pow(DIGITS)
}

/// The time step of an instant.
pub fn step_at(now: DateTime<Utc>) -> i64 {
    now.timestamp().div_euclid(STEP_SECONDS)
}

/// The code of `secret` at time step `step`, as six digits.
pub fn code_at(secret: &[u8], step: i64) -> String {
    format!("{:06}", hotp(secret, step.max(0) as u64))
}

/// Checks a typed code at `now`, one step either side for clock drift. A code is never
/// accepted twice: only steps after `last_used` count. Returns the step it matched.
pub fn verify_code(
    secret: &[u8],
    typed: &str,
    now: DateTime<Utc>,
    last_used: Option<i64>,
) -> Option<i64> {
    let typed = as_authenticator_code(typed)?;
    let current = step_at(now);
    (current - 1..=current + 1)
        .filter(|step| last_used.is_none_or(|last| *step > last))
        .find(|step| same(code_at(secret, *step).as_bytes(), typed.as_bytes()))
}

/// The typed text as an authenticator code (six digits; spaces, as apps show them,
/// ignored), or `None` when it has another shape, such as a recovery code.
pub fn as_authenticator_code(typed: &str) -> Option<String> {
    let digits: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    (digits.len() == DIGITS as usize && digits.bytes().all(|b| b.is_ascii_digit()))
        .then_some(digits)
}

/// The longest name of a passkey, in characters.
pub const PASSKEY_NAME_CHARS: usize = 64;

/// A passkey's name as typed ("YubiKey 5", "Work laptop"), trimmed; empty gives
/// "Passkey N" after the member's `existing` ones. Control characters are refused.
pub fn passkey_name(typed: &str, existing: usize) -> Result<String, &'static str> {
    let name = typed.trim();
    if name.chars().any(char::is_control) {
        return Err("A name cannot hold line breaks or other control characters.");
    }
    if name.chars().count() > PASSKEY_NAME_CHARS {
        return Err("Keep the name to 64 characters.");
    }
    Ok(if name.is_empty() {
        format!("Passkey {}", existing + 1)
    } else {
        name.to_owned()
    })
}

/// Equal in time that depends only on the lengths.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// RFC 4648 base32 without padding: how authenticator apps take a secret.
pub fn base32(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(5) * 8);
    for chunk in bytes.chunks(5) {
        let mut buffer = [0u8; 5];
        buffer[..chunk.len()].copy_from_slice(chunk);
        let bits = u64::from_be_bytes([
            0, 0, 0, buffer[0], buffer[1], buffer[2], buffer[3], buffer[4],
        ]);
        let chars = (chunk.len() * 8).div_ceil(5);
        for i in 0..chars {
            let index = (bits >> (35 - 5 * i)) & 0x1f;
            out.push(char::from(BASE32[index as usize]));
        }
    }
    out
}

/// The `otpauth://` address an authenticator app scans to enrol.
pub fn otpauth_uri(issuer: &str, account: &str, secret: &[u8]) -> String {
    let label = format!("{}:{}", percent(issuer), percent(account));
    format!(
        "otpauth://totp/{label}?secret={}&issuer={}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
        base32(secret),
        percent(issuer)
    )
}

/// Percent-encodes everything but unreserved characters (RFC 3986).
fn percent(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// A recovery code as shown once: ten characters from an alphabet without look-alikes,
/// in two groups (`k7m2p-x9q4t`), about 50 bits of chance.
pub fn new_recovery_code() -> String {
    const ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";
    let mut code = String::with_capacity(11);
    for i in 0..10 {
        if i == 5 {
            code.push('-');
        }
        let index = rand::random::<u32>() as usize % ALPHABET.len();
        code.push(char::from(ALPHABET[index]));
    }
    code
}

/// A typed recovery code the way it is kept: lower-case, without spaces or dashes.
pub fn normalise_recovery_code(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .flat_map(char::to_lowercase)
        .collect();
    (code.len() == 10 && code.bytes().all(|b| b.is_ascii_alphanumeric())).then_some(code)
}

/// Which staff must have a second factor (`CAREERS_REQUIRE_2FA`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Requirement {
    None,
    HrAdmin,
    Recruiter,
    All,
}

impl Requirement {
    /// Whether a member with `role` must enrol a second factor.
    pub fn applies_to(self, role: Role) -> bool {
        match self {
            Self::None => false,
            Self::HrAdmin => role == Role::HrAdmin,
            Self::Recruiter => role.includes(Role::Recruiter),
            Self::All => true,
        }
    }
}

/// How far a session has come: signed in, or waiting for a second factor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionStage {
    /// Every factor given: staff pages open.
    Full,
    /// Password given; the member's second factor is still to come.
    SecondFactor,
    /// Password given; the member must enrol a second factor before anything else.
    Enrol,
}

impl SessionStage {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Full => "full",
            Self::SecondFactor => "second_factor",
            Self::Enrol => "enrol",
        }
    }

    /// Parses a stored name (anything unknown opens nothing).
    pub fn parse(raw: &str) -> Self {
        match raw {
            "full" => Self::Full,
            "enrol" => Self::Enrol,
            _ => Self::SecondFactor,
        }
    }

    /// The stage a password sign-in leads to.
    pub fn after_password(has_second_factor: bool, must_enrol: bool) -> Self {
        if has_second_factor {
            Self::SecondFactor
        } else if must_enrol {
            Self::Enrol
        } else {
            Self::Full
        }
    }
}

/// What a staff session records of its sign-in.
#[derive(Debug, Clone)]
pub struct SessionFacts {
    pub id: i32,
    pub stage: SessionStage,
    pub methods: Vec<Method>,
    pub second_factor_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// One way a session was authenticated, as the session records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Password,
    SingleSignOn,
    Totp,
    Passkey,
    RecoveryCode,
}

impl Method {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Password => "password",
            Self::SingleSignOn => "sso",
            Self::Totp => "totp",
            Self::Passkey => "passkey",
            Self::RecoveryCode => "recovery_code",
        }
    }

    /// Parses a stored name.
    pub fn parse(raw: &str) -> Option<Self> {
        [
            Self::Password,
            Self::SingleSignOn,
            Self::Totp,
            Self::Passkey,
            Self::RecoveryCode,
        ]
        .into_iter()
        .find(|m| m.as_str() == raw)
    }

    /// Whether this method is a second factor.
    pub fn is_second_factor(self) -> bool {
        matches!(self, Self::Totp | Self::Passkey | Self::RecoveryCode)
    }

    /// How staff read it.
    pub fn label(self) -> &'static str {
        match self {
            Self::Password => "password",
            Self::SingleSignOn => "single sign-on",
            Self::Totp => "authenticator code",
            Self::Passkey => "passkey",
            Self::RecoveryCode => "recovery code",
        }
    }
}

/// The methods of a session as stored: comma-separated, each once, in order given.
pub fn join_methods(methods: &[Method]) -> String {
    let mut seen: Vec<Method> = Vec::new();
    for method in methods {
        if !seen.contains(method) {
            seen.push(*method);
        }
    }
    seen.iter()
        .map(|m| m.as_str())
        .collect::<Vec<_>>()
        .join(",")
}

/// The methods of a stored session (unknown names are left out).
pub fn split_methods(stored: &str) -> Vec<Method> {
    stored.split(',').filter_map(Method::parse).collect()
}

/// Whether a destructive action must first ask for the second factor again: only staff
/// who have one, and only when the last one given is older than the window.
pub fn needs_step_up(
    has_second_factor: bool,
    last_given: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    window: TimeDelta,
) -> bool {
    has_second_factor && !is_recent(last_given, now, window)
}

/// Whether a second factor given at `at` is recent enough at `now` for a destructive
/// action.
pub fn is_recent(at: Option<DateTime<Utc>>, now: DateTime<Utc>, window: TimeDelta) -> bool {
    at.is_some_and(|at| at <= now && now - at < window)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B: the SHA-1 secret and its eight-digit values, of which a
    /// six-digit code is the last six digits.
    const RFC_SECRET: &[u8] = b"12345678901234567890";

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(seconds, 0).expect("time")
    }

    #[test]
    fn codes_match_the_rfc_6238_test_vectors() {
        for (seconds, eight) in [
            (59, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
            (20_000_000_000, "65353130"),
        ] {
            assert_eq!(code_at(RFC_SECRET, step_at(at(seconds))), eight[2..]);
        }
    }

    #[test]
    fn a_code_is_accepted_one_step_either_side_and_never_twice() {
        let now = at(1_234_567_890);
        let step = step_at(now);
        let code = |s| code_at(RFC_SECRET, s);
        assert_eq!(verify_code(RFC_SECRET, &code(step), now, None), Some(step));
        assert_eq!(
            verify_code(RFC_SECRET, &code(step - 1), now, None),
            Some(step - 1)
        );
        assert_eq!(
            verify_code(RFC_SECRET, &code(step + 1), now, None),
            Some(step + 1)
        );
        assert_eq!(verify_code(RFC_SECRET, &code(step - 2), now, None), None);
        assert_eq!(verify_code(RFC_SECRET, &code(step + 2), now, None), None);
        assert_eq!(
            verify_code(RFC_SECRET, &code(step), now, Some(step)),
            None,
            "the same code again"
        );
        assert_eq!(
            verify_code(RFC_SECRET, &code(step - 1), now, Some(step)),
            None,
            "an older code after a newer one"
        );
        assert_eq!(
            verify_code(RFC_SECRET, &code(step + 1), now, Some(step)),
            Some(step + 1)
        );
    }

    #[test]
    fn typed_codes_are_six_digits_with_spaces_forgiven() {
        let now = at(59);
        let code = code_at(RFC_SECRET, step_at(now));
        let spaced = format!("{} {}", &code[..3], &code[3..]);
        assert!(verify_code(RFC_SECRET, &spaced, now, None).is_some());
        for wrong in [
            "",
            "12345",
            "1234567",
            "abcdef",
            "٢٨٧٠٨٢",
            "' OR 1=1",
            "<script>",
        ] {
            assert_eq!(verify_code(RFC_SECRET, wrong, now, None), None, "{wrong}");
        }
    }

    #[test]
    fn base32_matches_rfc_4648() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "MY"),
            ("fo", "MZXQ"),
            ("foo", "MZXW6"),
            ("foob", "MZXW6YQ"),
            ("fooba", "MZXW6YTB"),
            ("foobar", "MZXW6YTBOI"),
        ] {
            assert_eq!(base32(plain.as_bytes()), encoded);
        }
        assert_eq!(base32(RFC_SECRET), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }

    #[test]
    fn the_enrolment_address_escapes_issuer_and_account() {
        let uri = otpauth_uri("Acme Careers", "zoë+hr@example.com", RFC_SECRET);
        assert!(uri.starts_with("otpauth://totp/Acme%20Careers:zo%C3%AB%2Bhr%40example.com?"));
        assert!(uri.contains("secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Acme%20Careers"));
    }

    #[test]
    fn recovery_codes_are_random_and_typed_loosely() {
        let a = new_recovery_code();
        let b = new_recovery_code();
        assert_ne!(a, b);
        assert_eq!(a.len(), 11);
        let kept = normalise_recovery_code(&a).expect("own code");
        assert_eq!(
            normalise_recovery_code(&format!(" {} ", a.to_uppercase())),
            Some(kept)
        );
        assert_eq!(normalise_recovery_code("abc"), None);
        assert_eq!(normalise_recovery_code("abcde-fghi;"), None);
    }

    #[test]
    fn the_requirement_covers_roles_upwards() {
        use Role::*;
        let covered =
            |r: Requirement| [HiringManager, Recruiter, HrAdmin].map(|role| r.applies_to(role));
        assert_eq!(covered(Requirement::None), [false, false, false]);
        assert_eq!(covered(Requirement::HrAdmin), [false, false, true]);
        assert_eq!(covered(Requirement::Recruiter), [false, true, true]);
        assert_eq!(covered(Requirement::All), [true, true, true]);
    }

    #[test]
    fn a_password_leads_to_the_second_factor_or_enrolment() {
        assert_eq!(
            SessionStage::after_password(true, true),
            SessionStage::SecondFactor
        );
        assert_eq!(
            SessionStage::after_password(true, false),
            SessionStage::SecondFactor
        );
        assert_eq!(
            SessionStage::after_password(false, true),
            SessionStage::Enrol
        );
        assert_eq!(
            SessionStage::after_password(false, false),
            SessionStage::Full
        );
        for stage in [
            SessionStage::Full,
            SessionStage::SecondFactor,
            SessionStage::Enrol,
        ] {
            assert_eq!(SessionStage::parse(stage.as_str()), stage);
        }
        assert_eq!(SessionStage::parse("garbage"), SessionStage::SecondFactor);
    }

    #[test]
    fn session_methods_round_trip_without_repeats() {
        use Method::*;
        let stored = join_methods(&[Password, Totp, Totp, RecoveryCode]);
        assert_eq!(stored, "password,totp,recovery_code");
        assert_eq!(split_methods(&stored), vec![Password, Totp, RecoveryCode]);
        assert_eq!(
            split_methods("password,bogus,sso"),
            vec![Password, SingleSignOn]
        );
        assert!(Totp.is_second_factor() && !Password.is_second_factor());
    }

    #[test]
    fn a_step_up_is_asked_only_of_staff_with_a_stale_second_factor() {
        let window = TimeDelta::minutes(15);
        let now = at(10_000);
        assert!(!needs_step_up(false, None, now, window));
        assert!(needs_step_up(true, None, now, window));
        assert!(needs_step_up(true, Some(at(10_000 - 901)), now, window));
        assert!(!needs_step_up(true, Some(at(10_000 - 60)), now, window));
    }

    #[test]
    fn recent_means_within_the_window_and_not_in_the_future() {
        let window = TimeDelta::minutes(15);
        assert!(is_recent(Some(at(1000)), at(1000 + 899), window));
        assert!(!is_recent(Some(at(1000)), at(1000 + 900), window));
        assert!(!is_recent(None, at(1000), window));
        assert!(!is_recent(Some(at(2000)), at(1000), window));
    }

    #[test]
    fn a_passkey_name_is_trimmed_bounded_and_never_empty() {
        assert_eq!(passkey_name("  YubiKey 5 ", 0).unwrap(), "YubiKey 5");
        assert_eq!(passkey_name("", 2).unwrap(), "Passkey 3");
        assert_eq!(passkey_name("ノートパソコン", 0).unwrap(), "ノートパソコン");
        assert_eq!(
            passkey_name(&"é".repeat(64), 0).unwrap().chars().count(),
            64
        );
        assert!(passkey_name(&"é".repeat(65), 0).is_err());
        assert!(passkey_name("two\nlines", 0).is_err());
        assert_eq!(
            passkey_name("<script>alert(1)</script>", 0).unwrap(),
            "<script>alert(1)</script>",
            "kept as typed; templates escape it"
        );
    }
}
