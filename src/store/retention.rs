//! Retention's persistence: the rules, what the sweep reads about each application, and
//! the two ways an application leaves (docs/product.md, retention): anonymised (the
//! personal fields, the resume and its text, the notes' text, the free text of its
//! interviews, scorecards and offers, and the mails about it go; the skeleton with
//! ratings and recommendations stays) or deleted (the row and everything hanging off
//! it). When a person has no application
//! left, their candidate row, pending submissions and mails go too.
//!
//! Resume files are not removed here: their keys are journalled in `file_removals` in
//! the same transaction that drops the rows, and [`removed_files`] forgets them once the
//! caller has removed the files. A crash in between leaves journal rows for the next run.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Order, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, FromQueryResult,
    QueryFilter, QueryOrder, QuerySelect, Set,
};

use crate::domain::pipeline::Stage;
use crate::domain::retention::{DeletionRequest, Facts, Rule, RuleAction, RuleSubject, Rules};
use crate::entities::{
    application, candidate, file_removal, legal_hold, note, outbox_message, pending_submission,
    privacy_request, resume, retention_rule, stage_event,
};

/// Statuses of a privacy request that the sweep reads: a verified deletion waiting.
pub const DELETION_QUEUED: &str = "queued";

/// The rules in force.
pub async fn rules(db: &impl ConnectionTrait) -> Result<Rules, DbErr> {
    let rows = retention_rule::Entity::find()
        .order_by_asc(retention_rule::Column::Id)
        .all(db)
        .await?;
    Ok(Rules::new(rows.iter().filter_map(rule_of).collect()))
}

/// A stored rule; `None` for a row this version does not understand (logged).
pub fn rule_of(row: &retention_rule::Model) -> Option<Rule> {
    let days = Ord::max(row.after_days.unwrap_or(0), 0).to_string();
    match Rule::parse(&row.outcome, row.affiliate_id, &row.action, &days) {
        Ok(rule) => Some(rule),
        Err(error) => {
            tracing::error!(rule = row.id, %error, "ignoring an unreadable retention rule");
            None
        }
    }
}

/// The stored rules, general ones first, for the rules page.
pub async fn rule_rows(db: &impl ConnectionTrait) -> Result<Vec<retention_rule::Model>, DbErr> {
    retention_rule::Entity::find()
        .order_by_asc(retention_rule::Column::AffiliateId)
        .order_by_asc(retention_rule::Column::Id)
        .all(db)
        .await
}

/// Writes the general default rules that are missing (a fresh install). Returns how many.
pub async fn seed_defaults(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<usize, DbErr> {
    let existing = rules(db).await?;
    let mut created = 0;
    for rule in Rule::defaults() {
        let present = existing
            .all()
            .iter()
            .any(|r| r.subject == rule.subject && r.affiliate.is_none());
        if !present {
            save_rule(db, &rule, None, now).await?;
            created += 1;
        }
    }
    Ok(created)
}

/// Creates or replaces the rule for its subject and affiliate.
pub async fn save_rule(
    db: &impl ConnectionTrait,
    rule: &Rule,
    by: Option<i32>,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let mut same = retention_rule::Entity::find()
        .filter(retention_rule::Column::Outcome.eq(rule.subject.as_str()));
    same = match rule.affiliate {
        Some(id) => same.filter(retention_rule::Column::AffiliateId.eq(id)),
        None => same.filter(retention_rule::Column::AffiliateId.is_null()),
    };
    let days = i32::try_from(rule.after_days).unwrap_or(i32::MAX);
    match same.one(db).await? {
        Some(row) => {
            let mut row: retention_rule::ActiveModel = row.into();
            row.action = Set(rule.action.as_str().to_owned());
            row.after_days = Set(Some(days));
            row.updated_by_staff_user_id = Set(by);
            row.updated_at = Set(now);
            row.update(db).await?;
        }
        None => {
            retention_rule::ActiveModel {
                outcome: Set(rule.subject.as_str().to_owned()),
                affiliate_id: Set(rule.affiliate),
                action: Set(rule.action.as_str().to_owned()),
                after_days: Set(Some(days)),
                updated_by_staff_user_id: Set(by),
                created_at: Set(now),
                updated_at: Set(now),
                ..Default::default()
            }
            .insert(db)
            .await?;
        }
    }
    Ok(())
}

/// Removes an affiliate's own rule for `subject`; the general rule applies again.
/// General rules cannot be removed, only changed. Returns whether one was removed.
pub async fn remove_affiliate_rule(
    db: &impl ConnectionTrait,
    subject: RuleSubject,
    affiliate: i32,
) -> Result<bool, DbErr> {
    let gone = retention_rule::Entity::delete_many()
        .filter(retention_rule::Column::Outcome.eq(subject.as_str()))
        .filter(retention_rule::Column::AffiliateId.eq(affiliate))
        .exec(db)
        .await?;
    Ok(gone.rows_affected > 0)
}

/// What the sweep reads about one application.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct Row {
    pub id: i32,
    pub candidate_id: Option<i32>,
    pub job_id: i32,
    pub affiliate_id: i32,
    pub stage: String,
    pub flagged: bool,
    pub submitted_at: DateTime<Utc>,
    pub decided_at: Option<DateTime<Utc>>,
    pub last_activity_at: DateTime<Utc>,
    pub anonymised_at: Option<DateTime<Utc>>,
    pub minor_reported_at: Option<DateTime<Utc>>,
    pub talent_pool_until: Option<DateTime<Utc>>,
}

