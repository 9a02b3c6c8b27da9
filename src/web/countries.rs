//! The country select list in the page's language: names from `countries.ftl`, in
//! the language's alphabetical order (so `Österreich` sits with the O's in German).

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::domain::country::COUNTRIES;
use crate::i18n::{self, Lang};

/// (code, name) pairs per language, made once.
static CHOICES: LazyLock<HashMap<Lang, Vec<(&'static str, String)>>> = LazyLock::new(|| {
    i18n::all()
        .map(|lang| {
            let mut choices: Vec<(&'static str, String)> = COUNTRIES
                .iter()
                .map(|(code, _)| (*code, lang.text(&format!("country-{code}"), None)))
                .collect();
            choices.sort_by(|a, b| lang.formats().compare(&a.1, &b.1));
            (lang, choices)
        })
        .collect()
});

/// Every country the form accepts, named and ordered for `lang`.
pub fn choices(lang: Lang) -> &'static [(&'static str, String)] {
    CHOICES.get(&lang).map_or(&[], Vec::as_slice)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_lists_every_country_in_its_own_order() {
        let german = choices(Lang::from_code("de").expect("German"));
        assert_eq!(german.len(), COUNTRIES.len());
        let at = |name: &str| german.iter().position(|(_, n)| n == name).expect(name);
        assert!(at("Oman") < at("Österreich") && at("Österreich") < at("Pakistan"));
        assert!(
            german
                .iter()
                .any(|(code, name)| *code == "DE" && name == "Deutschland")
        );
        let japanese = choices(Lang::from_code("ja").expect("Japanese"));
        assert!(
            japanese
                .iter()
                .any(|(code, name)| *code == "JP" && name == "日本")
        );
    }
}
