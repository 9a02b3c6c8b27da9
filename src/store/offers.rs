//! Offers, their approval rounds, and each affiliate's approval chain.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};

use crate::domain::offer::{Decision, OfferStatus, OfferTerms, default_chain};
use crate::domain::staff::Role;
use crate::entities::{offer, offer_approval, offer_approval_chain, staff_user};

/// The roles that approve an affiliate's offers, in order (the default until one is set).
pub async fn chain_of(db: &impl ConnectionTrait, affiliate_id: i32) -> Result<Vec<Role>, DbErr> {
    let rows = offer_approval_chain::Entity::find()
        .filter(offer_approval_chain::Column::AffiliateId.eq(affiliate_id))
        .order_by_asc(offer_approval_chain::Column::Position)
        .all(db)
        .await?;
    let chain: Vec<Role> = rows.iter().filter_map(|r| Role::parse(&r.role)).collect();
    Ok(if chain.is_empty() {
        default_chain()
    } else {
        chain
    })
}

/// Replaces an affiliate's chain (inside the caller's transaction).
pub async fn save_chain(
    db: &impl ConnectionTrait,
    affiliate_id: i32,
    chain: &[Role],
) -> Result<(), DbErr> {
    offer_approval_chain::Entity::delete_many()
        .filter(offer_approval_chain::Column::AffiliateId.eq(affiliate_id))
        .exec(db)
        .await?;
    offer_approval_chain::Entity::insert_many((0..).zip(chain).map(|(position, role)| {
        offer_approval_chain::ActiveModel {
            affiliate_id: Set(affiliate_id),
            position: Set(position),
            role: Set(role.as_str().to_owned()),
            ..Default::default()
        }
    }))
    .exec(db)
    .await?;
    Ok(())
}

/// An approval step with the name of whoever decided it.
#[derive(Debug, Clone)]
pub struct ApprovalView {
    pub approval: offer_approval::Model,
    pub approver: Option<String>,
}

/// An offer with the steps of its latest approval round.
#[derive(Debug, Clone)]
pub struct OfferView {
    pub offer: offer::Model,
    pub approvals: Vec<ApprovalView>,
}

impl OfferView {
    /// Its state.
    pub fn status(&self) -> Option<OfferStatus> {
        OfferStatus::parse(&self.offer.status)
    }

    /// The first undecided step of the round, if the offer waits for one.
    pub fn waiting_step(&self) -> Option<&offer_approval::Model> {
        (self.status() == Some(OfferStatus::PendingApproval))
            .then(|| {
                self.approvals
                    .iter()
                    .map(|a| &a.approval)
                    .find(|a| a.decision.is_none())
            })
            .flatten()
    }
}

