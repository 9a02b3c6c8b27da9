//! What the portal holds about one person, found by their email: for privacy requests
//! (docs/product.md, retention and privacy requests) to export, correct, withdraw or delete it. The person proved they own the
//! address through an emailed link before any of this is called.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

use crate::domain::pipeline::Stage;
use crate::domain::privacy_request::Correction;
use crate::domain::text::search_key;
use crate::entities::{
    affiliate, application, candidate, interview, job, note, offer, outbox_message,
    pending_submission, privacy_request, rating, resume, scorecard, stage_event,
};

/// The person with this address, if they ever applied.
pub async fn candidate(
    db: &impl ConnectionTrait,
    email: &str,
) -> Result<Option<candidate::Model>, DbErr> {
    candidate::Entity::find()
        .filter(candidate::Column::Email.eq(email))
        .one(db)
        .await
}

/// A person's applications (anonymised ones are no longer linked to them).
pub async fn applications(
    db: &impl ConnectionTrait,
    candidate_id: i32,
) -> Result<Vec<application::Model>, DbErr> {
    application::Entity::find()
        .filter(application::Column::CandidateId.eq(candidate_id))
        .order_by_asc(application::Column::Id)
        .all(db)
        .await
}

/// A person's applications that are not decided yet.
pub async fn open_applications(
    db: &impl ConnectionTrait,
    candidate_id: i32,
) -> Result<Vec<application::Model>, DbErr> {
    let open: Vec<&str> = Stage::ALL
        .into_iter()
        .filter(|s| !s.is_decided())
        .map(Stage::as_str)
        .collect();
    application::Entity::find()
        .filter(application::Column::CandidateId.eq(candidate_id))
        .filter(application::Column::Stage.is_in(open))
        .order_by_asc(application::Column::Id)
        .all(db)
        .await
}

/// Applies a correction to the person's contact details (and the search text staff find
/// them by). A transfer consent given with it is stamped on applications without one.
/// Returns the names of the fields that changed.
pub async fn correct(
    db: &impl ConnectionTrait,
    person: &candidate::Model,
    correction: &Correction,
    now: DateTime<Utc>,
) -> Result<Vec<&'static str>, DbErr> {
    let phone = correction.phone.as_ref().map(|p| p.as_str().to_owned());
    let profile_url = correction
        .profile_url
        .as_ref()
        .map(|u| u.as_str().to_owned());
    let mut changed = Vec::new();
    if person.full_name != correction.full_name.as_str() {
        changed.push("full_name");
    }
    if person.phone != phone {
        changed.push("phone");
    }
    if person.country != correction.country.code() {
        changed.push("country");
    }
    if person.profile_url != profile_url {
        changed.push("profile_url");
    }
    let mut row: candidate::ActiveModel = person.clone().into();
    row.full_name = Set(correction.full_name.as_str().to_owned());
    row.phone = Set(phone);
    row.country = Set(correction.country.code().to_owned());
    row.profile_url = Set(profile_url);
    // Kept in step with what `store::applications` writes: name and email, lower-cased.
    row.search_text = Set(search_key(
        &format!("{} {}", correction.full_name.as_str(), person.email),
        usize::MAX,
    ));
    row.updated_at = Set(now);
    row.update(db).await?;
    if correction.consent_transfer {
        application::Entity::update_many()
            .col_expr(
                application::Column::ConsentTransferAt,
                Expr::value(Some(now)),
            )
            .col_expr(application::Column::UpdatedAt, Expr::value(now))
            .filter(application::Column::CandidateId.eq(person.id))
            .filter(application::Column::ConsentTransferAt.is_null())
            .exec(db)
            .await?;
    }
    Ok(changed)
}

/// Deletes a person who has no application left, with their held submissions and every
/// mail to their address. Returns the held submissions' file keys, to journal.
pub async fn forget_person_without_applications(
    db: &impl ConnectionTrait,
    person: &candidate::Model,
) -> Result<Vec<String>, DbErr> {
    let left = application::Entity::find()
        .filter(application::Column::CandidateId.eq(person.id))
        .count(db)
        .await?;
    if left > 0 {
        return Ok(Vec::new());
    }
    let keys = pending_submission::Entity::find()
        .select_only()
        .column(pending_submission::Column::ResumeStorageKey)
        .filter(pending_submission::Column::Email.eq(person.email.as_str()))
        .into_tuple::<String>()
        .all(db)
        .await?;
    pending_submission::Entity::delete_many()
        .filter(pending_submission::Column::Email.eq(person.email.as_str()))
        .exec(db)
        .await?;
    outbox_message::Entity::delete_many()
        .filter(outbox_message::Column::ToAddress.eq(person.email.as_str()))
        .exec(db)
        .await?;
    candidate::Entity::delete_by_id(person.id).exec(db).await?;
    Ok(keys)
}

/// One application with everything hanging off it.
#[derive(Debug, Clone)]
pub struct HeldApplication {
    pub application: application::Model,
    pub job_title: String,
    pub affiliate_name: String,
    pub history: Vec<stage_event::Model>,
    pub notes: Vec<note::Model>,
    pub ratings: u64,
    pub resume: Option<resume::Model>,
    pub interviews: Vec<interview::Model>,
    /// Submitted scorecards (drafts are an interviewer's unfinished notes).
    pub scorecards: Vec<scorecard::Model>,
    pub offers: Vec<offer::Model>,
}

/// A held submission (waiting for the applicant's review of sensitive data).
#[derive(Debug, Clone)]
pub struct HeldSubmission {
    pub submission: pending_submission::Model,
    pub job_title: String,
}

