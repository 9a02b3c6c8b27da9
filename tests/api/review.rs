//! The review workspace: the dashboard's scope, filters and paging; the application
//! page, the resume download, stage moves, notes and ratings; escaping and audit.

use careers::entities::{application, outbox_message, resume};
use rocket::http::Status;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::{TestApp, on_each_backend};

/// A job in the affiliate with this code.
async fn job_in(app: &TestApp, code: &str, title: &str) -> careers::entities::job::Model {
    let affiliate = app.affiliate_id(code).await;
    app.add_job(title, |job| job.affiliate_id = affiliate).await
}

#[rocket::async_test]
async fn the_dashboard_shows_only_the_members_affiliates_and_filters_combine() {
    on_each_backend(async |app| {
        let us = job_in(app, "US", "Video Engineer").await;
        let emea = job_in(app, "EMEA", "Sales Lead").await;
        let ada = app
            .apply(&us, "Ada Lovelace", "ada@example.com", "Rust.")
            .await;
        app.apply(&us, "Grace Hopper", "grace@example.com", "COBOL.")
            .await;
        app.apply(&emea, "Zoë Émile", "zoe@example.org", "Sales.")
            .await;
        application::Entity::update_many()
            .col_expr(
                application::Column::SensitiveCategories,
                Expr::value("health"),
            )
            .filter(application::Column::Id.eq(ada))
            .exec(&app.db)
            .await
            .expect("flag");

        let manager = app
            .add_staff("hm@panopto.test", "hiring_manager", &["US"])
            .await;
        app.sign_in_as(&manager).await;
        let all = app.get("/staff").await;
        assert_eq!(all.status, Status::Ok);
        assert!(all.body.contains("Ada Lovelace") && all.body.contains("Grace Hopper"));
        assert!(!all.body.contains("Zoë"), "another affiliate's applicant");
        assert!(all.body.contains("2 applications"));
        assert!(all.body.contains("Submitted <strong>2</strong>"));
        assert!(all.body.contains("class=\"is-new\""));

        for (query, expected) in [
            ("q=ada", vec!["Ada Lovelace"]),
            ("q=GRACE%40example", vec!["Grace Hopper"]),
            ("q=lovelace+ada", vec!["Ada Lovelace"]),
            ("flagged=yes", vec!["Ada Lovelace"]),
            ("flagged=no", vec!["Grace Hopper"]),
            (
                &format!("job={}", us.id),
                vec!["Ada Lovelace", "Grace Hopper"],
            ),
            ("stage=screening", vec![]),
            ("q=ada&flagged=no", vec![]),
            ("from=2000-01-01&to=2000-01-02", vec![]),
            ("q=%25", vec![]),
            ("q=%27%3B+DROP+TABLE+applications%3B--", vec![]),
            (
                "stage=nonsense&page=-1&from=31-12-2020",
                vec!["Ada Lovelace", "Grace Hopper"],
            ),
        ] {
            let page = app.get(&format!("/staff?{query}")).await;
            assert_eq!(page.status, Status::Ok, "{query}");
            for name in ["Ada Lovelace", "Grace Hopper"] {
                assert_eq!(
                    page.body.contains(name),
                    expected.contains(&name),
                    "{query}: {name}"
                );
            }
        }
        assert!(
            !app.get(&format!("/staff?job={}", emea.id))
                .await
                .body
                .contains("Zoë")
        );
        assert!(!app.get("/staff?affiliate=EMEA").await.body.contains("Zoë"));

        let admin = app.add_staff("hr@panopto.test", "hr_admin", &[]).await;
        app.sign_in_as(&admin).await;
        let everything = app.get("/staff?affiliate=EMEA").await;
        assert!(everything.body.contains("Zoë Émile") && !everything.body.contains("Ada"));
    })
    .await;
}