fn select_rows() -> sea_orm::sea_query::SelectStatement {
    let a = Alias::new("a");
    let c = Alias::new("c");
    Query::select()
        .columns([
            (a.clone(), Alias::new("id")),
            (a.clone(), Alias::new("candidate_id")),
            (a.clone(), Alias::new("job_id")),
            (a.clone(), Alias::new("affiliate_id")),
            (a.clone(), Alias::new("stage")),
            (a.clone(), Alias::new("submitted_at")),
            (a.clone(), Alias::new("decided_at")),
            (a.clone(), Alias::new("last_activity_at")),
            (a.clone(), Alias::new("anonymised_at")),
            (a.clone(), Alias::new("minor_reported_at")),
        ])
        .expr_as(
            Expr::col((a.clone(), Alias::new("sensitive_categories"))).is_not_null(),
            "flagged",
        )
        .expr_as(
            Expr::col((c.clone(), Alias::new("talent_pool_expires_at"))),
            "talent_pool_until",
        )
        .from_as("applications", a.clone())
        .join_as(
            sea_orm::JoinType::LeftJoin,
            Alias::new("candidates"),
            c.clone(),
            Expr::col((c, Alias::new("id"))).equals((a, Alias::new("candidate_id"))),
        )
        .to_owned()
}

/// Up to `limit` applications after id `after`, in id order.
pub async fn scan(db: &impl ConnectionTrait, after: i32, limit: u64) -> Result<Vec<Row>, DbErr> {
    let query = select_rows()
        .and_where(Expr::col((Alias::new("a"), Alias::new("id"))).gt(after))
        .order_by((Alias::new("a"), Alias::new("id")), Order::Asc)
        .limit(limit)
        .to_owned();
    Row::find_by_statement(db.get_database_backend().build(&query))
        .all(db)
        .await
}

/// Applications decided on or before `decided_by`, minors' and those of people with a
/// queued deletion request: every application a rule could act on by then.
pub async fn candidates_for_action(
    db: &impl ConnectionTrait,
    decided_by: DateTime<Utc>,
) -> Result<Vec<Row>, DbErr> {
    let a = Alias::new("a");
    let queued = Query::select()
        .expr(Expr::col((Alias::new("q"), Alias::new("id"))))
        .from_as("candidates", Alias::new("q"))
        .inner_join(
            Alias::new("privacy_requests"),
            Expr::col((Alias::new("privacy_requests"), Alias::new("email")))
                .equals((Alias::new("q"), Alias::new("email"))),
        )
        .and_where(Expr::col((Alias::new("privacy_requests"), Alias::new("kind"))).eq("deletion"))
        .and_where(
            Expr::col((Alias::new("privacy_requests"), Alias::new("status"))).eq(DELETION_QUEUED),
        )
        .to_owned();
    let query = select_rows()
        .cond_where(
            Expr::col((a.clone(), Alias::new("decided_at")))
                .lte(decided_by)
                .or(Expr::col((a.clone(), Alias::new("minor_reported_at"))).is_not_null())
                .or(Expr::col((a.clone(), Alias::new("candidate_id"))).in_subquery(queued)),
        )
        .order_by((a, Alias::new("id")), Order::Asc)
        .to_owned();
    Row::find_by_statement(db.get_database_backend().build(&query))
        .all(db)
        .await
}

