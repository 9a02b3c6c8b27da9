//! The retention sweep (docs/product.md, retention and privacy requests) and the acting on applications it shares with the
//! minor report and deletion requests.
//!
//! The sweep reads every application in id order, in batches, and decides on each with
//! [`decide`]. Due applications are acted on in batches, each in one writing transaction
//! that reads them again (locked), re-reads the holds and decides again, so a hold placed
//! or a reopening made meanwhile wins. Resume files are removed after the commit through
//! the journal (see `store::retention`), and the journal is emptied first at every run,
//! which finishes whatever a crash interrupted. Running it twice does nothing more.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::{DatabaseConnection, DbErr};
use serde::Serialize;

use crate::domain::audit::{Action, Actor, Subject};
use crate::domain::pipeline::Stage;
use crate::domain::retention::{
    Decision, Facts, Outcome, Reason, RuleAction, RuleSubject, decide, is_stale,
};
use crate::store::audit::{self, Event, Occasion};
use crate::store::files::{ResumeStore, StorageKey};
use crate::store::retention::{self as rows, Context, Row};
use crate::store::{self, sweep_lock};

/// Applications read per batch.
const BATCH: u64 = 5_000;
/// Due applications acted on per writing transaction: large enough to spread the
/// commit and the statements over many rows; on SQLite small enough to hold its single
/// writer lock for a fraction of a second, on PostgreSQL (where readers and other
/// writers go on) larger, as each statement may wait ~40 ms for a delayed TCP ACK
/// (sqlx 0.9.0 does not set TCP_NODELAY).
fn act_batch(db: &DatabaseConnection) -> usize {
    match db.get_database_backend() {
        sea_orm::DbBackend::Postgres => 5_000,
        _ => 1_000,
    }
}

/// Resume files removed at once (the removals run on the blocking thread pool).
const PARALLEL_REMOVALS: usize = 16;

/// What a sweep did (or, in a dry run, would do).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub examined: u64,
    pub anonymised: u64,
    pub deleted: u64,
    /// Applications a rule would act on now, kept by a legal hold.
    pub held: u64,
    /// Open applications without activity for a year.
    pub stale: u64,
    /// Resume files removed (including those a crashed run left in the journal).
    pub files_removed: u64,
    /// Queued deletion requests the sweep completed (their receipts are queued).
    pub requests_completed: u64,
    /// Files that could not be removed (they stay journalled for the next run), and
    /// follow-ups that failed.
    pub errors: u64,
    pub dry_run: bool,
}

