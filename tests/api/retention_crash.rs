//! docs/product.md, retention and privacy requests: a sweep killed at any point and run again finishes the job, with no file
//! left without its row and no row pointing to a missing file. A real
//! `careers retention run` process is killed with SIGKILL right after its first batch
//! commits (while it removes that batch's files), the invariants are checked on what it
//! left, and a second run must finish everything.

use std::collections::BTreeSet;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use careers::entities::{application, audit_event, candidate, file_removal, resume};
use chrono::Utc;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect, Set};

use crate::helpers::{TestApp, on_each_backend};

/// Due applications seeded: enough for several batches.
const DUE: usize = 6_000;
/// Applications kept (open), each with a file that must survive.
const KEPT: usize = 500;

fn careers(app: &TestApp, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_careers"));
    command
        .args(args)
        .env("RUST_LOG", "off")
        .env_remove("ROCKET_PROFILE")
        .env("CAREERS_DATABASE_URL", &app.database_url)
        .env("CAREERS_UPLOADS_DIR", app.uploads())
        .env("CAREERS_OUTBOX_DIR", app.outbox())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    command
}

/// `n` applicants, each with one application decided long ago (withdrawn: deleted, or
/// rejected: anonymised) or open, and a resume file.
async fn seed(
    app: &TestApp,
    job: &careers::entities::job::Model,
    from: usize,
    n: usize,
    stage: &str,
) {
    let now = Utc::now();
    let long_ago = now - chrono::Duration::days(800);
    for chunk_start in (from..from + n).step_by(500) {
        let range = chunk_start..(chunk_start + 500).min(from + n);
        candidate::Entity::insert_many(range.clone().map(|i| candidate::ActiveModel {
            email: Set(format!("person{i}@example.com")),
            full_name: Set(format!("Person {i}")),
            country: Set("US".to_owned()),
            search_text: Set(format!("person {i} person{i}@example.com")),
            created_at: Set(long_ago),
            updated_at: Set(long_ago),
            ..Default::default()
        }))
        .exec(&app.db)
        .await
        .expect("candidates");
        let people: Vec<(i32, String)> = candidate::Entity::find()
            .select_only()
            .column(candidate::Column::Id)
            .column(candidate::Column::Email)
            .filter(
                candidate::Column::Email
                    .is_in(range.clone().map(|i| format!("person{i}@example.com"))),
            )
            .into_tuple()
            .all(&app.db)
            .await
            .expect("ids");
        let decided = stage != "screening";
        application::Entity::insert_many(people.iter().map(|(id, email)| {
            application::ActiveModel {
                public_ref: Set(format!("REF-{email}")),
                status_token_hash: Set(format!("token-{email}")),
                candidate_id: Set(Some(*id)),
                job_id: Set(job.id),
                affiliate_id: Set(job.affiliate_id),
                stage: Set(stage.to_owned()),
                cover_letter: Set(Some("Hello".to_owned())),
                sensitive_acknowledged: Set(false),
                consent_privacy_at: Set(long_ago),
                age_verified_at: Set(long_ago),
                submitted_at: Set(long_ago),
                decided_at: Set(decided.then_some(long_ago)),
                last_activity_at: Set(long_ago),
                created_at: Set(long_ago),
                updated_at: Set(long_ago),
                ..Default::default()
            }
        }))
        .exec(&app.db)
        .await
        .expect("applications");
        let ids: Vec<i32> = application::Entity::find()
            .select_only()
            .column(application::Column::Id)
            .filter(application::Column::CandidateId.is_in(people.iter().map(|p| p.0)))
            .into_tuple()
            .all(&app.db)
            .await
            .expect("ids");
        let mut rows = Vec::new();
        for id in ids {
            let key = format!("{:032x}", 0x00c0_ffee_0000_0000_u64 + id as u64);
            std::fs::write(app.uploads().join(&key), format!("resume {id}")).expect("file");
            rows.push(resume::ActiveModel {
                application_id: Set(id),
                storage_key: Set(key),
                original_filename: Set("cv.txt".to_owned()),
                content_type: Set("text/plain".to_owned()),
                size_bytes: Set(12),
                sha256: Set("0".repeat(64)),
                extracted_text: Set(Some(format!("resume {id}"))),
                created_at: Set(long_ago),
                ..Default::default()
            });
        }
        resume::Entity::insert_many(rows)
            .exec(&app.db)
            .await
            .expect("resumes");
    }
}

