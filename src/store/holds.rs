//! Legal holds: placing, releasing and listing them. What a hold covers is read by
//! retention (`store::retention::standing_holds`).

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

use crate::domain::legal_hold::{HoldTarget, NewHold};
use crate::entities::{application, candidate, job, legal_hold};

/// Whether the target of a hold exists: an application or job by id. A person's email
/// may be held before any application of theirs exists (litigation may come first).
pub async fn target_exists(db: &impl ConnectionTrait, target: &HoldTarget) -> Result<bool, DbErr> {
    Ok(match target {
        HoldTarget::Application(id) => application::Entity::find_by_id(*id).count(db).await? > 0,
        HoldTarget::Job(id) => job::Entity::find_by_id(*id).count(db).await? > 0,
        HoldTarget::Candidate(_) => true,
    })
}

/// How many applications the target covers now.
pub async fn covered(db: &impl ConnectionTrait, target: &HoldTarget) -> Result<u64, DbErr> {
    let query = application::Entity::find();
    match target {
        HoldTarget::Application(id) => {
            query
                .filter(application::Column::Id.eq(*id))
                .count(db)
                .await
        }
        HoldTarget::Job(id) => {
            query
                .filter(application::Column::JobId.eq(*id))
                .count(db)
                .await
        }
        HoldTarget::Candidate(email) => {
            let person = candidate::Entity::find()
                .select_only()
                .column(candidate::Column::Id)
                .filter(sea_orm::sea_query::ExprTrait::eq(
                    Expr::expr(sea_orm::sea_query::Func::lower(Expr::col(
                        candidate::Column::Email,
                    ))),
                    email.as_str().to_lowercase(),
                ))
                .into_tuple::<i32>()
                .one(db)
                .await?;
            match person {
                Some(id) => {
                    query
                        .filter(application::Column::CandidateId.eq(id))
                        .count(db)
                        .await
                }
                None => Ok(0),
            }
        }
    }
}

/// Stores a new hold.
pub async fn place(
    db: &impl ConnectionTrait,
    hold: &NewHold,
    by: i32,
    now: DateTime<Utc>,
) -> Result<legal_hold::Model, DbErr> {
    let (application_id, candidate_email, job_id) = match &hold.target {
        HoldTarget::Application(id) => (Some(*id), None, None),
        HoldTarget::Candidate(email) => (None, Some(email.as_str().to_owned()), None),
        HoldTarget::Job(id) => (None, None, Some(*id)),
    };
    legal_hold::ActiveModel {
        scope: Set(hold.target.scope().as_str().to_owned()),
        application_id: Set(application_id),
        candidate_email: Set(candidate_email),
        job_id: Set(job_id),
        case_reference: Set(hold.case_reference.clone()),
        reason: Set(hold.reason.clone()),
        placed_by_staff_user_id: Set(Some(by)),
        placed_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
}

/// Releases a standing hold. A released hold on a person forgets their address: the
/// record of the hold stays, the personal data it pointed at does not. Returns the
/// hold as it was, or `None` if there is no standing hold with that id.
pub async fn release(
    db: &impl ConnectionTrait,
    id: i32,
    by: i32,
    now: DateTime<Utc>,
) -> Result<Option<legal_hold::Model>, DbErr> {
    let Some(hold) = find_standing(db, id).await? else {
        return Ok(None);
    };
    let done = legal_hold::Entity::update_many()
        .col_expr(legal_hold::Column::ReleasedAt, Expr::value(now))
        .col_expr(legal_hold::Column::ReleasedByStaffUserId, Expr::value(by))
        .col_expr(
            legal_hold::Column::CandidateEmail,
            Expr::value(Option::<String>::None),
        )
        .filter(legal_hold::Column::Id.eq(id))
        .filter(legal_hold::Column::ReleasedAt.is_null())
        .exec(db)
        .await?;
    Ok((done.rows_affected == 1).then_some(hold))
}

/// The standing hold with that id, if there is one.
pub async fn find_standing(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<legal_hold::Model>, DbErr> {
    legal_hold::Entity::find_by_id(id)
        .filter(legal_hold::Column::ReleasedAt.is_null())
        .one(db)
        .await
}

/// Standing holds, newest first.
pub async fn standing(db: &impl ConnectionTrait) -> Result<Vec<legal_hold::Model>, DbErr> {
    legal_hold::Entity::find()
        .filter(legal_hold::Column::ReleasedAt.is_null())
        .order_by_desc(legal_hold::Column::PlacedAt)
        .all(db)
        .await
}

/// The most recently released holds.
pub async fn released(
    db: &impl ConnectionTrait,
    limit: u64,
) -> Result<Vec<legal_hold::Model>, DbErr> {
    legal_hold::Entity::find()
        .filter(legal_hold::Column::ReleasedAt.is_not_null())
        .order_by_desc(legal_hold::Column::ReleasedAt)
        .limit(limit)
        .all(db)
        .await
}
