//! Job postings: as the public sees them, and as recruiters create and change them.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Select, Set,
};

use super::like_contains;
use crate::domain::job::{EmploymentType, JobStatus, slugify};
use crate::domain::job_posting::{Posting, Translation};
use crate::domain::job_search::{AffiliateFilter, JobSearch};
use crate::domain::pagination::PageInfo;
use crate::domain::text::search_key;
use crate::entities::{affiliate, job, job_hiring_manager, job_translation};
use crate::i18n::Lang;

/// A job with the affiliate that owns it, and its translation into the language it
/// is being shown in, if it has one ([`translated`]).
#[derive(Debug, Clone)]
pub struct JobWithAffiliate {
    pub job: job::Model,
    pub affiliate: affiliate::Model,
    pub translation: Option<job_translation::Model>,
}

impl JobWithAffiliate {
    /// The title in the language it was loaded for: the translation's, else the job's.
    pub fn title(&self) -> &str {
        self.translation
            .as_ref()
            .map_or(&self.job.title, |t| &t.title)
    }
}

/// The values the public can filter open jobs by.
#[derive(Debug, Clone, Default)]
pub struct Facets {
    pub locations: Vec<String>,
    pub departments: Vec<String>,
}

/// A job to create.
#[derive(Debug, Clone)]
pub struct NewJob {
    pub affiliate_id: i32,
    pub title: String,
    pub department: String,
    pub location: String,
    pub country_code: String,
    pub remote: bool,
    pub employment_type: EmploymentType,
    pub description: String,
    pub salary: Option<Salary>,
    pub status: JobStatus,
    pub published_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
    pub language: Lang,
    pub translations: Vec<Translation>,
}

/// A salary range in whole units of a currency, per year or per hour.
#[derive(Debug, Clone)]
pub struct Salary {
    pub min: i32,
    pub max: i32,
    pub currency: &'static str,
    pub period: &'static str,
}

fn open_jobs() -> Select<job::Entity> {
    job::Entity::find().filter(job::Column::Status.eq(JobStatus::Open.as_str()))
}

fn pair(
    (job, affiliate): (job::Model, Option<affiliate::Model>),
) -> Result<JobWithAffiliate, DbErr> {
    let affiliate =
        affiliate.ok_or_else(|| DbErr::RecordNotFound(format!("affiliate of job {}", job.id)))?;
    Ok(JobWithAffiliate {
        job,
        affiliate,
        translation: None,
    })
}

/// One page of open jobs matching the search, newest first, and how many match in all.
pub async fn search_open(
    db: &impl ConnectionTrait,
    search: &JobSearch,
    per_page: u64,
) -> Result<(Vec<JobWithAffiliate>, u64), DbErr> {
    let mut query = open_jobs();
    for word in &search.words {
        query = query.filter(job::Column::SearchText.like(like_contains(word)));
    }
    match &search.affiliate {
        AffiliateFilter::Any => {}
        AffiliateFilter::Code(code) => {
            let ids = affiliate::Entity::find()
                .select_only()
                .column(affiliate::Column::Id)
                .filter(affiliate::Column::Code.eq(code.as_str()))
                .into_tuple::<i32>()
                .all(db)
                .await?;
            query = query.filter(job::Column::AffiliateId.is_in(ids));
        }
        AffiliateFilter::NoMatch => return Ok((Vec::new(), 0)),
    }
    if let Some(location) = &search.location {
        query = query.filter(job::Column::Location.eq(location.as_str()));
    }
    if let Some(department) = &search.department {
        query = query.filter(job::Column::Department.eq(department.as_str()));
    }
    let total = query.clone().count(db).await?;
    let rows = query
        .find_also_related(affiliate::Entity)
        .order_by_desc(job::Column::PublishedAt)
        .order_by_desc(job::Column::Id)
        .offset(PageInfo::offset(search.page, per_page))
        .limit(per_page)
        .all(db)
        .await?;
    let jobs = rows.into_iter().map(pair).collect::<Result<_, _>>()?;
    Ok((jobs, total))
}

/// The newest open jobs, for feeds.
pub async fn newest_open(
    db: &impl ConnectionTrait,
    limit: u64,
) -> Result<Vec<JobWithAffiliate>, DbErr> {
    open_jobs()
        .find_also_related(affiliate::Entity)
        .order_by_desc(job::Column::PublishedAt)
        .order_by_desc(job::Column::Id)
        .limit(limit)
        .all(db)
        .await?
        .into_iter()
        .map(pair)
        .collect()
}

