//! Candidates (people, by email), their applications and everything hanging off an
//! application: the resume, stage history, notes, ratings; plus submissions waiting
//! for the applicant's sensitive-data review and the per-address submission throttle.

use crate::util::{create, drop, fk, index, unique};
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TABLES: &[&str] = &[
    "candidates",
    "applications",
    "resumes",
    "stage_events",
    "notes",
    "ratings",
    "pending_submissions",
    "submission_throttle",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let candidates = Table::create()
            .table("candidates")
            .col(pk_auto("id"))
            .col(string_uniq("email"))
            .col(string("full_name"))
            .col(string_null("phone"))
            .col(string("country"))
            .col(text_null("profile_url"))
            // Lower-cased name and email, for staff search on both databases.
            .col(text("search_text"))
            .col(timestamp_with_time_zone_null("talent_pool_consented_at"))
            .col(timestamp_with_time_zone_null("talent_pool_expires_at"))
            .col(timestamp_with_time_zone_null("talent_pool_reminded_at"))
            .col(timestamp_with_time_zone("created_at"))
            .col(timestamp_with_time_zone("updated_at"))
            .to_owned();

        let applications = Table::create()
            .table("applications")
            .col(pk_auto("id"))
            .col(string_uniq("public_ref"))
            .col(string_uniq("status_token_hash"))
            // Null once anonymised: the skeleton no longer points at a person.
            .col(integer_null("candidate_id"))
            .col(integer("job_id"))
            // Copied from the job so every scoped staff query filters one table.
            .col(integer("affiliate_id"))
            .col(string("stage"))
            .col(text_null("cover_letter"))
            .col(string_null("sensitive_categories"))
            .col(boolean("sensitive_acknowledged").default(false))
            .col(timestamp_with_time_zone("consent_privacy_at"))
            .col(timestamp_with_time_zone_null("consent_transfer_at"))
            // The only trace of the date of birth: that the age check passed, and when.
            .col(timestamp_with_time_zone("age_verified_at"))
            .col(timestamp_with_time_zone("submitted_at"))
            .col(timestamp_with_time_zone_null("decided_at"))
            .col(timestamp_with_time_zone("last_activity_at"))
            .col(timestamp_with_time_zone_null("anonymised_at"))
            .col(timestamp_with_time_zone("created_at"))
            .col(timestamp_with_time_zone("updated_at"))
            .foreign_key(&mut fk(
                "applications",
                "candidate_id",
                "candidates",
                ForeignKeyAction::SetNull,
            ))
            .foreign_key(&mut fk(
                "applications",
                "job_id",
                "jobs",
                ForeignKeyAction::Restrict,
            ))
            .foreign_key(&mut fk(
                "applications",
                "affiliate_id",
                "affiliates",
                ForeignKeyAction::Restrict,
            ))
            .to_owned();

        let resumes = Table::create()
            .table("resumes")
            .col(pk_auto("id"))
            .col(integer_uniq("application_id"))
            // Random name under the uploads folder; never derived from the upload.
            .col(string_uniq("storage_key"))
            .col(string("original_filename"))
            .col(string("content_type"))
            .col(big_integer("size_bytes"))
            .col(string("sha256"))
            .col(text_null("extracted_text"))
            .col(timestamp_with_time_zone("created_at"))
            .foreign_key(&mut fk(
                "resumes",
                "application_id",
                "applications",
                ForeignKeyAction::Cascade,
            ))
            .to_owned();

        let stage_events = Table::create()
            .table("stage_events")
            .col(pk_auto("id"))
            .col(integer("application_id"))
            .col(string_null("from_stage"))
            .col(string("to_stage"))
            .col(integer_null("actor_staff_user_id"))
            .col(text_null("note"))
            .col(timestamp_with_time_zone("created_at"))
            .foreign_key(&mut fk(
                "stage_events",
                "application_id",
                "applications",
                ForeignKeyAction::Cascade,
            ))
            .foreign_key(&mut fk(
                "stage_events",
                "actor_staff_user_id",
                "staff_users",
                ForeignKeyAction::SetNull,
            ))
            .to_owned();

        let notes = Table::create()
            .table("notes")
            .col(pk_auto("id"))
            .col(integer("application_id"))
            .col(integer_null("author_staff_user_id"))
            // Null once the application is anonymised.
            .col(text_null("body"))
            .col(timestamp_with_time_zone("created_at"))
            .col(timestamp_with_time_zone("updated_at"))
            .foreign_key(&mut fk(
                "notes",
                "application_id",
                "applications",
                ForeignKeyAction::Cascade,
            ))
            .foreign_key(&mut fk(
                "notes",
                "author_staff_user_id",
                "staff_users",
                ForeignKeyAction::SetNull,
            ))
            .to_owned();

        let ratings = Table::create()
            .table("ratings")
            .col(pk_auto("id"))
            .col(integer("application_id"))
            .col(integer("reviewer_staff_user_id"))
            .col(small_integer("score"))
            .col(timestamp_with_time_zone("created_at"))
            .col(timestamp_with_time_zone("updated_at"))
            .foreign_key(&mut fk(
                "ratings",
                "application_id",
                "applications",
                ForeignKeyAction::Cascade,
            ))
            .foreign_key(&mut fk(
                "ratings",
                "reviewer_staff_user_id",
                "staff_users",
                ForeignKeyAction::Cascade,
            ))
            .to_owned();

        let pending = Table::create()
            .table("pending_submissions")
            .col(pk_auto("id"))
            .col(string_uniq("token_hash"))
            .col(integer("job_id"))
            .col(string("email"))
            // The validated form as JSON (never the date of birth) and the findings.
            .col(text("payload"))
            .col(text("findings"))
            .col(string_uniq("resume_storage_key"))
            .col(string("resume_original_filename"))
            .col(string("resume_content_type"))
            .col(big_integer("resume_size_bytes"))
            .col(string("resume_sha256"))
            .col(text_null("resume_extracted_text"))
            .col(timestamp_with_time_zone("created_at"))
            .col(timestamp_with_time_zone("expires_at"))
            .foreign_key(&mut fk(
                "pending_submissions",
                "job_id",
                "jobs",
                ForeignKeyAction::Cascade,
            ))
            .to_owned();

        let throttle = Table::create()
            .table("submission_throttle")
            .col(pk_auto("id"))
            // Keyed hash of the client address: the address itself is never stored.
            .col(string("key_hash"))
            .col(timestamp_with_time_zone("window_start"))
            .col(integer("count"))
            .to_owned();

        create(
            manager,
            vec![
                candidates,
                applications,
                resumes,
                stage_events,
                notes,
                ratings,
                pending,
                throttle,
            ],
            vec![
                index(
                    "idx_candidates_talent_pool_expires",
                    "candidates",
                    &["talent_pool_expires_at"],
                ),
                unique(
                    "uq_applications_job_candidate",
                    "applications",
                    &["job_id", "candidate_id"],
                ),
                index(
                    "idx_applications_candidate",
                    "applications",
                    &["candidate_id"],
                ),
                index(
                    "idx_applications_affiliate_submitted",
                    "applications",
                    &["affiliate_id", "submitted_at"],
                ),
                index(
                    "idx_applications_affiliate_stage_submitted",
                    "applications",
                    &["affiliate_id", "stage", "submitted_at"],
                ),
                index(
                    "idx_applications_job_submitted",
                    "applications",
                    &["job_id", "submitted_at"],
                ),
                index(
                    "idx_applications_stage_decided",
                    "applications",
                    &["stage", "decided_at"],
                ),
                index(
                    "idx_applications_stage_activity",
                    "applications",
                    &["stage", "last_activity_at"],
                ),
                index(
                    "idx_stage_events_application",
                    "stage_events",
                    &["application_id", "created_at"],
                ),
                index("idx_notes_application", "notes", &["application_id"]),
                unique(
                    "uq_ratings_application_reviewer",
                    "ratings",
                    &["application_id", "reviewer_staff_user_id"],
                ),
                index(
                    "idx_pending_submissions_expires",
                    "pending_submissions",
                    &["expires_at"],
                ),
                index(
                    "idx_pending_submissions_email",
                    "pending_submissions",
                    &["email"],
                ),
                unique(
                    "uq_submission_throttle_key_window",
                    "submission_throttle",
                    &["key_hash", "window_start"],
                ),
                index(
                    "idx_submission_throttle_window",
                    "submission_throttle",
                    &["window_start"],
                ),
            ],
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop(manager, TABLES).await
    }
}
