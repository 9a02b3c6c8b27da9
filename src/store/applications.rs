//! Applications as applicants create and follow them: one transaction writes the
//! candidate, the application, its resume record, the first stage event and the emails.

use chrono::{DateTime, Months, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    QueryFilter, QueryOrder, QuerySelect, Set, SqlErr,
};

use super::outbox::{self, NewMail};
use crate::domain::application::NewApplication;
use crate::domain::malware::MalwareCheck;
use crate::domain::pipeline::Stage;
use crate::domain::resume::ResumeKind;
use crate::domain::sensitive::Category;
use crate::domain::text::search_key;
use crate::entities::{application, candidate, job, resume, stage_event};
use crate::i18n::Lang;

/// A stored resume file, described for its database row.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct ResumeRecord {
    pub storage_key: String,
    pub display_name: String,
    pub kind: ResumeKind,
    pub size: u64,
    pub sha256: String,
    pub text: Option<String>,
    /// The malware scan's verdict; `None` when no scanner is configured.
    pub malware: Option<MalwareCheck>,
}

/// Everything needed to create an application.
pub struct Creation<'a> {
    pub job: &'a job::Model,
    pub applicant: &'a NewApplication,
    pub resume: &'a ResumeRecord,
    pub sensitive: &'a [Category],
    pub acknowledged: bool,
    pub public_ref: &'a str,
    pub status_token_hash: &'a str,
    /// The language the applicant applied in: every mail to them uses it.
    pub language: Lang,
    pub talent_pool_months: u32,
    pub mails: Vec<NewMail>,
    pub now: DateTime<Utc>,
    /// The held submission this confirms: consumed in the same transaction, so that
    /// retention, which may forget it meanwhile, and this creation cannot both win.
    pub held: Option<i32>,
}

/// What happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Created {
    Created {
        application_id: i32,
    },
    /// This person already applied to this job: nothing was changed.
    Duplicate,
    /// The held submission was gone (expired or forgotten): nothing was changed.
    HeldGone,
}

/// Creates the application, or reports a duplicate without changing anything.
pub async fn create(db: &DatabaseConnection, new: Creation<'_>) -> Result<Created, DbErr> {
    let txn = crate::store::begin_write(db).await?;
    match write(txn.conn(), new).await {
        Ok(Created::Created { application_id }) => {
            txn.commit().await?;
            Ok(Created::Created { application_id })
        }
        Ok(other @ (Created::Duplicate | Created::HeldGone)) => {
            txn.rollback().await?;
            Ok(other)
        }
        // Two submissions racing: the unique (job, candidate) index decides.
        Err(error) if matches!(error.sql_err(), Some(SqlErr::UniqueConstraintViolation(_))) => {
            txn.rollback().await?;
            Ok(Created::Duplicate)
        }
        Err(error) => Err(error),
    }
}

