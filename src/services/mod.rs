//! Use cases that combine domain rules with persistence.

pub mod accounts;
pub mod apply;
pub mod bootstrap;
pub mod demo;
pub mod holds;
pub mod interviews;
pub mod jobs;
pub mod mail;
pub mod malware;
pub mod offers;
pub mod passkeys;
pub mod passwords;
pub mod privacy;
pub mod reconcile;
pub mod resume_reader;
pub mod resume_text;
pub mod retention;
pub mod review;
pub mod second_factor;
pub mod single_sign_on;
