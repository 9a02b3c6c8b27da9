//! Use cases that combine domain rules with persistence.

pub mod bootstrap;
pub mod demo;
pub mod resume_text;
