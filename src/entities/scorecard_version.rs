use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "scorecard_versions")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub scorecard_id: i32,
    pub version: i32,
    #[sea_orm(column_type = "Text")]
    pub ratings: String,
    pub recommendation: String,
    #[sea_orm(column_type = "Text", nullable)]
    pub takeaways: Option<String>,
    pub submitted_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
