use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "jobs")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub affiliate_id: i32,
    pub title: String,
    pub department: String,
    pub location: String,
    pub country_code: String,
    pub remote: bool,
    pub employment_type: String,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub salary_min: Option<i32>,
    pub salary_max: Option<i32>,
    pub salary_currency: Option<String>,
    pub salary_period: Option<String>,
    pub status: String,
    #[sea_orm(column_type = "Text")]
    pub search_text: String,
    pub published_at: Option<DateTimeUtc>,
    pub closes_at: Option<DateTimeUtc>,
    pub closed_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// The language it was made in (`applications`, `privacy_requests`) or written
    /// in (`jobs`): a folder name under `locales/`.
    pub language: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::affiliate::Entity",
        from = "Column::AffiliateId",
        to = "super::affiliate::Column::Id"
    )]
    Affiliate,
}

impl Related<super::affiliate::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Affiliate.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
