//! The languages applicants read the portal in (docs/languages.md): every folder under
//! `locales/` is one, with its Fluent messages, its sensitive-phrase list and CLDR
//! formats. English is the default and the fallback; nothing here does I/O, the files
//! are compiled in.

#[cfg(test)]
mod checks;
pub mod format;
pub mod negotiate;
pub mod pseudo;
pub mod sources;

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::Memoizable;
use serde::{Serialize, Serializer};
use unic_langid::{CharacterDirection, LanguageIdentifier};

pub use format::Formats;

/// The language of unprefixed addresses, and of anything a translation lacks.
pub const DEFAULT: &str = "en";

/// A language the portal speaks: one of the folders under `locales/`.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang(&'static str);

impl Lang {
    /// The default language.
    pub fn default_lang() -> Self {
        Self(DEFAULT)
    }

    /// The language with this code, if we have it (exact, lower-case, as in URLs).
    pub fn from_code(code: &str) -> Option<Self> {
        catalog()
            .languages
            .iter()
            .find(|l| l.code == code)
            .map(|l| Self(l.code))
    }

    /// A language as stored with a row: one no longer offered reads as the default.
    pub fn stored(code: &str) -> Self {
        Self::from_code(code).unwrap_or_else(Self::default_lang)
    }

    /// `de`, `zh`.
    pub fn code(self) -> &'static str {
        self.0
    }

    /// Whether this is the default language, whose pages have no prefix.
    pub fn is_default(self) -> bool {
        self.0 == DEFAULT
    }

    /// The start of this language's addresses: `` for the default, `/de` otherwise.
    pub fn prefix(self) -> &'static str {
        &self.entry().prefix
    }

    /// The language's name in itself: `Deutsch`, `日本語`.
    pub fn name(self) -> &'static str {
        &self.entry().name
    }

    /// `ltr` or `rtl`, for `<html dir>`.
    pub fn direction(self) -> &'static str {
        if self.entry().rtl { "rtl" } else { "ltr" }
    }

    /// Its dates, numbers and alphabetical order.
    pub fn formats(self) -> &'static Formats {
        &self.entry().formats
    }

    fn entry(self) -> &'static Language {
        let languages = &catalog().languages;
        languages
            .iter()
            .find(|l| l.code == self.0)
            .unwrap_or(&languages[0])
    }
}

impl std::fmt::Debug for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

/// Every language, the default first, then by code.
pub fn all() -> impl Iterator<Item = Lang> {
    catalog().languages.iter().map(|l| Lang(l.code))
}

/// The codes of every language, for [`negotiate::negotiate`].
pub fn codes() -> &'static [&'static str] {
    &catalog().codes
}

/// A message that could not be made.
#[derive(Debug, thiserror::Error)]
pub enum MessageError {
    #[error("no message `{0}` in any language")]
    Missing(String),
    #[error("message `{key}` in {lang}: {errors}")]
    Broken {
        key: String,
        lang: &'static str,
        errors: String,
    },
}

/// One language's compiled files.
struct Language {
    code: &'static str,
    prefix: String,
    name: String,
    rtl: bool,
    bundle: FluentBundle<FluentResource>,
    formats: Formats,
    /// Right to left only: per message, the values [`isolate`] must leave bare.
    bare: HashMap<String, BTreeSet<String>>,
}

struct Catalog {
    /// The default first.
    languages: Vec<Language>,
    codes: Vec<&'static str>,
}

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| {
    Catalog::compile().unwrap_or_else(|error| panic!("locales/ does not compile: {error}"))
});

fn catalog() -> &'static Catalog {
    &CATALOG
}

/// Compiles every language now, so that a broken file stops the server at start-up
/// rather than on the first page in that language.
pub fn check() -> Result<(), String> {
    std::panic::catch_unwind(|| catalog().languages.len())
        .map(|_| ())
        .map_err(|panic| {
            panic
                .downcast_ref::<String>()
                .cloned()
                .unwrap_or_else(|| "locales/ does not compile".to_owned())
        })
}