/// Whether [`reread`] locks the rows (on PostgreSQL) until the transaction ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lock {
    ForUpdate,
    No,
}

/// The given applications, read again; inside a writing transaction with
/// [`Lock::ForUpdate`], so the decision is made on what is about to be changed.
pub async fn reread(db: &impl ConnectionTrait, ids: &[i32], lock: Lock) -> Result<Vec<Row>, DbErr> {
    let mut query = select_rows()
        .and_where(
            Expr::col((Alias::new("a"), Alias::new("id")))
                .is_in(super::in_list(ids.iter().copied())),
        )
        .order_by((Alias::new("a"), Alias::new("id")), Order::Asc)
        .to_owned();
    if lock == Lock::ForUpdate && db.get_database_backend() == DbBackend::Postgres {
        query.lock_with_tables(sea_orm::sea_query::LockType::Update, [Alias::new("a")]);
    }
    Row::find_by_statement(db.get_database_backend().build(&query))
        .all(db)
        .await
}

/// Standing legal holds, resolved to what they cover.
#[derive(Debug, Clone, Default)]
pub struct StandingHolds {
    applications: HashSet<i32>,
    candidates: HashSet<i32>,
    jobs: HashSet<i32>,
}

impl StandingHolds {
    /// Whether a hold covers the application.
    pub fn cover(&self, row: &Row) -> bool {
        self.applications.contains(&row.id)
            || self.jobs.contains(&row.job_id)
            || row
                .candidate_id
                .is_some_and(|c| self.candidates.contains(&c))
    }
}

/// Every standing hold.
pub async fn standing_holds(db: &impl ConnectionTrait) -> Result<StandingHolds, DbErr> {
    let holds = legal_hold::Entity::find()
        .filter(legal_hold::Column::ReleasedAt.is_null())
        .all(db)
        .await?;
    let mut standing = StandingHolds::default();
    let mut emails = Vec::new();
    for hold in holds {
        standing.applications.extend(hold.application_id);
        standing.jobs.extend(hold.job_id);
        emails.extend(hold.candidate_email);
    }
    if !emails.is_empty() {
        standing.candidates = candidate::Entity::find()
            .select_only()
            .column(candidate::Column::Id)
            .filter(lower(candidate::Column::Email).is_in(emails.iter().map(|e| e.to_lowercase())))
            .into_tuple::<i32>()
            .all(db)
            .await?
            .into_iter()
            .collect();
    }
    Ok(standing)
}

/// The standing holds that cover one application (its own, its person's, its job's).
pub async fn holds_covering(
    db: &impl ConnectionTrait,
    row: &Row,
) -> Result<Vec<legal_hold::Model>, DbErr> {
    use sea_orm::Condition;
    let mut covers = Condition::any()
        .add(legal_hold::Column::ApplicationId.eq(row.id))
        .add(legal_hold::Column::JobId.eq(row.job_id));
    if let Some(person) = row.candidate_id {
        let email = candidate::Entity::find_by_id(person)
            .select_only()
            .column(candidate::Column::Email)
            .into_tuple::<String>()
            .one(db)
            .await?;
        if let Some(email) = email {
            covers = covers.add(lower(legal_hold::Column::CandidateEmail).eq(email.to_lowercase()));
        }
    }
    legal_hold::Entity::find()
        .filter(legal_hold::Column::ReleasedAt.is_null())
        .filter(covers)
        .order_by_asc(legal_hold::Column::PlacedAt)
        .all(db)
        .await
}

/// `LOWER(column)`: emails are matched whatever the case a person typed them in.
fn lower(column: impl sea_orm::sea_query::IntoColumnRef) -> sea_orm::sea_query::SimpleExpr {
    sea_orm::sea_query::Func::lower(Expr::col(column)).into()
}