/// Why a sweep did not run or stopped.
#[derive(Debug, thiserror::Error)]
pub enum SweepError {
    #[error("another retention sweep is running")]
    AlreadyRunning,
    #[error("database: {0}")]
    Database(#[from] DbErr),
    #[error("sweep lock: {0}")]
    Lock(std::io::Error),
}

/// Who runs it, for the audit log.
#[derive(Debug, Clone)]
pub struct Sweeper {
    pub actor: Actor,
    pub request_id: Option<String>,
}

impl Sweeper {
    /// The server's own schedule or the command line.
    pub fn system() -> Self {
        Self {
            actor: Actor::System,
            request_id: None,
        }
    }
}

/// Runs one sweep at `now`. `progress` is told (done, total) after every batch.
pub async fn sweep(
    db: &DatabaseConnection,
    files: &dyn ResumeStore,
    now: DateTime<Utc>,
    dry_run: bool,
    by: &Sweeper,
    progress: &mut (dyn FnMut(u64, u64) + Send),
) -> Result<Summary, SweepError> {
    let lock = sweep_lock::SweepLock::try_acquire(db)
        .await
        .map_err(|e| match e {
            sweep_lock::LockError::Busy => SweepError::AlreadyRunning,
            sweep_lock::LockError::Database(e) => SweepError::Database(e),
            sweep_lock::LockError::Io(e) => SweepError::Lock(e),
        })?;
    let mut summary = Summary {
        dry_run,
        ..Summary::default()
    };
    if !dry_run {
        finish_removals(db, files, &mut summary).await?;
    }
    let rules = rows::rules(db).await?;
    let total = rows::count(db).await?;
    let mut after = 0;
    let act_batch = act_batch(db);
    let mut due = Vec::with_capacity(act_batch + BATCH as usize);
    loop {
        let batch = rows::scan(db, after, BATCH).await?;
        let Some(last) = batch.last() else { break };
        after = last.id;
        let context = Context::load(db).await?.with_people(db, &batch).await?;
        for row in &batch {
            let facts = context.facts(row);
            let decision = decide(&facts, &rules, now);
            match decision.now(now) {
                RuleAction::Keep => {
                    if decision.reason == Reason::LegalHold {
                        let unheld = Facts {
                            held: false,
                            ..facts.clone()
                        };
                        if decide(&unheld, &rules, now).now(now) != RuleAction::Keep {
                            summary.held += 1;
                        }
                    }
                    if let Some(stage) = Stage::parse(&row.stage) {
                        summary.stale += u64::from(is_stale(stage, row.last_activity_at, now));
                    }
                }
                action if dry_run => count(&mut summary, action, 1),
                _ => due.push(row.id),
            }
        }
        summary.examined += batch.len() as u64;
        if due.len() >= act_batch {
            // Decided again inside the writing transaction, with the holds of that moment.
            act(db, files, &due, now, by, &mut summary).await?;
            due.clear();
        }
        progress(summary.examined, total.max(summary.examined));
    }
    act(db, files, &due, now, by, &mut summary).await?;
    if !dry_run {
        let at = Occasion {
            request_id: by.request_id.as_deref(),
            now,
        };
        audit::record(
            db,
            Event::new(by.actor.clone(), Action::RetentionSweepRun)
                .detail(serde_json::to_value(&summary).unwrap_or_default()),
            at,
        )
        .await?;
    }
    drop(lock);
    Ok(summary)
}

/// A real sweep and what it completes: deletion requests whose last application it
/// deleted are fulfilled and get their receipt. What the mail step fails to do is
/// counted as an error and done by the next run.
pub async fn sweep_and_complete(
    db: &DatabaseConnection,
    files: &dyn ResumeStore,
    mailing: super::accounts::Mailing<'_>,
    now: DateTime<Utc>,
    by: &Sweeper,
    progress: &mut (dyn FnMut(u64, u64) + Send),
) -> Result<Summary, SweepError> {
    let mut summary = sweep(db, files, now, false, by, progress).await?;
    match super::privacy::complete_queued_deletions(db, mailing, now).await {
        Ok(completed) => summary.requests_completed = completed as u64,
        Err(error) => {
            summary.errors += 1;
            tracing::error!(%error, "completing queued deletion requests failed");
        }
    }
    Ok(summary)
}

fn count(summary: &mut Summary, action: RuleAction, n: u64) {
    match action {
        RuleAction::Anonymise => summary.anonymised += n,
        RuleAction::Delete => summary.deleted += n,
        RuleAction::Keep => {}
    }
}

/// Acts on the applications `ids` if they are due now: one transaction that reads them
/// again, decides again with the current holds, erases and leaves a tombstone per
/// application; then the files. Used by the sweep, the minor report and deletion
/// requests. Adds what it did to `summary`.
pub async fn act(
    db: &DatabaseConnection,
    files: &dyn ResumeStore,
    ids: &[i32],
    now: DateTime<Utc>,
    by: &Sweeper,
    summary: &mut Summary,
) -> Result<Vec<(i32, Decision)>, DbErr> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let txn = store::begin_write(db).await?;
    // Serialises with placing holds: a hold placed now is seen here, or waits for us.
    store::advisory_lock(txn.conn(), HOLDS_LOCK).await?;
    let rules = rows::rules(txn.conn()).await?;
    let current = rows::reread(txn.conn(), ids, rows::Lock::ForUpdate).await?;
    let context = Context::load(txn.conn())
        .await?
        .with_people(txn.conn(), &current)
        .await?;
    let mut by_action: BTreeMap<RuleAction, Vec<Row>> = BTreeMap::new();
    let mut decisions = Vec::with_capacity(current.len());
    let mut tombstones = Vec::new();
    for row in current {
        let facts = context.facts(&row);
        let decision = decide(&facts, &rules, now);
        decisions.push((row.id, decision));
        let action = decision.now(now);
        if action == RuleAction::Keep {
            continue;
        }
        let request = facts.deletion_request.map(|r| r.id);
        tombstones.push(tombstone(&row, action, &decision, request, by));
        by_action.entry(action).or_default().push(row);
    }
    let mut keys = Vec::new();
    for (action, rows_due) in &by_action {
        keys.extend(rows::erase(txn.conn(), rows_due, *action, now).await?);
        count(summary, *action, rows_due.len() as u64);
    }
    let at = Occasion {
        request_id: by.request_id.as_deref(),
        now,
    };
    audit::record_many(txn.conn(), tombstones, at).await?;
    txn.commit().await?;
    remove_files(db, files, keys, summary).await?;
    Ok(decisions)
}

