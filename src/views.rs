//! Tera templates compiled into the binary: pages (`web::views::Page`) and mails alike.

use std::collections::HashMap;

use tera::{Context, Tera};

use crate::i18n::{self, Lang};

/// Lists templates by name (`templates/<name>.tera`), embedding their text.
macro_rules! embedded_templates {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/templates/", $name, ".tera")))),*]
    };
}

/// Every template. Names keep their `.html`/`.xml` suffix, which turns on escaping.
pub const TEMPLATES: &[(&str, &str)] = embedded_templates![
    "admin/_account_fields.html",
    "admin/audit.html",
    "admin/holds.html",
    "admin/offer_approvals.html",
    "admin/requests.html",
    "admin/retention.html",
    "admin/user.html",
    "admin/users.html",
    "base.html",
    "email/application_received/subject.txt",
    "email/application_received/text.txt",
    "email/deletion_receipt/subject.txt",
    "email/deletion_receipt/text.txt",
    "email/interview_cancelled/subject.txt",
    "email/interview_cancelled/text.txt",
    "email/interview_cancelled_staff/subject.txt",
    "email/interview_cancelled_staff/text.txt",
    "email/interview_invitation/subject.txt",
    "email/interview_invitation/text.txt",
    "email/interview_invitation_staff/subject.txt",
    "email/interview_invitation_staff/text.txt",
    "email/interview_slots/subject.txt",
    "email/interview_slots/text.txt",
    "email/new_application/subject.txt",
    "email/new_application/text.txt",
    "email/password_reset/subject.txt",
    "email/password_reset/text.txt",
    "email/privacy_request_link/subject.txt",
    "email/privacy_request_link/text.txt",
    "email/scorecard_reminder/subject.txt",
    "email/second_factor_reset/subject.txt",
    "email/second_factor_reset/text.txt",
    "email/scorecard_reminder/text.txt",
    "email/staff_welcome/subject.txt",
    "email/staff_welcome/text.txt",
    "email/stage_update/subject.txt",
    "email/stage_update/text.txt",
    "email/talent_pool_reminder/subject.txt",
    "email/talent_pool_reminder/text.txt",
    "errors/error.html",
    "feeds/jobs.xml",
    "privacy/done.html",
    "privacy/renew.html",
    "privacy/request.html",
    "privacy/requested.html",
    "privacy/verify.html",
    "public/_job_list.html",
    "public/_job_meta.html",
    "public/apply.html",
    "public/cookies.html",
    "public/home.html",
    "public/interview_booked.html",
    "public/interview_pick.html",
    "public/job.html",
    "public/jobs.html",
    "public/privacy.html",
    "public/review.html",
    "public/status.html",
    "public/submitted.html",
    "staff/_interview_facts.html",
    "staff/application.html",
    "staff/base.html",
    "staff/dashboard.html",
    "staff/interview.html",
    "staff/interview_new.html",
    "staff/interview_plan.html",
    "staff/job_form.html",
    "staff/jobs.html",
    "staff/login.html",
    "staff/offer.html",
    "staff/passkey_add.html",
    "staff/password.html",
    "staff/profile.html",
    "staff/recovery_codes.html",
    "staff/scorecard.html",
    "staff/second_factor.html",
    "staff/security.html",
    "staff/sso_refused.html",
    "staff/setup.html",
];

/// The compiled templates, managed as Rocket state: one set per language, each with
/// its own `t()` (see [`Translate`]). Staff pages and mails to staff use the default.
pub struct Views {
    by_lang: HashMap<Lang, Tera>,
}

impl Views {
    /// Compiles the embedded templates; fails on any syntax error.
    pub fn load() -> Result<Self, tera::Error> {
        Self::load_with(false)
    }

    /// The same, with every translated text pseudo-localised when `pseudo` is set
    /// (the `pseudo_localise` setting, for layout tests).
    pub fn load_with(pseudo: bool) -> Result<Self, tera::Error> {
        let mut tera = Tera::default();
        tera.set_escape_fn(escape_markup);
        tera.register_function("asset", asset_url);
        tera.add_raw_templates(TEMPLATES.iter().copied())?;
        let by_lang = i18n::all()
            .map(|lang| {
                let mut own = tera.clone();
                own.register_function(
                    "t",
                    Translate {
                        lang,
                        html: true,
                        pseudo,
                    },
                );
                own.register_function(
                    "text",
                    Translate {
                        lang,
                        html: false,
                        pseudo,
                    },
                );
                (lang, own)
            })
            .collect();
        Ok(Self { by_lang })
    }