/// Verified deletion requests waiting, by candidate.
async fn queued_deletions(
    db: &impl ConnectionTrait,
) -> Result<HashMap<i32, DeletionRequest>, DbErr> {
    let requests = privacy_request::Entity::find()
        .filter(privacy_request::Column::Kind.eq("deletion"))
        .filter(privacy_request::Column::Status.eq(DELETION_QUEUED))
        .all(db)
        .await?;
    let mut verified: HashMap<String, DeletionRequest> = HashMap::new();
    for request in requests {
        if let (Some(email), Some(at)) = (request.email, request.verified_at) {
            // An HR admin's fulfil order is recorded as the request's fulfiller.
            let ordered = request.fulfilled_by_staff_user_id.is_some();
            let entry = verified.entry(email).or_insert(DeletionRequest {
                id: request.id,
                verified_at: at,
                ordered_by_admin: ordered,
            });
            if at < entry.verified_at {
                entry.verified_at = at;
                entry.id = request.id;
            }
            entry.ordered_by_admin |= ordered;
        }
    }
    if verified.is_empty() {
        return Ok(HashMap::new());
    }
    let people = candidate::Entity::find()
        .select_only()
        .column(candidate::Column::Id)
        .column(candidate::Column::Email)
        .filter(candidate::Column::Email.is_in(verified.keys().cloned()))
        .into_tuple::<(i32, String)>()
        .all(db)
        .await?;
    Ok(people
        .into_iter()
        .filter_map(|(id, email)| verified.get(&email).map(|request| (id, *request)))
        .collect())
}

/// Whether each person has an open application, and one at the offer stage.
#[derive(Debug, Clone, Copy, Default)]
struct Person {
    open: bool,
    offer: bool,
}

/// What deciding needs beyond the rows: holds, queued deletions, people's open
/// applications. Holds and requests are few and read whole; people only where a
/// talent-pool consent or a deletion request makes their other applications matter.
#[derive(Debug, Clone, Default)]
pub struct Context {
    pub holds: StandingHolds,
    deletions: HashMap<i32, DeletionRequest>,
    people: HashMap<i32, Person>,
}

impl Context {
    /// Holds and queued deletions, read once per batch.
    pub async fn load(db: &impl ConnectionTrait) -> Result<Self, DbErr> {
        Ok(Self {
            holds: standing_holds(db).await?,
            deletions: queued_deletions(db).await?,
            people: HashMap::new(),
        })
    }

    /// Reads the open applications of the people among `rows` who need it.
    pub async fn with_people(
        mut self,
        db: &impl ConnectionTrait,
        rows: &[Row],
    ) -> Result<Self, DbErr> {
        let wanted: HashSet<i32> = rows
            .iter()
            .filter_map(|r| {
                let c = r.candidate_id?;
                (r.talent_pool_until.is_some() || self.deletions.contains_key(&c)).then_some(c)
            })
            .collect();
        self.people.clear();
        if wanted.is_empty() {
            return Ok(self);
        }
        let open: Vec<&str> = Stage::ALL
            .into_iter()
            .filter(|s| !s.is_decided())
            .map(Stage::as_str)
            .collect();
        let wanted: Vec<i32> = wanted.into_iter().collect();
        let mut found = Vec::new();
        // In slices: a preview may name many people, more than a statement may bind.
        for slice in wanted.chunks(4_096) {
            found.extend(
                application::Entity::find()
                    .select_only()
                    .column(application::Column::CandidateId)
                    .column(application::Column::Stage)
                    .filter(
                        application::Column::CandidateId
                            .is_in(super::in_list(slice.iter().copied())),
                    )
                    .filter(application::Column::Stage.is_in(open.clone()))
                    .into_tuple::<(i32, String)>()
                    .all(db)
                    .await?,
            );
        }
        for (candidate, stage) in found {
            let person = self.people.entry(candidate).or_default();
            person.open = true;
            person.offer |= stage == Stage::Offer.as_str();
        }
        Ok(self)
    }

