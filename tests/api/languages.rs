//! Languages (docs/languages.md): every public and applicant page under each language's
//! prefix, the home page's redirect, the switcher and `hreflang` links, job ads per
//! language, the applicant's language on their application and in their mails, localised
//! validation and error pages, and the sensitive-data guard in other languages.
//!
//! Expected texts come from the Fluent catalogue (`Lang::text`), so these tests check
//! that pages and mails use the right language, not the wording of a translation.

use careers::domain::job_posting::Translation;
use careers::entities::{application, outbox_message};
use careers::i18n::{self, Lang};
use rocket::http::{Header, Status};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::after_submitting::action;
use crate::apply::hidden;
use crate::helpers::{Answer, Multipart, TestApp, on_each_backend, read_answer};

fn lang(code: &str) -> Lang {
    Lang::from_code(code).unwrap_or_else(|| panic!("the portal speaks {code}"))
}

/// `text` as a page shows it: HTML-escaped.
fn shown(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
}

async fn get_with_language(app: &TestApp, uri: &str, accept_language: &str) -> Answer {
    let request = app
        .client
        .get(uri.to_owned())
        .header(Header::new("Accept-Language", accept_language.to_owned()));
    read_answer(request.dispatch().await).await
}

#[rocket::async_test]
async fn every_public_and_applicant_page_exists_in_every_language() {
    on_each_backend(async |app| {
        let pages = [
            "/",
            "/jobs",
            "/jobs?q=engineer",
            "/jobs/solutions-engineer",
            "/jobs/solutions-engineer/apply",
            "/privacy",
            "/cookies",
            "/privacy/requests",
        ];
        assert!(i18n::all().count() >= 7, "seven languages");
        for lang in i18n::all() {
            for page in pages {
                let uri = careers::web::locale::localise(lang, page);
                let answer = app.get(&uri).await;
                assert_eq!(answer.status, Status::Ok, "{uri}");
                let html = format!(
                    r#"<html lang="{}" dir="{}">"#,
                    lang.code(),
                    lang.direction()
                );
                assert!(answer.body.contains(&html), "{uri}: {html}");
                let nav = shown(&lang.text("nav-jobs", None));
                assert!(answer.body.contains(&nav), "{uri}: the menu in {lang:?}");
            }
            let feed = app.get(&format!("{}/jobs.rss", lang.prefix())).await;
            assert_eq!(feed.status, Status::Ok);
            assert!(
                feed.body
                    .contains(&format!("<language>{}</language>", lang.code()))
            );
        }
        assert_eq!(lang("ar").direction(), "rtl");
        for unknown in ["/xx/jobs", "/EN/jobs", "/de-DE/jobs", "/en/jobs"] {
            assert_eq!(app.get(unknown).await.status, Status::NotFound, "{unknown}");
        }
    })
    .await;
}

