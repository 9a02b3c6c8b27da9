//! Applicants' privacy requests (docs/product.md, retention and privacy requests) end to end through the emails: the same
//! answer whatever the address, access archives, corrections, deletions (held, waiting
//! on an offer, finished by the sweep or an HR admin), withdrawals, single-use links,
//! bad input, and the talent-pool reminder with its renewal link.

use std::io::Read;

use careers::config::Settings;
use careers::entities::{
    application, audit_event, candidate, legal_hold, note, outbox_message, pending_submission,
    privacy_request, rating,
};
use careers::keys::Keys;
use careers::services::accounts::Mailing;
use careers::services::mail::{OutboxFolder, deliver_due};
use careers::services::privacy;
use careers::services::retention::{Sweeper, sweep};
use careers::views::Views;
use careers::web::apply::Resumes;
use chrono::{Duration, Utc};
use rocket::http::{ContentType, Header, Status};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, Set,
};

use crate::apply::hidden;
use crate::helpers::{Answer, TestApp, on_each_backend, on_each_backend_with};

const ANA: &str = "ana.lima@example.com";
const GONE: &str = "This link has expired or was already used.";

/// Posts the public form.
async fn ask(app: &TestApp, email: &str, kind: &str) -> Answer {
    app.post_with_csrf("/privacy/requests", &[("email", email), ("kind", kind)])
        .await
}

/// The verification link (a path) of the newest request mailed to `email`.
async fn link_for(app: &TestApp, email: &str) -> String {
    let mail = outbox_message::Entity::find()
        .filter(outbox_message::Column::Kind.eq("privacy_request_link"))
        .filter(outbox_message::Column::ToAddress.eq(email))
        .order_by_desc(outbox_message::Column::Id)
        .one(&app.db)
        .await
        .expect("query")
        .expect("a link mail");
    let prefix = "https://careers.example.test/privacy/requests/verify/";
    let start = mail.body_text.find(prefix).expect("link in the mail") + 28;
    mail.body_text[start..start + prefix.len() - 28 + 64].to_owned()
}

/// Asks for `kind` for `email` and returns the emailed link.
pub(crate) async fn request_link(app: &TestApp, email: &str, kind: &str) -> String {
    let answer = ask(app, email, kind).await;
    assert_eq!(answer.status, Status::Ok, "{}", answer.body);
    link_for(app, email).await
}

/// Confirms on the link's page (reading its CSRF token), as the button does.
async fn confirm(app: &TestApp, link: &str, fields: &[(&str, &str)]) -> Answer {
    let page = app.get(link).await;
    assert_eq!(page.status, Status::Ok, "{}", page.body);
    let csrf = hidden(&page.body, "csrf_token");
    let mut fields = fields.to_vec();
    fields.push(("csrf_token", &csrf));
    app.post_form(link, &fields).await
}

async fn requests(app: &TestApp) -> Vec<privacy_request::Model> {
    privacy_request::Entity::find()
        .order_by_asc(privacy_request::Column::Id)
        .all(&app.db)
        .await
        .expect("requests")
}

async fn mails_to(app: &TestApp, email: &str) -> Vec<outbox_message::Model> {
    outbox_message::Entity::find()
        .filter(outbox_message::Column::ToAddress.eq(email))
        .all(&app.db)
        .await
        .expect("mails")
}

fn mailing(app: &TestApp) -> Mailing<'_> {
    let rocket = app.client.rocket();
    Mailing {
        views: rocket.state::<Views>().expect("views"),
        settings: rocket.state::<Settings>().expect("settings"),
    }
}

async fn job(app: &TestApp, title: &str) -> careers::entities::job::Model {
    app.add_job(title, |_| {}).await
}

async fn set_stage(app: &TestApp, id: i32, stage: &str) {
    let decided = matches!(stage, "rejected" | "withdrawn" | "hired");
    application::Entity::update_many()
        .col_expr(application::Column::Stage, Expr::value(stage))
        .col_expr(
            application::Column::DecidedAt,
            Expr::value(decided.then(Utc::now)),
        )
        .filter(application::Column::Id.eq(id))
        .exec(&app.db)
        .await
        .expect("stage");
    careers::store::stage_counts::rebuild(&app.db)
        .await
        .expect("recount");
}

