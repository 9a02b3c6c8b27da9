//! What staff see of applications: the dashboard list and one application, always
//! within the asking member's scope. There is no unscoped lookup here: every function
//! takes a [`Scope`].

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Alias, Condition, Expr, ExprTrait, Order, Query, SelectStatement};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, DbErr, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

use super::{in_list, like_contains};
use crate::domain::pagination::{PageInfo, PageNumber};
use crate::domain::pipeline::Stage;
use crate::domain::staff::Scope;
use crate::domain::text::search_key;
use crate::entities::{application, candidate, job, note, rating, resume, staff_user, stage_event};

/// Applications per dashboard page.
pub const PER_PAGE: u64 = 25;

/// The dashboard's filters; every part optional, all combined.
#[derive(Debug, Clone, Default)]
pub struct DashboardFilter {
    pub job: Option<i32>,
    pub stage: Option<Stage>,
    pub affiliate: Option<i32>,
    /// Only applications with (or without) sensitive-data findings.
    pub flagged: Option<bool>,
    /// Words to find in the applicant's name or email.
    pub text: Option<String>,
    pub from: Option<DateTime<Utc>>,
    /// Exclusive.
    pub until: Option<DateTime<Utc>>,
}

/// One line of the dashboard.
#[derive(Debug, Clone, serde::Serialize)]
pub struct DashboardRow {
    pub id: i32,
    pub public_ref: String,
    /// `None` once anonymised.
    pub full_name: Option<String>,
    pub email: Option<String>,
    pub job_title: String,
    pub affiliate_code: String,
    pub stage: String,
    pub submitted_at: DateTime<Utc>,
    pub last_activity_at: DateTime<Utc>,
    pub flagged: bool,
}

/// The condition limiting applications to a scope.
fn in_scope(scope: &Scope) -> Condition {
    match scope {
        Scope::All => Condition::all(),
        Scope::Affiliates(ids) if ids.is_empty() => Condition::all().add(Expr::val(1).eq(0)),
        Scope::Affiliates(ids) => Condition::all().add(
            Expr::col((application::Entity, application::Column::AffiliateId)).is_in(ids.clone()),
        ),
    }
}

fn col(column: application::Column) -> Expr {
    Expr::col((application::Entity, column))
}

/// The candidates whose search text (lower-cased name and email) holds every word of
/// `text`. Words of three characters or more are looked up in the trigram index
/// (migration 9): on SQLite through the FTS5 table, one phrase per word; on PostgreSQL
/// `pg_trgm`'s index serves the `LIKE` itself. Shorter words have no trigram and are
/// matched by `LIKE` among what the others found (a scan when there are no others).
fn matching_candidates(backend: DbBackend, text: &str) -> SelectStatement {
    let mut matching = Query::select();
    matching
        .column(candidate::Column::Id)
        .from(candidate::Entity);
    let key = search_key(text, 200);
    let (indexed, short): (Vec<&str>, Vec<&str>) = key
        .split_whitespace()
        .partition(|word| word.chars().count() >= 3);
    let by_like = if backend == DbBackend::Sqlite && !indexed.is_empty() {
        let phrases: Vec<String> = indexed
            .iter()
            .map(|word| format!("\"{}\"", word.replace('"', "\"\"")))
            .collect();
        let found = Query::select()
            .expr(Expr::cust("rowid"))
            .from(Alias::new("candidate_search"))
            .and_where(Expr::cust_with_values(
                "candidate_search MATCH ?",
                [phrases.join(" ")],
            ))
            .to_owned();
        matching.and_where(Expr::col(candidate::Column::Id).in_subquery(found));
        short
    } else {
        indexed.into_iter().chain(short).collect()
    };
    for word in by_like {
        matching.and_where(Expr::col(candidate::Column::SearchText).like(like_contains(word)));
    }
    matching
}

