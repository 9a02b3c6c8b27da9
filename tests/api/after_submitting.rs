//! After the form: the sensitive-data review, the outbox and its retries, the hiring
//! managers' notifications, the applicant's status page and withdrawal.

use chrono::{Duration, Utc};
use rocket::http::Status;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use crate::apply::{JOB, hidden, valid_form};
use crate::helpers::{TestApp, on_each_backend};
use careers::entities::{
    application, outbox_message, pending_submission, staff_user, staff_user_affiliate,
};
use careers::services::mail::{self, Mailer, OutboxFolder};
use careers::web::apply::Resumes;

async fn review_page(app: &TestApp) -> String {
    let form = valid_form(app).await.set(
        "cover_letter",
        "My SSN is 123-45-6789 and I was diagnosed with asthma.",
    );
    let answer = app.post_multipart(JOB, &form).await;
    assert_eq!(answer.status, Status::Ok, "{}", answer.body);
    answer.body
}

/// The action path of the form whose button says `label`.
pub(crate) fn action(body: &str, label: &str) -> String {
    let at = body.find(label).expect("button");
    let start = body[..at].rfind("action=\"").expect("form") + 8;
    body[start..start + body[start..].find('"').expect("end")].to_owned()
}

#[rocket::async_test]
async fn sensitive_data_holds_the_application_for_review_with_masked_excerpts() {
    on_each_backend(async |app| {
        let page = review_page(app).await;
        assert!(page.contains("has <strong>not been sent yet</strong>"));
        assert!(page.contains("Government identification number") && page.contains("Health"));
        assert!(page.contains("•••-••-6789"), "the number is masked");
        assert!(!page.contains("123-45-6789"), "and never shown whole");
        assert_eq!(app.count("applications").await, 0);
        assert_eq!(app.count("pending_submissions").await, 1);
        assert_eq!(
            app.uploaded_files().len(),
            1,
            "the file waits with the review"
        );
        let held = pending_submission::Entity::find()
            .one(&app.db)
            .await
            .expect("query")
            .expect("row");
        assert!(
            !held.payload.contains("1990"),
            "no date of birth in the held form"
        );
        assert!((held.expires_at - Utc::now()).num_minutes() <= 60);
    })
    .await;
}

#[rocket::async_test]
async fn submitting_anyway_records_the_categories_and_the_acknowledgement() {
    on_each_backend(async |app| {
        let page = review_page(app).await;
        let submit = action(&page, "Submit anyway");
        let csrf = hidden(&page, "csrf_token");
        let answer = app.post_form(&submit, &[("csrf_token", &csrf)]).await;
        assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
        let row = application::Entity::find()
            .one(&app.db)
            .await
            .expect("query")
            .expect("row");
        assert_eq!(
            row.sensitive_categories.as_deref(),
            Some("government_id,health")
        );
        assert!(row.sensitive_acknowledged);
        assert_eq!(app.count("pending_submissions").await, 0);
        assert_eq!(
            app.uploaded_files().len(),
            1,
            "the application keeps the file"
        );
        let reused = app.post_form(&submit, &[("csrf_token", &csrf)]).await;
        assert_eq!(reused.status, Status::Gone, "a review link works once");
        assert_eq!(app.count("applications").await, 1);
    })
    .await;
}