/// The advisory lock placing a hold and acting on applications share.
pub const HOLDS_LOCK: &str = "legal holds";

/// The audit tombstone of one application: ids and the rule or request, nothing personal.
fn tombstone(
    row: &Row,
    action: RuleAction,
    decision: &Decision,
    request: Option<i32>,
    by: &Sweeper,
) -> Event {
    let kind = match action {
        RuleAction::Delete => Action::ApplicationDeleted,
        _ => Action::ApplicationAnonymised,
    };
    Event::new(by.actor.clone(), kind)
        .on(Subject::application(row.id))
        .detail(serde_json::json!({
            "reason": decision.reason,
            "due": decision.due,
            "outcome": row.stage,
            "affiliate_id": row.affiliate_id,
            "job_id": row.job_id,
            "privacy_request_id": (decision.reason == Reason::DeletionRequest).then_some(request).flatten(),
        }))
}

/// Removes journalled files and forgets them; a file that cannot be removed stays
/// journalled and counts as an error.
async fn remove_files(
    db: &DatabaseConnection,
    files: &dyn ResumeStore,
    keys: Vec<String>,
    summary: &mut Summary,
) -> Result<(), DbErr> {
    use rocket::futures::stream::{self, StreamExt};
    let outcomes: Vec<(String, std::io::Result<()>)> = stream::iter(keys)
        .map(|key| async move {
            let outcome = match StorageKey::parse(&key) {
                Some(parsed) => files.remove(&parsed).await,
                // Not a key this store made: nothing of ours to remove.
                None => Ok(()),
            };
            (key, outcome)
        })
        .buffer_unordered(PARALLEL_REMOVALS)
        .collect()
        .await;
    let mut removed = Vec::with_capacity(outcomes.len());
    for (key, outcome) in outcomes {
        match outcome {
            Ok(()) => removed.push(key),
            Err(error) => {
                summary.errors += 1;
                tracing::error!(%error, "a resume file could not be removed; the next sweep retries");
            }
        }
    }
    summary.files_removed += removed.len() as u64;
    for chunk in removed.chunks(1_000) {
        rows::removed_files(db, chunk).await?;
    }
    Ok(())
}

/// Finishes the file removals an earlier run journalled but did not complete.
async fn finish_removals(
    db: &DatabaseConnection,
    files: &dyn ResumeStore,
    summary: &mut Summary,
) -> Result<(), DbErr> {
    loop {
        let keys = rows::files_to_remove(db, 1_000).await?;
        if keys.is_empty() {
            return Ok(());
        }
        let before = summary.errors;
        remove_files(db, files, keys, summary).await?;
        if summary.errors > before {
            // Those stay journalled; do not spin on them.
            return Ok(());
        }
    }
}

/// What the next sweep and the coming days will do: for the rules page's preview.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Preview {
    /// Due now: what the next sweep will do.
    pub now: Forecast,
    /// Falling due after now and within `days`.
    pub within: Forecast,
    pub days: i64,
}

/// Counts and the first applications of one part of the preview.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Forecast {
    pub anonymise: u64,
    pub delete: u64,
    /// The first [`PREVIEW_LIST`] applications, soonest due first.
    pub list: Vec<Upcoming>,
}

/// How many applications the preview lists in each part.
pub const PREVIEW_LIST: usize = 100;

impl Forecast {
    fn add(&mut self, upcoming: Upcoming) {
        match upcoming.action {
            RuleAction::Anonymise => self.anonymise += 1,
            RuleAction::Delete => self.delete += 1,
            RuleAction::Keep => return,
        }
        self.list.push(upcoming);
    }

    fn finish(&mut self) {
        self.list.sort_by_key(|u| (u.due, u.application_id));
        self.list.truncate(PREVIEW_LIST);
    }
}

/// One application in the preview.
#[derive(Debug, Clone, Serialize)]
pub struct Upcoming {
    pub application_id: i32,
    pub affiliate_id: i32,
    pub job_id: i32,
    pub stage: String,
    pub action: RuleAction,
    pub reason: Reason,
    pub due: Option<DateTime<Utc>>,
}

