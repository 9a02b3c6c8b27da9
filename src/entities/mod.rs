//! SeaORM entities, one per table, with no logic. Later features add the entities of
//! the tables they start to use; the schema itself is whole in `migrations/`.

pub mod affiliate;
pub mod job;
