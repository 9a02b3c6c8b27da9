//! Tests that keep the languages whole (docs/languages.md): every language has every
//! message with the same values, markup only where markup is allowed, and no
//! applicant-facing template shows text that does not go through `t()`.

use std::collections::BTreeSet;
use std::path::Path;

use regex::Regex;

use super::{Lang, all, messages};

/// The templates an applicant sees: everything but the staff and admin areas and the
/// staff mails.
fn applicant_templates() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    let staff_mails = [
        "new_application",
        "interview_invitation_staff",
        "interview_cancelled_staff",
        "password_reset",
        "scorecard_reminder",
        "second_factor_reset",
        "staff_welcome",
    ];
    crate::views::TEMPLATES
        .iter()
        .filter(|(name, _)| {
            !name.starts_with("staff/")
                && !name.starts_with("admin/")
                && !staff_mails
                    .iter()
                    .any(|m| name.starts_with(&format!("email/{m}/")))
        })
        .map(|(name, _)| {
            let text = std::fs::read_to_string(root.join(format!("{name}.tera")))
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            ((*name).to_owned(), text)
        })
        .collect()
}

#[test]
fn every_language_has_every_message_with_the_same_values() {
    let english = messages(Lang::default_lang());
    assert!(english.len() > 300, "{} English messages", english.len());
    for lang in all().filter(|l| !l.is_default()) {
        let theirs = messages(lang);
        let missing: Vec<_> = english
            .keys()
            .filter(|k| !theirs.contains_key(*k))
            .collect();
        let extra: Vec<_> = theirs
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        assert!(extra.is_empty(), "{lang:?} has unknown {extra:?}");
        for (key, variables) in &english {
            assert_eq!(&theirs[key], variables, "{lang:?} {key}: other values");
        }
    }
}

#[test]
fn every_language_names_itself_and_its_direction() {
    let names: BTreeSet<&str> = all().map(Lang::name).collect();
    assert_eq!(names.len(), all().count(), "each language has its own name");
    let arabic = Lang::from_code("ar").expect("Arabic");
    assert_eq!(arabic.direction(), "rtl");
    assert_eq!(Lang::default_lang().direction(), "ltr");
}

#[test]
fn every_language_writes_dates_its_own_way() {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 5).expect("date");
    let mut seen = BTreeSet::new();
    for lang in all() {
        let date = lang.formats().date(day);
        assert!(date.contains("2026"), "{lang:?}: {date}");
        seen.insert(date);
    }
    // Japanese and Chinese agree (2026年12月5日); every other language differs.
    assert_eq!(seen.len(), all().count() - 1, "{seen:?}");
}

/// The literal text of a pattern, every variant included, placeables left out.
fn pattern_text(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut String) {
    use fluent_syntax::ast::{Expression, PatternElement};
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => {
                for variant in variants {
                    pattern_text(&variant.value, out);
                }
            }
            // A value: `{ $x }` inside `href="…"` leaves `href=""`, checked below.
            PatternElement::Placeable { .. } => out.push_str("{}"),
        }
    }
}