impl Catalog {
    fn compile() -> Result<Self, String> {
        let mut languages = Vec::new();
        for source in sources::LOCALES {
            let id: LanguageIdentifier = source
                .code
                .parse()
                .map_err(|e| format!("locales/{}: not a language tag: {e}", source.code))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
            // Isolation marks around every value would also land inside link targets;
            // `format` isolates the values of right-to-left text itself.
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(local_number));
            let rtl = id.character_direction() == CharacterDirection::RTL;
            let mut bare = HashMap::new();
            for (file, text) in source.ftl {
                let resource = FluentResource::try_new((*text).to_owned())
                    .map_err(|(_, errors)| format!("locales/{}/{file}: {errors:?}", source.code))?;
                if rtl {
                    for entry in resource.entries() {
                        if let fluent_syntax::ast::Entry::Message(message) = entry
                            && let Some(pattern) = &message.value
                        {
                            let mut names = BTreeSet::new();
                            bare_variables(pattern, &mut false, &mut names);
                            bare.insert(message.id.name.to_owned(), names);
                        }
                    }
                }
                bundle
                    .add_resource(resource)
                    .map_err(|errors| format!("locales/{}/{file}: {errors:?}", source.code))?;
            }
            let plain = |key: &str| -> Option<String> {
                let pattern = bundle.get_message(key)?.value()?;
                let mut errors = Vec::new();
                Some(
                    bundle
                        .format_pattern(pattern, None, &mut errors)
                        .into_owned(),
                )
            };
            let name = plain("language-name")
                .ok_or_else(|| format!("locales/{}: no `language-name` message", source.code))?;
            let locale = plain("language-formats").unwrap_or_else(|| source.code.to_owned());
            let formats = Formats::new(&locale).map_err(|e| e.to_string())?;
            languages.push(Language {
                code: source.code,
                prefix: if source.code == DEFAULT {
                    String::new()
                } else {
                    format!("/{}", source.code)
                },
                name,
                rtl,
                bundle,
                formats,
                bare,
            });
        }
        languages.sort_by_key(|l| (l.code != DEFAULT, l.code));
        if languages.first().map(|l| l.code) != Some(DEFAULT) {
            return Err(format!("locales/{DEFAULT} is missing"));
        }
        let codes = languages.iter().map(|l| l.code).collect();
        Ok(Self { languages, codes })
    }
}

/// Named values for a message: text, or whole numbers (which plural rules read).
pub type Args<'a> = FluentArgs<'a>;

/// Builds [`Args`] from pairs: a value that is a plain whole number becomes a number,
/// so that `{ $count -> [one] … }` can choose, anything else stays text.
pub fn args<'a>(pairs: &[(&'a str, &'a str)]) -> Args<'a> {
    let mut args = FluentArgs::new();
    for (key, value) in pairs {
        args.set(*key, value_of(value));
    }
    args
}

/// A string as a message value: numbers as numbers (see [`args`]).
pub fn value_of(value: &str) -> FluentValue<'_> {
    let plain_integer = !value.is_empty()
        && value.len() <= 15
        && value.bytes().all(|b| b.is_ascii_digit())
        && (value == "0" || !value.starts_with('0'));
    match value.parse::<i64>() {
        Ok(number) if plain_integer => FluentValue::from(number),
        _ => FluentValue::from(value),
    }
}

impl Lang {
    /// The message `key` with `args`, as plain text. A message this language lacks is
    /// taken from the default language; one no language has is an error.
    pub fn message(self, key: &str, args: Option<&Args<'_>>) -> Result<String, MessageError> {
        let wanted = self.entry();
        let (language, message) = match wanted.bundle.get_message(key) {
            Some(message) => (wanted, message),
            None => {
                let fallback = &catalog().languages[0];
                let message = fallback
                    .bundle
                    .get_message(key)
                    .ok_or_else(|| MessageError::Missing(key.to_owned()))?;
                tracing::error!(
                    key,
                    lang = self.0,
                    "message missing: shown in the default language"
                );
                (fallback, message)
            }
        };
        let pattern = message
            .value()
            .ok_or_else(|| MessageError::Missing(key.to_owned()))?;
        let isolated;
        let args = match args {
            Some(args) if language.rtl => {
                isolated = isolate(args, language.bare.get(key));
                Some(&isolated)
            }
            other => other,
        };
        let mut errors = Vec::new();
        let text = language.bundle.format_pattern(pattern, args, &mut errors);
        if errors.is_empty() {
            Ok(text.into_owned())
        } else {
            Err(MessageError::Broken {
                key: key.to_owned(),
                lang: language.code,
                errors: format!("{errors:?}"),
            })
        }
    }

    /// [`Lang::message`] for text that must always show something: a failure is logged
    /// and the key shown instead.
    pub fn text(self, key: &str, args: Option<&Args<'_>>) -> String {
        self.message(key, args).unwrap_or_else(|error| {
            tracing::error!(error = %error, "message failed");
            key.to_owned()
        })
    }