async fn hold(app: &TestApp, application: i32) -> i32 {
    legal_hold::ActiveModel {
        scope: Set("application".to_owned()),
        application_id: Set(Some(application)),
        case_reference: Set("CASE-7".to_owned()),
        reason: Set("Litigation".to_owned()),
        placed_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .expect("hold")
    .id
}

async fn audit(app: &TestApp) -> Vec<audit_event::Model> {
    audit_event::Entity::find()
        .order_by_asc(audit_event::Column::Id)
        .all(&app.db)
        .await
        .expect("audit")
}

/// No audit event carries the applicant's address or name.
async fn audit_is_impersonal(app: &TestApp) {
    for event in audit(app).await {
        let detail = event.detail.unwrap_or_default().to_lowercase();
        for personal in ["ana.lima", "lima", "souza", "example.com"] {
            assert!(
                !detail.contains(personal) && !event.actor_label.contains(personal),
                "{}: {detail}",
                event.action
            );
        }
    }
}

#[rocket::async_test]
async fn the_answer_is_the_same_for_a_known_and_an_unknown_address_and_only_the_known_one_gets_a_link()
 {
    on_each_backend(async |app| {
        let job = job(app, "Support Engineer").await;
        app.apply(&job, "Ana Lima", ANA, "Resume.").await;
        let form = app.get("/privacy/requests").await;
        assert_eq!(form.status, Status::Ok);
        assert_eq!(form.header("Cache-Control"), Some("no-store"));
        let known = ask(app, ANA, "access").await;
        let unknown = ask(app, "nobody@example.com", "access").await;
        assert_eq!(known.status, Status::Ok);
        assert_eq!(unknown.status, Status::Ok);
        assert_eq!(known.body, unknown.body, "nothing tells them apart");
        assert!(known.body.contains("If we hold data for this address"));
        assert_eq!(
            requests(app).await.len(),
            1,
            "no row for an unknown address"
        );
        assert!(mails_to(app, "nobody@example.com").await.is_empty());
        let link = link_for(app, ANA).await;
        assert!(link.starts_with("/privacy/requests/verify/"));
        let stored = &requests(app).await[0];
        assert_eq!(stored.status, "pending");
        assert_ne!(
            stored.token_hash.as_deref(),
            Some(&link["/privacy/requests/verify/".len()..]),
            "only the hash is stored"
        );
        assert!(
            !audit(app)
                .await
                .iter()
                .any(|e| e.action.starts_with("privacy_request")),
            "nothing verified yet"
        );
    })
    .await;
}

/// Posts a confirmation and reads the answer as bytes (the archive).
pub(crate) async fn download(
    app: &TestApp,
    link: &str,
) -> (Status, Option<String>, Option<String>, Vec<u8>) {
    let page = app.get(link).await;
    assert!(page.body.contains("Download my data"), "{}", page.body);
    let csrf = hidden(&page.body, "csrf_token");
    let response = app
        .client
        .post(link.to_owned())
        .header(ContentType::Form)
        .body(format!("csrf_token={csrf}"))
        .dispatch()
        .await;
    let status = response.status();
    let kind = response.content_type().map(|c| c.to_string());
    let disposition = response
        .headers()
        .get_one("Content-Disposition")
        .map(str::to_owned);
    (
        status,
        kind,
        disposition,
        response.into_bytes().await.unwrap_or_default(),
    )
}

#[rocket::async_test]
async fn an_access_request_downloads_one_archive_with_the_data_and_the_resume() {
    on_each_backend(async |app| {
        let job = job(app, "Support Engineer").await;
        let resume_text = "Ana Lima resume: ten years of support, marker 7731.";
        let id = app.apply(&job, "Ana Lima", ANA, resume_text).await;
        let reviewer = app
            .add_staff("rev@panopto.test", "recruiter", &["US"])
            .await;
        let now = Utc::now();
        note::ActiveModel {
            application_id: Set(id),
            author_staff_user_id: Set(Some(reviewer.id)),
            body: Set(Some("Strong on escalations.".to_owned())),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .expect("note");
        rating::ActiveModel {
            application_id: Set(id),
            reviewer_staff_user_id: Set(reviewer.id),
            score: Set(4),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .expect("rating");

        let link = request_link(app, ANA, "access").await;
        let page = app.get(&link).await;
        assert_eq!(page.header("Cache-Control"), Some("no-store"));
        assert_eq!(
            app.post_form(&link, &[]).await.status,
            Status::Forbidden,
            "no CSRF token"
        );
        let (status, kind, disposition, bytes) = download(app, &link).await;
        assert_eq!(status, Status::Ok);
        assert_eq!(kind.as_deref(), Some("application/zip"));
        let disposition = disposition.expect("disposition");
        assert!(disposition.starts_with("attachment; filename=\"my-data-"));

        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
        let mut data = String::new();
        zip.by_name("data.json")
            .expect("data.json")
            .read_to_string(&mut data)
            .expect("read");
        let json: serde_json::Value = serde_json::from_str(&data).expect("json");
        assert_eq!(json["person"]["full_name"], "Ana Lima");
        assert_eq!(json["person"]["email"], ANA);
        let application = &json["applications"][0];
        assert_eq!(application["job_title"], "Support Engineer");
        assert_eq!(application["stage"], "submitted");
        assert_eq!(application["cover_letter"], "I would like this job.");
        assert_eq!(application["notes"][0]["text"], "Strong on escalations.");
        assert_eq!(application["ratings_count"], 1);
        assert!(application["stage_history"][0]["to"] == "submitted");
        assert!(!data.contains("rev@panopto.test"), "no staff identities");
        assert!(!data.contains("1990-04-23") && !data.contains("date_of_birth"));
        assert_eq!(json["emails"][0]["kind"], "application_received");
        assert_eq!(json["privacy_requests"][0]["kind"], "access");
        let file = application["resume"]["file"].as_str().expect("file name");
        let mut stored = Vec::new();
        zip.by_name(file)
            .expect("the resume in the archive")
            .read_to_end(&mut stored)
            .expect("read");
        assert_eq!(stored, resume_text.as_bytes());

        let again = confirm_raw(app, &link).await;
        assert_eq!(again.status, Status::NotFound, "the link works once");
        assert!(again.body.contains(GONE));
        let request = &requests(app).await[0];
        assert_eq!(
            (request.status.as_str(), request.outcome.as_deref()),
            ("fulfilled", Some("exported"))
        );
        assert!(request.email.is_none() && request.token_hash.is_none());
        assert!(request.verified_at.is_some() && request.due_at.is_some());
        let actions: Vec<String> = audit(app).await.into_iter().map(|e| e.action).collect();
        assert!(actions.contains(&"privacy_request.verified".to_owned()));
        assert!(actions.contains(&"privacy_request.fulfilled".to_owned()));
        audit_is_impersonal(app).await;
    })
    .await;
}

/// Posts to a link with this client's CSRF token, without reading the page first.
async fn confirm_raw(app: &TestApp, link: &str) -> Answer {
    app.post_with_csrf(link, &[]).await
}

#[rocket::async_test]
async fn a_correction_changes_the_contact_details_and_staff_find_the_new_name() {
    on_each_backend(async |app| {
        let job = job(app, "Support Engineer").await;
        app.apply(&job, "Ana Lima", ANA, "Resume.").await;
        let link = request_link(app, ANA, "correction").await;
        let page = app.get(&link).await;
        assert!(page.body.contains("value=\"Ana Lima\""), "pre-filled");
        let refused = confirm(
            app,
            &link,
            &[
                ("full_name", "Ana Souza"),
                ("phone", "call me"),
                ("country", "US"),
                ("profile_url", "javascript:alert(1)"),
            ],
        )
        .await;
        assert_eq!(refused.status, Status::UnprocessableEntity);
        assert!(
            refused
                .body
                .contains("A phone number may contain only digits")
        );
        assert!(
            refused.body.contains("value=\"Ana Souza\""),
            "typed values kept"
        );
        let moved = confirm(app, &link, &[("full_name", "Ana Souza"), ("country", "GB")]).await;
        assert_eq!(
            moved.status,
            Status::UnprocessableEntity,
            "transfer consent"
        );
        let person = candidate::Entity::find()
            .one(&app.db)
            .await
            .expect("query")
            .expect("person");
        assert_eq!(person.full_name, "Ana Lima", "nothing changed yet");

        let saved = confirm(
            app,
            &link,
            &[
                ("full_name", "Ana Souza"),
                ("phone", "+1 (555) 0100"),
                ("country", "US"),
                ("profile_url", "https://example.com/ana"),
            ],
        )
        .await;
        assert_eq!(saved.status, Status::Ok, "{}", saved.body);
        assert!(saved.body.contains("Your details are corrected"));
        let person = candidate::Entity::find()
            .one(&app.db)
            .await
            .expect("query")
            .expect("person");
        assert_eq!(person.full_name, "Ana Souza");
        assert_eq!(person.phone.as_deref(), Some("+1 (555) 0100"));
        assert_eq!(
            person.profile_url.as_deref(),
            Some("https://example.com/ana")
        );
        assert!(person.search_text.contains("ana souza"));
        assert_eq!(app.get(&link).await.status, Status::NotFound);

        let admin = app.add_staff("hr@panopto.test", "hr_admin", &[]).await;
        app.sign_in_as(&admin).await;
        let found = app.get("/staff?q=souza").await;
        assert!(
            found.body.contains("Ana Souza"),
            "staff search finds the new name"
        );
        audit_is_impersonal(app).await;
    })
    .await;
}

#[rocket::async_test]
async fn a_deletion_removes_everything_and_the_receipt_is_the_last_mail_to_the_address() {
    on_each_backend(async |app| {
        let first = job(app, "Support Engineer").await;
        let second = job(app, "Data Analyst II").await;
        let a = app.apply(&first, "Ana Lima", ANA, "First resume.").await;
        let b = app.apply(&second, "Ana Lima", ANA, "Second resume.").await;
        // A submission waiting for Ana's review of sensitive data, with its file.
        let key = "0123456789abcdef0123456789abcdef";
        std::fs::write(app.uploads().join(key), b"held file").expect("file");
        let now = Utc::now();
        pending_submission::ActiveModel {
            token_hash: Set("f".repeat(64)),
            job_id: Set(first.id),
            email: Set(ANA.to_owned()),
            payload: Set("{}".to_owned()),
            findings: Set("[]".to_owned()),
            resume_storage_key: Set(key.to_owned()),
            resume_original_filename: Set("cv.txt".to_owned()),
            resume_content_type: Set("text".to_owned()),
            resume_size_bytes: Set(9),
            resume_sha256: Set("0".repeat(64)),
            created_at: Set(now),
            expires_at: Set(now + Duration::hours(1)),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .expect("pending");
        assert_eq!(app.uploaded_files().len(), 3);

        let link = request_link(app, ANA, "deletion").await;
        let page = app.get(&link).await;
        assert!(page.body.contains("Delete my data") && page.body.contains("2 applications"));
        let answer = confirm(app, &link, &[]).await;
        assert_eq!(answer.status, Status::Ok, "{}", answer.body);
        assert!(answer.body.contains("Your data has been deleted"));
        for table in [
            "applications",
            "candidates",
            "resumes",
            "pending_submissions",
            "notes",
            "stage_events",
        ] {
            assert_eq!(app.count(table).await, 0, "{table}");
        }
        assert!(
            app.uploaded_files().is_empty(),
            "{:?}",
            app.uploaded_files()
        );
        let mails = mails_to(app, ANA).await;
        assert_eq!(mails.len(), 1, "only the receipt is left");
        assert_eq!(mails[0].kind, "deletion_receipt");
        assert!(mails[0].body_text.contains("What we keep"));
        let request = &requests(app).await[0];
        assert_eq!(request.status, "fulfilled");
        assert_eq!(request.outcome.as_deref(), Some("deleted"));
        assert_eq!(
            request.email.as_deref(),
            Some(ANA),
            "kept until the receipt is sent"
        );

        let deleted: Vec<String> = audit(app)
            .await
            .into_iter()
            .filter(|e| e.action == "application.deleted")
            .filter_map(|e| e.subject_id)
            .collect();
        assert_eq!(deleted, [a.to_string(), b.to_string()]);

        let folder = OutboxFolder::open(app.outbox()).expect("folder");
        deliver_due(&app.db, &folder, Utc::now())
            .await
            .expect("send");
        let forgotten = privacy::forget_expired(&app.db, Utc::now())
            .await
            .expect("forget");
        assert_eq!(forgotten.addresses, 1);
        let request = &requests(app).await[0];
        assert!(request.email.is_none() && request.receipt_sent_at.is_some());
        assert_eq!(request.kind, "deletion");
        assert!(
            mails_to(app, ANA).await.is_empty(),
            "the receipt's row goes too"
        );
        assert_eq!(confirm_raw(app, &link).await.status, Status::NotFound);
        audit_is_impersonal(app).await;
    })
    .await;
}

#[rocket::async_test]
async fn a_legal_hold_keeps_what_it_covers_and_the_request_waits_until_it_is_released() {
    on_each_backend(async |app| {
        let first = job(app, "Support Engineer").await;
        let second = job(app, "Data Analyst II").await;
        let held = app.apply(&first, "Ana Lima", ANA, "First resume.").await;
        let free = app.apply(&second, "Ana Lima", ANA, "Second resume.").await;
        let hold_id = hold(app, held).await;

        let link = request_link(app, ANA, "deletion").await;
        let answer = confirm(app, &link, &[]).await;
        assert_eq!(answer.status, Status::Ok);
        assert!(answer.body.contains("legal obligation"), "{}", answer.body);
        assert!(!answer.body.contains("CASE-7"), "no details of the hold");
        let ids: Vec<i32> = application::Entity::find()
            .all(&app.db)
            .await
            .expect("apps")
            .iter()
            .map(|a| a.id)
            .collect();
        assert_eq!(
            ids,
            [held],
            "the free application is deleted, the held one kept"
        );
        assert_ne!(held, free);
        let request = requests(app).await.remove(0);
        assert_eq!(request.status, "queued");
        let verified = request.verified_at.expect("verified");
        assert_eq!(request.due_at, Some(verified + Duration::days(30)));
        assert!(
            mails_to(app, ANA)
                .await
                .iter()
                .all(|m| m.kind != "deletion_receipt")
        );

        // The HR admin sees it, due in 30 days; fulfilling while the hold stands says so.
        let admin = app.add_staff("hr@panopto.test", "hr_admin", &[]).await;
        app.sign_in_as(&admin).await;
        let queue = app.get("/admin/requests").await;
        assert_eq!(queue.status, Status::Ok);
        assert_eq!(queue.header("Cache-Control"), Some("no-store"));
        assert!(queue.body.contains("Waiting (hold or open offer)"));
        assert!(
            queue.body.contains(
                &(verified + Duration::days(30))
                    .format("%Y-%m-%d")
                    .to_string()
            )
        );
        assert!(
            queue
                .body
                .contains(&format!("/admin/requests/{}/fulfil", request.id))
        );
        assert!(!queue.body.contains("Overdue"));
        let fulfil = format!("/admin/requests/{}/fulfil", request.id);
        let refused = app.post_with_csrf(&fulfil, &[]).await;
        assert_eq!(refused.status, Status::SeeOther);
        assert!(
            app.get("/admin/requests")
                .await
                .body
                .contains("A legal hold stands")
        );
        assert_eq!(app.count("applications").await, 1);

        // Overdue requests stand out.
        privacy_request::Entity::update_many()
            .col_expr(
                privacy_request::Column::DueAt,
                Expr::value(Some(Utc::now() - Duration::days(1))),
            )
            .exec(&app.db)
            .await
            .expect("overdue");
        assert!(app.get("/admin/requests").await.body.contains("Overdue"));

        // Released: the next sweep deletes it, and the queue is finished after it.
        legal_hold::Entity::update_many()
            .col_expr(
                legal_hold::Column::ReleasedAt,
                Expr::value(Some(Utc::now())),
            )
            .filter(legal_hold::Column::Id.eq(hold_id))
            .exec(&app.db)
            .await
            .expect("release");
        let files = app.client.rocket().state::<Resumes>().expect("resumes");
        let summary = sweep(
            &app.db,
            files.0.as_ref(),
            Utc::now(),
            false,
            &Sweeper::system(),
            &mut |_, _| {},
        )
        .await
        .expect("sweep");
        assert_eq!(summary.deleted, 1);
        assert_eq!(app.count("candidates").await, 0);
        let done = privacy::complete_queued_deletions(&app.db, mailing(app), Utc::now())
            .await
            .expect("complete");
        assert_eq!(done, 1);
        let request = requests(app).await.remove(0);
        assert_eq!(request.status, "fulfilled");
        let mails = mails_to(app, ANA).await;
        assert_eq!(mails.len(), 1);
        assert_eq!(mails[0].kind, "deletion_receipt");
        assert_eq!(
            privacy::complete_queued_deletions(&app.db, mailing(app), Utc::now())
                .await
                .expect("again"),
            0
        );
        let page = app.get("/admin/requests").await.body;
        assert!(
            !page.contains(ANA),
            "a fulfilled request's address is never shown"
        );
        assert!(app.uploaded_files().is_empty());
        audit_is_impersonal(app).await;
    })
    .await;
}

#[rocket::async_test]
async fn an_open_offer_waits_for_an_hr_admin_whose_fulfil_deletes_everything() {
    on_each_backend(async |app| {
        let first = job(app, "Support Engineer").await;
        let second = job(app, "Data Analyst II").await;
        let offered = app.apply(&first, "Ana Lima", ANA, "First resume.").await;
        app.apply(&second, "Ana Lima", ANA, "Second resume.").await;
        set_stage(app, offered, "offer").await;
        let link = request_link(app, ANA, "deletion").await;
        let answer = confirm(app, &link, &[]).await;
        assert!(
            answer.body.contains("An offer to you is still open"),
            "{}",
            answer.body
        );
        assert_eq!(app.count("applications").await, 2, "an HR admin decides");
        // The sweep leaves it to the admin too.
        let files = app.client.rocket().state::<Resumes>().expect("resumes");
        sweep(
            &app.db,
            files.0.as_ref(),
            Utc::now(),
            false,
            &Sweeper::system(),
            &mut |_, _| {},
        )
        .await
        .expect("sweep");
        assert_eq!(app.count("applications").await, 2);

        let admin = app.add_staff("hr@panopto.test", "hr_admin", &[]).await;
        app.sign_in_as(&admin).await;
        let request = requests(app).await.remove(0);
        let answer = app
            .post_with_csrf(&format!("/admin/requests/{}/fulfil", request.id), &[])
            .await;
        assert_eq!(answer.status, Status::SeeOther);
        assert!(
            app.get("/admin/requests")
                .await
                .body
                .contains("is fulfilled")
        );
        assert_eq!(app.count("applications").await, 0);
        assert_eq!(app.count("candidates").await, 0);
        let request = requests(app).await.remove(0);
        assert_eq!(request.status, "fulfilled");
        assert_eq!(request.fulfilled_by_staff_user_id, Some(admin.id));
        assert_eq!(mails_to(app, ANA).await[0].kind, "deletion_receipt");
        let by_admin = audit(app)
            .await
            .into_iter()
            .filter(|e| e.action == "application.deleted")
            .all(|e| e.actor_staff_user_id == Some(admin.id));
        assert!(by_admin, "the tombstones name the admin");
        // A second fulfil has nothing to do.
        let again = app
            .post_with_csrf(&format!("/admin/requests/{}/fulfil", request.id), &[])
            .await;
        assert_eq!(again.status, Status::SeeOther);
        assert!(
            app.get("/admin/requests")
                .await
                .body
                .contains("not a deletion waiting")
        );
    })
    .await;
}

#[rocket::async_test]
async fn withdraw_withdraws_every_open_application_and_audits_each() {
    on_each_backend(async |app| {
        let a = app
            .apply(&job(app, "Support Engineer").await, "Ana Lima", ANA, "R.")
            .await;
        let b = app
            .apply(&job(app, "Data Analyst II").await, "Ana Lima", ANA, "R.")
            .await;
        let c = app
            .apply(&job(app, "Designer III").await, "Ana Lima", ANA, "R.")
            .await;
        set_stage(app, c, "rejected").await;
        let link = request_link(app, ANA, "withdraw").await;
        assert!(
            app.get(&link)
                .await
                .body
                .contains("your 2 open applications")
        );
        let answer = confirm(app, &link, &[]).await;
        assert_eq!(answer.status, Status::Ok);
        assert!(
            answer
                .body
                .contains("Your 2 open applications have been withdrawn.")
        );
        let stages: Vec<(i32, String)> = application::Entity::find()
            .order_by_asc(application::Column::Id)
            .all(&app.db)
            .await
            .expect("apps")
            .into_iter()
            .map(|x| (x.id, x.stage))
            .collect();
        assert_eq!(
            stages,
            [
                (a, "withdrawn".to_owned()),
                (b, "withdrawn".to_owned()),
                (c, "rejected".to_owned())
            ]
        );
        let moves: Vec<String> = audit(app)
            .await
            .into_iter()
            .filter(|e| e.action == "application.stage_moved")
            .filter_map(|e| e.subject_id)
            .collect();
        assert_eq!(moves, [a.to_string(), b.to_string()]);
        assert_eq!(requests(app).await[0].outcome.as_deref(), Some("withdrawn"));
        assert_eq!(confirm_raw(app, &link).await.status, Status::NotFound);
    })
    .await;
}

#[rocket::async_test]
async fn links_work_once_and_expired_wrong_or_raced_links_answer_the_same_404() {
    on_each_backend(async |app| {
        app.apply(&job(app, "Support Engineer").await, "Ana Lima", ANA, "R.")
            .await;
        // Two posts of one link at once: exactly one withdraws.
        let link = request_link(app, ANA, "withdraw").await;
        let csrf = app.csrf().await;
        let body = format!("csrf_token={csrf}");
        let post = || {
            app.client
                .post(link.clone())
                .header(ContentType::Form)
                .body(body.clone())
                .dispatch()
        };
        let (one, two) = rocket::tokio::join!(post(), post());
        let mut statuses = [one.status().code, two.status().code];
        statuses.sort_unstable();
        assert_eq!(statuses, [200, 404]);

        // Expired.
        let expired = request_link(app, ANA, "access").await;
        privacy_request::Entity::update_many()
            .col_expr(
                privacy_request::Column::TokenExpiresAt,
                Expr::value(Some(Utc::now() - Duration::minutes(1))),
            )
            .filter(privacy_request::Column::Status.eq("pending"))
            .exec(&app.db)
            .await
            .expect("expire");
        let wrong = format!("/privacy/requests/verify/{}", "ab".repeat(32));
        for uri in [
            expired.as_str(),
            wrong.as_str(),
            "/privacy/requests/verify/short",
        ] {
            let page = app.get(uri).await;
            assert_eq!(page.status, Status::NotFound, "{uri}");
            assert!(page.body.contains(GONE), "{uri}");
            let post = confirm_raw(app, uri).await;
            assert_eq!(post.status, Status::NotFound, "{uri}");
            assert!(post.body.contains(GONE), "{uri}");
        }
        // Expired requests are forgotten with their address.
        let forgotten = privacy::forget_expired(&app.db, Utc::now())
            .await
            .expect("forget");
        assert_eq!(forgotten.expired, 1);
        assert!(requests(app).await.iter().all(|r| r.status != "pending"));
    })
    .await;
}

#[rocket::async_test]
async fn bad_input_is_answered_422_and_leaves_nothing_behind() {
    on_each_backend(async |app| {
        app.apply(&job(app, "Support Engineer").await, "Ana Lima", ANA, "R.")
            .await;
        let long = format!("{}@example.com", "a".repeat(288));
        let cases: [(&[(&str, &str)], &str); 7] = [
            (&[("kind", "access")], "Please enter your email address."),
            (
                &[("email", "not-an-email"), ("kind", "access")],
                "valid email address",
            ),
            (
                &[("email", ANA), ("kind", "everything")],
                "Please choose what you would like",
            ),
            (&[("email", ANA)], "Please choose what you would like"),
            (
                &[
                    ("email", "<script>alert(1)</script>@example.com"),
                    ("kind", "deletion"),
                ],
                "valid email address",
            ),
            (
                &[
                    ("email", "' OR 1=1; DROP TABLE candidates; --"),
                    ("kind", "access' OR '1'='1"),
                ],
                "valid email address",
            ),
            (
                &[("email", long.as_str()), ("kind", "access")],
                "at most 254 characters",
            ),
        ];
        for (fields, message) in cases {
            let answer = app.post_with_csrf("/privacy/requests", fields).await;
            assert_eq!(answer.status, Status::UnprocessableEntity, "{fields:?}");
            assert!(answer.body.contains(message), "{fields:?}: {}", answer.body);
            assert!(!answer.body.contains("<script>alert"), "escaped");
        }
        assert!(requests(app).await.is_empty());
        assert_eq!(app.count("candidates").await, 1, "the table is still there");
        let forged = app
            .post_form("/privacy/requests", &[("email", ANA), ("kind", "access")])
            .await;
        assert_eq!(forged.status, Status::Forbidden);
        assert!(requests(app).await.is_empty());
    })
    .await;
}

#[rocket::async_test]
async fn the_form_cannot_flood_a_mailbox_or_be_flooded_from_one_address() {
    on_each_backend_with(&[("apply_rate_limit", 6)], async |app| {
        app.apply(&job(app, "Support Engineer").await, "Ana Lima", ANA, "R.")
            .await;
        let csrf = app.csrf().await;
        let send = async |ip: &'static str| {
            app.client
                .post("/privacy/requests")
                .header(ContentType::Form)
                .header(Header::new("X-Real-IP", ip))
                .body(format!(
                    "email=ana.lima%40example.com&kind=access&csrf_token={csrf}"
                ))
                .dispatch()
                .await
                .status()
        };
        for _ in 0..5 {
            assert_eq!(send("203.0.113.9").await, Status::Ok, "the same answer");
        }
        let links = mails_to(app, ANA)
            .await
            .into_iter()
            .filter(|m| m.kind == "privacy_request_link")
            .count();
        assert_eq!(links, 3, "at most three links an hour to one address");
        assert_eq!(send("203.0.113.9").await, Status::Ok);
        assert_eq!(send("203.0.113.9").await, Status::TooManyRequests);
        assert_eq!(send("198.51.100.4").await, Status::Ok, "another address");
    })
    .await;
}

#[rocket::async_test]
async fn a_talent_pool_reminder_goes_once_and_its_link_renews_the_consent_once() {
    on_each_backend(async |app| {
        app.apply(&job(app, "Support Engineer").await, "Ana Lima", ANA, "R.")
            .await;
        app.apply(
            &job(app, "Data Analyst II").await,
            "Bo Chen",
            "bo@example.com",
            "R.",
        )
        .await;
        let now = Utc::now();
        let ends = now + Duration::days(20);
        candidate::Entity::update_many()
            .col_expr(
                candidate::Column::TalentPoolConsentedAt,
                Expr::value(Some(now - Duration::days(700))),
            )
            .col_expr(
                candidate::Column::TalentPoolExpiresAt,
                Expr::value(Some(ends)),
            )
            .filter(candidate::Column::Email.eq(ANA))
            .exec(&app.db)
            .await
            .expect("consent");
        // Bo's consent ends in 90 days: not yet.
        candidate::Entity::update_many()
            .col_expr(
                candidate::Column::TalentPoolExpiresAt,
                Expr::value(Some(now + Duration::days(90))),
            )
            .filter(candidate::Column::Email.eq("bo@example.com"))
            .exec(&app.db)
            .await
            .expect("consent");
        let keys = app.client.rocket().state::<Keys>().expect("keys");
        let sent = privacy::send_talent_pool_reminders(&app.db, mailing(app), keys, now)
            .await
            .expect("remind");
        assert_eq!(sent, 1);
        let again = privacy::send_talent_pool_reminders(&app.db, mailing(app), keys, now)
            .await
            .expect("remind");
        assert_eq!(again, 0, "one reminder");
        assert!(
            mails_to(app, "bo@example.com")
                .await
                .iter()
                .all(|m| m.kind != "talent_pool_reminder")
        );
        let mail = mails_to(app, ANA)
            .await
            .into_iter()
            .find(|m| m.kind == "talent_pool_reminder")
            .expect("reminder");
        let start = mail
            .body_text
            .find("/privacy/talent-pool/renew/")
            .expect("link");
        let link: String = mail.body_text[start..]
            .split_whitespace()
            .next()
            .expect("link")
            .to_owned();

        let page = app.get(&link).await;
        assert_eq!(page.status, Status::Ok);
        assert!(page.body.contains(&ends.format("%-d %B %Y").to_string()));
        assert_eq!(page.header("Cache-Control"), Some("no-store"));
        let mut tampered = link.clone();
        let last = tampered.pop().expect("char");
        tampered.push(if last == '0' { '1' } else { '0' });
        let other_person = link.replacen("/renew/", "/renew/9", 1);
        for bad in [
            tampered.as_str(),
            other_person.as_str(),
            "/privacy/talent-pool/renew/1.2.3",
        ] {
            let answer = app.get(bad).await;
            assert_eq!(answer.status, Status::NotFound, "{bad}");
            assert!(answer.body.contains(GONE));
            assert_eq!(confirm_raw(app, bad).await.status, Status::NotFound);
        }
        assert_eq!(app.post_form(&link, &[]).await.status, Status::Forbidden);
        let renewed = confirm(app, &link, &[]).await;
        assert_eq!(renewed.status, Status::Ok, "{}", renewed.body);
        assert!(renewed.body.contains("You stay in our talent pool"));
        let person = candidate::Entity::find()
            .filter(candidate::Column::Email.eq(ANA))
            .one(&app.db)
            .await
            .expect("query")
            .expect("person");
        let until = person.talent_pool_expires_at.expect("until");
        assert!(until > now + Duration::days(700), "{until}");
        assert!(person.talent_pool_reminded_at.is_none());
        assert!(person.talent_pool_consented_at.expect("consented") >= now);
        assert_eq!(
            confirm_raw(app, &link).await.status,
            Status::NotFound,
            "works once"
        );
        assert_eq!(app.get(&link).await.status, Status::NotFound);
        let renewals = audit_event::Entity::find()
            .filter(audit_event::Column::Action.eq("talent_pool.renewed"))
            .count(&app.db)
            .await
            .expect("audit");
        assert_eq!(renewals, 1);
        audit_is_impersonal(app).await;
    })
    .await;
}
