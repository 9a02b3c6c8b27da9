//! `/admin/retention` and `/admin/holds` through the real forms: rules, the preview,
//! running the sweep, placing and releasing holds, bad input, and what the audit keeps.

use careers::entities::{application, audit_event, legal_hold};
use chrono::{Duration, Utc};
use rocket::http::Status;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

use crate::helpers::{TestApp, on_each_backend};

async fn decided(app: &TestApp, id: i32, stage: &str, days: i64) {
    application::Entity::update_many()
        .col_expr(application::Column::Stage, Expr::value(stage))
        .col_expr(
            application::Column::DecidedAt,
            Expr::value(Utc::now() - Duration::days(days)),
        )
        .filter(application::Column::Id.eq(id))
        .exec(&app.db)
        .await
        .expect("decide");
}

async fn last_audit(app: &TestApp, action: &str) -> audit_event::Model {
    audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq(action))
        .order_by_desc(audit_event::Column::Id)
        .one(&app.db)
        .await
        .expect("query")
        .unwrap_or_else(|| panic!("no {action} event"))
}

#[rocket::async_test]
async fn the_rules_page_shows_the_defaults_saves_an_affiliates_rule_and_previews_its_effect() {
    on_each_backend(async |app| {
        let job = app.add_job("Analyst", |_| {}).await;
        let now_due = app.apply(&job, "One", "one@example.com", "CV.").await;
        let soon = app.apply(&job, "Two", "two@example.com", "CV.").await;
        let later = app.apply(&job, "Three", "three@example.com", "CV.").await;
        decided(app, now_due, "rejected", 400).await;
        decided(app, soon, "rejected", 350).await;
        decided(app, later, "rejected", 10).await;
        let admin = app.add_staff("hr@panopto.test", "hr_admin", &[]).await;
        app.sign_in_as(&admin).await;

        let page = app.get("/admin/retention").await;
        assert_eq!(page.status, Status::Ok);
        assert!(page.body.contains("Talent-pool consent ended"));
        assert!(
            page.body.contains("anonymise <strong>1</strong>"),
            "due now"
        );
        assert!(
            page.body
                .contains("<strong>1</strong> more will be anonymised"),
            "due within 30 days"
        );
        assert!(
            page.body
                .contains(&format!("/staff/applications/{now_due}\""))
        );
        assert!(
            !page
                .body
                .contains(&format!("/staff/applications/{later}\""))
        );

        // The job's affiliate deletes rejected applications after 5 days.
        let code = careers::entities::affiliate::Entity::find_by_id(job.affiliate_id)
            .one(&app.db)
            .await
            .expect("query")
            .expect("affiliate")
            .code;
        let saved = app
            .post_with_csrf(
                "/admin/retention/rules",
                &[
                    ("subject", "rejected"),
                    ("affiliate", &code),
                    ("action", "delete"),
                    ("after_days", "5"),
                ],
            )
            .await;
        assert_eq!(saved.status, Status::SeeOther);
        let page = app.get("/admin/retention").await;
        assert!(
            page.body.contains("delete <strong>3</strong>"),
            "all three now"
        );
        let event = last_audit(app, "retention.rules_changed").await;
        assert!(
            event
                .detail
                .unwrap_or_default()
                .contains("\"after_days\":5")
        );

        for (field, value) in [
            ("after_days", "-3"),
            ("after_days", "<script>alert(1)</script>"),
            ("after_days", "1' OR '1'='1"),
            ("action", "shred"),
            ("subject", "everyone"),
            ("affiliate", "MARS"),
        ] {
            let mut fields = vec![
                ("subject", "withdrawn"),
                ("affiliate", ""),
                ("action", "delete"),
                ("after_days", "30"),
            ];
            fields.retain(|(name, _)| *name != field);
            fields.push((field, value));
            let refused = app.post_with_csrf("/admin/retention/rules", &fields).await;
            assert_eq!(
                refused.status,
                Status::UnprocessableEntity,
                "{field}={value}"
            );
            assert!(!refused.body.contains("<script>alert"), "escaped");
        }

        let removed = app
            .post_with_csrf(
                "/admin/retention/rules/remove",
                &[("subject", "rejected"), ("affiliate", &code)],
            )
            .await;
        assert_eq!(removed.status, Status::SeeOther);
        let page = app.get("/admin/retention").await;
        assert!(
            page.body.contains("anonymise <strong>1</strong>"),
            "back to the general rule"
        );

        // Running the sweep now acts on what is due and records its summary.
        let run = app.post_with_csrf("/admin/retention/run", &[]).await;
        assert_eq!(run.status, Status::SeeOther);
        let mut waited = 0;
        while !app
            .audit_actions()
            .await
            .iter()
            .any(|a| a == "retention.sweep_run")
        {
            assert!(waited < 200, "the sweep never finished");
            waited += 1;
            rocket::tokio::time::sleep(std::time::Duration::from_millis(25)).await;
        }
        let skeleton = application::Entity::find_by_id(now_due)
            .one(&app.db)
            .await
            .expect("query")
            .expect("row");
        assert!(skeleton.anonymised_at.is_some());
        let event = last_audit(app, "retention.sweep_run").await;
        assert_eq!(event.actor_label, "hr@panopto.test");
    })
    .await;
}

