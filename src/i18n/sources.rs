//! The files of every language, embedded by `build.rs` from `locales/<code>/`.

/// One language's files.
pub struct LocaleSource {
    /// The folder name: a BCP 47 language tag such as `de` or `zh`.
    pub code: &'static str,
    /// Its Fluent files, by file name.
    pub ftl: &'static [(&'static str, &'static str)],
    /// Its `sensitive-phrases.txt`, if it has one.
    pub phrases: Option<&'static str>,
}

include!(concat!(env!("OUT_DIR"), "/locales.rs"));
