use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "scorecards")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub interview_id: i32,
    pub application_id: i32,
    pub interviewer_id: i32,
    pub status: String,
    pub version: i32,
    #[sea_orm(column_type = "Text")]
    pub ratings: String,
    pub recommendation: Option<String>,
    #[sea_orm(column_type = "Text", nullable)]
    pub takeaways: Option<String>,
    pub submitted_at: Option<DateTimeUtc>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
