//! Applying for a job: read the resume's text, scan for sensitive data, and either hold
//! the submission for the applicant's review or create the application with its emails.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, Set,
};
use serde::{Deserialize, Serialize};

use super::resume_reader::Extractor;
use super::resume_text::ExtractError;
use crate::config::Settings;
use crate::domain::application::NewApplication;
use crate::domain::malware::MalwareCheck;
use crate::domain::resume::ResumeKind;
use crate::domain::sensitive::{Category, Finding, Scanner};
use crate::entities::{job, pending_submission};
use crate::i18n::Lang;
use crate::keys::{new_token, token_hash};
use crate::store::applications::{self, Created, Creation, ResumeRecord};
use crate::store::files::{ResumeStore, StorageKey};
use crate::store::jobs::JobWithAffiliate;
use crate::store::staff;
use crate::views::Views;

/// How long a submission waits for the applicant's review (docs/product.md, applying).
pub const PENDING_LIFETIME: i64 = 60 * 60;

/// A stored upload whose kind is known.
#[derive(Debug, Clone)]
pub struct Upload {
    pub key: StorageKey,
    pub size: u64,
    pub sha256: String,
    pub display_name: String,
    pub kind: ResumeKind,
}

/// Reads a stored upload's text. `NotDocx` means the file is of a type we do not take.
pub async fn read_resume(
    store: &dyn ResumeStore,
    extractor: &Extractor,
    upload: Upload,
    malware: Option<MalwareCheck>,
) -> Result<ResumeRecord, ReadError> {
    let text = extractor
        .extract_stored(store, &upload.key, upload.kind, upload.size)
        .await
        .map_err(ReadError::Store)?
        .map_err(ReadError::Extract)?;
    Ok(ResumeRecord {
        storage_key: upload.key.as_str().to_owned(),
        display_name: upload.display_name,
        kind: upload.kind,
        size: upload.size,
        sha256: upload.sha256,
        text: Some(text),
        malware,
    })
}

/// Why a resume could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("reading the stored upload: {0}")]
    Store(std::io::Error),
    #[error("{0}")]
    Extract(ExtractError),
}

/// Where a finding was found. The aliases read submissions held, for at most an hour,
/// by a version that stored English labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingSource {
    #[serde(alias = "Cover letter")]
    CoverLetter,
    #[serde(alias = "Resume")]
    Resume,
}

/// A finding and where it was found (the review page names both in its language).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourcedFinding {
    pub source: FindingSource,
    pub category: Category,
    pub excerpt: String,
}

/// Scans the free text of the form and the resume's text.
pub fn scan(
    scanner: &Scanner,
    applicant: &NewApplication,
    resume: &ResumeRecord,
) -> Vec<SourcedFinding> {
    let sourced = |source: FindingSource, findings: Vec<Finding>| {
        findings.into_iter().map(move |f| SourcedFinding {
            source,
            category: f.category,
            excerpt: f.excerpt,
        })
    };
    let mut found: Vec<SourcedFinding> = Vec::new();
    if let Some(letter) = &applicant.cover_letter {
        found.extend(sourced(
            FindingSource::CoverLetter,
            scanner.scan(letter.as_str()),
        ));
    }
    if let Some(text) = &resume.text {
        found.extend(sourced(FindingSource::Resume, scanner.scan(text)));
    }
    found
}

/// The distinct categories of some findings, in a stable order.
pub fn categories(findings: &[SourcedFinding]) -> Vec<Category> {
    let mut categories: Vec<Category> = findings.iter().map(|f| f.category).collect();
    categories.sort();
    categories.dedup();
    categories
}

/// What became of a submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Accepted {
        public_ref: String,
    },
    Duplicate,
    /// The held submission being confirmed had expired or been forgotten meanwhile.
    HeldGone,
}

