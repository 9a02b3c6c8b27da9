//! The retention sweep (docs/product.md, retention and privacy requests) on real applications: each rule and outcome,
//! legal holds, talent-pool consents, idempotence, dry runs, the file journal, one sweep
//! at a time, and minors kept under a hold.

use careers::entities::{
    application, audit_event, candidate, file_removal, legal_hold, note, resume, stage_event,
};
use careers::services::retention::{Summary, SweepError, Sweeper, sweep};
use careers::web::apply::Resumes;
use chrono::{DateTime, Duration, Utc};
use rocket::http::Status;
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use crate::helpers::{TestApp, on_each_backend};

/// A job in the affiliate with this code.
async fn job_in(app: &TestApp, code: &str, title: &str) -> careers::entities::job::Model {
    let affiliate = app.affiliate_id(code).await;
    app.add_job(title, |job| job.affiliate_id = affiliate).await
}

/// Puts an application at `stage`, decided `days` ago (open stages: last active then).
async fn decide(app: &TestApp, id: i32, stage: &str, days: i64) {
    let when = Utc::now() - Duration::days(days);
    let decided = matches!(stage, "rejected" | "withdrawn" | "hired");
    application::Entity::update_many()
        .col_expr(application::Column::Stage, Expr::value(stage))
        .col_expr(
            application::Column::DecidedAt,
            Expr::value(decided.then_some(when)),
        )
        .col_expr(application::Column::LastActivityAt, Expr::value(when))
        .filter(application::Column::Id.eq(id))
        .exec(&app.db)
        .await
        .expect("decide");
    careers::store::stage_counts::rebuild(&app.db)
        .await
        .expect("recount");
}

async fn run(app: &TestApp, dry_run: bool) -> Summary {
    run_at(app, Utc::now(), dry_run).await
}

async fn run_at(app: &TestApp, now: DateTime<Utc>, dry_run: bool) -> Summary {
    let files = app.client.rocket().state::<Resumes>().expect("resumes");
    sweep(
        &app.db,
        files.0.as_ref(),
        now,
        dry_run,
        &Sweeper::system(),
        &mut |_, _| {},
    )
    .await
    .expect("sweep")
}

async fn find(app: &TestApp, id: i32) -> Option<application::Model> {
    application::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .expect("query")
}