    /// The facts of one application.
    pub fn facts(&self, row: &Row) -> Facts {
        let stage = Stage::parse(&row.stage).unwrap_or(Stage::Submitted);
        let person = row
            .candidate_id
            .and_then(|c| self.people.get(&c))
            .copied()
            .unwrap_or_default();
        Facts {
            affiliate: row.affiliate_id,
            stage,
            submitted_at: row.submitted_at,
            decided_at: row.decided_at,
            anonymised: row.anonymised_at.is_some(),
            minor_reported_at: row.minor_reported_at,
            held: self.holds.cover(row),
            talent_pool_until: row.talent_pool_until,
            // Only decided applications reach the talent-pool rule, so an open one of
            // the person's is always another one.
            other_application_open: person.open,
            offer_open: person.offer,
            deletion_request: row
                .candidate_id
                .and_then(|c| self.deletions.get(&c))
                .copied(),
        }
    }
}

/// Anonymises or deletes `rows` (already decided on, inside a writing transaction).
/// Returns the storage keys of resume files journalled for removal.
pub async fn erase(
    db: &impl ConnectionTrait,
    rows: &[Row],
    action: RuleAction,
    now: DateTime<Utc>,
) -> Result<Vec<String>, DbErr> {
    if rows.is_empty() || action == RuleAction::Keep {
        return Ok(Vec::new());
    }
    let ids: Vec<i32> = super::in_list(rows.iter().map(|r| r.id));
    let mut keys: Vec<String> = resume::Entity::find()
        .select_only()
        .column(resume::Column::StorageKey)
        .filter(resume::Column::ApplicationId.is_in(ids.clone()))
        .into_tuple::<String>()
        .all(db)
        .await?;
    outbox_message::Entity::delete_many()
        .filter(outbox_message::Column::ApplicationId.is_in(ids.clone()))
        .exec(db)
        .await?;
    if action == RuleAction::Delete {
        super::stage_counts::deleted_many(
            db,
            rows.iter()
                .map(|r| (r.affiliate_id, r.job_id, r.flagged, r.stage.as_str())),
        )
        .await?;
        application::Entity::delete_many()
            .filter(application::Column::Id.is_in(ids.clone()))
            .exec(db)
            .await?;
    } else {
        resume::Entity::delete_many()
            .filter(resume::Column::ApplicationId.is_in(ids.clone()))
            .exec(db)
            .await?;
        super::interviews::anonymise(db, &ids, now).await?;
        super::offers::anonymise(db, &ids, now).await?;
        note::Entity::update_many()
            .col_expr(note::Column::Body, Expr::value(Option::<String>::None))
            .col_expr(note::Column::UpdatedAt, Expr::value(now))
            .filter(note::Column::ApplicationId.is_in(ids.clone()))
            .exec(db)
            .await?;
        stage_event::Entity::update_many()
            .col_expr(
                stage_event::Column::Note,
                Expr::value(Option::<String>::None),
            )
            .filter(stage_event::Column::ApplicationId.is_in(ids.clone()))
            .exec(db)
            .await?;
        application::Entity::update_many()
            .col_expr(
                application::Column::CandidateId,
                Expr::value(Option::<i32>::None),
            )
            .col_expr(
                application::Column::CoverLetter,
                Expr::value(Option::<String>::None),
            )
            // The applicant's status link stops working: it led to a person.
            .col_expr(
                application::Column::StatusTokenHash,
                Expr::cust("'anonymised:' || id"),
            )
            .col_expr(application::Column::AnonymisedAt, Expr::value(now))
            .col_expr(application::Column::UpdatedAt, Expr::value(now))
            .filter(application::Column::Id.is_in(ids))
            .exec(db)
            .await?;
    }
    let people: HashSet<i32> = rows.iter().filter_map(|r| r.candidate_id).collect();
    keys.extend(forget_people_without_applications(db, people).await?);
    journal(db, &keys, now).await?;
    Ok(keys)
}