/// A checked submission: the applicant, their resume, and what the scan found (and
/// they acknowledged).
#[derive(Clone, Copy)]
pub struct Submission<'a> {
    pub applicant: &'a NewApplication,
    pub resume: &'a ResumeRecord,
    pub sensitive: &'a [Category],
    /// The held submission this confirms, if any (see `applications::Creation::held`).
    pub held: Option<i32>,
    /// The language of the form.
    pub language: Lang,
}

/// Creates the application, queueing the applicant's confirmation and the hiring
/// managers' notifications in the same transaction.
pub async fn create_application(
    db: &DatabaseConnection,
    views: &Views,
    settings: &Settings,
    job: &JobWithAffiliate,
    submission: Submission<'_>,
    now: DateTime<Utc>,
) -> Result<Outcome, AppFailure> {
    let Submission {
        applicant,
        resume,
        sensitive,
        held,
        language,
    } = submission;
    let public_ref = public_reference();
    let status_token = new_token();
    let base = settings.base_url();
    let prefix = language.prefix();
    let mut mails = vec![crate::services::mail::render(
        views,
        language,
        "application_received",
        "application_received",
        applicant.email.as_str(),
        &[
            ("name", applicant.full_name.as_str()),
            ("job_title", job.title()),
            ("affiliate_name", &job.affiliate.legal_name),
            ("public_ref", &public_ref),
            (
                "status_url",
                &format!("{base}{prefix}/applications/status/{status_token}"),
            ),
            ("privacy_url", &format!("{base}{prefix}/privacy")),
        ],
    )?];
    for manager in staff::notification_recipients(db, &job.job).await? {
        mails.push(crate::services::mail::render(
            views,
            Lang::default_lang(),
            "new_application",
            "new_application",
            &manager,
            &[
                ("job_title", &job.job.title),
                ("location", &job.job.location),
                ("affiliate_name", &job.affiliate.legal_name),
                ("public_ref", &public_ref),
                ("review_url", &format!("{base}/staff")),
            ],
        )?);
    }
    let created = applications::create(
        db,
        Creation {
            job: &job.job,
            applicant,
            resume,
            sensitive,
            acknowledged: !sensitive.is_empty(),
            public_ref: &public_ref,
            status_token_hash: &token_hash(&status_token),
            language,
            talent_pool_months: settings.talent_pool_months,
            mails,
            now,
            held,
        },
    )
    .await?;
    Ok(match created {
        Created::Created { .. } => Outcome::Accepted { public_ref },
        Created::Duplicate => Outcome::Duplicate,
        Created::HeldGone => Outcome::HeldGone,
    })
}