/// Candidates matched by the text filter: their ids when few, or else the query itself.
/// The search runs once per page view; the counts and the page then look the few up by
/// index.
enum Matching {
    Few(Vec<i32>),
    Many(Box<SelectStatement>),
}

/// Beyond this many matching candidates the counts and the page each run the search.
const FEW_MATCHES: u64 = 512;

async fn find_matching(db: &impl ConnectionTrait, text: &str) -> Result<Matching, DbErr> {
    let query = matching_candidates(db.get_database_backend(), text);
    let mut ids = Vec::new();
    for row in db
        .query_all(&query.clone().limit(FEW_MATCHES + 1).to_owned())
        .await?
    {
        ids.push(row.try_get::<i32>("", "id")?);
    }
    Ok(if ids.len() as u64 > FEW_MATCHES {
        Matching::Many(Box::new(query))
    } else {
        Matching::Few(ids)
    })
}

/// The scope and every filter (the stage too when `with_stage`).
fn conditions(
    scope: &Scope,
    filter: &DashboardFilter,
    matching: Option<&Matching>,
    with_stage: bool,
) -> Condition {
    let mut all = in_scope(scope);
    if let Some(job) = filter.job {
        all = all.add(col(application::Column::JobId).eq(job));
    }
    if let (Some(stage), true) = (filter.stage, with_stage) {
        all = all.add(col(application::Column::Stage).eq(stage.as_str()));
    }
    if let Some(affiliate) = filter.affiliate {
        all = all.add(col(application::Column::AffiliateId).eq(affiliate));
    }
    match filter.flagged {
        Some(true) => all = all.add(col(application::Column::SensitiveCategories).is_not_null()),
        Some(false) => all = all.add(col(application::Column::SensitiveCategories).is_null()),
        None => {}
    }
    match matching {
        Some(Matching::Few(ids)) => {
            all = all.add(col(application::Column::CandidateId).is_in(in_list(ids.clone())));
        }
        Some(Matching::Many(query)) => {
            all = all.add(col(application::Column::CandidateId).in_subquery((**query).clone()));
        }
        None => {}
    }
    if let Some(from) = filter.from {
        all = all.add(col(application::Column::SubmittedAt).gte(from));
    }
    if let Some(until) = filter.until {
        all = all.add(col(application::Column::SubmittedAt).lt(until));
    }
    all
}

/// Applications joined to their candidate (absent once anonymised).
fn joined() -> SelectStatement {
    Query::select()
        .from(application::Entity)
        .left_join(
            candidate::Entity,
            Expr::col((candidate::Entity, candidate::Column::Id))
                .equals((application::Entity, application::Column::CandidateId)),
        )
        .to_owned()
}