#[rocket::async_test]
async fn the_dashboard_pages_by_25_keeping_the_filters() {
    on_each_backend(async |app| {
        let job = job_in(app, "APAC", "Support Engineer").await;
        for n in 0..27 {
            app.apply(
                &job,
                &format!("Applicant {n:02}"),
                &format!("a{n}@example.com"),
                "Text.",
            )
            .await;
        }
        let recruiter = app
            .add_staff("rec@panopto.test", "recruiter", &["APAC"])
            .await;
        app.sign_in_as(&recruiter).await;
        let first = app.get("/staff?q=applicant").await;
        assert!(first.body.contains("27 applications") && first.body.contains("Page 1 of 2"));
        assert_eq!(first.body.matches("/staff/applications/").count(), 25);
        assert!(first.body.contains("Applicant 26"), "newest first");
        assert!(
            first
                .body
                .contains("href=\"/staff?q=applicant&amp;page=2\"")
        );
        let second = app.get("/staff?q=applicant&page=2").await;
        assert_eq!(second.body.matches("/staff/applications/").count(), 2);
        assert!(second.body.contains("Applicant 00"));
    })
    .await;
}

#[rocket::async_test]
async fn the_application_page_shows_everything_escaped_and_is_audited() {
    on_each_backend(async |app| {
        let job = job_in(app, "US", "Video Engineer").await;
        let hostile = "<script>alert('x')</script> O'Brien";
        let id = app
            .apply(&job, hostile, "obrien@example.com", "Plain text.")
            .await;
        resume::Entity::update_many()
            .col_expr(
                resume::Column::ExtractedText,
                Expr::value("Card 4111 1111 1111 1111 and SSN 123-45-6789. <b>bold</b>"),
            )
            .exec(&app.db)
            .await
            .expect("text");
        let manager = app
            .add_staff("hm@panopto.test", "hiring_manager", &["US"])
            .await;
        app.sign_in_as(&manager).await;
        let page = app.get(&format!("/staff/applications/{id}")).await;
        assert_eq!(page.status, Status::Ok);
        assert!(!page.body.contains("<script>alert"), "escaped");
        assert!(page.body.contains("&lt;script&gt;"));
        assert!(page.body.contains("obrien@example.com") && page.body.contains("Video Engineer"));
        assert!(!page.body.contains("123-45-6789") && !page.body.contains("4111 1111 1111 1111"));
        assert!(
            page.body.contains("&lt;b&gt;bold&lt;&#x2F;b&gt;")
                || page.body.contains("&lt;b&gt;bold&lt;/b&gt;")
        );
        assert!(app.get("/staff").await.body.contains("&lt;script&gt;"));
        assert!(
            app.audit_actions()
                .await
                .contains(&"application.viewed".to_owned())
        );

        let other = app
            .add_staff("hm-emea@panopto.test", "hiring_manager", &["EMEA"])
            .await;
        app.sign_in_as(&other).await;
        assert_eq!(
            app.get(&format!("/staff/applications/{id}")).await.status,
            Status::NotFound
        );
        assert_eq!(
            app.get("/staff/applications/999999").await.status,
            Status::NotFound
        );
    })
    .await;
}

#[rocket::async_test]
async fn the_resume_downloads_as_an_attachment_named_by_reference() {
    on_each_backend(async |app| {
        let job = job_in(app, "US", "Video Engineer").await;
        let id = app
            .apply(
                &job,
                "Ada Lovelace",
                "ada@example.com",
                "Analytical engines.",
            )
            .await;
        let manager = app
            .add_staff("hm@panopto.test", "hiring_manager", &["US"])
            .await;
        app.sign_in_as(&manager).await;
        let file = app.get(&format!("/staff/applications/{id}/resume")).await;
        assert_eq!(file.status, Status::Ok);
        assert_eq!(file.body, "Analytical engines.");
        let disposition = file.header("Content-Disposition").expect("disposition");
        assert!(
            disposition.starts_with("attachment; filename=\"resume-APP-")
                && disposition.ends_with(".txt\"")
        );
        assert_eq!(file.header("X-Content-Type-Options"), Some("nosniff"));
        assert_eq!(file.header("Cache-Control"), Some("no-store"));
        assert!(
            app.audit_actions()
                .await
                .contains(&"application.resume_downloaded".to_owned())
        );
    })
    .await;
}