/// A failure that is ours, not the applicant's.
#[derive(Debug, thiserror::Error)]
pub enum AppFailure {
    #[error("database: {0}")]
    Database(#[from] DbErr),
    #[error(transparent)]
    Template(#[from] crate::services::mail::TemplateError),
    #[error("pending submission payload: {0}")]
    Payload(#[from] serde_json::Error),
}

/// `APP-` and ten characters of Crockford's base32 (no I, L, O, U): 50 random bits.
pub fn public_reference() -> String {
    const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let bytes: [u8; 10] = rand::random();
    let code: String = bytes
        .iter()
        .map(|b| ALPHABET[usize::from(b % 32)] as char)
        .collect();
    format!("APP-{}-{}", &code[..5], &code[5..])
}

/// What a held submission keeps: the validated form (never the date of birth), the
/// resume record and the findings.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HeldSubmission {
    pub applicant: NewApplication,
    pub resume: ResumeRecord,
    pub findings: Vec<SourcedFinding>,
}

/// Holds a submission for review; returns the token of its review link.
pub async fn hold_for_review(
    db: &DatabaseConnection,
    job: &job::Model,
    held: &HeldSubmission,
    now: DateTime<Utc>,
) -> Result<String, AppFailure> {
    let token = new_token();
    pending_submission::ActiveModel {
        token_hash: Set(token_hash(&token)),
        job_id: Set(job.id),
        email: Set(held.applicant.email.as_str().to_owned()),
        payload: Set(serde_json::to_string(&held.applicant)?),
        findings: Set(serde_json::to_string(&held.findings)?),
        resume_storage_key: Set(held.resume.storage_key.clone()),
        resume_original_filename: Set(held.resume.display_name.clone()),
        resume_content_type: Set(held.resume.kind.as_str().to_owned()),
        resume_size_bytes: Set(i64::try_from(held.resume.size).unwrap_or(i64::MAX)),
        resume_sha256: Set(held.resume.sha256.clone()),
        resume_extracted_text: Set(held.resume.text.clone()),
        malware_verdict: Set(held
            .resume
            .malware
            .as_ref()
            .map(|m| m.verdict.as_str().to_owned())),
        malware_signatures: Set(held
            .resume
            .malware
            .as_ref()
            .and_then(|m| m.signatures.clone())),
        created_at: Set(now),
        expires_at: Set(now + Duration::seconds(PENDING_LIFETIME)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(token)
}

/// A held submission by its token, if it has not expired.
pub async fn find_held(
    db: &DatabaseConnection,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<(pending_submission::Model, HeldSubmission)>, AppFailure> {
    let Some(row) = pending_submission::Entity::find()
        .filter(pending_submission::Column::TokenHash.eq(token_hash(token)))
        .filter(pending_submission::Column::ExpiresAt.gt(now))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let kind = ResumeKind::parse(&row.resume_content_type).unwrap_or(ResumeKind::Text);
    let held = HeldSubmission {
        applicant: serde_json::from_str(&row.payload)?,
        findings: serde_json::from_str(&row.findings)?,
        resume: ResumeRecord {
            storage_key: row.resume_storage_key.clone(),
            display_name: row.resume_original_filename.clone(),
            kind,
            size: u64::try_from(row.resume_size_bytes).unwrap_or(0),
            sha256: row.resume_sha256.clone(),
            text: row.resume_extracted_text.clone(),
            malware: MalwareCheck::from_columns(
                row.malware_verdict.as_deref(),
                row.malware_signatures.as_deref(),
            ),
        },
    };
    Ok(Some((row, held)))
}

/// Removes a held submission's row; its file is the caller's to keep or remove.
pub async fn forget_held(db: &DatabaseConnection, id: i32) -> Result<(), DbErr> {
    pending_submission::Entity::delete_by_id(id)
        .exec(db)
        .await?;
    Ok(())
}

/// Removes every expired held submission and its file; returns how many.
pub async fn purge_expired(
    db: &DatabaseConnection,
    store: &dyn ResumeStore,
    now: DateTime<Utc>,
) -> Result<usize, AppFailure> {
    let expired = pending_submission::Entity::find()
        // A few minutes' grace: a review submitted just before expiry finishes first.
        .filter(pending_submission::Column::ExpiresAt.lte(now - Duration::minutes(5)))
        .all(db)
        .await?;
    let mut purged = 0;
    for row in expired {
        // A submission confirmed just before a crash already handed its file over.
        let owned = crate::entities::resume::Entity::find()
            .filter(crate::entities::resume::Column::StorageKey.eq(row.resume_storage_key.as_str()))
            .one(db)
            .await?
            .is_some();
        // The file goes first: a crash in between leaves a row the next run retries.
        if let Some(key) = StorageKey::parse(&row.resume_storage_key).filter(|_| !owned)
            && let Err(error) = store.remove(&key).await
        {
            tracing::error!(%error, pending_id = row.id, "could not remove an expired pending resume");
            continue;
        }
        forget_held(db, row.id).await?;
        purged += 1;
    }
    Ok(purged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_references_are_readable_and_random() {
        let reference = public_reference();
        assert_eq!(reference.len(), 15);
        assert!(reference.starts_with("APP-") && reference.as_bytes()[9] == b'-');
        assert!(!reference[4..].contains(['I', 'L', 'O', 'U']));
        assert_ne!(reference, public_reference());
    }
}
