//! Scorecards: one per interviewer and interview, a draft until submitted; each
//! submission (the first, and every later edit) is kept as a version.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};

use crate::domain::interview::{AttributeRating, ScorecardEntry};
use crate::entities::{scorecard, scorecard_version, staff_user};

/// Stored ratings read back; a row written by an older build that no longer parses
/// reads as no ratings rather than failing the page.
pub fn ratings_of(raw: &str) -> Vec<AttributeRating> {
    serde_json::from_str(raw).unwrap_or_default()
}

/// An interviewer's scorecard for an interview, if they started one.
pub async fn own(
    db: &impl ConnectionTrait,
    interview_id: i32,
    staff_id: i32,
) -> Result<Option<scorecard::Model>, DbErr> {
    scorecard::Entity::find()
        .filter(scorecard::Column::InterviewId.eq(interview_id))
        .filter(scorecard::Column::InterviewerId.eq(staff_id))
        .one(db)
        .await
}

/// Whether the interviewer has submitted a scorecard for this interview.
pub async fn submitted_by(
    db: &impl ConnectionTrait,
    interview_id: i32,
    staff_id: i32,
) -> Result<bool, DbErr> {
    Ok(own(db, interview_id, staff_id)
        .await?
        .is_some_and(|card| card.status == "submitted"))
}

/// The submitted versions of a scorecard, oldest first.
pub async fn versions(
    db: &impl ConnectionTrait,
    scorecard_id: i32,
) -> Result<Vec<scorecard_version::Model>, DbErr> {
    scorecard_version::Entity::find()
        .filter(scorecard_version::Column::ScorecardId.eq(scorecard_id))
        .order_by_asc(scorecard_version::Column::Version)
        .all(db)
        .await
}

/// Saves a draft or submits (inside the caller's transaction). A card once submitted
/// stays submitted: saving it again submits a new version. Returns the version
/// submitted, if this was a submission.
pub async fn save(
    db: &impl ConnectionTrait,
    interview_id: i32,
    application_id: i32,
    staff_id: i32,
    entry: &ScorecardEntry,
    submit: bool,
    now: DateTime<Utc>,
) -> Result<Option<i32>, DbErr> {
    let ratings =
        serde_json::to_string(&entry.ratings).map_err(|e| DbErr::Custom(e.to_string()))?;
    let existing = own(db, interview_id, staff_id).await?;
    // A submitted card is final: any later save is a new version, never a silent edit.
    let submit = submit || existing.as_ref().is_some_and(|c| c.status == "submitted");
    let version = existing.as_ref().map_or(0, |c| c.version) + i32::from(submit);
    let status = if submit { "submitted" } else { "draft" };
    let card = match existing {
        Some(card) => {
            let mut active: scorecard::ActiveModel = card.into();
            active.status = Set(status.to_owned());
            active.version = Set(version);
            active.ratings = Set(ratings.clone());
            active.recommendation = Set(entry.recommendation.map(|r| r.as_str().to_owned()));
            active.takeaways = Set(entry.takeaways.clone());
            if submit {
                active.submitted_at = Set(Some(now));
            }
            active.updated_at = Set(now);
            active.update(db).await?
        }
        None => {
            scorecard::ActiveModel {
                interview_id: Set(interview_id),
                application_id: Set(application_id),
                interviewer_id: Set(staff_id),
                status: Set(status.to_owned()),
                version: Set(version),
                ratings: Set(ratings.clone()),
                recommendation: Set(entry.recommendation.map(|r| r.as_str().to_owned())),
                takeaways: Set(entry.takeaways.clone()),
                submitted_at: Set(submit.then_some(now)),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(db)
            .await?
        }
    };
    if !submit {
        return Ok(None);
    }
    let recommendation = entry
        .recommendation
        .map(|r| r.as_str().to_owned())
        .ok_or_else(|| DbErr::Custom("a submitted scorecard has a recommendation".into()))?;
    scorecard_version::ActiveModel {
        scorecard_id: Set(card.id),
        version: Set(version),
        ratings: Set(ratings),
        recommendation: Set(recommendation),
        takeaways: Set(entry.takeaways.clone()),
        submitted_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(Some(version))
}

/// The submitted scorecards of an application, with the interviewer's name.
pub async fn submitted_for(
    db: &impl ConnectionTrait,
    application_id: i32,
) -> Result<Vec<(scorecard::Model, String)>, DbErr> {
    let cards = scorecard::Entity::find()
        .filter(scorecard::Column::ApplicationId.eq(application_id))
        .filter(scorecard::Column::Status.eq("submitted"))
        .order_by_asc(scorecard::Column::SubmittedAt)
        .all(db)
        .await?;
    let names: std::collections::HashMap<i32, String> = staff_user::Entity::find()
        .filter(
            staff_user::Column::Id
                .is_in(cards.iter().map(|c| c.interviewer_id).collect::<Vec<_>>()),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    Ok(cards
        .into_iter()
        .map(|card| {
            let name = names
                .get(&card.interviewer_id)
                .cloned()
                .unwrap_or_else(|| "a former staff member".to_owned());
            (card, name)
        })
        .collect())
}

/// Clears the take-aways of these interviews' scorecards and of their versions; the
/// ratings and recommendations stay as statistics.
pub async fn anonymise(db: &impl ConnectionTrait, interview_ids: &[i32]) -> Result<(), DbErr> {
    let cards: Vec<i32> = scorecard::Entity::find()
        .filter(scorecard::Column::InterviewId.is_in(interview_ids.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|c| c.id)
        .collect();
    if cards.is_empty() {
        return Ok(());
    }
    scorecard::Entity::update_many()
        .col_expr(
            scorecard::Column::Takeaways,
            Expr::value(Option::<String>::None),
        )
        .filter(scorecard::Column::Id.is_in(cards.clone()))
        .exec(db)
        .await?;
    scorecard_version::Entity::update_many()
        .col_expr(
            scorecard_version::Column::Takeaways,
            Expr::value(Option::<String>::None),
        )
        .filter(scorecard_version::Column::ScorecardId.is_in(cards))
        .exec(db)
        .await?;
    Ok(())
}