#[rocket::async_test]
async fn holds_are_placed_on_each_scope_shown_on_the_application_and_released_with_an_audit() {
    on_each_backend(async |app| {
        let job = app.add_job("Counsel", |_| {}).await;
        let id = app
            .apply(&job, "Zoë Ólafsdóttir", "zoe@example.com", "CV.")
            .await;
        decided(app, id, "withdrawn", 400).await;
        let admin = app.add_staff("hr@panopto.test", "hr_admin", &[]).await;
        app.sign_in_as(&admin).await;

        let page = app.get(&format!("/staff/applications/{id}")).await;
        assert!(
            page.body.contains("Will be deleted on"),
            "the retention date is shown"
        );

        let placed = app
            .post_with_csrf(
                "/admin/holds",
                &[
                    ("scope", "candidate"),
                    ("target", "zoe@example.com"),
                    ("case_reference", "EMP-2026-17"),
                    ("reason", "Employment tribunal <b>claim</b>"),
                ],
            )
            .await;
        assert_eq!(placed.status, Status::SeeOther, "{}", placed.body);
        let list = app.get("/admin/holds").await;
        assert!(list.body.contains("EMP-2026-17") && list.body.contains("zoe@example.com"));
        assert!(
            list.body.contains("&lt;b&gt;claim&lt;&#x2F;b&gt;")
                || list.body.contains("&lt;b&gt;claim")
        );
        let event = last_audit(app, "hold.placed").await;
        let detail = event.detail.unwrap_or_default();
        assert!(
            !detail.contains("zoe@"),
            "no applicant email in the audit: {detail}"
        );
        assert!(detail.contains("\"covered\":1"), "{detail}");

        let page = app.get(&format!("/staff/applications/{id}")).await;
        assert!(page.body.contains("Kept under a legal hold") && page.body.contains("EMP-2026-17"));

        for (scope, target) in [
            ("application", "999999"),
            ("job", "999999"),
            ("application", "1; DROP TABLE applications"),
        ] {
            let refused = app
                .post_with_csrf(
                    "/admin/holds",
                    &[
                        ("scope", scope),
                        ("target", target),
                        ("case_reference", "X"),
                        ("reason", "Y"),
                    ],
                )
                .await;
            assert_eq!(
                refused.status,
                Status::UnprocessableEntity,
                "{scope} {target}"
            );
        }
        let missing = app
            .post_with_csrf(
                "/admin/holds",
                &[("scope", "job"), ("target", &job.id.to_string())],
            )
            .await;
        assert_eq!(missing.status, Status::UnprocessableEntity);
        assert!(missing.body.contains("Enter the case reference"));
        let on_job = app
            .post_with_csrf(
                "/admin/holds",
                &[
                    ("scope", "job"),
                    ("target", &job.id.to_string()),
                    ("case_reference", "JOB-1"),
                    ("reason", "Audit"),
                ],
            )
            .await;
        assert_eq!(on_job.status, Status::SeeOther);

        let holds = legal_hold::Entity::find()
            .all(&app.db)
            .await
            .expect("holds");
        assert_eq!(holds.len(), 2);
        let person_hold = holds
            .iter()
            .find(|h| h.scope == "candidate")
            .expect("person hold");
        let released = app
            .post_with_csrf(&format!("/admin/holds/{}/release", person_hold.id), &[])
            .await;
        assert_eq!(released.status, Status::SeeOther);
        let again = app
            .post_with_csrf(&format!("/admin/holds/{}/release", person_hold.id), &[])
            .await;
        assert_eq!(again.status, Status::NotFound, "released once only");
        let after = legal_hold::Entity::find_by_id(person_hold.id)
            .one(&app.db)
            .await
            .expect("query")
            .expect("kept as a record");
        assert!(after.released_at.is_some());
        assert_eq!(after.candidate_email, None, "the address goes at release");
        assert_eq!(after.released_by_staff_user_id, Some(admin.id));
        last_audit(app, "hold.released").await;

        // The job hold still stands: the sweep keeps the application.
        let files = app
            .client
            .rocket()
            .state::<careers::web::apply::Resumes>()
            .expect("resumes");
        let summary = careers::services::retention::sweep(
            &app.db,
            files.0.as_ref(),
            Utc::now(),
            false,
            &careers::services::retention::Sweeper::system(),
            &mut |_, _| {},
        )
        .await
        .expect("sweep");
        assert_eq!((summary.deleted, summary.held), (0, 1));
    })
    .await;
}
