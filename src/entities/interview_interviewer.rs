use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "interview_interviewers")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub interview_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub staff_user_id: i32,
    pub reminded_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