/// Everything held about one address.
#[derive(Debug, Clone, Default)]
pub struct Held {
    pub candidate: Option<candidate::Model>,
    pub applications: Vec<HeldApplication>,
    pub submissions: Vec<HeldSubmission>,
    pub mails: Vec<outbox_message::Model>,
    pub requests: Vec<privacy_request::Model>,
}

/// Reads everything held about `email`.
pub async fn everything_about(db: &impl ConnectionTrait, email: &str) -> Result<Held, DbErr> {
    let person = candidate(db, email).await?;
    let rows = match &person {
        Some(person) => applications(db, person.id).await?,
        None => Vec::new(),
    };
    let submissions = pending_submission::Entity::find()
        .filter(pending_submission::Column::Email.eq(email))
        .order_by_asc(pending_submission::Column::Id)
        .all(db)
        .await?;
    let job_ids: Vec<i32> = rows
        .iter()
        .map(|a| a.job_id)
        .chain(submissions.iter().map(|s| s.job_id))
        .collect();
    let jobs: HashMap<i32, job::Model> = job::Entity::find()
        .filter(job::Column::Id.is_in(job_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|j| (j.id, j))
        .collect();
    let affiliates: HashMap<i32, String> = affiliate::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|a| (a.id, a.legal_name))
        .collect();
    let title = |job_id: i32| {
        jobs.get(&job_id)
            .map(|j| j.title.clone())
            .unwrap_or_default()
    };
    let mut applications = Vec::with_capacity(rows.len());
    for row in rows {
        let history = stage_event::Entity::find()
            .filter(stage_event::Column::ApplicationId.eq(row.id))
            .order_by_asc(stage_event::Column::Id)
            .all(db)
            .await?;
        let notes = note::Entity::find()
            .filter(note::Column::ApplicationId.eq(row.id))
            .order_by_asc(note::Column::Id)
            .all(db)
            .await?;
        let ratings = rating::Entity::find()
            .filter(rating::Column::ApplicationId.eq(row.id))
            .count(db)
            .await?;
        let resume = resume::Entity::find()
            .filter(resume::Column::ApplicationId.eq(row.id))
            .one(db)
            .await?;
        let interviews = interview::Entity::find()
            .filter(interview::Column::ApplicationId.eq(row.id))
            .order_by_asc(interview::Column::Id)
            .all(db)
            .await?;
        let scorecards = scorecard::Entity::find()
            .filter(scorecard::Column::ApplicationId.eq(row.id))
            .filter(scorecard::Column::Status.eq("submitted"))
            .order_by_asc(scorecard::Column::Id)
            .all(db)
            .await?;
        let offers = offer::Entity::find()
            .filter(offer::Column::ApplicationId.eq(row.id))
            .order_by_asc(offer::Column::Id)
            .all(db)
            .await?;
        applications.push(HeldApplication {
            interviews,
            scorecards,
            offers,
            job_title: title(row.job_id),
            affiliate_name: affiliates
                .get(&row.affiliate_id)
                .cloned()
                .unwrap_or_default(),
            application: row,
            history,
            notes,
            ratings,
            resume,
        });
    }
    let mails = outbox_message::Entity::find()
        .filter(outbox_message::Column::ToAddress.eq(email))
        .order_by_asc(outbox_message::Column::Id)
        .all(db)
        .await?;
    Ok(Held {
        candidate: person,
        applications,
        submissions: submissions
            .into_iter()
            .map(|s| HeldSubmission {
                job_title: title(s.job_id),
                submission: s,
            })
            .collect(),
        mails,
        requests: super::privacy_requests::of_email(db, email).await?,
    })
}

/// People whose talent-pool consent ends after `now` and by `until` and who were not
/// reminded yet, after id `after`, in id order.
pub async fn reminders_due(
    db: &impl ConnectionTrait,
    now: DateTime<Utc>,
    until: DateTime<Utc>,
    after: i32,
    limit: u64,
) -> Result<Vec<candidate::Model>, DbErr> {
    candidate::Entity::find()
        .filter(candidate::Column::Id.gt(after))
        .filter(candidate::Column::TalentPoolExpiresAt.gt(now))
        .filter(candidate::Column::TalentPoolExpiresAt.lte(until))
        .filter(candidate::Column::TalentPoolRemindedAt.is_null())
        .order_by_asc(candidate::Column::Id)
        .limit(limit)
        .all(db)
        .await
}

/// Records the reminder; `false` when another sender recorded it first.
pub async fn mark_reminded(
    db: &impl ConnectionTrait,
    candidate_id: i32,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let updated = candidate::Entity::update_many()
        .col_expr(
            candidate::Column::TalentPoolRemindedAt,
            Expr::value(Some(now)),
        )
        .filter(candidate::Column::Id.eq(candidate_id))
        .filter(candidate::Column::TalentPoolRemindedAt.is_null())
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}

/// A person by id.
pub async fn candidate_by_id(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<candidate::Model>, DbErr> {
    candidate::Entity::find_by_id(id).one(db).await
}

/// Renews a talent-pool consent that still ends at `ends_at`: consented now, until
/// `until`, reminder to be sent again. `false` when it changed meanwhile (so a renewal
/// link works once).
pub async fn renew_consent(
    db: &impl ConnectionTrait,
    candidate_id: i32,
    ends_at: DateTime<Utc>,
    until: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let updated = candidate::Entity::update_many()
        .col_expr(
            candidate::Column::TalentPoolConsentedAt,
            Expr::value(Some(now)),
        )
        .col_expr(
            candidate::Column::TalentPoolExpiresAt,
            Expr::value(Some(until)),
        )
        .col_expr(
            candidate::Column::TalentPoolRemindedAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(candidate::Column::UpdatedAt, Expr::value(now))
        .filter(candidate::Column::Id.eq(candidate_id))
        .filter(candidate::Column::TalentPoolExpiresAt.eq(ends_at))
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}