async fn write(txn: &impl ConnectionTrait, new: Creation<'_>) -> Result<Created, DbErr> {
    use crate::entities::pending_submission;
    let applicant = new.applicant;
    let now = new.now;
    if let Some(held) = new.held {
        let taken = pending_submission::Entity::delete_by_id(held)
            .exec(txn)
            .await?;
        if taken.rows_affected == 0 {
            return Ok(Created::HeldGone);
        }
    }
    let existing = candidate::Entity::find()
        .filter(candidate::Column::Email.eq(applicant.email.as_str()))
        .one(txn)
        .await?;
    if let Some(existing) = &existing {
        let applied = application::Entity::find()
            .filter(application::Column::JobId.eq(new.job.id))
            .filter(application::Column::CandidateId.eq(existing.id))
            .one(txn)
            .await?;
        if applied.is_some() {
            return Ok(Created::Duplicate);
        }
    }
    let pool_until = new
        .applicant
        .talent_pool
        .then(|| now.checked_add_months(Months::new(new.talent_pool_months)))
        .flatten();
    let search_text = search_key(
        &format!(
            "{} {}",
            applicant.full_name.as_str(),
            applicant.email.as_str()
        ),
        usize::MAX,
    );
    let is_new = existing.is_none();
    let mut person = match existing {
        Some(existing) => candidate::ActiveModel::from(existing),
        None => candidate::ActiveModel {
            email: Set(applicant.email.as_str().to_owned()),
            created_at: Set(now),
            ..Default::default()
        },
    };
    // The newest application's contact details are the current ones.
    person.full_name = Set(applicant.full_name.as_str().to_owned());
    person.phone = Set(applicant.phone.as_ref().map(|p| p.as_str().to_owned()));
    person.country = Set(applicant.country.clone());
    person.profile_url = Set(applicant
        .profile_url
        .as_ref()
        .map(|u| u.as_str().to_owned()));
    person.search_text = Set(search_text);
    person.updated_at = Set(now);
    if let Some(until) = pool_until {
        person.talent_pool_consented_at = Set(Some(now));
        person.talent_pool_expires_at = Set(Some(until));
        person.talent_pool_reminded_at = Set(None);
    }
    let candidate_id = if is_new {
        person.insert(txn).await?.id
    } else {
        person.update(txn).await?.id
    };

    let categories: Vec<&str> = new.sensitive.iter().map(|c| c.as_str()).collect();
    let row = application::ActiveModel {
        public_ref: Set(new.public_ref.to_owned()),
        status_token_hash: Set(new.status_token_hash.to_owned()),
        candidate_id: Set(Some(candidate_id)),
        job_id: Set(new.job.id),
        affiliate_id: Set(new.job.affiliate_id),
        stage: Set(Stage::Submitted.as_str().to_owned()),
        cover_letter: Set(applicant
            .cover_letter
            .as_ref()
            .map(|c| c.as_str().to_owned())),
        sensitive_categories: Set((!categories.is_empty()).then(|| categories.join(","))),
        sensitive_acknowledged: Set(new.acknowledged),
        consent_privacy_at: Set(now),
        consent_transfer_at: Set(applicant.consent_transfer.then_some(now)),
        age_verified_at: Set(applicant.age_verified_at),
        submitted_at: Set(now),
        decided_at: Set(None),
        last_activity_at: Set(now),
        anonymised_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        language: Set(new.language.code().to_owned()),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    resume::ActiveModel {
        application_id: Set(row.id),
        storage_key: Set(new.resume.storage_key.clone()),
        original_filename: Set(new.resume.display_name.clone()),
        content_type: Set(new.resume.kind.as_str().to_owned()),
        size_bytes: Set(i64::try_from(new.resume.size).unwrap_or(i64::MAX)),
        sha256: Set(new.resume.sha256.clone()),
        extracted_text: Set(new.resume.text.clone()),
        created_at: Set(now),
        malware_verdict: Set(new
            .resume
            .malware
            .as_ref()
            .map(|m| m.verdict.as_str().to_owned())),
        malware_signatures: Set(new
            .resume
            .malware
            .as_ref()
            .and_then(|m| m.signatures.clone())),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    stage_event::ActiveModel {
        application_id: Set(row.id),
        from_stage: Set(None),
        to_stage: Set(Stage::Submitted.as_str().to_owned()),
        actor_staff_user_id: Set(None),
        note: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    for mail in new.mails {
        outbox::enqueue(txn, mail, Some(row.id), now).await?;
    }
    super::stage_counts::created(txn, &row).await?;
    Ok(Created::Created {
        application_id: row.id,
    })
}

/// An application with its job, found by the hash of its status-link token.
pub async fn find_by_status_token(
    db: &impl ConnectionTrait,
    token_hash: &str,
) -> Result<Option<(application::Model, job::Model)>, DbErr> {
    let Some(row) = application::Entity::find()
        .filter(application::Column::StatusTokenHash.eq(token_hash))
        .filter(application::Column::AnonymisedAt.is_null())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let job = job::Entity::find_by_id(row.job_id)
        .one(db)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("job of application {}", row.id)))?;
    Ok(Some((row, job)))
}

/// Withdraws an undecided application; `false` when it was already decided.
pub async fn withdraw(
    db: &DatabaseConnection,
    application: &application::Model,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    if Stage::parse(&application.stage).is_none_or(Stage::is_decided) {
        return Ok(false);
    }
    let txn = crate::store::begin_write(db).await?;
    let updated = application::Entity::update_many()
        .col_expr(
            application::Column::Stage,
            sea_orm::sea_query::Expr::value(Stage::Withdrawn.as_str()),
        )
        .col_expr(
            application::Column::DecidedAt,
            sea_orm::sea_query::Expr::value(Some(now)),
        )
        .col_expr(
            application::Column::LastActivityAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .col_expr(
            application::Column::UpdatedAt,
            sea_orm::sea_query::Expr::value(now),
        )
        .filter(application::Column::Id.eq(application.id))
        .filter(application::Column::Stage.eq(application.stage.clone()))
        .exec(txn.conn())
        .await?;
    if updated.rows_affected != 1 {
        txn.rollback().await?;
        return Ok(false);
    }
    super::stage_counts::moved(txn.conn(), application, Stage::Withdrawn).await?;
    stage_event::ActiveModel {
        application_id: Set(application.id),
        from_stage: Set(Some(application.stage.clone())),
        to_stage: Set(Stage::Withdrawn.as_str().to_owned()),
        actor_staff_user_id: Set(None),
        note: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(txn.conn())
    .await?;
    txn.commit().await?;
    Ok(true)
}

/// The language of a person's latest application, for mails about the person rather
/// than one application (the talent-pool reminder).
pub async fn latest_language(
    db: &impl ConnectionTrait,
    candidate_id: i32,
) -> Result<Option<String>, DbErr> {
    application::Entity::find()
        .select_only()
        .column(application::Column::Language)
        .filter(application::Column::CandidateId.eq(candidate_id))
        .order_by_desc(application::Column::SubmittedAt)
        .order_by_desc(application::Column::Id)
        .into_tuple::<String>()
        .one(db)
        .await
}