#[rocket::async_test]
async fn stage_moves_follow_the_pipeline_and_the_role() {
    on_each_backend(async |app| {
        let job = job_in(app, "US", "Video Engineer").await;
        let id = app
            .apply(&job, "Ada Lovelace", "ada@example.com", "Text.")
            .await;
        let stage = async |app: &TestApp| {
            application::Entity::find_by_id(id)
                .one(&app.db)
                .await
                .expect("query")
                .expect("row")
                .stage
        };
        let uri = format!("/staff/applications/{id}/stage");
        let manager = app
            .add_staff("hm@panopto.test", "hiring_manager", &["US"])
            .await;
        let recruiter = app
            .add_staff("rec@panopto.test", "recruiter", &["US"])
            .await;

        app.sign_in_as(&manager).await;
        let moved = app
            .post_with_csrf(
                &uri,
                &[("stage", "interview"), ("note", "Strong <b>CV</b>")],
            )
            .await;
        assert_eq!(moved.status, Status::SeeOther);
        assert_eq!(stage(app).await, "interview");
        assert_eq!(
            app.post_with_csrf(&uri, &[("stage", "rejected")])
                .await
                .status,
            Status::Forbidden
        );
        assert_eq!(
            app.post_with_csrf(&uri, &[("stage", "offer")]).await.status,
            Status::Forbidden
        );
        app.post_with_csrf(&uri, &[("stage", "screening")]).await;
        assert_eq!(stage(app).await, "interview", "no moving back");
        app.post_with_csrf(&uri, &[("stage", "bogus")]).await;
        assert_eq!(stage(app).await, "interview");

        app.sign_in_as(&recruiter).await;
        let before = app.count("outbox_messages").await;
        app.post_with_csrf(&uri, &[("stage", "rejected"), ("notify", "yes")])
            .await;
        assert_eq!(stage(app).await, "rejected");
        assert_eq!(
            app.count("outbox_messages").await,
            before + 1,
            "the applicant is told"
        );
        let mail = outbox_message::Entity::find()
            .filter(outbox_message::Column::ToAddress.eq("ada@example.com"))
            .filter(outbox_message::Column::Kind.eq("stage_update"))
            .one(&app.db)
            .await
            .expect("query")
            .expect("mail");
        assert!(
            mail.body_text
                .contains("decided not to take your application further")
        );
        let page = app.get(&format!("/staff/applications/{id}")).await;
        assert!(
            page.body.contains(r#"<option value="" disabled selected>Choose a stage</option><option value="screening">"#),
            "no move is chosen in advance: one click on Move must not reopen a decision"
        );
        app.post_with_csrf(&uri, &[("stage", "")]).await;
        assert_eq!(stage(app).await, "rejected", "an empty choice moves nothing");
        app.post_with_csrf(&uri, &[("stage", "interview")]).await;
        assert_eq!(stage(app).await, "rejected", "decided: only a reopen");
        app.post_with_csrf(&uri, &[("stage", "screening")]).await;
        assert_eq!(stage(app).await, "screening", "reopened by a recruiter");

        let page = app.get(&format!("/staff/applications/{id}")).await;
        assert!(
            page.body.contains("Strong &lt;b&gt;CV&lt;"),
            "history notes escaped"
        );
        let actions = app.audit_actions().await;
        assert_eq!(
            actions
                .iter()
                .filter(|a| *a == "application.stage_moved")
                .count(),
            3
        );
        assert_eq!(
            app.count("stage_events").await,
            4,
            "submitted + three moves"
        );
    })
    .await;
}

#[rocket::async_test]
async fn notes_and_one_rating_per_reviewer() {
    on_each_backend(async |app| {
        let job = job_in(app, "EMEA", "Sales Lead").await;
        let id = app
            .apply(&job, "Zoë Émile", "zoe@example.org", "Text.")
            .await;
        let first = app
            .add_staff("a@panopto.test", "hiring_manager", &["EMEA"])
            .await;
        let second = app
            .add_staff("b@panopto.test", "recruiter", &["EMEA"])
            .await;
        let notes = format!("/staff/applications/{id}/notes");
        let rating = format!("/staff/applications/{id}/rating");

        app.sign_in_as(&first).await;
        app.post_with_csrf(
            &notes,
            &[("body", "Great fit <img src=x onerror=alert(1)>")],
        )
        .await;
        app.post_with_csrf(&notes, &[("body", "   ")]).await;
        app.post_with_csrf(&notes, &[("body", &"x".repeat(5001))])
            .await;
        assert_eq!(
            app.count("notes").await,
            1,
            "empty and overlong notes refused"
        );
        app.post_with_csrf(&rating, &[("score", "2")]).await;
        app.post_with_csrf(&rating, &[("score", "4")]).await;
        for bad in ["0", "6", "abc", ""] {
            app.post_with_csrf(&rating, &[("score", bad)]).await;
        }
        app.sign_in_as(&second).await;
        app.post_with_csrf(&rating, &[("score", "5")]).await;
        assert_eq!(app.count("ratings").await, 2, "one per reviewer, updated");
        let page = app.get(&format!("/staff/applications/{id}")).await;
        assert!(page.body.contains("Average 4.5 of 5 from 2 reviewers"));
        assert!(page.body.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert!(!page.body.contains("<img src=x"));
        let actions = app.audit_actions().await;
        assert!(actions.contains(&"application.note_added".to_owned()));
        assert_eq!(
            actions.iter().filter(|a| *a == "application.rated").count(),
            3
        );
    })
    .await;
}

#[rocket::async_test]
async fn the_export_is_scoped_neutralises_formulas_and_is_audited() {
    on_each_backend(async |app| {
        let job = job_in(app, "US", "Video Engineer").await;
        app.apply(
            &job,
            "=HYPERLINK(\"http://evil\",\"x\")",
            "evil@example.com",
            "Text.",
        )
        .await;
        app.apply(&job, "王小明, \"Ming\"", "ming@example.com", "Text.")
            .await;
        let emea = job_in(app, "EMEA", "Sales Lead").await;
        let recruiter = app
            .add_staff("rec@panopto.test", "recruiter", &["US"])
            .await;
        let manager = app
            .add_staff("hm@panopto.test", "hiring_manager", &["US"])
            .await;

        app.sign_in_as(&recruiter).await;
        let csv = app.get(&format!("/staff/export.csv?job={}", job.id)).await;
        assert_eq!(csv.status, Status::Ok);
        assert_eq!(csv.header("Content-Type"), Some("text/csv; charset=utf-8"));
        assert!(
            csv.header("Content-Disposition")
                .is_some_and(|d| d.starts_with("attachment;"))
        );
        assert!(csv.body.starts_with('\u{feff}'), "a BOM for spreadsheets");
        let lines: Vec<&str> = csv
            .body
            .trim_start_matches('\u{feff}')
            .split("\r\n")
            .collect();
        assert!(lines[0].starts_with("reference,full_name,email"));
        assert!(
            lines[1].contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\""),
            "{}",
            lines[1]
        );
        assert!(lines[2].contains("\"王小明, \"\"Ming\"\"\""));
        assert_eq!(lines.len(), 4, "header, two rows, final line end");
        assert!(
            app.audit_actions()
                .await
                .contains(&"applications.exported".to_owned())
        );

        assert_eq!(
            app.get(&format!("/staff/export.csv?job={}", emea.id))
                .await
                .status,
            Status::NotFound
        );
        assert_eq!(
            app.get("/staff/export.csv?job=abc").await.status,
            Status::BadRequest
        );
        assert_eq!(
            app.get("/staff/export.csv").await.status,
            Status::BadRequest
        );
        app.sign_in_as(&manager).await;
        assert_eq!(
            app.get(&format!("/staff/export.csv?job={}", job.id))
                .await
                .status,
            Status::Forbidden
        );
    })
    .await;
}

#[rocket::async_test]
async fn marking_a_minor_deletes_everything_about_them_after_confirmation() {
    on_each_backend(async |app| {
        let job = job_in(app, "US", "Video Engineer").await;
        let other_job = job_in(app, "US", "Data Engineer").await;
        let id = app
            .apply(
                &job,
                "Young Person",
                "young@example.com",
                "School projects.",
            )
            .await;
        app.apply(
            &other_job,
            "Young Person",
            "young@example.com",
            "School projects.",
        )
        .await;
        let kept = app
            .apply(&job, "Adult Person", "adult@example.com", "Career.")
            .await;
        assert_eq!(app.uploaded_files().len(), 3);
        let manager = app
            .add_staff("hm@panopto.test", "hiring_manager", &["US"])
            .await;
        app.sign_in_as(&manager).await;
        app.post_with_csrf(
            &format!("/staff/applications/{id}/notes"),
            &[("body", "Seems young")],
        )
        .await;
        let uri = format!("/staff/applications/{id}/minor");

        let unconfirmed = app.post_with_csrf(&uri, &[]).await;
        assert_eq!(unconfirmed.status, Status::SeeOther);
        assert_eq!(
            app.count("applications").await,
            3,
            "nothing without the confirmation"
        );

        let purged = app.post_with_csrf(&uri, &[("confirm", "yes")]).await;
        assert_eq!(purged.status, Status::SeeOther);
        assert_eq!(app.count("applications").await, 1);
        assert_eq!(app.count("candidates").await, 1);
        assert_eq!(app.count("resumes").await, 1);
        assert_eq!(app.count("notes").await, 0);
        assert_eq!(app.uploaded_files().len(), 1, "their files are gone");
        let left = outbox_message::Entity::find()
            .filter(outbox_message::Column::ToAddress.eq("young@example.com"))
            .all(&app.db)
            .await
            .expect("query");
        assert!(left.is_empty(), "no mail to them is kept or sent");
        assert_eq!(
            app.get(&format!("/staff/applications/{id}")).await.status,
            Status::NotFound
        );
        assert_eq!(
            app.get(&format!("/staff/applications/{kept}")).await.status,
            Status::Ok
        );
        use careers::entities::audit_event;
        let tombstone = audit_event::Entity::find()
            .filter(audit_event::Column::Action.eq("application.purged_minor"))
            .one(&app.db)
            .await
            .expect("query")
            .expect("tombstone");
        let text = format!("{tombstone:?}");
        assert!(
            !text.contains("young@") && !text.contains("Young Person"),
            "{text}"
        );
    })
    .await;
}

/// The names among `names` listed on the dashboard for this search (as links, so the
/// search box's own text does not count).
async fn found(app: &TestApp, query: &str, names: &[&str]) -> Vec<String> {
    let page = app.get(&format!("/staff?q={query}")).await;
    assert_eq!(page.status, Status::Ok, "{query}");
    names
        .iter()
        .filter(|name| {
            page.body
                .contains(&format!("\">{}</a>", name.replace('\'', "&#x27;")))
        })
        .map(|name| (*name).to_owned())
        .collect()
}

#[rocket::async_test]
async fn text_search_uses_the_trigram_index_in_any_script_and_forgets_changed_and_deleted_names() {
    use careers::entities::candidate;
    use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};
    on_each_backend(async |app| {
        let job = job_in(app, "APAC", "Support Engineer").await;
        let names = ["王小明", "李雷", "Seán O'Brien-Ng", "Ana Lima"];
        let wang = app
            .apply(&job, names[0], "xiaoming@example.cn", "Text.")
            .await;
        app.apply(&job, names[1], "lilei@example.cn", "Text.").await;
        app.apply(&job, names[2], "sean@example.ie", "Text.").await;
        app.apply(&job, names[3], "ana@example.br", "Text.").await;
        let admin = app.add_staff("hr@panopto.test", "hr_admin", &[]).await;
        app.sign_in_as(&admin).await;

        for (query, expected) in [
            ("%E7%8E%8B%E5%B0%8F%E6%98%8E", vec![names[0]]), // 王小明: trigram
            ("%E5%B0%8F%E6%98%8E", vec![names[0]]),          // 小明: too short, LIKE
            ("%E6%9D%8E%E9%9B%B7", vec![names[1]]),          // 李雷
            ("SE%C3%81N", vec![names[2]]),                   // SEÁN folds to seán
            ("o%27brien-ng", vec![names[2]]),
            ("xiaoming%40example", vec![names[0]]),
            ("li", vec![names[1], names[3]]), // short: lilei@, Lima
            ("lim+an", vec![names[3]]),       // indexed and short words combine
            ("example.cn+lei", vec![names[1]]),
            ("%22", vec![]), // a lone double quote is text, not FTS syntax
            ("%22+OR+%22a", vec![]),
            ("*+NEAR%28a%29", vec![]),
            ("%25ana", vec![]),
        ] {
            assert_eq!(found(app, query, &names).await, expected, "{query}");
        }

        // A corrected name is found by its new text only.
        let person = application::Entity::find_by_id(wang)
            .one(&app.db)
            .await
            .expect("query")
            .and_then(|a| a.candidate_id)
            .expect("candidate");
        let mut row: candidate::ActiveModel = candidate::Entity::find_by_id(person)
            .one(&app.db)
            .await
            .expect("query")
            .expect("row")
            .into();
        row.full_name = Set("Wang Xiaoming".into());
        row.search_text = Set("wang xiaoming xiaoming@example.cn".into());
        row.update(&app.db).await.expect("update");
        assert!(
            found(app, "%E7%8E%8B%E5%B0%8F%E6%98%8E", &[names[0], "Wang Xiaoming"])
                .await
                .is_empty()
        );
        assert_eq!(
            found(app, "wang+xiaom", &["Wang Xiaoming"]).await,
            vec!["Wang Xiaoming"]
        );

        // A purged person is found no more, and the index holds nothing of them.
        app.post_with_csrf(
            &format!("/staff/applications/{wang}/minor"),
            &[("confirm", "yes")],
        )
        .await;
        assert!(found(app, "xiaoming", &["Wang Xiaoming"]).await.is_empty());
        if app.db.get_database_backend() == sea_orm::DbBackend::Sqlite {
            let check = app
                .db
                .execute_unprepared(
                    "INSERT INTO candidate_search(candidate_search) VALUES ('integrity-check')",
                )
                .await;
            assert!(check.is_ok(), "index and candidates agree: {check:?}");
            let indexed = app
                .db
                .query_one_raw(sea_orm::Statement::from_string(
                    sea_orm::DbBackend::Sqlite,
                    "SELECT count(*) AS n FROM candidate_search WHERE candidate_search MATCH 'xiaoming'",
                ))
                .await
                .expect("query")
                .expect("row")
                .try_get::<i64>("", "n")
                .expect("n");
            assert_eq!(indexed, 0);
        }
    })
    .await;
}

