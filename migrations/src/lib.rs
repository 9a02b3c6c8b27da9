//! The careers schema, in order. The tables run unchanged on SQLite and PostgreSQL: only
//! portable column types (text, integer, boolean, timestamp with time zone), string
//! enums instead of native ones, and indexes created by name so `down` can drop them.
//! The exceptions are the text-search index (migration 9) and the public-revision
//! triggers (migration 12), which each database builds its own way.

pub use sea_orm_migration::prelude::*;

mod m20261127_000001_affiliates_and_jobs;
mod m20261127_000002_staff;
mod m20261127_000003_applications;
mod m20261127_000004_retention_and_privacy;
mod m20261127_000005_outbox_and_audit;
mod m20261127_000006_login_attempts;
mod m20261127_000007_stage_counts;
mod m20261127_000008_retention_sweep;
mod m20261127_000009_candidate_search;
mod m20261127_000010_dashboard_order;
mod m20261207_000011_malware_verdicts;
mod m20261207_000012_public_revision;
mod m20261207_000013_interviews_and_offers;
mod m20261207_000014_languages;
mod m20261207_000015_staff_second_factor;
mod m20261208_000016_staff_passkeys;
mod util;

/// All migrations of the careers schema.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261127_000001_affiliates_and_jobs::Migration),
            Box::new(m20261127_000002_staff::Migration),
            Box::new(m20261127_000003_applications::Migration),
            Box::new(m20261127_000004_retention_and_privacy::Migration),
            Box::new(m20261127_000005_outbox_and_audit::Migration),
            Box::new(m20261127_000006_login_attempts::Migration),
            Box::new(m20261127_000007_stage_counts::Migration),
            Box::new(m20261127_000008_retention_sweep::Migration),
            Box::new(m20261127_000009_candidate_search::Migration),
            Box::new(m20261127_000010_dashboard_order::Migration),
            Box::new(m20261207_000011_malware_verdicts::Migration),
            Box::new(m20261207_000012_public_revision::Migration),
            Box::new(m20261207_000013_interviews_and_offers::Migration),
            Box::new(m20261207_000014_languages::Migration),
            Box::new(m20261207_000015_staff_second_factor::Migration),
            Box::new(m20261208_000016_staff_passkeys::Migration),
        ]
    }
}