#[rocket::async_test]
async fn only_the_home_page_redirects_and_only_away_from_english() {
    on_each_backend(async |app| {
        for (header, to) in [
            ("de-AT,de;q=0.9,en;q=0.5", Some("/de")),
            ("fr;q=0.2, ja;q=0.9", Some("/ja")),
            ("zh-Hans-CN", Some("/zh")),
            ("ar-EG", Some("/ar")),
            ("en-US,de;q=0.8", None),
            ("it, pt;q=0.9", None),
            ("de;q=0", None),
            ("*", None),
            ("", None),
        ] {
            let answer = get_with_language(app, "/", header).await;
            match to {
                Some(to) => {
                    assert_eq!(answer.status, Status::Found, "{header:?}");
                    assert_eq!(answer.header("Location"), Some(to), "{header:?}");
                }
                None => assert_eq!(answer.status, Status::Ok, "{header:?}"),
            }
            let vary = answer.header("Vary").unwrap_or_default();
            assert!(
                vary.contains("Accept-Language"),
                "{header:?}: Vary {vary:?}"
            );
        }
        let long = "de;q=0.1,".repeat(500);
        assert!(
            [Status::Ok, Status::Found].contains(&get_with_language(app, "/", &long).await.status),
            "an oversized header is an answer, not an error"
        );
        for uri in ["/jobs", "/privacy", "/jobs/solutions-engineer"] {
            let answer = get_with_language(app, uri, "de").await;
            assert_eq!(answer.status, Status::Ok, "{uri} does not redirect");
            assert!(
                answer.body.contains(r#"<html lang="en""#),
                "{uri} stays English"
            );
        }
        let german = get_with_language(app, "/de", "en").await;
        assert_eq!(german.status, Status::Ok, "a prefixed home never redirects");
        assert!(
            app.client.cookies().iter().next().is_none(),
            "no cookie for the choice"
        );
    })
    .await;
}

#[rocket::async_test]
async fn each_page_links_to_itself_in_every_language() {
    on_each_backend(async |app| {
        let page = app.get("/de/jobs?q=engineer").await;
        assert_eq!(page.status, Status::Ok);
        for lang in i18n::all() {
            let href = careers::web::locale::localise(lang, "/jobs?q=engineer");
            let alternate = format!(
                r#"<link rel="alternate" hreflang="{}" href="https://careers.example.test{href}">"#,
                lang.code()
            );
            assert!(page.body.contains(&alternate), "{alternate}");
            let switch = format!(r#"<a href="{href}" hreflang="{}" lang="{}""#, lang.code(), lang.code());
            assert!(page.body.contains(&switch), "{switch}");
        }
        assert!(page.body.contains(
            r#"<link rel="alternate" hreflang="x-default" href="https://careers.example.test/jobs?q=engineer">"#
        ));
        assert!(
            page.body.contains(r#"hreflang="de" lang="de" aria-current="true""#),
            "the current language is marked"
        );
        let apply_fails = app.post_multipart("/de/jobs/solutions-engineer/apply", &Multipart::default()).await;
        assert!(
            !apply_fails.body.contains(r#"hreflang="fr""#),
            "an answer to a form has no switcher: it would post again"
        );
    })
    .await;
}

async fn job_in_german(app: &TestApp) -> careers::entities::job::Model {
    app.add_job("Video Platform Engineer", |job| {
        job.description = "Build the video platform.".into();
        job.translations = vec![Translation {
            language: lang("de"),
            title: "Ingenieurin oder Ingenieur für die Videoplattform".into(),
            location: "Berlin (hybrid)".into(),
            description: "Sie bauen die Videoplattform.".into(),
        }];
    })
    .await
}

#[rocket::async_test]
async fn a_job_shows_its_translation_where_there_is_one_and_its_own_text_marked_elsewhere() {
    on_each_backend(async |app| {
        let job = job_in_german(app).await;
        let german_title = "Ingenieurin oder Ingenieur für die Videoplattform";
        let list = app.get("/de/jobs").await.body;
        assert!(list.contains(german_title) && list.contains("Berlin (hybrid)"));
        assert!(!list.contains("Video Platform Engineer"));
        let page = app.get(&format!("/de/jobs/{}", job.slug)).await.body;
        assert!(page.contains("Sie bauen die Videoplattform.") && page.contains(german_title));
        assert!(
            page.contains(r#""title":"Ingenieurin oder Ingenieur für die Videoplattform""#)
                || page.contains(r#""title": "Ingenieurin oder Ingenieur für die Videoplattform""#),
            "JSON-LD in German"
        );
        let feed = app.get("/de/jobs.rss").await.body;
        assert!(feed.contains(german_title), "the German feed");
        assert!(feed.contains(&format!(
            "https://careers.example.test/de/jobs/{}",
            job.slug
        )));

        let spanish = app.get(&format!("/es/jobs/{}", job.slug)).await.body;
        assert!(
            spanish.contains(
                r#"<h1 id="job-title" lang="en" dir="auto">Video Platform Engineer</h1>"#
            )
        );
        assert!(spanish.contains(r#"lang="en""#) && spanish.contains("Build the video platform."));
        let english = app.get(&format!("/jobs/{}", job.slug)).await.body;
        assert!(english.contains(r#"<h1 id="job-title">Video Platform Engineer</h1>"#));
        let searched = app.get("/jobs?q=Videoplattform").await.body;
        assert!(
            searched.contains("Video Platform Engineer"),
            "translations are searched"
        );
    })
    .await;
}

/// Opens the form in `lang` and fills it validly.
async fn form_in(app: &TestApp, lang: Lang, cover_letter: &str) -> (String, Multipart) {
    let uri = careers::web::locale::localise(lang, "/jobs/solutions-engineer/apply");
    let page = app.get(&uri).await;
    assert_eq!(page.status, Status::Ok, "{uri}");
    let form = Multipart::default()
        .text("csrf_token", &hidden(&page.body, "csrf_token"))
        .text("form_started", &hidden(&page.body, "form_started"))
        .text("website", "")
        .text("full_name", "Ayşe Müller-Lüdenscheidt")
        .text("email", "ayse@example.com")
        .text("country", "DE")
        .text("date_of_birth", "2000-02-29")
        .text("cover_letter", cover_letter)
        .text("consent_privacy", "yes")
        .text("consent_transfer", "yes")
        .file("resume", "cv.txt", b"Video engineer, ten years.");
    (uri, form)
}

#[rocket::async_test]
async fn the_applicants_language_is_kept_and_every_mail_to_them_is_in_it() {
    on_each_backend(async |app| {
        let german = lang("de");
        let (uri, form) = form_in(app, german, "Ich freue mich auf das Gespräch.").await;
        let answer = app.post_multipart(&uri, &form).await;
        assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
        let sent = answer
            .header("Location")
            .expect("to the thank-you page")
            .to_owned();
        assert!(sent.starts_with("/de/"), "{sent}");
        let thanks = app.get(&sent).await;
        assert!(
            thanks
                .body
                .contains(&shown(&german.text("sent-heading", None)))
        );

        let row = application::Entity::find()
            .one(&app.db)
            .await
            .expect("query")
            .expect("row");
        assert_eq!(row.language, "de");
        let mail = outbox_message::Entity::find()
            .filter(outbox_message::Column::Kind.eq("application_received"))
            .one(&app.db)
            .await
            .expect("query")
            .expect("the confirmation");
        // The job's German title (demo data), not its English one.
        let title = "Solutions Engineer (m/w/d)";
        let subject = german.text(
            "mail-received-subject",
            Some(&i18n::args(&[("title", title)])),
        );
        assert_eq!(mail.subject, subject);
        let status = mail
            .body_text
            .find("/de/applications/status/")
            .expect("link");
        let status = &mail.body_text[status..status + "/de/applications/status/".len() + 64];
        assert!(
            app.get(status).await.body.contains(title),
            "the status page"
        );
        assert!(
            mail.body_text
                .contains("https://careers.example.test/de/applications/status/")
        );
        assert!(
            mail.body_text
                .contains("https://careers.example.test/de/privacy")
        );

        let manager = app
            .add_staff("rec@example.com", "recruiter", &["EMEA"])
            .await;
        app.sign_in_as(&manager).await;
        let staff = app.get(&format!("/staff/applications/{}", row.id)).await;
        assert!(
            staff.body.contains("Deutsch (de)"),
            "staff see the language"
        );
        let update = screening_mail(app, row.id).await;
        let screening = german.text(
            "mail-stage-body",
            Some(&i18n::args(&[
                ("name", "Ayşe Müller-Lüdenscheidt"),
                ("title", title),
                ("reference", &row.public_ref),
                ("stage", "screening"),
                ("privacy_url", "https://careers.example.test/de/privacy"),
            ])),
        );
        assert_eq!(update.body_text.trim(), screening.trim());
    })
    .await;
}

/// Moves application `id` to screening with a mail to the applicant (as the signed-in
/// recruiter), and returns that mail.
async fn screening_mail(app: &TestApp, id: i32) -> outbox_message::Model {
    let uri = format!("/staff/applications/{id}/stage");
    let moved = app
        .post_with_csrf(&uri, &[("stage", "screening"), ("notify", "yes")])
        .await;
    assert_eq!(moved.status, Status::SeeOther, "{}", moved.body);
    outbox_message::Entity::find()
        .filter(outbox_message::Column::Kind.eq("stage_update"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("the stage mail")
}

#[rocket::async_test]
async fn a_privacy_request_is_answered_and_receipted_in_the_language_it_was_made_in() {
    on_each_backend(async |app| {
        let japanese = lang("ja");
        // Applied in English; the request is made on the Japanese page.
        let (uri, form) = form_in(app, Lang::default_lang(), "Hello.").await;
        assert_eq!(
            app.post_multipart(&uri, &form).await.status,
            Status::SeeOther
        );
        let page = app.get("/ja/privacy/requests").await;
        assert_eq!(page.status, Status::Ok);
        let answer = app
            .post_form(
                "/ja/privacy/requests",
                &[
                    ("csrf_token", &hidden(&page.body, "csrf_token")),
                    ("email", "ayse@example.com"),
                    ("kind", "deletion"),
                ],
            )
            .await;
        assert!(
            [Status::Ok, Status::SeeOther].contains(&answer.status),
            "{}",
            answer.body
        );
        let mail = outbox_message::Entity::find()
            .filter(outbox_message::Column::Kind.eq("privacy_request_link"))
            .one(&app.db)
            .await
            .expect("query")
            .expect("the link");
        assert_eq!(mail.subject, japanese.text("mail-request-subject", None));
        let start = mail
            .body_text
            .find("/ja/privacy/requests/verify/")
            .expect("the Japanese link");
        let link = &mail.body_text[start..start + "/ja/privacy/requests/verify/".len() + 64];
        let page = app.get(link).await;
        assert_eq!(page.status, Status::Ok, "{}", page.body);
        assert!(page.body.contains(r#"<html lang="ja""#));
        let deleted = app
            .post_form(link, &[("csrf_token", &hidden(&page.body, "csrf_token"))])
            .await;
        assert_eq!(deleted.status, Status::Ok, "{}", deleted.body);
        assert_eq!(app.count("applications").await, 0);
        let receipt = outbox_message::Entity::find()
            .filter(outbox_message::Column::Kind.eq("deletion_receipt"))
            .one(&app.db)
            .await
            .expect("query")
            .expect("the receipt");
        assert_eq!(receipt.subject, japanese.text("mail-deleted-subject", None));
    })
    .await;
}

#[rocket::async_test]
async fn field_messages_the_review_page_and_error_pages_are_in_the_language() {
    on_each_backend(async |app| {
        let french = lang("fr");
        let (uri, form) = form_in(app, french, "Bonjour.").await;
        let answer = app.post_multipart(&uri, &form.set("full_name", "")).await;
        assert_eq!(answer.status, Status::UnprocessableEntity);
        assert!(answer.body.contains(r#"<html lang="fr""#));
        assert!(
            answer
                .body
                .contains(&shown(&french.text("name-required", None)))
        );

        let arabic = lang("ar");
        let missing = app.get("/ar/jobs/no-such-job").await;
        assert_eq!(missing.status, Status::NotFound);
        assert!(missing.body.contains(r#"<html lang="ar" dir="rtl">"#));
        assert!(
            missing
                .body
                .contains(&shown(&arabic.text("error-404-title", None)))
        );

        let chinese = lang("zh");
        let phrase = phrase_of("zh", "health");
        let (uri, form) = form_in(app, chinese, &format!("您好，{phrase}，谢谢。")).await;
        let review = app.post_multipart(&uri, &form).await;
        assert_eq!(
            review.status,
            Status::Ok,
            "held for review: {}",
            review.body
        );
        assert!(
            review
                .body
                .contains(&shown(&chinese.text("review-title", None)))
        );
        assert!(
            review
                .body
                .contains(&shown(&chinese.text("category-health", None)))
        );
        let submit = action(&review.body, &shown(&chinese.text("review-submit", None)));
        assert!(submit.starts_with("/zh/"), "{submit}");
    })
    .await;
}

/// The first phrase of `category` in a language's list.
fn phrase_of(code: &str, category: &str) -> String {
    let (_, list) = i18n::phrase_lists()
        .find(|(c, _)| *c == code)
        .unwrap_or_else(|| panic!("{code} has a phrase list"));
    list.lines()
        .find_map(|line| line.strip_prefix(&format!("{category}: ")))
        .unwrap_or_else(|| panic!("{code} lists {category}"))
        .to_owned()
}

#[rocket::async_test]
async fn every_languages_phrases_and_the_affiliates_numbers_are_found_whatever_the_form() {
    on_each_backend(async |app| {
        let religion = phrase_of("de", "religion_or_beliefs");
        for letter in [
            // German phrase on the English form: every list applies to every application.
            format!("Lebenslauf. {religion} und mehr."),
            // Japanese: no word boundaries.
            format!("経歴{}あり", phrase_of("ja", "health")),
            "Steuer-IdNr 86095742719, danke.".to_owned(),
            "身份证号码 11010519491231002X".to_owned(),
            "NRIC S1234567D".to_owned(),
            "NIR 1 85 05 78 006 084 91".to_owned(),
            "DNI 12345678Z".to_owned(),
        ] {
            let (uri, form) = form_in(app, Lang::default_lang(), &letter).await;
            let review = app.post_multipart(&uri, &form).await;
            assert_eq!(
                review.status,
                Status::Ok,
                "{letter} is held: {}",
                review.body
            );
            for number in [
                "86095742719",
                "11010519491231002X",
                "S1234567D",
                "12345678Z",
            ] {
                assert!(!review.body.contains(number), "{number} masked");
            }
        }
        // Not identification numbers: the check fails, or a date or a phone number.
        for letter in [
            "Ref 86095742718.",
            "NRIC S1234567A",
            "DNI 12345678A",
            "Tel. +49 30 901820",
        ] {
            let (uri, form) = form_in(app, Lang::default_lang(), letter).await;
            let sent = app.post_multipart(&uri, &form).await;
            assert_eq!(sent.status, Status::SeeOther, "{letter} goes through");
            careers::entities::application::Entity::delete_many()
                .exec(&app.db)
                .await
                .expect("clean");
        }
    })
    .await;
}

#[rocket::async_test]
async fn a_recruiter_writes_a_job_in_one_language_and_translates_it_on_the_job_form() {
    on_each_backend(async |app| {
        let recruiter = app
            .add_staff("rec@example.com", "recruiter", &["EMEA"])
            .await;
        app.sign_in_as(&recruiter).await;
        let form = |title_de: &'static str, description_de: &'static str| {
            vec![
                ("affiliate", "EMEA"),
                ("title", "Ingénieur vidéo"),
                ("department", "Engineering"),
                ("location", "Paris"),
                ("country", "FR"),
                ("employment_type", "full_time"),
                ("description", "Vous construisez la plateforme vidéo."),
                ("language", "fr"),
                ("publish", "open"),
                ("translations[de].title", title_de),
                ("translations[de].location", ""),
                ("translations[de].description", description_de),
                ("translations[en].title", "Video Engineer"),
                ("translations[en].location", ""),
                (
                    "translations[en].description",
                    "You build the video platform.",
                ),
            ]
        };
        let (jobs, translations) = (app.count("jobs").await, app.count("job_translations").await);
        let half = app
            .post_with_csrf("/staff/jobs", &form("Videoingenieur", ""))
            .await;
        assert_eq!(
            half.status,
            Status::UnprocessableEntity,
            "a title without its text"
        );
        assert!(
            half.body.contains("translation-de-description"),
            "{}",
            half.body
        );
        assert_eq!(app.count("jobs").await, jobs, "nothing saved");

        let script = "<script>alert(1)</script>";
        let created = app
            .post_with_csrf("/staff/jobs", &form(script, "Sie bauen sie."))
            .await;
        assert_eq!(created.status, Status::SeeOther, "{}", created.body);
        assert_eq!(app.count("job_translations").await, translations + 2);
        let job = careers::entities::job::Entity::find()
            .filter(careers::entities::job::Column::Title.eq("Ingénieur vidéo"))
            .one(&app.db)
            .await
            .expect("query")
            .expect("the job");
        assert_eq!(job.language, "fr");
        let german = app.get(&format!("/de/jobs/{}", job.slug)).await.body;
        assert!(
            german.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !german.contains(script)
        );
        assert!(
            german.contains("Paris"),
            "an empty location keeps the job's own"
        );
        let english = app.get(&format!("/jobs/{}", job.slug)).await.body;
        assert!(english.contains("You build the video platform."));
        let spanish = app.get(&format!("/es/jobs/{}", job.slug)).await.body;
        assert!(
            spanish.contains(r#"<h1 id="job-title" lang="fr" dir="auto">Ingénieur vidéo</h1>"#)
        );
    })
    .await;
}

#[rocket::async_test]
async fn an_arabic_stage_mail_says_which_stage() {
    on_each_backend(async |app| {
        let (uri, form) = form_in(app, lang("ar"), "مرحبا").await;
        assert_eq!(
            app.post_multipart(&uri, &form).await.status,
            Status::SeeOther
        );
        let row = application::Entity::find()
            .one(&app.db)
            .await
            .expect("query")
            .expect("row");
        let recruiter = app
            .add_staff("rec@example.com", "recruiter", &["EMEA"])
            .await;
        app.sign_in_as(&recruiter).await;
        let update = screening_mail(app, row.id).await;
        let expected = |stage: &str| {
            lang("ar").text(
                "mail-stage-body",
                Some(&i18n::args(&[
                    ("name", "Ayşe Müller-Lüdenscheidt"),
                    ("title", "Solutions Engineer"),
                    ("reference", &row.public_ref),
                    ("stage", stage),
                    ("privacy_url", "https://careers.example.test/ar/privacy"),
                ])),
            )
        };
        assert_ne!(expected("screening"), expected("rejected"));
        assert_eq!(update.body_text.trim(), expected("screening").trim());
    })
    .await;
}
