//! `/staff/jobs`: recruiters create, edit, open and close their affiliates' postings
//! and assign hiring managers; closing leaves applications alone.

use careers::entities::{application, job, job_hiring_manager};
use rocket::http::Status;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::helpers::{TestApp, on_each_backend};

async fn job_titled(app: &TestApp, title: &str) -> job::Model {
    job::Entity::find()
        .filter(job::Column::Title.eq(title))
        .one(&app.db)
        .await
        .expect("query")
        .expect("job")
}

fn posting<'a>(title: &'a str, affiliate: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("affiliate", affiliate),
        ("title", title),
        ("department", "Engineering"),
        ("location", "Dublin"),
        ("country", "IE"),
        ("remote", "yes"),
        ("employment_type", "full_time"),
        (
            "description",
            "Build the video platform.\n\n- Rust\n- Video",
        ),
        ("salary_min", "60000"),
        ("salary_max", "80000"),
        ("salary_currency", "EUR"),
        ("salary_period", "year"),
    ]
}

#[rocket::async_test]
async fn a_recruiter_creates_opens_edits_and_closes_a_job_of_their_affiliate() {
    on_each_backend(async |app| {
        let recruiter = app
            .add_staff("rec@panopto.test", "recruiter", &["EMEA"])
            .await;
        let manager = app
            .add_staff("hm@panopto.test", "hiring_manager", &["EMEA"])
            .await;
        let outsider = app
            .add_staff("hm-us@panopto.test", "hiring_manager", &["US"])
            .await;
        app.sign_in_as(&recruiter).await;

        let mut draft = posting("Video Engineer — Dublin", "EMEA");
        draft.push(("publish", "draft"));
        let created = app.post_with_csrf("/staff/jobs", &draft).await;
        assert_eq!(created.status, Status::SeeOther, "{}", created.body);
        let job = job_titled(app, "Video Engineer — Dublin").await;
        assert_eq!(
            (job.status.as_str(), job.country_code.as_str()),
            ("draft", "IE")
        );
        assert_eq!(
            app.get(&format!("/jobs/{}", job.slug)).await.status,
            Status::NotFound,
            "drafts are not public"
        );

        let opened = app
            .post_with_csrf(
                &format!("/staff/jobs/{}/status", job.id),
                &[("status", "open")],
            )
            .await;
        assert_eq!(opened.status, Status::SeeOther);
        assert_eq!(
            app.get(&format!("/jobs/{}", job.slug)).await.status,
            Status::Ok
        );

        let mut edited = posting("Senior Video Engineer", "EMEA");
        let manager_id = manager.id.to_string();
        let outsider_id = outsider.id.to_string();
        edited.push(("manager", &manager_id));
        edited.push(("manager", &outsider_id));
        let saved = app
            .post_with_csrf(&format!("/staff/jobs/{}", job.id), &edited)
            .await;
        assert_eq!(saved.status, Status::SeeOther, "{}", saved.body);
        let job = job_titled(app, "Senior Video Engineer").await;
        let assigned: Vec<i32> = job_hiring_manager::Entity::find()
            .filter(job_hiring_manager::Column::JobId.eq(job.id))
            .all(&app.db)
            .await
            .expect("query")
            .into_iter()
            .map(|m| m.staff_user_id)
            .collect();
        assert_eq!(
            assigned,
            [manager.id],
            "only members of the job's affiliate"
        );

        let applied = app
            .apply(&job, "Ada Lovelace", "ada@example.com", "Text.")
            .await;
        app.sign_in_as(&recruiter).await;
        app.post_with_csrf(
            &format!("/staff/jobs/{}/status", job.id),
            &[("status", "closed")],
        )
        .await;
        let job = job_titled(app, "Senior Video Engineer").await;
        assert_eq!(job.status, "closed");
        assert!(job.closed_at.is_some());
        let kept = application::Entity::find_by_id(applied)
            .one(&app.db)
            .await
            .expect("query");
        assert_eq!(
            kept.map(|a| a.stage),
            Some("submitted".to_owned()),
            "applications untouched"
        );
        let list = app.get("/staff/jobs").await;
        assert!(list.body.contains("Senior Video Engineer") && list.body.contains("Closed"));
        let actions = app.audit_actions().await;
        for action in ["job.created", "job.status_changed", "job.updated"] {
            assert!(actions.contains(&action.to_owned()), "{action}");
        }
    })
    .await;
}

#[rocket::async_test]
async fn job_forms_refuse_bad_input_other_affiliates_and_hiring_managers() {
    on_each_backend(async |app| {
        let recruiter = app
            .add_staff("rec@panopto.test", "recruiter", &["US"])
            .await;
        let manager = app
            .add_staff("hm@panopto.test", "hiring_manager", &["US"])
            .await;
        let emea = app.affiliate_id("EMEA").await;
        let emea_job = app.add_job("EMEA role", |j| j.affiliate_id = emea).await;
        app.sign_in_as(&recruiter).await;
        let before = app.count("jobs").await;

        let other_affiliate = app
            .post_with_csrf("/staff/jobs", &posting("Sneaky", "EMEA"))
            .await;
        assert_eq!(other_affiliate.status, Status::UnprocessableEntity);
        assert!(
            other_affiliate
                .body
                .contains("Choose one of your affiliates")
        );
        let mut bad = posting("<script>alert(1)</script>", "US");
        bad.retain(|(k, _)| *k != "description");
        bad.push(("salary_max", "10"));
        bad.push(("closes_on", "2001-01-01"));
        let refused = app.post_with_csrf("/staff/jobs", &bad).await;
        assert_eq!(refused.status, Status::UnprocessableEntity);
        assert!(refused.body.contains("Describe the job") && refused.body.contains("closing date"));
        assert!(refused.body.contains("&lt;script&gt;") && !refused.body.contains("<script>alert"));
        assert_eq!(app.count("jobs").await, before, "nothing created");

        let emea = emea_job.id;
        assert_eq!(
            app.get(&format!("/staff/jobs/{emea}/edit")).await.status,
            Status::NotFound
        );
        let edit = app
            .post_with_csrf(&format!("/staff/jobs/{emea}"), &posting("Taken over", "US"))
            .await;
        assert_eq!(edit.status, Status::NotFound);
        assert_eq!(job_titled(app, "EMEA role").await.status, "open");

        app.sign_in_as(&manager).await;
        assert_eq!(app.get("/staff/jobs").await.status, Status::Forbidden);
        assert_eq!(
            app.post_with_csrf("/staff/jobs", &posting("HM job", "US"))
                .await
                .status,
            Status::Forbidden
        );
    })
    .await;
}
