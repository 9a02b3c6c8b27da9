//! Pure rules of hiring and privacy: no Rocket, no SeaORM, no I/O.

pub mod affiliate;
pub mod age;
pub mod application;
pub mod audit;
pub mod calendar;
pub mod country;
pub mod export;
pub mod interview;
pub mod job;
pub mod job_posting;
pub mod job_search;
pub mod legal_hold;
pub mod malware;
pub mod national_id;
pub mod offer;
pub mod pagination;
pub mod pipeline;
pub mod privacy_request;
pub mod resume;
pub mod retention;
pub mod review;
pub mod sensitive;
pub mod sign_in;
pub mod staff;
pub mod text;
pub mod time_zone;
