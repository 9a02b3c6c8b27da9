use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "staff_user_affiliates")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub staff_user_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub affiliate_id: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