#[rocket::async_test]
async fn kept_stage_counts_match_a_live_count_after_every_kind_of_change() {
    use careers::domain::pipeline::Stage;
    use careers::domain::staff::Scope;
    on_each_backend(async |app| {
        let us = job_in(app, "US", "Video Engineer").await;
        let emea = job_in(app, "EMEA", "Sales Lead").await;
        let mut ids = Vec::new();
        for n in 0..6 {
            let job = if n % 2 == 0 { &us } else { &emea };
            ids.push(
                app.apply(
                    job,
                    &format!("Person {n}"),
                    &format!("p{n}@example.com"),
                    "Text.",
                )
                .await,
            );
        }
        let recruiter = app.add_staff("hr@panopto.test", "hr_admin", &[]).await;
        app.sign_in_as(&recruiter).await;
        app.post_with_csrf(
            &format!("/staff/applications/{}/stage", ids[0]),
            &[("stage", "interview")],
        )
        .await;
        app.post_with_csrf(
            &format!("/staff/applications/{}/stage", ids[1]),
            &[("stage", "rejected")],
        )
        .await;
        app.post_with_csrf(
            &format!("/staff/applications/{}/minor", ids[2]),
            &[("confirm", "yes")],
        )
        .await;
        let live = async |scope: &Scope| {
            let mut counts: Vec<(Stage, u64)> = Vec::new();
            for a in application::Entity::find().all(&app.db).await.expect("all") {
                if !scope.covers(a.affiliate_id) {
                    continue;
                }
                let stage = Stage::parse(&a.stage).expect("stage");
                match counts.iter_mut().find(|(s, _)| *s == stage) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((stage, 1)),
                }
            }
            counts.sort();
            counts
        };
        let us_id = app.affiliate_id("US").await;
        for scope in [Scope::All, Scope::Affiliates(vec![us_id])] {
            let kept = careers::store::stage_counts::per_stage(&app.db, &scope, None, None, None)
                .await
                .expect("counts");
            assert_eq!(kept, live(&scope).await, "{scope:?}");
        }
        careers::store::stage_counts::rebuild(&app.db)
            .await
            .expect("rebuild");
        let rebuilt =
            careers::store::stage_counts::per_stage(&app.db, &Scope::All, None, None, None)
                .await
                .expect("counts");
        assert_eq!(rebuilt, live(&Scope::All).await);
    })
    .await;
}
