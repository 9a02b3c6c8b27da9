//! careers: a self-hosted careers portal and applicant-tracking system.
//!
//! [`rocket`] is the one place the application is assembled; `main` and the tests both
//! call it.

pub mod cli;
pub mod config;
pub mod domain;
pub mod entities;
pub mod error;
pub mod i18n;
pub mod keys;
pub mod services;
pub mod store;
pub mod views;
pub mod web;

use rocket::fairing::{self, AdHoc};
use rocket::figment::Figment;
use rocket::shield::Shield;
use rocket::{Build, Rocket};

use std::sync::Arc;

use config::Settings;
use domain::sensitive::Scanner;
use keys::Keys;
use services::resume_reader::Extractor;
use services::single_sign_on::SingleSignOn;
use store::files::UploadsFolder;
use web::apply::Resumes;
use web::views::Views;

/// Builds the portal from a figment (see [`config::figment`]). Settings, templates and
/// the database (connected, migrated, seeded) are made ready when Rocket ignites; any
/// failure there stops the launch with the reason logged.
pub fn rocket(figment: Figment) -> Rocket<Build> {
    let mut app = rocket::custom(figment)
        // An empty Shield replaces Rocket's default one: our fairing sets every header.
        .attach(Shield::new())
        .attach(web::request_id::RequestLog)
        .attach(web::headers::SecurityHeaders)
        .attach(web::compression::Compression)
        .attach(AdHoc::try_on_ignite("settings, templates and database", prepare))
        .attach(AdHoc::on_liftoff("listening", |rocket| {
            Box::pin(async move {
                let config = rocket.config();
                tracing::info!(address = %config.address, port = config.port, "careers portal listening");
                start_background_work(rocket);
            })
        }))
        .register("/", web::catchers());
    for (base, routes) in web::mounts() {
        app = app.mount(base.as_str(), routes);
    }
    app
}

async fn prepare(rocket: Rocket<Build>) -> fairing::Result {
    let settings = match Settings::from_figment(rocket.figment()) {
        Ok(settings) => settings,
        Err(error) => {
            tracing::error!(%error, "cannot start");
            return Err(rocket);
        }
    };
    if let Err(error) = crate::i18n::check() {
        tracing::error!(%error, "cannot start: translations do not compile");
        return Err(rocket);
    }
    let views = match Views::load_with(settings.pseudo_localise) {
        Ok(views) => views,
        Err(error) => {
            tracing::error!(error = ?error, "cannot start: templates do not compile");
            return Err(rocket);
        }
    };
    let db = match store::connect(&settings).await {
        Ok(db) => db,
        Err(error) => {
            tracing::error!(%error, "cannot start: database unreachable");
            return Err(rocket);
        }
    };
    if let Err(error) = services::bootstrap::prepare(&db, settings.seed_demo).await {
        tracing::error!(%error, "cannot start: database not prepared");
        return Err(rocket);
    }
    let uploads = match UploadsFolder::open(settings.uploads_dir.clone()) {
        Ok(folder) => folder,
        Err(error) => {
            tracing::error!(%error, "cannot start: uploads folder unusable");
            return Err(rocket);
        }
    };
    let mailer =
        match services::mail::mailer(settings.smtp_url.as_deref(), settings.outbox_dir.clone()) {
            Ok(mailer) => mailer,
            Err(error) => {
                tracing::error!(%error, "cannot start: mail");
                return Err(rocket);
            }
        };
    let scanner = match Scanner::new() {
        Ok(scanner) => scanner,
        Err(error) => {
            tracing::error!(%error, "cannot start: sensitive-data phrase lists");
            return Err(rocket);
        }
    };
    let hasher = match services::passwords::PasswordHasher::start(
        settings.argon2_memory_kib,
        settings.argon2_iterations,
        settings.argon2_threads,
        settings.argon2_queue,
    ) {
        Ok(hasher) => hasher,
        Err(error) => {
            tracing::error!(%error, "cannot start: password hashing");
            return Err(rocket);
        }
    };
    let reader = match settings
        .resume_reader
        .clone()
        .map_or_else(std::env::current_exe, Ok)
    {
        Ok(program) => program,
        Err(error) => {
            tracing::error!(%error, "cannot start: no program to read resumes with");
            return Err(rocket);
        }
    };
    let malware = match settings.clamav_address() {
        Ok(address) => services::malware::MalwareScanning(address.map(|address| {
            services::malware::Scanner::new(
                address,
                std::time::Duration::from_secs(settings.clamav_timeout_seconds.max(1)),
                settings.clamav_fail_open,
            )
        })),
        Err(error) => {
            tracing::error!(%error, "cannot start");
            return Err(rocket);
        }
    };
    // The provider is read at the first sign-in, not here: a provider that is down must
    // not keep the portal (and its break-glass passwords) from starting.
    let single_sign_on = match settings.single_sign_on() {
        Ok(configured) => match configured.map(services::single_sign_on::Provider::new) {
            Some(Ok(provider)) => SingleSignOn(Some(Arc::new(provider))),
            Some(Err(error)) => {
                tracing::error!(%error, "cannot start: single sign-on");
                return Err(rocket);
            }
            None => SingleSignOn(None),
        },
        Err(error) => {
            tracing::error!(%error, "cannot start");
            return Err(rocket);
        }
    };
    let passkeys = match services::passkeys::Passkeys::new(&settings.public_url) {
        Ok(passkeys) => passkeys,
        Err(error) => {
            tracing::error!(%error, "cannot start: passkeys");
            return Err(rocket);
        }
    };
    let keys = Keys::from_figment(rocket.figment());
    let setup = services::accounts::FirstAdminSetup::new(&keys);
    match setup.is_open(&db, setup.token()).await {
        // On the console only, as docs/product.md, staff asks: never in the structured log.
        Ok(true) => eprintln!(
            "\nNo HR admin account exists yet. Create the first one at this one-time link:\n\n    {}/staff/setup/{}\n",
            settings.base_url(),
            setup.token()
        ),
        Ok(false) => {}
        Err(error) => {
            tracing::error!(%error, "cannot start: staff accounts unreadable");
            return Err(rocket);
        }
    }
    Ok(rocket
        .manage(hasher)
        .manage(setup)
        .manage(settings)
        .manage(views)
        .manage(db)
        .manage(keys)
        .manage(Resumes(Arc::new(uploads)))
        .manage(Mailers(Arc::from(mailer)))
        .manage(Extractor::new(reader))
        .manage(malware)
        .manage(single_sign_on)
        .manage(passkeys)
        .manage(web::public_cache::PublicCache::default())
        .manage(scanner))
}