async fn hold(
    app: &TestApp,
    scope: &str,
    application: Option<i32>,
    email: Option<&str>,
    job: Option<i32>,
) -> i32 {
    legal_hold::ActiveModel {
        scope: Set(scope.to_owned()),
        application_id: Set(application),
        candidate_email: Set(email.map(str::to_owned)),
        job_id: Set(job),
        case_reference: Set("CASE-1".to_owned()),
        reason: Set("Litigation".to_owned()),
        placed_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .expect("hold")
    .id
}

async fn release_all_holds(app: &TestApp) {
    legal_hold::Entity::update_many()
        .col_expr(legal_hold::Column::ReleasedAt, Expr::value(Utc::now()))
        .exec(&app.db)
        .await
        .expect("release");
}

async fn tombstones(app: &TestApp) -> Vec<audit_event::Model> {
    audit_event::Entity::find()
        .filter(
            audit_event::Column::Action.is_in(["application.anonymised", "application.deleted"]),
        )
        .all(&app.db)
        .await
        .expect("audit")
}

#[rocket::async_test]
async fn a_rejected_application_is_anonymised_a_year_after_the_decision_and_nothing_personal_remains()
 {
    on_each_backend(async |app| {
        let job = job_in(app, "EMEA", "Video Engineer").await;
        let due = app
            .apply(
                &job,
                "Zoë Ólafsdóttir",
                "zoe@example.com",
                "Rust and video.",
            )
            .await;
        let recent = app
            .apply(&job, "Ada Lovelace", "ada@example.com", "Engines.")
            .await;
        let staff = app
            .add_staff("hm@panopto.test", "hiring_manager", &["EMEA"])
            .await;
        note::ActiveModel {
            application_id: Set(due),
            author_staff_user_id: Set(Some(staff.id)),
            body: Set(Some("Strong on codecs".to_owned())),
            created_at: Set(Utc::now()),
            updated_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .expect("note");
        stage_event::ActiveModel {
            application_id: Set(due),
            from_stage: Set(Some("submitted".to_owned())),
            to_stage: Set("rejected".to_owned()),
            note: Set(Some("Not enough Rust".to_owned())),
            created_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .expect("history");
        decide(app, due, "rejected", 366).await;
        decide(app, recent, "rejected", 364).await;
        let before = find(app, due).await.expect("row");

        let summary = run(app, false).await;
        assert_eq!((summary.anonymised, summary.deleted), (1, 0), "{summary:?}");
        assert_eq!(summary.examined, 2);

        let skeleton = find(app, due).await.expect("the skeleton stays");
        assert_eq!(skeleton.candidate_id, None);
        assert_eq!(skeleton.cover_letter, None);
        assert!(skeleton.anonymised_at.is_some());
        assert_eq!(
            (
                skeleton.job_id,
                skeleton.affiliate_id,
                skeleton.stage.as_str()
            ),
            (before.job_id, before.affiliate_id, "rejected")
        );
        assert_eq!(skeleton.submitted_at, before.submitted_at);
        assert_ne!(skeleton.status_token_hash, before.status_token_hash);
        let gone = candidate::Entity::find()
            .filter(candidate::Column::Email.eq("zoe@example.com"))
            .one(&app.db)
            .await
            .expect("query");
        assert!(gone.is_none(), "the person is gone");
        let resumes = resume::Entity::find()
            .filter(resume::Column::ApplicationId.eq(due))
            .all(&app.db)
            .await
            .expect("query");
        assert!(resumes.is_empty(), "the resume and its text are gone");
        assert_eq!(app.uploaded_files().len(), 1, "only the kept resume's file");
        let notes = note::Entity::find()
            .filter(note::Column::ApplicationId.eq(due))
            .all(&app.db)
            .await
            .expect("query");
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].body, None, "notes keep their date, not their text");
        let history = stage_event::Entity::find()
            .filter(stage_event::Column::ApplicationId.eq(due))
            .all(&app.db)
            .await
            .expect("query");
        assert!(!history.is_empty() && history.iter().all(|e| e.note.is_none()));
        let mails = careers::entities::outbox_message::Entity::find()
            .all(&app.db)
            .await
            .expect("query");
        assert!(
            mails.iter().all(|m| m.to_address != "zoe@example.com"),
            "mails to the address go"
        );
        let stones = tombstones(app).await;
        assert_eq!(stones.len(), 1);
        assert_eq!(
            stones[0].subject_id.as_deref(),
            Some(due.to_string().as_str())
        );
        let text = format!("{stones:?}");
        assert!(!text.contains("zoe@") && !text.contains("Zoë"), "{text}");
        assert!(text.contains("rejected"), "names the rule: {text}");
        assert!(
            find(app, recent)
                .await
                .expect("kept")
                .candidate_id
                .is_some()
        );
        // The staff page shows the skeleton without a person.
        app.sign_in_as(&staff).await;
        let page = app.get(&format!("/staff/applications/{due}")).await;
        assert_eq!(page.status, Status::Ok);
        assert!(!page.body.contains("Zoë") && !page.body.contains("Rust and video"));
    })
    .await;
}

#[rocket::async_test]
async fn a_withdrawn_application_is_deleted_after_thirty_days_with_its_history_and_file() {
    on_each_backend(async |app| {
        let job = job_in(app, "US", "Support Engineer").await;
        let due = app
            .apply(&job, "Grace Hopper", "grace@example.com", "COBOL.")
            .await;
        let early = app
            .apply(&job, "Alan Turing", "alan@example.com", "Maths.")
            .await;
        decide(app, due, "withdrawn", 31).await;
        decide(app, early, "withdrawn", 29).await;

        let summary = run(app, false).await;
        assert_eq!((summary.anonymised, summary.deleted), (0, 1), "{summary:?}");
        assert_eq!(summary.files_removed, 1);
        assert!(find(app, due).await.is_none());
        assert!(find(app, early).await.is_some());
        assert_eq!(app.count("resumes").await, 1);
        assert_eq!(app.uploaded_files().len(), 1);
        assert_eq!(app.count("candidates").await, 1);
        assert_eq!(app.count("file_removals").await, 0, "the journal is empty");
        let stones = tombstones(app).await;
        assert_eq!(stones.len(), 1);
        assert_eq!(stones[0].action, "application.deleted");
        // The per-stage counts follow.
        let counts = careers::store::stage_counts::per_stage(
            &app.db,
            &careers::domain::staff::Scope::All,
            None,
            None,
            None,
        )
        .await
        .expect("counts");
        let withdrawn = counts
            .iter()
            .find(|(s, _)| s.as_str() == "withdrawn")
            .map(|(_, n)| *n);
        assert_eq!(withdrawn, Some(1));
    })
    .await;
}

#[rocket::async_test]
async fn hired_and_open_applications_are_kept_and_long_untouched_open_ones_are_counted_stale() {
    on_each_backend(async |app| {
        let job = job_in(app, "APAC", "Account Manager").await;
        let hired = app
            .apply(&job, "王小明", "wang@example.com", "Sales.")
            .await;
        let open = app
            .apply(&job, "Ólafur Arnalds", "olafur@example.com", "Music.")
            .await;
        decide(app, hired, "hired", 4_000).await;
        decide(app, open, "interview", 800).await;
        let summary = run(app, false).await;
        assert_eq!((summary.anonymised, summary.deleted), (0, 0), "{summary:?}");
        assert_eq!(summary.stale, 1);
        assert!(find(app, hired).await.is_some() && find(app, open).await.is_some());
        assert_eq!(app.uploaded_files().len(), 2);
        // Flagged to the affiliate's recruiters on the dashboard and the page.
        let recruiter = app
            .add_staff("rec@panopto.test", "recruiter", &["APAC"])
            .await;
        app.sign_in_as(&recruiter).await;
        let dashboard = app.get("/staff").await;
        assert_eq!(dashboard.body.matches("No activity for a year").count(), 1);
        let page = app.get(&format!("/staff/applications/{open}")).await;
        assert!(
            page.body
                .contains("No activity on this application for over a year")
        );
        let page = app.get(&format!("/staff/applications/{hired}")).await;
        assert!(!page.body.contains("No activity on this application"));
    })
    .await;
}

#[rocket::async_test]
async fn legal_holds_on_an_application_a_person_or_a_job_stop_the_sweep_until_released() {
    on_each_backend(async |app| {
        let job = job_in(app, "US", "Lawyer").await;
        let other = job_in(app, "US", "Paralegal").await;
        let by_app = app.apply(&job, "One", "one@example.com", "CV.").await;
        let by_person = app.apply(&job, "Two", "two@example.com", "CV.").await;
        let by_job = app.apply(&other, "Three", "three@example.com", "CV.").await;
        for id in [by_app, by_person, by_job] {
            decide(app, id, "withdrawn", 400).await;
        }
        hold(app, "application", Some(by_app), None, None).await;
        hold(app, "candidate", None, Some("two@example.com"), None).await;
        hold(app, "job", None, None, Some(other.id)).await;

        let summary = run(app, false).await;
        assert_eq!((summary.deleted, summary.held), (0, 3), "{summary:?}");
        assert_eq!(app.uploaded_files().len(), 3);

        release_all_holds(app).await;
        let summary = run(app, false).await;
        assert_eq!((summary.deleted, summary.held), (3, 0), "{summary:?}");
        assert_eq!(app.count("applications").await, 0);
        assert_eq!(app.uploaded_files().len(), 0);
    })
    .await;
}

#[rocket::async_test]
async fn a_talent_pool_consent_postpones_anonymisation_until_it_ends() {
    on_each_backend(async |app| {
        let job = job_in(app, "EMEA", "Designer").await;
        let pooled = app
            .apply(&job, "Pool Person", "pool@example.com", "Design.")
            .await;
        decide(app, pooled, "rejected", 400).await;
        let until = Utc::now() + Duration::days(100);
        candidate::Entity::update_many()
            .col_expr(candidate::Column::TalentPoolExpiresAt, Expr::value(until))
            .filter(candidate::Column::Email.eq("pool@example.com"))
            .exec(&app.db)
            .await
            .expect("consent");

        assert_eq!(
            run(app, false).await.anonymised,
            0,
            "kept while consent lasts"
        );
        let at_end = run_at(app, until, true).await;
        assert_eq!(at_end.anonymised, 1, "due when it ends");

        // Ended, but another application of theirs is open: wait for that one.
        let open_job = job_in(app, "EMEA", "Senior Designer").await;
        app.apply(&open_job, "Pool Person", "pool@example.com", "Design.")
            .await;
        assert_eq!(run_at(app, until, true).await.anonymised, 0);
    })
    .await;
}

#[rocket::async_test]
async fn an_affiliates_own_rule_applies_to_its_applications_only() {
    on_each_backend(async |app| {
        let apac = job_in(app, "APAC", "Analyst").await;
        let us = job_in(app, "US", "Analyst").await;
        let in_apac = app.apply(&apac, "One", "one@example.com", "CV.").await;
        let in_us = app.apply(&us, "Two", "two@example.com", "CV.").await;
        decide(app, in_apac, "rejected", 100).await;
        decide(app, in_us, "rejected", 100).await;
        let rule = careers::domain::retention::Rule::parse(
            "rejected",
            Some(app.affiliate_id("APAC").await),
            "delete",
            "90",
        )
        .expect("rule");
        careers::store::retention::save_rule(&app.db, &rule, None, Utc::now())
            .await
            .expect("save");
        let summary = run(app, false).await;
        assert_eq!((summary.deleted, summary.anonymised), (1, 0));
        assert!(find(app, in_apac).await.is_none());
        assert!(find(app, in_us).await.is_some());
    })
    .await;
}

#[rocket::async_test]
async fn a_second_sweep_finds_nothing_to_do_and_a_dry_run_changes_nothing() {
    on_each_backend(async |app| {
        let job = job_in(app, "US", "Engineer").await;
        let a = app.apply(&job, "One", "one@example.com", "CV.").await;
        let b = app.apply(&job, "Two", "two@example.com", "CV.").await;
        decide(app, a, "rejected", 500).await;
        decide(app, b, "withdrawn", 500).await;

        let dry = run(app, true).await;
        assert_eq!((dry.anonymised, dry.deleted, dry.dry_run), (1, 1, true));
        assert_eq!(app.count("applications").await, 2);
        assert_eq!(app.count("candidates").await, 2);
        assert_eq!(app.uploaded_files().len(), 2);
        assert!(tombstones(app).await.is_empty());

        let first = run(app, false).await;
        assert_eq!((first.anonymised, first.deleted), (1, 1));
        let second = run(app, false).await;
        assert_eq!(
            (second.anonymised, second.deleted, second.files_removed),
            (0, 0, 0)
        );
        assert_eq!(tombstones(app).await.len(), 2);
        let runs = app
            .audit_actions()
            .await
            .into_iter()
            .filter(|a| a == "retention.sweep_run")
            .count();
        assert_eq!(runs, 2, "each real run is audited, the dry run is not");
    })
    .await;
}

#[rocket::async_test]
async fn files_left_by_an_interrupted_sweep_are_removed_by_the_next_one() {
    on_each_backend(async |app| {
        let job = job_in(app, "US", "Engineer").await;
        let id = app.apply(&job, "One", "one@example.com", "CV.").await;
        // What a crash after the commit and before the file removal leaves behind: the
        // row gone, its file still there, and the file journalled.
        let key = resume::Entity::find()
            .filter(resume::Column::ApplicationId.eq(id))
            .one(&app.db)
            .await
            .expect("query")
            .expect("resume")
            .storage_key;
        resume::Entity::delete_many()
            .exec(&app.db)
            .await
            .expect("drop row");
        file_removal::ActiveModel {
            storage_key: Set(key.clone()),
            queued_at: Set(Utc::now()),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .expect("journal");
        assert_eq!(app.uploaded_files(), vec![key]);

        let summary = run(app, false).await;
        assert_eq!(summary.files_removed, 1);
        assert!(app.uploaded_files().is_empty());
        assert_eq!(app.count("file_removals").await, 0);
    })
    .await;
}

#[rocket::async_test]
async fn only_one_sweep_runs_at_a_time() {
    on_each_backend(async |app| {
        let lock = careers::store::sweep_lock::SweepLock::try_acquire(&app.db)
            .await
            .expect("first lock");
        let files = app.client.rocket().state::<Resumes>().expect("resumes");
        let second = sweep(
            &app.db,
            files.0.as_ref(),
            Utc::now(),
            false,
            &Sweeper::system(),
            &mut |_, _| {},
        )
        .await;
        assert!(
            matches!(second, Err(SweepError::AlreadyRunning)),
            "{second:?}"
        );
        drop(lock);
        // The PostgreSQL lock ends with its session, closed in the background.
        let mut attempts = 0;
        loop {
            match careers::store::sweep_lock::SweepLock::try_acquire(&app.db).await {
                Ok(_) => break,
                Err(_) if attempts < 50 => {
                    attempts += 1;
                    rocket::tokio::time::sleep(std::time::Duration::from_millis(20)).await;
                }
                Err(error) => panic!("the lock was never released: {error}"),
            }
        }
    })
    .await;
}

#[rocket::async_test]
async fn a_minor_under_a_legal_hold_is_kept_until_the_hold_is_released() {
    on_each_backend(async |app| {
        let job = job_in(app, "US", "Intern").await;
        let other = job_in(app, "US", "Junior").await;
        let held = app
            .apply(&job, "Young", "young@example.com", "School.")
            .await;
        let free = app
            .apply(&other, "Young", "young@example.com", "School.")
            .await;
        hold(app, "application", Some(held), None, None).await;
        let manager = app
            .add_staff("hm@panopto.test", "hiring_manager", &["US"])
            .await;
        app.sign_in_as(&manager).await;
        let answer = app
            .post_with_csrf(
                &format!("/staff/applications/{free}/minor"),
                &[("confirm", "yes")],
            )
            .await;
        assert_eq!(answer.status, Status::SeeOther);
        assert!(
            find(app, free).await.is_none(),
            "the unheld one goes at once"
        );
        let kept = find(app, held).await.expect("held one kept");
        assert!(
            kept.minor_reported_at.is_some(),
            "and remembered as a minor's"
        );
        let page = app.get(&format!("/staff/applications/{held}")).await;
        assert!(
            page.body.contains("legal hold"),
            "the page says why it stays"
        );

        release_all_holds(app).await;
        let summary = run(app, false).await;
        assert_eq!(summary.deleted, 1);
        assert!(find(app, held).await.is_none());
        assert_eq!(app.count("candidates").await, 0);
        assert!(app.uploaded_files().is_empty());
    })
    .await;
}
