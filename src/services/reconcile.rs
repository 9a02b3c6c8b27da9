//! `careers uploads reconcile`: files without a row are removed, rows without a file are
//! reported. Files younger than a grace period are left alone: they may belong to a
//! submission whose row is being written right now.

use std::collections::HashSet;
use std::time::{Duration, SystemTime};

use sea_orm::{DatabaseConnection, DbErr, EntityTrait, QuerySelect};

use crate::entities::{pending_submission, resume};
use crate::store::files::ResumeStore;

/// How old an unreferenced file must be before it is removed.
pub const GRACE: Duration = Duration::from_secs(60 * 60);

/// What a reconciliation found and did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    /// Files in the store, examined.
    pub files: usize,
    /// Files removed: no row referred to them (or they were partial writes).
    pub removed: Vec<String>,
    /// Unreferenced files kept because they are younger than the grace period.
    pub too_recent: Vec<String>,
    /// Storage keys that rows refer to but the store lacks.
    pub missing: Vec<String>,
}

/// Why reconciling stopped.
#[derive(Debug, thiserror::Error)]
pub enum ReconcileError {
    #[error("database: {0}")]
    Database(#[from] DbErr),
    #[error("uploads: {0}")]
    Store(#[from] std::io::Error),
}

/// Whether a row (an application's resume or a held submission) refers to the key.
pub async fn is_referenced(db: &DatabaseConnection, key: &str) -> Result<bool, DbErr> {
    use sea_orm::{ColumnTrait, QueryFilter};
    let resume = resume::Entity::find()
        .filter(resume::Column::StorageKey.eq(key))
        .one(db)
        .await?;
    if resume.is_some() {
        return Ok(true);
    }
    let held = pending_submission::Entity::find()
        .filter(pending_submission::Column::ResumeStorageKey.eq(key))
        .one(db)
        .await?;
    Ok(held.is_some())
}

/// Compares the store with the rows that refer to it and removes orphans.
pub async fn reconcile(
    db: &DatabaseConnection,
    store: &dyn ResumeStore,
    now: SystemTime,
) -> Result<Report, ReconcileError> {
    let mut referenced: HashSet<String> = resume::Entity::find()
        .select_only()
        .column(resume::Column::StorageKey)
        .into_tuple::<String>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    referenced.extend(
        pending_submission::Entity::find()
            .select_only()
            .column(pending_submission::Column::ResumeStorageKey)
            .into_tuple::<String>()
            .all(db)
            .await?,
    );
    let files = store.inventory().await?;
    let mut report = Report {
        files: files.len(),
        ..Report::default()
    };
    let present: HashSet<&str> = files
        .iter()
        .filter_map(|f| f.key.as_ref().map(|k| k.as_str()))
        .collect();
    for file in &files {
        if file
            .key
            .as_ref()
            .is_some_and(|key| referenced.contains(key.as_str()))
        {
            continue;
        }
        let age = now.duration_since(file.modified).unwrap_or_default();
        if age < GRACE {
            report.too_recent.push(file.name.clone());
            continue;
        }
        match &file.key {
            Some(key) => store.remove(key).await?,
            None => store.remove_leftover(&file.name).await?,
        }
        report.removed.push(file.name.clone());
    }
    let mut missing: Vec<String> = referenced
        .iter()
        .filter(|key| !present.contains(key.as_str()))
        .cloned()
        .collect();
    missing.sort();
    report.missing = missing;
    Ok(report)
}