/// A page of the dashboard, newest first, with the count per stage under the same
/// filters (the stage filter aside).
pub async fn dashboard(
    db: &impl ConnectionTrait,
    scope: &Scope,
    filter: &DashboardFilter,
    page: PageNumber,
) -> Result<(Vec<DashboardRow>, PageInfo, Vec<(Stage, u64)>), DbErr> {
    let matching = match &filter.text {
        Some(text) => Some(find_matching(db, text).await?),
        None => None,
    };
    // Without a text or date filter the kept counts answer; otherwise count the matches.
    let per_stage = if filter.text.is_none() && filter.from.is_none() && filter.until.is_none() {
        super::stage_counts::per_stage(db, scope, filter.job, filter.affiliate, filter.flagged)
            .await?
    } else {
        let mut counts = Query::select().from(application::Entity).to_owned();
        counts
            .expr_as(col(application::Column::Stage), Alias::new("stage"))
            .expr_as(Expr::cust("COUNT(*)"), Alias::new("n"))
            .cond_where(conditions(scope, filter, matching.as_ref(), false))
            .group_by_col((application::Entity, application::Column::Stage));
        let mut per_stage = Vec::new();
        for row in db.query_all(&counts).await? {
            let stage: String = row.try_get("", "stage")?;
            let n: i64 = row.try_get("", "n")?;
            if let Some(stage) = Stage::parse(&stage) {
                per_stage.push((stage, u64::try_from(n).unwrap_or(0)));
            }
        }
        per_stage.sort();
        per_stage
    };
    let total: u64 = per_stage
        .iter()
        .filter(|(stage, _)| filter.stage.is_none_or(|wanted| wanted == *stage))
        .map(|(_, n)| n)
        .sum();

    // The page's ids from the applications' indexes alone, then their details: skipped
    // rows of later pages are never joined.
    let page_ids: Vec<i32> = {
        let ids = Query::select()
            .column((application::Entity, application::Column::Id))
            .from(application::Entity)
            .cond_where(conditions(scope, filter, matching.as_ref(), true))
            .order_by(
                (application::Entity, application::Column::SubmittedAt),
                Order::Desc,
            )
            .order_by((application::Entity, application::Column::Id), Order::Desc)
            .limit(PER_PAGE)
            .offset(PageInfo::offset(page, PER_PAGE))
            .to_owned();
        let mut found = Vec::new();
        for row in db.query_all(&ids).await? {
            found.push(row.try_get::<i32>("", "id")?);
        }
        found
    };
    let mut list = joined();
    list.join(
        sea_orm::JoinType::InnerJoin,
        job::Entity,
        Expr::col((job::Entity, job::Column::Id))
            .equals((application::Entity, application::Column::JobId)),
    )
    .join(
        sea_orm::JoinType::InnerJoin,
        crate::entities::affiliate::Entity,
        Expr::col((
            crate::entities::affiliate::Entity,
            crate::entities::affiliate::Column::Id,
        ))
        .equals((application::Entity, application::Column::AffiliateId)),
    )
    .columns([
        (application::Entity, application::Column::Id),
        (application::Entity, application::Column::PublicRef),
        (application::Entity, application::Column::Stage),
        (application::Entity, application::Column::SubmittedAt),
        (application::Entity, application::Column::LastActivityAt),
        (
            application::Entity,
            application::Column::SensitiveCategories,
        ),
    ])
    .columns([
        (candidate::Entity, candidate::Column::FullName),
        (candidate::Entity, candidate::Column::Email),
    ])
    .expr_as(
        Expr::col((job::Entity, job::Column::Title)),
        Alias::new("job_title"),
    )
    .expr_as(
        Expr::col((
            crate::entities::affiliate::Entity,
            crate::entities::affiliate::Column::Code,
        )),
        Alias::new("affiliate_code"),
    )
    .and_where(col(application::Column::Id).is_in(page_ids))
    .order_by(
        (application::Entity, application::Column::SubmittedAt),
        Order::Desc,
    )
    .order_by((application::Entity, application::Column::Id), Order::Desc);
    let mut rows = Vec::new();
    for row in db.query_all(&list).await? {
        rows.push(DashboardRow {
            id: row.try_get("", "id")?,
            public_ref: row.try_get("", "public_ref")?,
            full_name: row.try_get("", "full_name")?,
            email: row.try_get("", "email")?,
            job_title: row.try_get("", "job_title")?,
            affiliate_code: row.try_get("", "affiliate_code")?,
            stage: row.try_get("", "stage")?,
            submitted_at: row.try_get("", "submitted_at")?,
            last_activity_at: row.try_get("", "last_activity_at")?,
            flagged: row
                .try_get::<Option<String>>("", "sensitive_categories")?
                .is_some(),
        });
    }
    Ok((rows, PageInfo::new(page, PER_PAGE, total), per_stage))
}

/// The application with this id, if it is in `scope`.
pub async fn find_in_scope(
    db: &impl ConnectionTrait,
    scope: &Scope,
    id: i32,
) -> Result<Option<application::Model>, DbErr> {
    let mut query = application::Entity::find_by_id(id);
    match scope {
        Scope::All => {}
        Scope::Affiliates(ids) => {
            query = query.filter(application::Column::AffiliateId.is_in(ids.clone()));
        }
    }
    query.one(db).await
}

