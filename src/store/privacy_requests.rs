//! The `privacy_requests` table. A request holds the email it was made for only while it
//! is needed: an unverified one is deleted when its link expires, a fulfilled one loses
//! the address once nothing more is sent to it (see `services::privacy`).

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

use crate::domain::pagination::{PageInfo, PageNumber};
use crate::domain::privacy_request::{Kind, Outcome, Status};
use crate::entities::{outbox_message, privacy_request};
use crate::i18n::Lang;

/// Requests shown per page of `/admin/requests`.
pub const PER_PAGE: u64 = 50;

/// A request about to be mailed.
pub struct NewRequest<'a> {
    pub kind: Kind,
    pub email: &'a str,
    pub token_hash: String,
    /// The language of the page it was made on: its link and receipt use it.
    pub language: Lang,
    pub now: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
}

/// Stores a new, unverified request.
pub async fn create(
    db: &impl ConnectionTrait,
    new: NewRequest<'_>,
) -> Result<privacy_request::Model, DbErr> {
    privacy_request::ActiveModel {
        kind: Set(new.kind.as_str().to_owned()),
        email: Set(Some(new.email.to_owned())),
        token_hash: Set(Some(new.token_hash)),
        token_expires_at: Set(Some(new.expires_at)),
        status: Set(Status::Pending.as_str().to_owned()),
        requested_at: Set(new.now),
        updated_at: Set(new.now),
        language: Set(new.language.code().to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await
}

/// How many requests for `email` were made since `since` (links mailed to it).
pub async fn made_since(
    db: &impl ConnectionTrait,
    email: &str,
    since: DateTime<Utc>,
) -> Result<u64, DbErr> {
    privacy_request::Entity::find()
        .filter(privacy_request::Column::Email.eq(email))
        .filter(privacy_request::Column::RequestedAt.gte(since))
        .count(db)
        .await
}

/// The unverified request whose link has this hash, while the link works.
pub async fn find_usable(
    db: &impl ConnectionTrait,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<Option<privacy_request::Model>, DbErr> {
    privacy_request::Entity::find()
        .filter(privacy_request::Column::TokenHash.eq(token_hash))
        .filter(privacy_request::Column::Status.eq(Status::Pending.as_str()))
        .filter(privacy_request::Column::TokenExpiresAt.gt(now))
        .one(db)
        .await
}

/// Uses up the link and marks the request verified (moving it to `status`), in one
/// conditional update: of two posts of the same link, exactly one gets `true`.
pub async fn consume(
    db: &impl ConnectionTrait,
    request: &privacy_request::Model,
    status: Status,
    due_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let Some(hash) = request.token_hash.as_deref() else {
        return Ok(false);
    };
    let updated = privacy_request::Entity::update_many()
        .col_expr(
            privacy_request::Column::TokenHash,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            privacy_request::Column::TokenExpiresAt,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .col_expr(
            privacy_request::Column::Status,
            Expr::value(status.as_str()),
        )
        .col_expr(privacy_request::Column::VerifiedAt, Expr::value(Some(now)))
        .col_expr(privacy_request::Column::DueAt, Expr::value(Some(due_at)))
        .col_expr(privacy_request::Column::UpdatedAt, Expr::value(now))
        .filter(privacy_request::Column::Id.eq(request.id))
        .filter(privacy_request::Column::TokenHash.eq(hash))
        .filter(privacy_request::Column::Status.eq(Status::Pending.as_str()))
        .filter(privacy_request::Column::TokenExpiresAt.gt(now))
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}

/// Marks a request fulfilled; `forget_email` drops its address at once (nothing more
/// will be sent to it). `false` when it was already fulfilled.
pub async fn fulfil(
    db: &impl ConnectionTrait,
    id: i32,
    outcome: Outcome,
    by: Option<i32>,
    forget_email: bool,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let mut update = privacy_request::Entity::update_many()
        .col_expr(
            privacy_request::Column::Status,
            Expr::value(Status::Fulfilled.as_str()),
        )
        .col_expr(
            privacy_request::Column::Outcome,
            Expr::value(Some(outcome.as_str())),
        )
        .col_expr(privacy_request::Column::FulfilledAt, Expr::value(Some(now)))
        .col_expr(privacy_request::Column::UpdatedAt, Expr::value(now));
    if let Some(staff) = by {
        update = update.col_expr(
            privacy_request::Column::FulfilledByStaffUserId,
            Expr::value(Some(staff)),
        );
    }
    if forget_email {
        update = update.col_expr(
            privacy_request::Column::Email,
            Expr::value(Option::<String>::None),
        );
    }
    let updated = update
        .filter(privacy_request::Column::Id.eq(id))
        .filter(privacy_request::Column::Status.ne(Status::Fulfilled.as_str()))
        .exec(db)
        .await?;
    Ok(updated.rows_affected == 1)
}

/// Records that an HR admin ordered a queued deletion fulfilled: from now on an open
/// offer no longer keeps it waiting (the retention decision reads this).
pub async fn order_fulfilment(
    db: &impl ConnectionTrait,
    id: i32,
    staff_user_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    privacy_request::Entity::update_many()
        .col_expr(
            privacy_request::Column::FulfilledByStaffUserId,
            Expr::value(Some(staff_user_id)),
        )
        .col_expr(privacy_request::Column::UpdatedAt, Expr::value(now))
        .filter(privacy_request::Column::Id.eq(id))
        .filter(privacy_request::Column::Status.eq(Status::Queued.as_str()))
        .exec(db)
        .await?;
    Ok(())
}

/// One request by id.
pub async fn find(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<privacy_request::Model>, DbErr> {
    privacy_request::Entity::find_by_id(id).one(db).await
}

/// Verified deletions still waiting, oldest first.
pub async fn queued_deletions(
    db: &impl ConnectionTrait,
) -> Result<Vec<privacy_request::Model>, DbErr> {
    privacy_request::Entity::find()
        .filter(privacy_request::Column::Kind.eq(Kind::Deletion.as_str()))
        .filter(privacy_request::Column::Status.eq(Status::Queued.as_str()))
        .filter(privacy_request::Column::Email.is_not_null())
        .order_by_asc(privacy_request::Column::Id)
        .all(db)
        .await
}

/// Fulfilled deletions whose address is kept until their receipt has gone out.
pub async fn awaiting_receipt(
    db: &impl ConnectionTrait,
) -> Result<Vec<privacy_request::Model>, DbErr> {
    privacy_request::Entity::find()
        .filter(privacy_request::Column::Status.eq(Status::Fulfilled.as_str()))
        .filter(privacy_request::Column::Email.is_not_null())
        .order_by_asc(privacy_request::Column::Id)
        .limit(500)
        .all(db)
        .await
}

/// Drops a request's address, recording when its receipt went out (`None`: it could
/// not be delivered).
pub async fn forget_address(
    db: &impl ConnectionTrait,
    id: i32,
    receipt_sent_at: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    privacy_request::Entity::update_many()
        .col_expr(
            privacy_request::Column::Email,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            privacy_request::Column::ReceiptSentAt,
            Expr::value(receipt_sent_at),
        )
        .col_expr(privacy_request::Column::UpdatedAt, Expr::value(now))
        .filter(privacy_request::Column::Id.eq(id))
        .exec(db)
        .await?;
    Ok(())
}

/// The requests made for one address, oldest first (for the access archive).
pub async fn of_email(
    db: &impl ConnectionTrait,
    email: &str,
) -> Result<Vec<privacy_request::Model>, DbErr> {
    privacy_request::Entity::find()
        .filter(privacy_request::Column::Email.eq(email))
        .order_by_asc(privacy_request::Column::Id)
        .all(db)
        .await
}

/// A page of requests for `/admin/requests`: those still open first, then the
/// fulfilled ones, each newest first.
pub async fn page(
    db: &impl ConnectionTrait,
    page: PageNumber,
) -> Result<(Vec<privacy_request::Model>, PageInfo), DbErr> {
    let total = privacy_request::Entity::find().count(db).await?;
    let fulfilled = privacy_request::Column::Status.eq(Status::Fulfilled.as_str());
    let rows = privacy_request::Entity::find()
        .order_by_asc(SimpleExpr::from(fulfilled))
        .order_by_desc(privacy_request::Column::Id)
        .offset(PageInfo::offset(page, PER_PAGE))
        .limit(PER_PAGE)
        .all(db)
        .await?;
    Ok((rows, PageInfo::new(page, PER_PAGE, total)))
}

/// Deletes unverified requests whose link has expired, their address with them.
pub async fn forget_expired(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<u64, DbErr> {
    let gone = privacy_request::Entity::delete_many()
        .filter(privacy_request::Column::Status.eq(Status::Pending.as_str()))
        .filter(privacy_request::Column::TokenExpiresAt.lte(now))
        .exec(db)
        .await?;
    Ok(gone.rows_affected)
}

/// The mails of `kind` to `address` (a deletion's receipt), to see whether it went out.
pub async fn receipts_to(
    db: &impl ConnectionTrait,
    address: &str,
    kind: &str,
) -> Result<Vec<outbox_message::Model>, DbErr> {
    outbox_message::Entity::find()
        .filter(outbox_message::Column::ToAddress.eq(address))
        .filter(outbox_message::Column::Kind.eq(kind))
        .all(db)
        .await
}

/// Deletes delivered (or given-up) mails: they hold an address that must go.
pub async fn forget_mails(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i32>,
) -> Result<(), DbErr> {
    outbox_message::Entity::delete_many()
        .filter(outbox_message::Column::Id.is_in(ids))
        .exec(db)
        .await?;
    Ok(())
}