/// The application's latest offer with its latest round.
pub async fn latest(
    db: &impl ConnectionTrait,
    application_id: i32,
) -> Result<Option<OfferView>, DbErr> {
    let Some(offer) = offer::Entity::find()
        .filter(offer::Column::ApplicationId.eq(application_id))
        .order_by_desc(offer::Column::Id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let rows = offer_approval::Entity::find()
        .filter(offer_approval::Column::OfferId.eq(offer.id))
        .order_by_desc(offer_approval::Column::Round)
        .order_by_asc(offer_approval::Column::Position)
        .all(db)
        .await?;
    let round = rows.first().map(|r| r.round);
    let rows: Vec<offer_approval::Model> = rows
        .into_iter()
        .filter(|r| Some(r.round) == round)
        .collect();
    let names: std::collections::HashMap<i32, String> = staff_user::Entity::find()
        .filter(
            staff_user::Column::Id.is_in(
                rows.iter()
                    .filter_map(|r| r.approver_id)
                    .collect::<Vec<_>>(),
            ),
        )
        .all(db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    Ok(Some(OfferView {
        approvals: rows
            .into_iter()
            .map(|approval| ApprovalView {
                approver: approval.approver_id.and_then(|id| names.get(&id).cloned()),
                approval,
            })
            .collect(),
        offer,
    }))
}

/// Creates a draft offer.
pub async fn create(
    db: &impl ConnectionTrait,
    application_id: i32,
    terms: &OfferTerms,
    by: i32,
    now: DateTime<Utc>,
) -> Result<offer::Model, DbErr> {
    offer::ActiveModel {
        application_id: Set(application_id),
        title: Set(terms.title.clone()),
        start_date: Set(terms.start_date.format("%Y-%m-%d").to_string()),
        salary_amount: Set(terms.salary_cents),
        salary_currency: Set(terms.currency.clone()),
        salary_period: Set(terms.period.as_str().to_owned()),
        notes: Set(terms.notes.clone()),
        status: Set(OfferStatus::Draft.as_str().to_owned()),
        created_by: Set(Some(by)),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
}

/// Changes an offer's terms while it is in `status`; `false` if it moved on meanwhile.
pub async fn update_terms(
    db: &impl ConnectionTrait,
    offer_id: i32,
    status: OfferStatus,
    terms: &OfferTerms,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let changed = offer::Entity::update_many()
        .col_expr(offer::Column::Title, Expr::value(terms.title.clone()))
        .col_expr(
            offer::Column::StartDate,
            Expr::value(terms.start_date.format("%Y-%m-%d").to_string()),
        )
        .col_expr(offer::Column::SalaryAmount, Expr::value(terms.salary_cents))
        .col_expr(
            offer::Column::SalaryCurrency,
            Expr::value(terms.currency.clone()),
        )
        .col_expr(
            offer::Column::SalaryPeriod,
            Expr::value(terms.period.as_str()),
        )
        .col_expr(offer::Column::Notes, Expr::value(terms.notes.clone()))
        .col_expr(offer::Column::UpdatedAt, Expr::value(now))
        .filter(offer::Column::Id.eq(offer_id))
        .filter(offer::Column::Status.eq(status.as_str()))
        .exec(db)
        .await?;
    Ok(changed.rows_affected == 1)
}

/// Moves an offer from `from` to `to`; `false` if it was no longer in `from`.
pub async fn set_status(
    db: &impl ConnectionTrait,
    offer_id: i32,
    from: OfferStatus,
    to: OfferStatus,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let changed = offer::Entity::update_many()
        .col_expr(offer::Column::Status, Expr::value(to.as_str()))
        .col_expr(offer::Column::UpdatedAt, Expr::value(now))
        .filter(offer::Column::Id.eq(offer_id))
        .filter(offer::Column::Status.eq(from.as_str()))
        .exec(db)
        .await?;
    Ok(changed.rows_affected == 1)
}

/// Starts a new approval round with one step per role of the chain.
pub async fn start_round(
    db: &impl ConnectionTrait,
    offer_id: i32,
    chain: &[Role],
) -> Result<(), DbErr> {
    let round = offer_approval::Entity::find()
        .filter(offer_approval::Column::OfferId.eq(offer_id))
        .order_by_desc(offer_approval::Column::Round)
        .one(db)
        .await?
        .map_or(1, |a| a.round + 1);
    offer_approval::Entity::insert_many((0..).zip(chain).map(|(position, role)| {
        offer_approval::ActiveModel {
            offer_id: Set(offer_id),
            round: Set(round),
            position: Set(position),
            role: Set(role.as_str().to_owned()),
            ..Default::default()
        }
    }))
    .exec(db)
    .await?;
    Ok(())
}

/// Records an approver's decision on a step still open; `false` if it was decided
/// meanwhile.
pub async fn decide(
    db: &impl ConnectionTrait,
    approval_id: i32,
    approver: i32,
    decision: Decision,
    comment: Option<String>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let changed = offer_approval::Entity::update_many()
        .col_expr(
            offer_approval::Column::ApproverId,
            Expr::value(Some(approver)),
        )
        .col_expr(
            offer_approval::Column::Decision,
            Expr::value(Some(decision.as_str())),
        )
        .col_expr(offer_approval::Column::Comment, Expr::value(comment))
        .col_expr(offer_approval::Column::DecidedAt, Expr::value(Some(now)))
        .filter(offer_approval::Column::Id.eq(approval_id))
        .filter(offer_approval::Column::Decision.is_null())
        .exec(db)
        .await?;
    Ok(changed.rows_affected == 1)
}

/// Whether any of these applications has an offer still in play.
pub async fn any_open(db: &impl ConnectionTrait, application_ids: &[i32]) -> Result<bool, DbErr> {
    if application_ids.is_empty() {
        return Ok(false);
    }
    let open: Vec<&str> = [
        OfferStatus::Draft,
        OfferStatus::PendingApproval,
        OfferStatus::Approved,
        OfferStatus::Rejected,
        OfferStatus::Extended,
    ]
    .iter()
    .map(|s| s.as_str())
    .collect();
    Ok(offer::Entity::find()
        .filter(offer::Column::ApplicationId.is_in(application_ids.to_vec()))
        .filter(offer::Column::Status.is_in(open))
        .one(db)
        .await?
        .is_some())
}

/// Clears the free text of these applications' offers (notes, approvers' comments); the
/// terms stay for statistics.
pub async fn anonymise(
    db: &impl ConnectionTrait,
    application_ids: &[i32],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if application_ids.is_empty() {
        return Ok(());
    }
    let ids: Vec<i32> = offer::Entity::find()
        .filter(offer::Column::ApplicationId.is_in(application_ids.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|o| o.id)
        .collect();
    if ids.is_empty() {
        return Ok(());
    }
    offer::Entity::update_many()
        .col_expr(offer::Column::Notes, Expr::value(Option::<String>::None))
        .col_expr(offer::Column::UpdatedAt, Expr::value(now))
        .filter(offer::Column::Id.is_in(ids.clone()))
        .exec(db)
        .await?;
    offer_approval::Entity::update_many()
        .col_expr(
            offer_approval::Column::Comment,
            Expr::value(Option::<String>::None),
        )
        .filter(offer_approval::Column::OfferId.is_in(ids))
        .exec(db)
        .await?;
    Ok(())
}