#[rocket::async_test]
async fn going_back_to_edit_drops_the_held_submission_and_keeps_the_answers() {
    on_each_backend(async |app| {
        let page = review_page(app).await;
        let edit = action(&page, "Go back and edit");
        let without_token = app.post_form(&edit, &[]).await;
        assert_eq!(without_token.status, Status::Forbidden);
        let answer = app
            .post_form(&edit, &[("csrf_token", &hidden(&page, "csrf_token"))])
            .await;
        assert_eq!(answer.status, Status::Ok);
        assert!(
            answer.body.contains(r#"value="José Ólafur 王小明""#),
            "answers kept"
        );
        assert!(
            answer.body.contains("diagnosed with asthma"),
            "the letter to edit"
        );
        assert_eq!(app.count("pending_submissions").await, 0);
        assert!(
            app.uploaded_files().is_empty(),
            "the file is to be attached again"
        );
    })
    .await;
}

#[rocket::async_test]
async fn held_submissions_expire_after_an_hour_with_their_files() {
    on_each_backend(async |app| {
        let _ = review_page(app).await;
        let store = app
            .client
            .rocket()
            .state::<Resumes>()
            .expect("store")
            .0
            .clone();
        let purged = careers::services::apply::purge_expired(&app.db, store.as_ref(), Utc::now())
            .await
            .expect("purge");
        assert_eq!(purged, 0, "not yet");
        let later = Utc::now() + Duration::minutes(66);
        let purged = careers::services::apply::purge_expired(&app.db, store.as_ref(), later)
            .await
            .expect("purge");
        assert_eq!(purged, 1);
        assert_eq!(app.count("pending_submissions").await, 0);
        assert!(app.uploaded_files().is_empty());
    })
    .await;
}

/// The status link from the applicant's confirmation mail.
async fn status_link(app: &TestApp) -> String {
    assert_eq!(
        app.post_multipart(JOB, &valid_form(app).await).await.status,
        Status::SeeOther
    );
    let mail = outbox_message::Entity::find()
        .filter(outbox_message::Column::Kind.eq("application_received"))
        .one(&app.db)
        .await
        .expect("query")
        .expect("confirmation mail");
    let start = mail
        .body_text
        .find("https://careers.example.test/applications/status/")
        .expect("link")
        + 28;
    mail.body_text[start..start + "/applications/status/".len() + 64].to_owned()
}

#[rocket::async_test]
async fn the_status_link_shows_the_application_and_lets_the_applicant_withdraw_once() {
    on_each_backend(async |app| {
        let link = status_link(app).await;
        let page = app.get(&link).await;
        assert_eq!(page.status, Status::Ok);
        assert!(
            page.body.contains("Solutions Engineer")
                && page.body.contains("Received: waiting for review")
        );
        assert!(
            !page.body.contains("jose@"),
            "no contact data on a page reached by link"
        );
        let withdraw = action(&page.body, "Withdraw my application");
        assert_eq!(
            app.post_form(&withdraw, &[]).await.status,
            Status::Forbidden
        );
        let answer = app
            .post_form(
                &withdraw,
                &[("csrf_token", &hidden(&page.body, "csrf_token"))],
            )
            .await;
        assert_eq!(answer.status, Status::SeeOther);
        let after = app.get(&link).await.body;
        assert!(
            after.contains("Withdrawn by you")
                && after.contains("Your application has been withdrawn.")
        );
        assert!(
            !after.contains("Withdraw my application"),
            "no second withdrawal"
        );
        let row = application::Entity::find()
            .one(&app.db)
            .await
            .expect("query")
            .expect("row");
        assert_eq!(row.stage, "withdrawn");
        assert!(row.decided_at.is_some());
        assert_eq!(app.count("stage_events").await, 2);
        let wrong = format!("/applications/status/{}", "a".repeat(64));
        assert_eq!(app.get(&wrong).await.status, Status::NotFound);
        assert_eq!(
            app.get("/applications/status/short").await.status,
            Status::NotFound
        );
    })
    .await;
}

#[rocket::async_test]
async fn hiring_managers_of_the_affiliate_and_of_the_job_are_notified_without_applicant_data() {
    on_each_backend(async |app| {
        let now = Utc::now();
        let staff = |email: &str, role: &str| staff_user::ActiveModel {
            email: Set(email.to_owned()),
            display_name: Set(email.to_owned()),
            role: Set(role.to_owned()),
            password_hash: Set(None),
            active: Set(true),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        };
        let emea_manager = staff("hm-emea@panopto.test", "hiring_manager")
            .insert(&app.db)
            .await
            .expect("user");
        let us_manager = staff("hm-us@panopto.test", "hiring_manager")
            .insert(&app.db)
            .await
            .expect("user");
        let emea_recruiter = staff("rec-emea@panopto.test", "recruiter")
            .insert(&app.db)
            .await
            .expect("user");
        let assigned = staff("assigned@panopto.test", "recruiter")
            .insert(&app.db)
            .await
            .expect("user");
        let mut inactive = staff("gone@panopto.test", "hiring_manager");
        inactive.active = Set(false);
        let inactive = inactive.insert(&app.db).await.expect("user");
        let (emea, us) = (app.affiliate_id("EMEA").await, app.affiliate_id("US").await);
        for (user, affiliate) in [
            (&emea_manager, emea),
            (&us_manager, us),
            (&emea_recruiter, emea),
            (&inactive, emea),
        ] {
            staff_user_affiliate::ActiveModel {
                staff_user_id: Set(user.id),
                affiliate_id: Set(affiliate),
            }
            .insert(&app.db)
            .await
            .expect("link");
        }
        let job = careers::store::jobs::find_by_slug(&app.db, "solutions-engineer")
            .await
            .expect("query")
            .expect("job");
        careers::entities::job_hiring_manager::ActiveModel {
            job_id: Set(job.job.id),
            staff_user_id: Set(assigned.id),
        }
        .insert(&app.db)
        .await
        .expect("assign");

        assert_eq!(
            app.post_multipart(JOB, &valid_form(app).await).await.status,
            Status::SeeOther
        );
        let notices = outbox_message::Entity::find()
            .filter(outbox_message::Column::Kind.eq("new_application"))
            .all(&app.db)
            .await
            .expect("query");
        let mut to: Vec<&str> = notices.iter().map(|m| m.to_address.as_str()).collect();
        to.sort();
        assert_eq!(to, ["assigned@panopto.test", "hm-emea@panopto.test"]);
        for notice in &notices {
            assert!(notice.subject.contains("Solutions Engineer"));
            assert!(
                !notice.body_text.contains("José") && !notice.body_text.contains("jose@"),
                "no applicant data"
            );
        }
    })
    .await;
}

struct DownMailer;

#[rocket::async_trait]
impl Mailer for DownMailer {
    async fn deliver(&self, _id: i32, _message: &lettre::Message) -> Result<(), String> {
        Err("smtp: connection refused".to_owned())
    }
}

#[rocket::async_test]
async fn a_mail_server_that_is_down_delays_mail_but_never_loses_it() {
    on_each_backend(async |app| {
        assert_eq!(
            app.post_multipart(JOB, &valid_form(app).await).await.status,
            Status::SeeOther
        );
        let now = Utc::now();
        let report = mail::deliver_due(&app.db, &DownMailer, now)
            .await
            .expect("round");
        assert_eq!((report.sent, report.retrying), (0, 1));
        let row = outbox_message::Entity::find()
            .one(&app.db)
            .await
            .expect("query")
            .expect("row");
        assert_eq!((row.status.as_str(), row.attempts), ("pending", 1));
        assert!(row.next_attempt_at > now, "retried later");
        assert_eq!(row.last_error.as_deref(), Some("smtp: connection refused"));

        let folder = OutboxFolder::open(app.uploads().with_file_name("mail")).expect("folder");
        let early = mail::deliver_due(&app.db, &folder, now)
            .await
            .expect("round");
        assert_eq!(early.sent, 0, "not before its retry time");
        let later = mail::deliver_due(&app.db, &folder, now + Duration::minutes(2))
            .await
            .expect("round");
        assert_eq!(later.sent, 1);
        let files: Vec<_> = std::fs::read_dir(app.uploads().with_file_name("mail"))
            .expect("dir")
            .collect();
        assert_eq!(files.len(), 1);
        let eml = std::fs::read_to_string(files[0].as_ref().expect("entry").path()).expect("eml");
        assert!(
            eml.contains("To: jose@example.com")
                && eml.contains("Subject: We received your application")
        );
        let again = mail::deliver_due(&app.db, &folder, now + Duration::hours(1))
            .await
            .expect("round");
        assert_eq!(again.sent, 0, "sent exactly once");
    })
    .await;
}

#[rocket::async_test]
async fn a_mail_is_given_up_after_its_last_attempt_and_kept_for_review() {
    on_each_backend(async |app| {
        assert_eq!(
            app.post_multipart(JOB, &valid_form(app).await).await.status,
            Status::SeeOther
        );
        let mut now = Utc::now();
        for _ in 0..mail::MAX_ATTEMPTS {
            mail::deliver_due(&app.db, &DownMailer, now)
                .await
                .expect("round");
            now += Duration::days(2);
        }
        let row = outbox_message::Entity::find()
            .one(&app.db)
            .await
            .expect("query")
            .expect("row");
        assert_eq!(
            (row.status.as_str(), row.attempts),
            ("failed", mail::MAX_ATTEMPTS)
        );
    })
    .await;
}

#[rocket::async_test]
async fn reconcile_removes_old_orphans_keeps_recent_ones_and_reports_missing_files() {
    on_each_backend(async |app| {
        assert_eq!(
            app.post_multipart(JOB, &valid_form(app).await).await.status,
            Status::SeeOther
        );
        let second = valid_form(app).await.set("email", "second@example.com");
        assert_eq!(
            app.post_multipart(JOB, &second).await.status,
            Status::SeeOther
        );
        let referenced = app.uploaded_files();
        assert_eq!(referenced.len(), 2);
        std::fs::remove_file(app.uploads().join(&referenced[1])).expect("lose a file");

        let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
        let old_orphan = "0123456789abcdef0123456789abcdef";
        let old_partial = "fedcba9876543210fedcba9876543210.part";
        let recent_orphan = "aaaaaaaabbbbbbbbccccccccdddddddd";
        for name in [old_orphan, old_partial, recent_orphan] {
            let file = std::fs::File::create(app.uploads().join(name)).expect("create");
            if name != recent_orphan {
                file.set_modified(two_hours_ago).expect("age the file");
            }
        }
        let store = app
            .client
            .rocket()
            .state::<Resumes>()
            .expect("store")
            .0
            .clone();
        let report = careers::services::reconcile::reconcile(
            &app.db,
            store.as_ref(),
            std::time::SystemTime::now(),
        )
        .await
        .expect("reconcile");
        assert_eq!(report.files, 4);
        assert_eq!(
            report.removed,
            vec![old_orphan.to_owned(), old_partial.to_owned()]
        );
        assert_eq!(report.too_recent, vec![recent_orphan.to_owned()]);
        assert_eq!(report.missing, vec![referenced[1].clone()]);
        let mut left = vec![referenced[0].clone(), recent_orphan.to_owned()];
        left.sort();
        assert_eq!(app.uploaded_files(), left);
    })
    .await;
}

#[rocket::async_test]
async fn a_second_submit_anyway_racing_the_first_never_removes_the_stored_file() {
    on_each_backend(async |app| {
        let page = review_page(app).await;
        let held = pending_submission::Entity::find()
            .one(&app.db)
            .await
            .expect("query")
            .expect("row");
        let submit = action(&page, "Submit anyway");
        let csrf = hidden(&page, "csrf_token");
        assert_eq!(
            app.post_form(&submit, &[("csrf_token", &csrf)])
                .await
                .status,
            Status::SeeOther
        );
        // The second click found the held row before the first one removed it.
        pending_submission::ActiveModel::from(held)
            .reset_all()
            .insert(&app.db)
            .await
            .expect("race");
        let second = app.post_form(&submit, &[("csrf_token", &csrf)]).await;
        assert_eq!(second.status, Status::Conflict, "{}", second.body);
        assert_eq!(app.count("applications").await, 1);
        assert_eq!(app.count("pending_submissions").await, 0);
        assert_eq!(
            app.uploaded_files().len(),
            1,
            "the application's file is still there"
        );
    })
    .await;
}