/// Deletes the candidates among `people` who have no application left, with their
/// pending submissions and every mail to their address. Returns the pending
/// submissions' file keys.
async fn forget_people_without_applications(
    db: &impl ConnectionTrait,
    people: HashSet<i32>,
) -> Result<Vec<String>, DbErr> {
    if people.is_empty() {
        return Ok(Vec::new());
    }
    if db.get_database_backend() == DbBackend::Postgres {
        // Waits for an application being written for one of them (it updates the
        // candidate row), so it is counted below rather than left without a person.
        candidate::Entity::find()
            .select_only()
            .column(candidate::Column::Id)
            .filter(candidate::Column::Id.is_in(super::in_list(people.iter().copied())))
            .lock_exclusive()
            .into_tuple::<i32>()
            .all(db)
            .await?;
    }
    let still: HashSet<i32> = application::Entity::find()
        .select_only()
        .column(application::Column::CandidateId)
        .filter(application::Column::CandidateId.is_in(super::in_list(people.iter().copied())))
        .into_tuple::<Option<i32>>()
        .all(db)
        .await?
        .into_iter()
        .flatten()
        .collect();
    let gone: Vec<i32> = super::in_list(people.difference(&still).copied());
    if gone.is_empty() {
        return Ok(Vec::new());
    }
    let emails: Vec<String> = super::in_list(
        candidate::Entity::find()
            .select_only()
            .column(candidate::Column::Email)
            .filter(candidate::Column::Id.is_in(gone.clone()))
            .into_tuple::<String>()
            .all(db)
            .await?,
    );
    let keys = pending_submission::Entity::find()
        .select_only()
        .column(pending_submission::Column::ResumeStorageKey)
        .filter(pending_submission::Column::Email.is_in(emails.clone()))
        .into_tuple::<String>()
        .all(db)
        .await?;
    pending_submission::Entity::delete_many()
        .filter(pending_submission::Column::Email.is_in(emails.clone()))
        .exec(db)
        .await?;
    outbox_message::Entity::delete_many()
        .filter(outbox_message::Column::ToAddress.is_in(emails))
        .exec(db)
        .await?;
    candidate::Entity::delete_many()
        .filter(candidate::Column::Id.is_in(gone))
        .exec(db)
        .await?;
    Ok(keys)
}

/// Records files to remove, in the transaction that drops their rows.
pub async fn journal(
    db: &impl ConnectionTrait,
    keys: &[String],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if keys.is_empty() {
        return Ok(());
    }
    // Repeated keys are ignored by the conflict clause.
    let rows = super::in_list(keys.iter())
        .into_iter()
        .map(|key| file_removal::ActiveModel {
            storage_key: Set(key.clone()),
            queued_at: Set(now),
            ..Default::default()
        });
    file_removal::Entity::insert_many(rows)
        .on_conflict_do_nothing_on([file_removal::Column::StorageKey])
        .exec(db)
        .await?;
    Ok(())
}

/// Up to `limit` journalled files still to remove (left by a crash or a failed removal).
pub async fn files_to_remove(db: &impl ConnectionTrait, limit: u64) -> Result<Vec<String>, DbErr> {
    file_removal::Entity::find()
        .select_only()
        .column(file_removal::Column::StorageKey)
        .order_by_asc(file_removal::Column::Id)
        .limit(limit)
        .into_tuple::<String>()
        .all(db)
        .await
}

/// Forgets journalled files once they are removed.
pub async fn removed_files(db: &impl ConnectionTrait, keys: &[String]) -> Result<(), DbErr> {
    if keys.is_empty() {
        return Ok(());
    }
    file_removal::Entity::delete_many()
        .filter(file_removal::Column::StorageKey.is_in(super::in_list(keys.iter().cloned())))
        .exec(db)
        .await?;
    Ok(())
}

/// How many applications there are, for progress.
pub async fn count(db: &impl ConnectionTrait) -> Result<u64, DbErr> {
    use sea_orm::PaginatorTrait;
    application::Entity::find().count(db).await
}

/// Reports every application of the person behind `row` as a minor's.
pub async fn report_minor(
    db: &impl ConnectionTrait,
    application: &application::Model,
    now: DateTime<Utc>,
) -> Result<Vec<i32>, DbErr> {
    let mut ids = vec![application.id];
    if let Some(candidate) = application.candidate_id {
        ids = application::Entity::find()
            .select_only()
            .column(application::Column::Id)
            .filter(application::Column::CandidateId.eq(candidate))
            .into_tuple::<i32>()
            .all(db)
            .await?;
    }
    application::Entity::update_many()
        .col_expr(application::Column::MinorReportedAt, Expr::value(now))
        .col_expr(application::Column::UpdatedAt, Expr::value(now))
        .filter(application::Column::Id.is_in(ids.clone()))
        .filter(application::Column::MinorReportedAt.is_null())
        .exec(db)
        .await?;
    Ok(ids)
}