/// A job by slug, whatever its status: callers decide what the public may see.
pub async fn find_by_slug(
    db: &impl ConnectionTrait,
    slug: &str,
) -> Result<Option<JobWithAffiliate>, DbErr> {
    job::Entity::find()
        .filter(job::Column::Slug.eq(slug))
        .find_also_related(affiliate::Entity)
        .one(db)
        .await?
        .map(pair)
        .transpose()
}

/// A job by id, whatever its status.
pub async fn find_by_id(
    db: &impl ConnectionTrait,
    id: i32,
) -> Result<Option<JobWithAffiliate>, DbErr> {
    job::Entity::find_by_id(id)
        .find_also_related(affiliate::Entity)
        .one(db)
        .await?
        .map(pair)
        .transpose()
}

/// Distinct locations and departments of open jobs, sorted.
pub async fn open_facets(db: &impl ConnectionTrait) -> Result<Facets, DbErr> {
    let distinct = |column: job::Column| {
        open_jobs()
            .select_only()
            .column(column)
            .distinct()
            .order_by_asc(column)
            .into_tuple::<String>()
    };
    Ok(Facets {
        locations: distinct(job::Column::Location).all(db).await?,
        departments: distinct(job::Column::Department).all(db).await?,
    })
}

/// How many jobs exist in any status.
pub async fn count_all(db: &impl ConnectionTrait) -> Result<u64, DbErr> {
    job::Entity::find().count(db).await
}

/// What a job is found by: its own text and every translation's.
fn job_search_text(
    title: &str,
    department: &str,
    location: &str,
    description: &str,
    translations: &[Translation],
) -> String {
    let mut text = format!("{title} {department} {location} {description}");
    for t in translations {
        text.push_str(&format!(" {} {} {}", t.title, t.location, t.description));
    }
    search_key(&text, usize::MAX)
}

