//! The API test binary: every test runs against a fresh, migrated database of its own
//! (SQLite always, PostgreSQL too when `CAREERS_TEST_POSTGRES_URL` is set).

mod helpers;

mod access_matrix;
mod after_submitting;
mod apply;
mod audit_log;
mod caching;
mod clamd;
mod cli;
mod error_pages;
mod feeds_and_api;
mod hostile_input;
mod intake_fidelity;
mod interviews;
mod job_list;
mod job_page;
mod languages;
mod logs;
mod malware_scan;
mod notices;
mod offers;
mod passkeys;
mod privacy_requests;
mod real_server;
mod resume_reader;
mod retention;
mod retention_admin;
mod retention_crash;
mod review;
mod schema;
mod second_factor;
mod security_headers;
mod server_crash;
mod sign_in;
mod single_sign_on;
mod staff_accounts;
mod staff_jobs;