/// The applications the next sweep would act on, and those falling due within `days`.
/// Reads only what could fall due by then: applications decided at least the shortest
/// rule's days before the horizon (a talent-pool consent only postpones), minors' and
/// those of people with a queued deletion request.
pub async fn preview(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    days: i64,
) -> Result<Preview, DbErr> {
    let rules = rows::rules(db).await?;
    let horizon = now + chrono::Duration::days(days);
    let shortest = [Outcome::Rejected, Outcome::Withdrawn, Outcome::Hired]
        .into_iter()
        .flat_map(|outcome| {
            let subject = RuleSubject::Outcome(outcome);
            let general = rules.rule_for(subject, 0);
            let own = rules
                .all()
                .iter()
                .filter(move |r| r.subject == subject)
                .cloned();
            std::iter::once(general).chain(own)
        })
        .filter(|r| r.action != RuleAction::Keep)
        .map(|r| r.after_days)
        .min();
    let decided_by = match shortest {
        Some(days) => horizon - chrono::Duration::days(i64::from(days)),
        // Every outcome is kept: only minors and requests can fall due.
        None => DateTime::<Utc>::MIN_UTC,
    };
    let candidates = rows::candidates_for_action(db, decided_by).await?;
    let context = Context::load(db)
        .await?
        .with_people(db, &candidates)
        .await?;
    let mut preview = Preview {
        days,
        ..Preview::default()
    };
    for row in &candidates {
        let decision = decide(&context.facts(row), &rules, now);
        let upcoming = Upcoming {
            application_id: row.id,
            affiliate_id: row.affiliate_id,
            job_id: row.job_id,
            stage: row.stage.clone(),
            action: decision.action,
            reason: decision.reason,
            due: decision.due,
        };
        if decision.now(now) != RuleAction::Keep {
            preview.now.add(upcoming);
        } else if decision.now(horizon) != RuleAction::Keep {
            preview.within.add(upcoming);
        }
    }
    preview.now.finish();
    preview.within.finish();
    Ok(preview)
}

/// What retention holds in store for one application, for its staff page.
#[derive(Debug, Clone)]
pub struct Outlook {
    pub decision: Decision,
    pub holds: Vec<crate::entities::legal_hold::Model>,
}

/// The decision on one application as the sweep would make it now, and its holds.
pub async fn outlook(
    db: &DatabaseConnection,
    application: i32,
    now: DateTime<Utc>,
) -> Result<Option<Outlook>, DbErr> {
    let rules = rows::rules(db).await?;
    let found = rows::reread(db, &[application], rows::Lock::No).await?;
    let Some(row) = found.first() else {
        return Ok(None);
    };
    let context = Context::load(db).await?.with_people(db, &found).await?;
    Ok(Some(Outlook {
        decision: decide(&context.facts(row), &rules, now),
        holds: rows::holds_covering(db, row).await?,
    }))
}

/// Creates or changes a rule, audited.
pub async fn change_rule(
    db: &DatabaseConnection,
    admin: &crate::domain::staff::StaffMember,
    rule: &crate::domain::retention::Rule,
    at: Occasion<'_>,
) -> Result<(), DbErr> {
    let txn = store::begin_write(db).await?;
    rows::save_rule(txn.conn(), rule, Some(admin.id), at.now).await?;
    audit::record(
        txn.conn(),
        Event::new(super::accounts::actor(admin), Action::RetentionRulesChanged).detail(
            serde_json::json!({
                "subject": rule.subject.as_str(),
                "affiliate_id": rule.affiliate,
                "action": rule.action.as_str(),
                "after_days": rule.after_days,
            }),
        ),
        at,
    )
    .await?;
    txn.commit().await
}

/// Removes an affiliate's own rule, audited; `false` if it had none.
pub async fn remove_rule(
    db: &DatabaseConnection,
    admin: &crate::domain::staff::StaffMember,
    subject: RuleSubject,
    affiliate: i32,
    at: Occasion<'_>,
) -> Result<bool, DbErr> {
    let txn = store::begin_write(db).await?;
    let removed = rows::remove_affiliate_rule(txn.conn(), subject, affiliate).await?;
    if removed {
        audit::record(
            txn.conn(),
            Event::new(super::accounts::actor(admin), Action::RetentionRulesChanged).detail(
                serde_json::json!({
                    "subject": subject.as_str(),
                    "affiliate_id": affiliate,
                    "removed": true,
                }),
            ),
            at,
        )
        .await?;
    }
    txn.commit().await?;
    Ok(removed)
}