/// The jobs with applications in `scope`, for the dashboard's job filter.
pub async fn jobs_in_scope(
    db: &impl ConnectionTrait,
    scope: &Scope,
) -> Result<Vec<job::Model>, DbErr> {
    let mut query = job::Entity::find().order_by_asc(job::Column::Title);
    if let Scope::Affiliates(ids) = scope {
        query = query.filter(job::Column::AffiliateId.is_in(ids.clone()));
    }
    query.all(db).await
}

/// Display names of staff accounts by id (for history, notes and ratings).
async fn staff_names(
    db: &impl ConnectionTrait,
    ids: impl IntoIterator<Item = i32>,
) -> Result<std::collections::HashMap<i32, String>, DbErr> {
    let ids: Vec<i32> = ids.into_iter().collect();
    if ids.is_empty() {
        return Ok(Default::default());
    }
    Ok(staff_user::Entity::find()
        .filter(staff_user::Column::Id.is_in(ids))
        .all(db)
        .await?
        .into_iter()
        .map(|user| (user.id, user.display_name))
        .collect())
}

/// Everything the application page shows besides the application itself, which the
/// caller found with [`find_in_scope`].
#[derive(Debug)]
pub struct Details {
    pub candidate: Option<candidate::Model>,
    pub job: job::Model,
    pub resume: Option<resume::Model>,
    /// Oldest first, with the mover's name.
    pub history: Vec<(stage_event::Model, Option<String>)>,
    /// Oldest first, with the author's name.
    pub notes: Vec<(note::Model, Option<String>)>,
    /// With the reviewer's name.
    pub ratings: Vec<(rating::Model, Option<String>)>,
}

/// Loads the details of an application in scope.
pub async fn details(
    db: &impl ConnectionTrait,
    application: &application::Model,
) -> Result<Details, DbErr> {
    let candidate = match application.candidate_id {
        Some(id) => candidate::Entity::find_by_id(id).one(db).await?,
        None => None,
    };
    let job = job::Entity::find_by_id(application.job_id)
        .one(db)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("job of application {}", application.id)))?;
    let resume = resume::Entity::find()
        .filter(resume::Column::ApplicationId.eq(application.id))
        .one(db)
        .await?;
    let history = stage_event::Entity::find()
        .filter(stage_event::Column::ApplicationId.eq(application.id))
        .order_by_asc(stage_event::Column::Id)
        .all(db)
        .await?;
    let notes = note::Entity::find()
        .filter(note::Column::ApplicationId.eq(application.id))
        .order_by_asc(note::Column::Id)
        .all(db)
        .await?;
    let ratings = rating::Entity::find()
        .filter(rating::Column::ApplicationId.eq(application.id))
        .order_by_asc(rating::Column::Id)
        .all(db)
        .await?;
    let names = staff_names(
        db,
        history
            .iter()
            .filter_map(|e| e.actor_staff_user_id)
            .chain(notes.iter().filter_map(|n| n.author_staff_user_id))
            .chain(ratings.iter().map(|r| r.reviewer_staff_user_id)),
    )
    .await?;
    let name = |id: Option<i32>| id.and_then(|id| names.get(&id).cloned());
    Ok(Details {
        candidate,
        job,
        resume,
        history: history
            .into_iter()
            .map(|e| {
                let who = name(e.actor_staff_user_id);
                (e, who)
            })
            .collect(),
        notes: notes
            .into_iter()
            .map(|n| {
                let who = name(n.author_staff_user_id);
                (n, who)
            })
            .collect(),
        ratings: ratings
            .into_iter()
            .map(|r| {
                let who = name(Some(r.reviewer_staff_user_id));
                (r, who)
            })
            .collect(),
    })
}