/// Runs the retention sweep every `sweep_interval` seconds, the first one a minute after
/// start, followed by the talent-pool reminders. Another instance's sweep holding the
/// lock is not an error: that one does the work.
fn start_sweeps(
    rocket: &Rocket<rocket::Orbit>,
    settings: Settings,
    keys: Keys,
    db: sea_orm::DatabaseConnection,
    files: Arc<dyn store::files::ResumeStore>,
) {
    let mut shutdown = rocket.shutdown();
    let period = std::time::Duration::from_secs(settings.sweep_interval.max(60));
    rocket::tokio::spawn(async move {
        // The templates are compiled into the binary: this task keeps its own copy.
        let views = match Views::load() {
            Ok(views) => views,
            Err(error) => {
                tracing::error!(error = ?error, "retention sweeps not started: templates");
                return;
            }
        };
        let start = rocket::tokio::time::Instant::now() + std::time::Duration::from_secs(60);
        let mut tick = rocket::tokio::time::interval_at(start, period);
        tick.set_missed_tick_behavior(rocket::tokio::time::MissedTickBehavior::Delay);
        loop {
            rocket::tokio::select! {
                _ = tick.tick() => {}
                _ = &mut shutdown => break,
            }
            let mailing = services::accounts::Mailing {
                views: &views,
                settings: &settings,
            };
            let by = services::retention::Sweeper::system();
            let now = chrono::Utc::now();
            let outcome = services::retention::sweep_and_complete(
                &db,
                files.as_ref(),
                mailing,
                now,
                &by,
                &mut |_, _| {},
            )
            .await;
            match outcome {
                Ok(summary) => tracing::info!(
                    examined = summary.examined,
                    anonymised = summary.anonymised,
                    deleted = summary.deleted,
                    held = summary.held,
                    requests_completed = summary.requests_completed,
                    errors = summary.errors,
                    "retention sweep done"
                ),
                Err(services::retention::SweepError::AlreadyRunning) => {
                    tracing::info!("retention sweep skipped: another one is running");
                }
                Err(error) => tracing::error!(%error, "retention sweep failed"),
            }
            match services::privacy::send_talent_pool_reminders(&db, mailing, &keys, now).await {
                Ok(sent) if sent > 0 => tracing::info!(sent, "talent-pool reminders queued"),
                Ok(_) => {}
                Err(error) => tracing::error!(%error, "talent-pool reminders failed"),
            }
        }
    });
}