/// Files in the uploads folder, rows' keys, and journalled keys.
async fn state(app: &TestApp) -> (BTreeSet<String>, BTreeSet<String>, BTreeSet<String>) {
    let files: BTreeSet<String> = app.uploaded_files().into_iter().collect();
    let rows: BTreeSet<String> = resume::Entity::find()
        .select_only()
        .column(resume::Column::StorageKey)
        .into_tuple::<String>()
        .all(&app.db)
        .await
        .expect("keys")
        .into_iter()
        .collect();
    let journal: BTreeSet<String> = file_removal::Entity::find()
        .select_only()
        .column(file_removal::Column::StorageKey)
        .into_tuple::<String>()
        .all(&app.db)
        .await
        .expect("journal")
        .into_iter()
        .collect();
    (files, rows, journal)
}

async fn tombstones(app: &TestApp) -> u64 {
    audit_event::Entity::find()
        .filter(
            audit_event::Column::Action.is_in(["application.anonymised", "application.deleted"]),
        )
        .count(&app.db)
        .await
        .expect("count")
}

/// Starts a sweep and kills it once its first batch has committed.
async fn kill_after_first_batch(app: &TestApp) -> bool {
    let mut child: Child = careers(app, &["retention", "run"])
        .spawn()
        .expect("spawn careers");
    let started = Instant::now();
    let killed = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            let output = child.wait_with_output().expect("output");
            panic!(
                "the sweep ended ({status}) before it could be killed: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        if tombstones(app).await > 0 {
            child.kill().expect("SIGKILL");
            break true;
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the sweep never committed a batch"
        );
        rocket::tokio::time::sleep(Duration::from_millis(2)).await;
    };
    child.wait().expect("reaped");
    killed
}

#[rocket::async_test]
async fn a_sweep_killed_mid_run_is_finished_by_the_next_with_files_and_rows_in_step() {
    on_each_backend(async |app| {
        let job = app.add_job("Crash-test job", |_| {}).await;
        seed(app, &job, 0, DUE / 2, "withdrawn").await;
        seed(app, &job, DUE / 2, DUE / 2, "rejected").await;
        seed(app, &job, DUE, KEPT, "screening").await;
        assert_eq!(app.uploaded_files().len(), DUE + KEPT);

        assert!(kill_after_first_batch(app).await);
        let (files, rows, journal) = state(app).await;
        let done = tombstones(app).await as usize;
        assert!(
            done > 0 && done < DUE,
            "killed mid-run: {done} of {DUE} done"
        );
        let missing: Vec<_> = rows.difference(&files).collect();
        assert!(
            missing.is_empty(),
            "rows pointing at missing files: {}",
            missing.len()
        );
        let orphans: BTreeSet<_> = files.difference(&rows).cloned().collect();
        assert!(
            orphans.is_subset(&journal),
            "{} files without a row are not journalled",
            orphans.difference(&journal).count()
        );

        let output = careers(app, &["retention", "run"])
            .output()
            .expect("second run");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let (files, rows, journal) = state(app).await;
        assert_eq!(files, rows, "every file has its row and every row its file");
        assert!(journal.is_empty(), "nothing left to remove");
        assert_eq!(rows.len(), KEPT, "only the open applications keep a resume");
        assert_eq!(
            tombstones(app).await as usize,
            DUE,
            "one tombstone per application"
        );
        assert_eq!(app.count("applications").await as usize, DUE / 2 + KEPT);
        assert_eq!(app.count("candidates").await as usize, KEPT);

        let third = careers(app, &["retention", "run"])
            .output()
            .expect("third run");
        let summary = String::from_utf8_lossy(&third.stdout);
        assert!(summary.contains("anonymised 0, deleted 0"), "{summary}");
    })
    .await;
}
