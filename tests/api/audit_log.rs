//! `/admin/audit`: filters, paging, escaping, and what the log never holds.

use careers::domain::audit::{Action, Actor, Subject};
use careers::store::audit::{self, Event, Occasion};
use chrono::{TimeDelta, Utc};
use rocket::http::Status;

use crate::helpers::{TestApp, on_each_backend};

/// Every text value of the audit table, for searching.
async fn audit_text(app: &TestApp) -> String {
    use careers::entities::audit_event;
    use sea_orm::EntityTrait;
    audit_event::Entity::find()
        .all(&app.db)
        .await
        .expect("audit")
        .into_iter()
        .map(|e| format!("{e:?}"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[rocket::async_test]
async fn the_log_filters_by_actor_action_subject_and_date_and_pages_through() {
    on_each_backend(async |app| {
        let admin = app.add_staff("hr@panopto.test", "hr_admin", &[]).await;
        let long_ago = Utc::now() - TimeDelta::days(40);
        for n in 0..120 {
            audit::record(
                &app.db,
                Event::new(Actor::System, Action::UserUpdated).on(Subject::staff_user(n)),
                Occasion::unattended(long_ago),
            )
            .await
            .expect("record");
        }
        app.sign_in("nobody@panopto.test", "a guess").await;
        app.sign_in_as(&admin).await;

        let all = app.get("/admin/audit").await;
        assert_eq!(all.status, Status::Ok);
        assert!(
            all.body.contains("122 events"),
            "120 + a failure + a sign-in"
        );
        assert!(all.body.contains("page=2"));

        let failed = app.get("/admin/audit?action=login.failed").await;
        assert!(failed.body.contains("1 event<"));
        let by_actor = app.get("/admin/audit?actor=hr%40panopto.test").await;
        assert!(by_actor.body.contains("1 event<"), "the sign-in");
        let subject = app
            .get("/admin/audit?subject_type=staff_user&subject_id=7")
            .await;
        assert!(subject.body.contains("1 event<"));
        let today = Utc::now().format("%Y-%m-%d").to_string();
        let recent = app.get(&format!("/admin/audit?from={today}")).await;
        assert!(recent.body.contains("2 events"));
        let old = app
            .get(&format!(
                "/admin/audit?to={}&action=user.updated&page=3",
                (long_ago + TimeDelta::days(1)).format("%Y-%m-%d")
            ))
            .await;
        assert!(old.body.contains("120 events") && old.body.contains("Page 3 of 3"));
        let link = format!(
            "?action=user.updated&amp;to={}&amp;page=2",
            (long_ago + TimeDelta::days(1)).format("%Y-%m-%d")
        );
        assert!(old.body.contains(&link), "page links keep the filters");
        for junk in [
            "/admin/audit?from=yesterday&page=-4",
            "/admin/audit?action=drop%20table&to=2026-02-30",
            "/admin/audit?actor=%27%20OR%201%3D1%20--",
        ] {
            assert_eq!(app.get(junk).await.status, Status::Ok, "{junk}");
        }
        let hostile = app
            .get("/admin/audit?actor=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
            .await;
        assert!(hostile.body.contains("&lt;script&gt;") && !hostile.body.contains("<script>alert"));
    })
    .await;
}

#[rocket::async_test]
async fn sign_in_records_never_hold_the_typed_email_or_password() {
    on_each_backend(async |app| {
        app.add_staff("hr@panopto.test", "hr_admin", &[]).await;
        app.sign_in("someone.else@example.org", "hunter2 hunter2")
            .await;
        app.sign_in("hr@panopto.test", "wrong password here").await;
        let text = audit_text(app).await;
        assert!(!text.contains("someone.else"), "{text}");
        assert!(!text.contains("hunter2") && !text.contains("wrong password"));
        let attempts = app.count("login_attempts").await;
        assert_eq!(attempts, 2, "one per typed email, by keyed hash");
    })
    .await;
}