/// The mailer, shared with the background loop.
pub struct Mailers(pub Arc<dyn services::mail::Mailer>);

/// Starts the outbox sender, the scorecard reminders and the clean-up of expired
/// reviews, rate-limit windows, ended staff sessions, old failed sign-ins and orphaned
/// upload files.
fn start_background_work(rocket: &Rocket<rocket::Orbit>) {
    let (Some(settings), Some(db), Some(resumes), Some(mailers)) = (
        rocket.state::<Settings>(),
        rocket.state::<sea_orm::DatabaseConnection>(),
        rocket.state::<Resumes>(),
        rocket.state::<Mailers>(),
    ) else {
        return;
    };
    if !settings.run_background_jobs {
        return;
    }
    let keys = rocket
        .state::<Keys>()
        .cloned()
        .unwrap_or_else(|| Keys::from_figment(rocket.figment()));
    start_sweeps(
        rocket,
        settings.clone(),
        keys,
        db.clone(),
        resumes.0.clone(),
    );
    let (db, store, mailer) = (db.clone(), resumes.0.clone(), mailers.0.clone());
    let settings = settings.clone();
    let mut shutdown = rocket.shutdown();
    rocket::tokio::spawn(async move {
        // The templates are compiled into the binary: this task keeps its own copy.
        let views = match Views::load() {
            Ok(views) => views,
            Err(error) => {
                tracing::error!(error = ?error, "background work not started: templates");
                return;
            }
        };
        let mut tick = rocket::tokio::time::interval(std::time::Duration::from_secs(5));
        let mut rounds: u64 = 0;
        loop {
            rocket::tokio::select! {
                _ = tick.tick() => {}
                _ = &mut shutdown => break,
            }
            let now = chrono::Utc::now();
            if let Err(error) = services::mail::deliver_due(&db, mailer.as_ref(), now).await {
                tracing::error!(%error, "outbox round failed");
            }
            rounds += 1;
            if rounds.is_multiple_of(12) {
                if let Err(error) = services::apply::purge_expired(&db, store.as_ref(), now).await {
                    tracing::error!(%error, "purging expired reviews failed");
                }
                if let Err(error) = store::throttle::forget_old(&db, now).await {
                    tracing::error!(%error, "forgetting old rate-limit windows failed");
                }
                if let Err(error) = store::sessions::forget_ended(&db, now).await {
                    tracing::error!(%error, "forgetting ended staff sessions failed");
                }
                if let Err(error) = store::login_attempts::forget_old(&db, now).await {
                    tracing::error!(%error, "forgetting old failed sign-ins failed");
                }
                if let Err(error) = services::privacy::forget_expired(&db, now).await {
                    tracing::error!(%error, "forgetting expired privacy requests failed");
                }
                let mailing = services::accounts::Mailing {
                    views: &views,
                    settings: &settings,
                };
                match services::interviews::send_scorecard_reminders(&db, mailing, now).await {
                    Ok(sent) if sent > 0 => tracing::info!(sent, "scorecard reminders queued"),
                    Ok(_) => {}
                    Err(error) => tracing::error!(%error, "scorecard reminders failed"),
                }
            }
            // Hourly, from the first round: files left by uploads a crash interrupted.
            if rounds % 720 == 1 {
                match services::reconcile::reconcile(
                    &db,
                    store.as_ref(),
                    std::time::SystemTime::now(),
                )
                .await
                {
                    Ok(report) if !report.removed.is_empty() || !report.missing.is_empty() => {
                        tracing::warn!(
                            removed = report.removed.len(),
                            missing = report.missing.len(),
                            "uploads reconciled"
                        );
                    }
                    Ok(_) => {}
                    Err(error) => tracing::error!(%error, "reconciling uploads failed"),
                }
            }
        }
    });
}
