use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "legal_holds")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub scope: String,
    pub application_id: Option<i32>,
    pub candidate_email: Option<String>,
    pub job_id: Option<i32>,
    pub case_reference: String,
    #[sea_orm(column_type = "Text")]
    pub reason: String,
    pub placed_by_staff_user_id: Option<i32>,
    pub placed_at: DateTimeUtc,
    pub released_by_staff_user_id: Option<i32>,
    pub released_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
