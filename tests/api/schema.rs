//! The migrations build the whole data model on both databases, and roll back cleanly.

use migration::SchemaManager;
use migration::{Migrator, MigratorTrait};

use crate::helpers::on_each_backend;

/// Every table of the data model (docs/data-model.md).
const TABLES: [&str; 39] = [
    "affiliates",
    "jobs",
    "staff_users",
    "staff_user_affiliates",
    "staff_sessions",
    "staff_tokens",
    "staff_totp",
    "staff_recovery_codes",
    "staff_passkeys",
    "job_hiring_managers",
    "candidates",
    "applications",
    "resumes",
    "stage_events",
    "notes",
    "ratings",
    "pending_submissions",
    "submission_throttle",
    "legal_holds",
    "retention_rules",
    "privacy_requests",
    "outbox_messages",
    "audit_events",
    "login_attempts",
    "file_removals",
    "stage_counts",
    "public_revision",
    "job_translations",
    "interview_steps",
    "interview_focus",
    "interviews",
    "interview_interviewers",
    "interview_slots",
    "scorecards",
    "scorecard_versions",
    "offers",
    "offer_approval_chains",
    "offer_approvals",
    "seaql_migrations",
];

#[rocket::async_test]
async fn migrations_create_every_table_and_roll_back_to_nothing() {
    on_each_backend(async |app| {
        let manager = SchemaManager::new(&app.db);
        for table in TABLES {
            assert!(
                manager.has_table(table).await.expect("query"),
                "{} lacks {table}",
                app.backend
            );
        }
        for (table, index) in [
            ("jobs", "idx_jobs_status_published"),
            ("applications", "idx_applications_affiliate_stage_submitted"),
            ("applications", "idx_applications_stage_decided"),
            ("audit_events", "idx_audit_occurred"),
        ] {
            assert!(
                manager.has_index(table, index).await.expect("query"),
                "{} lacks {index}",
                app.backend
            );
        }

        Migrator::down(&app.db, None)
            .await
            .expect("every migration rolls back");
        for table in TABLES.iter().filter(|t| **t != "seaql_migrations") {
            assert!(
                !manager.has_table(*table).await.expect("query"),
                "{table} left after rollback"
            );
        }
        Migrator::up(&app.db, None)
            .await
            .expect("and applies again");
        assert!(manager.has_table("audit_events").await.expect("query"));
    })
    .await;
}

#[rocket::async_test]
async fn starting_twice_on_the_same_database_changes_nothing() {
    on_each_backend(async |app| {
        careers::services::bootstrap::prepare(&app.db, true)
            .await
            .expect("second start");
        let jobs = careers::store::jobs::count_all(&app.db)
            .await
            .expect("count");
        assert_eq!(jobs, 14, "demo jobs are not seeded twice");
        let affiliates = careers::store::affiliates::all(&app.db)
            .await
            .expect("affiliates");
        assert_eq!(
            affiliates
                .iter()
                .map(|a| a.code.as_str())
                .collect::<Vec<_>>(),
            ["US", "EMEA", "APAC"]
        );
    })
    .await;
}