    /// Whether this language has its own `key` (tests, and the parity check).
    pub fn has(self, key: &str) -> bool {
        self.entry().bundle.has_message(key)
    }
}

/// Text values wrapped in first-strong isolates, so that a Latin name or a number
/// inside Arabic text keeps its own direction. Values the message compares (`{ $stage
/// -> … }`) or puts inside a tag (`href="{ $…url }"`, `datetime="…"`) stay bare.
fn isolate<'a>(args: &'a Args<'a>, bare: Option<&BTreeSet<String>>) -> Args<'a> {
    let mut out = FluentArgs::new();
    for (key, value) in args.iter() {
        // Addresses (`…url`) stay bare too: mails print them alone as links.
        let keep = key.ends_with("url") || bare.is_some_and(|names| names.contains(key));
        let value = match value {
            FluentValue::String(text) if !keep => {
                FluentValue::String(Cow::Owned(format!("\u{2068}{text}\u{2069}")))
            }
            other => other.clone(),
        };
        out.set(key.to_owned(), value);
    }
    out
}

/// The language of a bundle, for [`local_number`]: Fluent hands formatters only its
/// memoizer, which makes this once per language.
struct BundleLanguage(Lang);

impl Memoizable for BundleLanguage {
    type Args = ();
    type Error = ();

    fn construct(id: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Lang::from_code(&id.to_string()).map(Self).ok_or(())
    }
}

/// Whole numbers in messages (`{ $count } open positions`) in the language's digits
/// and grouping; anything else as Fluent writes it.
fn local_number(
    value: &FluentValue<'_>,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    if number.value.fract() != 0.0 || number.value.abs() > 1e15 {
        return None;
    }
    let lang = memoizer
        .with_try_get::<BundleLanguage, _, _>((), |language| language.0)
        .ok()?;
    Some(lang.formats().number(number.value as i64))
}

/// Every language's phrase list, for the sensitive-data scanner.
pub fn phrase_lists() -> impl Iterator<Item = (&'static str, &'static str)> {
    sources::LOCALES
        .iter()
        .filter_map(|s| s.phrases.map(|p| (s.code, p)))
}

/// Every message of `lang` with the variables it uses, for tests that compare
/// languages: a translation must use the values the English message is given.
pub fn messages(lang: Lang) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for source in sources::LOCALES.iter().filter(|s| s.code == lang.code()) {
        for (_, text) in source.ftl {
            let Ok(resource) = FluentResource::try_new((*text).to_owned()) else {
                continue;
            };
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(message) = entry {
                    let mut names = Vec::new();
                    if let Some(pattern) = &message.value {
                        variables(pattern, &mut names);
                    }
                    names.sort();
                    names.dedup();
                    out.insert(message.id.name.to_owned(), names);
                }
            }
        }
    }
    out
}

/// The variables of `pattern` used as selectors or inside markup (`<a href="{ $x }">`):
/// `in_tag` says whether the text so far has opened a tag it has not closed.
fn bare_variables(
    pattern: &fluent_syntax::ast::Pattern<&str>,
    in_tag: &mut bool,
    out: &mut BTreeSet<String>,
) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => {
                for c in value.chars() {
                    match c {
                        '<' => *in_tag = true,
                        '>' => *in_tag = false,
                        _ => {}
                    }
                }
            }
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { id }),
            } => {
                if *in_tag {
                    out.insert(id.name.to_owned());
                }
            }
            PatternElement::Placeable {
                expression: Expression::Select { selector, variants },
            } => {
                if let InlineExpression::VariableReference { id } = selector {
                    out.insert(id.name.to_owned());
                }
                let after = *in_tag;
                for variant in variants {
                    let mut inside = after;
                    bare_variables(&variant.value, &mut inside, out);
                }
            }
            PatternElement::Placeable { .. } => {}
        }
    }
}

fn variables(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut Vec<String>) {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
    for element in &pattern.elements {
        let PatternElement::Placeable { expression } = element else {
            continue;
        };
        match expression {
            Expression::Inline(InlineExpression::VariableReference { id }) => {
                out.push(id.name.to_owned());
            }
            Expression::Select { selector, variants } => {
                if let InlineExpression::VariableReference { id } = selector {
                    out.push(id.name.to_owned());
                }
                for variant in variants {
                    variables(&variant.value, out);
                }
            }
            _ => {}
        }
    }
}