#[test]
fn markup_is_only_where_allowed_and_only_the_allowed_tags() {
    let tag = Regex::new(r"<[^>]*>").expect("regex");
    let allowed = Regex::new(
        r#"^(?:</?(?:strong|code|span|a|time)>|<a href="\{\}">|<a href="mailto:\{\}">|<strong class="reference">|<time datetime="\{\}">)$"#,
    )
    .expect("regex");
    for lang in all() {
        for source in super::sources::LOCALES
            .iter()
            .filter(|s| s.code == lang.code())
        {
            for (file, text) in source.ftl {
                let resource = fluent_bundle::FluentResource::try_new((*text).to_owned())
                    .unwrap_or_else(|_| panic!("{lang:?} {file} parses"));
                for entry in resource.entries() {
                    let fluent_syntax::ast::Entry::Message(message) = entry else {
                        continue;
                    };
                    let id = message.id.name;
                    let mut literal = String::new();
                    if let Some(pattern) = &message.value {
                        pattern_text(pattern, &mut literal);
                    }
                    if id.ends_with("-html") {
                        for found in tag.find_iter(&literal) {
                            assert!(
                                allowed.is_match(found.as_str()),
                                "{lang:?} {id}: tag {}",
                                found.as_str()
                            );
                        }
                        assert!(
                            !literal.contains('&'),
                            "{lang:?} {id}: write & as text elsewhere"
                        );
                    } else if !id.starts_with("staff-") {
                        // Staff messages quote a URL with `<id>` in it; mails are text.
                        let plain = *file == "mail.ftl" || !tag.is_match(&literal);
                        assert!(plain, "{lang:?} {id}: markup in a plain-text message");
                        assert!(
                            !literal.contains('"'),
                            "{lang:?} {id}: a straight double quote (use the language's own)"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn applicant_templates_show_no_text_outside_translations() {
    let code = Regex::new(r"(?s)\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}").expect("regex");
    let tag = Regex::new(r"(?s)<[^>]*>").expect("regex");
    let attribute =
        Regex::new(r#"(?:placeholder|title|alt|aria-label|content)="([^"]*)""#).expect("regex");
    let letters = Regex::new(r"\p{L}{2,}").expect("regex");
    for (name, text) in applicant_templates() {
        let outside = code.replace_all(&text, " ");
        for found in attribute.captures_iter(&outside) {
            let value = &found[1];
            // `https://` and the viewport's `width=device-width, …` are not prose.
            let technical = value == "https://" || value.starts_with("width=");
            assert!(
                !letters.is_match(value) || technical,
                "{name}: attribute text {value:?} is not translated"
            );
        }
        let visible = tag.replace_all(&outside, " ");
        for word in letters.find_iter(&visible) {
            // A path after a placeable (`{{ prefix }}/jobs`) is an address, not prose.
            if visible[..word.start()].ends_with('/') {
                continue;
            }
            panic!("{name}: {:?} is shown without t()", word.as_str());
        }
    }
}

#[test]
fn every_message_a_template_names_exists() {
    // `k="employment-" ~ kind` names a family of messages: some must start with it.
    let named = Regex::new(r#"\b(?:t|text)\(k="([a-z0-9_-]+)"(\s*~)?"#).expect("regex");
    let english = messages(Lang::default_lang());
    for (name, text) in crate::views::TEMPLATES {
        for found in named.captures_iter(text) {
            let key = &found[1];
            let exists = if found.get(2).is_some() {
                english.keys().any(|k| k.starts_with(key))
            } else {
                english.contains_key(key)
            };
            assert!(exists, "{name}: no message {key}");
        }
    }
}

#[test]
fn right_to_left_values_are_isolated_but_never_in_choices_or_markup() {
    let arabic = Lang::from_code("ar").expect("Arabic");
    let stage = |stage: &str| {
        arabic.text(
            "mail-stage-body",
            Some(&super::args(&[
                ("name", "Ana"),
                ("title", "Engineer"),
                ("reference", "R-1"),
                ("stage", stage),
                ("privacy_url", "https://x.test/ar/privacy"),
            ])),
        )
    };
    let (screening, rejected) = (stage("screening"), stage("rejected"));
    assert_ne!(screening, rejected, "the stage chooses the variant");
    assert!(
        screening.contains("\u{2068}Ana\u{2069}"),
        "a Latin name is isolated"
    );
    assert!(
        screening.contains("\nhttps://x.test/ar/privacy\n"),
        "addresses stay bare"
    );
    let contact = arabic.text(
        "privacy-contact-html",
        Some(&super::args(&[("email", "privacy@x.test")])),
    );
    assert!(
        contact.contains(r#"href="mailto:privacy@x.test""#),
        "{contact}"
    );
    // Numbers choose the Arabic plural form (12 months is not 3 months).
    let months = |n: &str| {
        arabic.text(
            "consent-talent-pool-hint",
            Some(&super::args(&[("months", n)])),
        )
    };
    assert_ne!(
        months("3").replace('3', "#"),
        months("12").replace("12", "#")
    );
}
