//! The append-only audit log: events are inserted and read, never changed or deleted
//! here.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Select, Set,
};

use crate::domain::audit::{Action, Actor, Subject};
use crate::domain::pagination::{PageInfo, PageNumber};
use crate::entities::audit_event;

/// Events shown per page of `/admin/audit`.
pub const PER_PAGE: u64 = 50;

/// When a change happens and, for a web request, which one: stamped on its audit event.
#[derive(Debug, Clone, Copy)]
pub struct Occasion<'a> {
    pub request_id: Option<&'a str>,
    pub now: DateTime<Utc>,
}

impl Occasion<'_> {
    /// A change made outside any request (the command line, the server's own loops).
    pub fn unattended(now: DateTime<Utc>) -> Self {
        Self {
            request_id: None,
            now,
        }
    }
}

/// One thing that happened, as the log keeps it.
#[derive(Debug, Clone)]
pub struct Event {
    pub actor: Actor,
    pub action: Action,
    pub subject: Option<Subject>,
    /// Ids, counts and reasons; never applicant personal data.
    pub detail: Option<serde_json::Value>,
}

impl Event {
    /// An event with no subject, request or detail yet.
    pub fn new(actor: Actor, action: Action) -> Self {
        Self {
            actor,
            action,
            subject: None,
            detail: None,
        }
    }

    /// Names what the action was done to.
    pub fn on(mut self, subject: Subject) -> Self {
        self.subject = Some(subject);
        self
    }

    /// Adds details.
    pub fn detail(mut self, detail: serde_json::Value) -> Self {
        self.detail = Some(detail);
        self
    }
}

/// Appends an event.
pub async fn record(
    db: &impl ConnectionTrait,
    event: Event,
    at: Occasion<'_>,
) -> Result<(), DbErr> {
    row(&event, &at).insert(db).await?;
    Ok(())
}

/// Appends many events at once (the sweep's tombstones), all at the same occasion.
pub async fn record_many(
    db: &impl ConnectionTrait,
    events: Vec<Event>,
    at: Occasion<'_>,
) -> Result<(), DbErr> {
    for chunk in super::insert_chunks(&events) {
        audit_event::Entity::insert_many(chunk.iter().map(|event| row(event, &at)))
            .exec(db)
            .await?;
    }
    Ok(())
}

fn row(event: &Event, at: &Occasion<'_>) -> audit_event::ActiveModel {
    audit_event::ActiveModel {
        occurred_at: Set(at.now),
        actor_staff_user_id: Set(event.actor.staff_id()),
        actor_label: Set(event.actor.label().to_owned()),
        action: Set(event.action.as_str().to_owned()),
        subject_type: Set(event.subject.as_ref().map(|s| s.kind.to_owned())),
        subject_id: Set(event.subject.as_ref().map(|s| s.id.clone())),
        request_id: Set(at.request_id.map(str::to_owned)),
        detail: Set(event.detail.as_ref().map(|d| d.to_string())),
        ..Default::default()
    }
}

/// What `/admin/audit` filters on; every part optional, all combined.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// The actor's label (an email at the time, `anonymous` or `system`), exactly.
    pub actor: Option<String>,
    pub action: Option<Action>,
    pub subject_type: Option<String>,
    pub subject_id: Option<String>,
    pub from: Option<DateTime<Utc>>,
    /// Exclusive.
    pub until: Option<DateTime<Utc>>,
}

impl AuditFilter {
    fn apply(&self, mut query: Select<audit_event::Entity>) -> Select<audit_event::Entity> {
        use audit_event::Column;
        if let Some(actor) = &self.actor {
            query = query.filter(Column::ActorLabel.eq(actor.as_str()));
        }
        if let Some(action) = self.action {
            query = query.filter(Column::Action.eq(action.as_str()));
        }
        if let Some(kind) = &self.subject_type {
            query = query.filter(Column::SubjectType.eq(kind.as_str()));
        }
        if let Some(id) = &self.subject_id {
            query = query.filter(Column::SubjectId.eq(id.as_str()));
        }
        if let Some(from) = self.from {
            query = query.filter(Column::OccurredAt.gte(from));
        }
        if let Some(until) = self.until {
            query = query.filter(Column::OccurredAt.lt(until));
        }
        query
    }
}

/// A page of matching events, newest first.
pub async fn search(
    db: &impl ConnectionTrait,
    filter: &AuditFilter,
    page: PageNumber,
) -> Result<(Vec<audit_event::Model>, PageInfo), DbErr> {
    let total = filter.apply(audit_event::Entity::find()).count(db).await?;
    let events = filter
        .apply(audit_event::Entity::find())
        .order_by_desc(audit_event::Column::OccurredAt)
        .order_by_desc(audit_event::Column::Id)
        .offset(PageInfo::offset(page, PER_PAGE))
        .limit(PER_PAGE)
        .all(db)
        .await?;
    Ok((events, PageInfo::new(page, PER_PAGE, total)))
}