/// Moves an application in scope to `to`, with its history line; false (nothing done)
/// when its stage changed since it was read.
pub async fn move_stage(
    db: &impl ConnectionTrait,
    application: &application::Model,
    to: Stage,
    actor_staff_user_id: i32,
    note: Option<&str>,
    now: DateTime<Utc>,
) -> Result<bool, DbErr> {
    let decided_at = to.is_decided().then_some(now);
    let updated = application::Entity::update_many()
        .col_expr(application::Column::Stage, Expr::value(to.as_str()))
        .col_expr(application::Column::DecidedAt, Expr::value(decided_at))
        .col_expr(application::Column::LastActivityAt, Expr::value(now))
        .col_expr(application::Column::UpdatedAt, Expr::value(now))
        .filter(application::Column::Id.eq(application.id))
        .filter(application::Column::Stage.eq(application.stage.as_str()))
        .exec(db)
        .await?;
    if updated.rows_affected == 0 {
        return Ok(false);
    }
    super::stage_counts::moved(db, application, to).await?;
    stage_event::ActiveModel {
        application_id: Set(application.id),
        from_stage: Set(Some(application.stage.clone())),
        to_stage: Set(to.as_str().to_owned()),
        actor_staff_user_id: Set(Some(actor_staff_user_id)),
        note: Set(note.map(str::to_owned)),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(true)
}

/// Adds a note to an application in scope.
pub async fn add_note(
    db: &impl ConnectionTrait,
    application: &application::Model,
    author_staff_user_id: i32,
    body: &str,
    now: DateTime<Utc>,
) -> Result<i32, DbErr> {
    let note = note::ActiveModel {
        application_id: Set(application.id),
        author_staff_user_id: Set(Some(author_staff_user_id)),
        body: Set(Some(body.to_owned())),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(note.id)
}

/// Sets the reviewer's rating of an application in scope (one per reviewer).
pub async fn rate(
    db: &impl ConnectionTrait,
    application: &application::Model,
    reviewer_staff_user_id: i32,
    score: i16,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let row = rating::ActiveModel {
        application_id: Set(application.id),
        reviewer_staff_user_id: Set(reviewer_staff_user_id),
        score: Set(score),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    rating::Entity::insert(row)
        .on_conflict(
            sea_orm::sea_query::OnConflict::columns([
                rating::Column::ApplicationId,
                rating::Column::ReviewerStaffUserId,
            ])
            .update_columns([rating::Column::Score, rating::Column::UpdatedAt])
            .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(())
}

/// The job, if its affiliate is in `scope`.
pub async fn job_in_scope(
    db: &impl ConnectionTrait,
    scope: &Scope,
    job_id: i32,
) -> Result<Option<job::Model>, DbErr> {
    Ok(job::Entity::find_by_id(job_id)
        .one(db)
        .await?
        .filter(|job| scope.covers(job.affiliate_id)))
}

/// A job's applications with their candidates (absent once anonymised), oldest first;
/// the caller found the job with [`job_in_scope`].
pub async fn applications_of_job(
    db: &impl ConnectionTrait,
    job: &job::Model,
) -> Result<Vec<(application::Model, Option<candidate::Model>)>, DbErr> {
    let applications = application::Entity::find()
        .filter(application::Column::JobId.eq(job.id))
        .order_by_asc(application::Column::SubmittedAt)
        .order_by_asc(application::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<i32> = applications.iter().filter_map(|a| a.candidate_id).collect();
    let candidates: std::collections::HashMap<i32, candidate::Model> = if ids.is_empty() {
        Default::default()
    } else {
        candidate::Entity::find()
            .filter(candidate::Column::Id.is_in(ids))
            .all(db)
            .await?
            .into_iter()
            .map(|c| (c.id, c))
            .collect()
    };
    Ok(applications
        .into_iter()
        .map(|a| {
            let candidate = a.candidate_id.and_then(|id| candidates.get(&id).cloned());
            (a, candidate)
        })
        .collect())
}