/// Replaces a job's translations with `translations`.
async fn replace_translations(
    db: &impl ConnectionTrait,
    job_id: i32,
    translations: &[Translation],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    job_translation::Entity::delete_many()
        .filter(job_translation::Column::JobId.eq(job_id))
        .exec(db)
        .await?;
    for t in translations {
        job_translation::ActiveModel {
            job_id: Set(job_id),
            language: Set(t.language.code().to_owned()),
            title: Set(t.title.clone()),
            location: Set(t.location.clone()),
            description: Set(t.description.clone()),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(db)
        .await?;
    }
    Ok(())
}

/// A job's translations, by language code.
pub async fn translations_of(
    db: &impl ConnectionTrait,
    job_id: i32,
) -> Result<Vec<job_translation::Model>, DbErr> {
    job_translation::Entity::find()
        .filter(job_translation::Column::JobId.eq(job_id))
        .order_by_asc(job_translation::Column::Language)
        .all(db)
        .await
}

/// `jobs` with their translations into `lang` attached, in one query.
pub async fn translated(
    db: &impl ConnectionTrait,
    mut jobs: Vec<JobWithAffiliate>,
    lang: Lang,
) -> Result<Vec<JobWithAffiliate>, DbErr> {
    let wanted: Vec<i32> = jobs
        .iter()
        .filter(|j| j.job.language != lang.code())
        .map(|j| j.job.id)
        .collect();
    if wanted.is_empty() {
        return Ok(jobs);
    }
    let mut found: std::collections::HashMap<i32, job_translation::Model> =
        job_translation::Entity::find()
            .filter(job_translation::Column::JobId.is_in(wanted))
            .filter(job_translation::Column::Language.eq(lang.code()))
            .all(db)
            .await?
            .into_iter()
            .map(|t| (t.job_id, t))
            .collect();
    for job in &mut jobs {
        job.translation = found.remove(&job.job.id);
    }
    Ok(jobs)
}

/// The job's title as an applicant reading `lang` sees it: its translation, else its own.
pub async fn title_in(
    db: &impl ConnectionTrait,
    job: &job::Model,
    lang: Lang,
) -> Result<String, DbErr> {
    if job.language == lang.code() {
        return Ok(job.title.clone());
    }
    let translation = job_translation::Entity::find()
        .filter(job_translation::Column::JobId.eq(job.id))
        .filter(job_translation::Column::Language.eq(lang.code()))
        .one(db)
        .await?;
    Ok(translation.map_or_else(|| job.title.clone(), |t| t.title))
}

/// Creates a job with a slug made unique by a numeric suffix.
pub async fn insert(db: &impl ConnectionTrait, new: NewJob) -> Result<job::Model, DbErr> {
    let slug = unique_slug(db, &slugify(&new.title)).await?;
    let now = Utc::now();
    let search_text = job_search_text(
        &new.title,
        &new.department,
        &new.location,
        &new.description,
        &new.translations,
    );
    let (salary_min, salary_max, salary_currency, salary_period) = match new.salary {
        Some(s) => (
            Some(s.min),
            Some(s.max),
            Some(s.currency.to_owned()),
            Some(s.period.to_owned()),
        ),
        None => (None, None, None, None),
    };
    let job = job::ActiveModel {
        slug: Set(slug),
        affiliate_id: Set(new.affiliate_id),
        title: Set(new.title),
        department: Set(new.department),
        location: Set(new.location),
        country_code: Set(new.country_code),
        remote: Set(new.remote),
        employment_type: Set(new.employment_type.as_str().to_owned()),
        description: Set(new.description),
        salary_min: Set(salary_min),
        salary_max: Set(salary_max),
        salary_currency: Set(salary_currency),
        salary_period: Set(salary_period),
        status: Set(new.status.as_str().to_owned()),
        search_text: Set(search_text),
        published_at: Set(new.published_at),
        closes_at: Set(new.closes_at),
        closed_at: Set((new.status == JobStatus::Closed).then_some(now)),
        created_at: Set(now),
        updated_at: Set(now),
        language: Set(new.language.code().to_owned()),
        ..Default::default()
    }
    .insert(db)
    .await?;
    replace_translations(db, job.id, &new.translations, now).await?;
    Ok(job)
}

async fn unique_slug(db: &impl ConnectionTrait, base: &str) -> Result<String, DbErr> {
    let taken: Vec<String> = job::Entity::find()
        .select_only()
        .column(job::Column::Slug)
        .filter(job::Column::Slug.starts_with(base))
        .into_tuple()
        .all(db)
        .await?;
    let free = std::iter::once(base.to_owned())
        .chain((2..).map(|n| format!("{base}-{n}")))
        .find(|candidate| !taken.contains(candidate));
    // The iterator is endless, so a free slug is always found.
    Ok(free.unwrap_or_else(|| base.to_owned()))
}

impl NewJob {
    /// A new job of `affiliate_id` from a checked posting.
    pub fn from_posting(
        affiliate_id: i32,
        posting: &Posting,
        status: JobStatus,
        now: DateTime<Utc>,
    ) -> Self {
        Self {
            affiliate_id,
            title: posting.title.clone(),
            department: posting.department.clone(),
            location: posting.location.clone(),
            country_code: posting.country.code().to_owned(),
            remote: posting.remote,
            employment_type: posting.employment_type,
            description: posting.description.clone(),
            salary: posting.salary.map(|s| Salary {
                min: s.min,
                max: s.max,
                currency: s.currency,
                period: s.period,
            }),
            status,
            published_at: (status == JobStatus::Open).then_some(now),
            closes_at: posting.closes_at,
            language: posting.language,
            translations: posting.translations.clone(),
        }
    }
}

/// Replaces a job's posted text; its slug, status and affiliate stay.
pub async fn update_posting(
    db: &impl ConnectionTrait,
    id: i32,
    posting: &Posting,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    use sea_orm::sea_query::Expr;
    let search_text = job_search_text(
        &posting.title,
        &posting.department,
        &posting.location,
        &posting.description,
        &posting.translations,
    );
    let salary = posting.salary;
    job::Entity::update_many()
        .col_expr(job::Column::Title, Expr::value(posting.title.as_str()))
        .col_expr(
            job::Column::Department,
            Expr::value(posting.department.as_str()),
        )
        .col_expr(
            job::Column::Location,
            Expr::value(posting.location.as_str()),
        )
        .col_expr(
            job::Column::CountryCode,
            Expr::value(posting.country.code()),
        )
        .col_expr(job::Column::Remote, Expr::value(posting.remote))
        .col_expr(
            job::Column::EmploymentType,
            Expr::value(posting.employment_type.as_str()),
        )
        .col_expr(
            job::Column::Description,
            Expr::value(posting.description.as_str()),
        )
        .col_expr(job::Column::SalaryMin, Expr::value(salary.map(|s| s.min)))
        .col_expr(job::Column::SalaryMax, Expr::value(salary.map(|s| s.max)))
        .col_expr(
            job::Column::SalaryCurrency,
            Expr::value(salary.map(|s| s.currency)),
        )
        .col_expr(
            job::Column::SalaryPeriod,
            Expr::value(salary.map(|s| s.period)),
        )
        .col_expr(job::Column::ClosesAt, Expr::value(posting.closes_at))
        .col_expr(job::Column::SearchText, Expr::value(search_text))
        .col_expr(job::Column::Language, Expr::value(posting.language.code()))
        .col_expr(job::Column::UpdatedAt, Expr::value(now))
        .filter(job::Column::Id.eq(id))
        .exec(db)
        .await?;
    replace_translations(db, id, &posting.translations, now).await
}

/// Opens, closes or returns a job to draft. Opening publishes it (once); closing
/// notes when. Its applications are not touched.
pub async fn set_status(
    db: &impl ConnectionTrait,
    job: &job::Model,
    status: JobStatus,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    use sea_orm::sea_query::Expr;
    let published_at = match status {
        JobStatus::Open => Some(job.published_at.unwrap_or(now)),
        _ => job.published_at,
    };
    let closed_at = (status == JobStatus::Closed).then_some(now);
    job::Entity::update_many()
        .col_expr(job::Column::Status, Expr::value(status.as_str()))
        .col_expr(job::Column::PublishedAt, Expr::value(published_at))
        .col_expr(job::Column::ClosedAt, Expr::value(closed_at))
        .col_expr(job::Column::UpdatedAt, Expr::value(now))
        .filter(job::Column::Id.eq(job.id))
        .exec(db)
        .await?;
    Ok(())
}

/// Every job of the scope's affiliates with its applications counted, newest first.
pub async fn for_staff(
    db: &impl ConnectionTrait,
    scope: &crate::domain::staff::Scope,
) -> Result<Vec<(JobWithAffiliate, u64)>, DbErr> {
    use crate::entities::application;
    let mut query = job::Entity::find()
        .find_also_related(affiliate::Entity)
        .order_by_desc(job::Column::CreatedAt)
        .order_by_desc(job::Column::Id);
    if let crate::domain::staff::Scope::Affiliates(ids) = scope {
        query = query.filter(job::Column::AffiliateId.is_in(ids.clone()));
    }
    let jobs = query.all(db).await?;
    let counts: Vec<(i32, i64)> = application::Entity::find()
        .select_only()
        .column(application::Column::JobId)
        .column_as(application::Column::Id.count(), "n")
        .group_by(application::Column::JobId)
        .into_tuple()
        .all(db)
        .await?;
    jobs.into_iter()
        .map(|pair_row| {
            let item = pair(pair_row)?;
            let n = counts
                .iter()
                .find(|(id, _)| *id == item.job.id)
                .map_or(0, |(_, n)| u64::try_from(*n).unwrap_or(0));
            Ok((item, n))
        })
        .collect()
}

/// The staff assigned to a job as its hiring managers.
pub async fn assigned_managers(db: &impl ConnectionTrait, job_id: i32) -> Result<Vec<i32>, DbErr> {
    job_hiring_manager::Entity::find()
        .select_only()
        .column(job_hiring_manager::Column::StaffUserId)
        .filter(job_hiring_manager::Column::JobId.eq(job_id))
        .into_tuple()
        .all(db)
        .await
}

/// Replaces the staff assigned to a job.
pub async fn assign_managers(
    db: &impl ConnectionTrait,
    job_id: i32,
    staff_ids: &[i32],
) -> Result<(), DbErr> {
    job_hiring_manager::Entity::delete_many()
        .filter(job_hiring_manager::Column::JobId.eq(job_id))
        .exec(db)
        .await?;
    if staff_ids.is_empty() {
        return Ok(());
    }
    job_hiring_manager::Entity::insert_many(staff_ids.iter().map(|id| {
        job_hiring_manager::ActiveModel {
            job_id: Set(job_id),
            staff_user_id: Set(*id),
        }
    }))
    .exec(db)
    .await?;
    Ok(())
}