    /// Renders one template in the default language.
    pub fn render(&self, name: &str, context: &Context) -> Result<String, tera::Error> {
        self.render_in(Lang::default_lang(), name, context)
    }

    /// Renders one template in `lang`.
    pub fn render_in(
        &self,
        lang: Lang,
        name: &str,
        context: &Context,
    ) -> Result<String, tera::Error> {
        let tera = self
            .by_lang
            .get(&lang)
            .ok_or_else(|| tera::Error::msg(format!("no templates for {lang:?}")))?;
        tera.render(name, context)
    }
}

/// `{{ t(k="jobs-heading") }}`, `{{ t(k="apply-title", title=job.title) }}`: the
/// message in the templates' language, every other argument a Fluent variable. In
/// pages (`t`) the result is escaped, except the markup of messages whose id ends in
/// `-html`, which comes from our own files, and whose values are escaped instead.
/// Mails use `text`, which escapes nothing.
struct Translate {
    lang: Lang,
    html: bool,
    pseudo: bool,
}

impl tera::Function for Translate {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let key = args
            .get("k")
            .and_then(tera::Value::as_str)
            .ok_or_else(|| tera::Error::msg("t() needs k=\"message-id\""))?;
        let markup = self.html && key.ends_with("-html");
        let mut values = i18n::Args::new();
        for (name, value) in args.iter().filter(|(name, _)| *name != "k") {
            let value = match value {
                tera::Value::Number(n) => match n.as_i64() {
                    Some(n) => fluent_bundle::FluentValue::from(n),
                    None => fluent_bundle::FluentValue::from(n.as_f64().unwrap_or_default()),
                },
                // Plain whole numbers as numbers, so plural rules can choose.
                tera::Value::String(s) if markup => i18n::value_of(&escape_markup(s)).into_owned(),
                tera::Value::String(s) => i18n::value_of(s).into_owned(),
                tera::Value::Null => String::new().into(),
                other => other.to_string().into(),
            };
            values.set(name.as_str(), value);
        }
        let (text, trusted) = match self.lang.message(key, Some(&values)) {
            Ok(text) => (text, markup),
            // A wrong key or a missing value fails the render, so tests see it.
            Err(error) if cfg!(debug_assertions) => {
                return Err(tera::Error::msg(error.to_string()));
            }
            // In production the key is shown, as text whatever its name says.
            Err(error) => {
                tracing::error!(error = %error, "message failed");
                (key.to_owned(), false)
            }
        };
        let text = if self.html && !trusted {
            escape_markup(&text)
        } else {
            text
        };
        Ok(tera::Value::String(if self.pseudo {
            i18n::pseudo::pseudo(&text)
        } else {
            text
        }))
    }

    fn is_safe(&self) -> bool {
        self.html
    }
}

/// `{{ asset(name="careers.css") }}`: the fingerprinted address of a static file.
fn asset_url(args: &HashMap<String, tera::Value>) -> Result<tera::Value, tera::Error> {
    let name = args
        .get("name")
        .and_then(tera::Value::as_str)
        .ok_or_else(|| tera::Error::msg("asset() needs a name"))?;
    crate::web::assets::url(name)
        .map(tera::Value::from)
        .ok_or_else(|| tera::Error::msg(format!("no static file {name}")))
}

/// Escapes text for HTML and XML element content and quoted attributes. Tera's own
/// escaper also rewrites `/`, which is safe but turns every URL into `&#x2F;` noise.
pub(crate) fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_escaping_covers_every_special_character() {
        assert_eq!(
            escape_markup(r#"<a href="x" onclick='y'>&</a>"#),
            "&lt;a href=&quot;x&quot; onclick=&#x27;y&#x27;&gt;&amp;&lt;/a&gt;"
        );
        assert_eq!(escape_markup("/jobs?q=王"), "/jobs?q=王");
    }

    #[test]
    fn every_template_compiles() {
        Views::load().expect("templates compile");
    }

    #[test]
    fn every_template_file_is_embedded() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        let mut on_disk = Vec::new();
        let mut dirs = vec![root.clone()];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(&dir).expect("templates dir") {
                let path = entry.expect("entry").path();
                if path.is_dir() {
                    dirs.push(path);
                } else if let Some(name) = path.strip_prefix(&root).ok().and_then(|p| p.to_str()) {
                    on_disk.push(name.trim_end_matches(".tera").to_owned());
                }
            }
        }
        for name in on_disk {
            assert!(
                TEMPLATES.iter().any(|(embedded, _)| *embedded == name),
                "{name} is not in TEMPLATES"
            );
        }
    }
}
