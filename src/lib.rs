//! careers: a self-hosted careers portal and applicant-tracking system.
//!
//! [`rocket`] is the one place the application is assembled; `main` and the tests both
//! call it.

pub mod cli;
pub mod config;
pub mod domain;
pub mod entities;
pub mod error;
pub mod services;
pub mod store;
pub mod web;

use rocket::fairing::{self, AdHoc};
use rocket::figment::Figment;
use rocket::shield::Shield;
use rocket::{Build, Rocket};

use config::Settings;
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
        .attach(AdHoc::try_on_ignite("settings, templates and database", prepare))
        .attach(AdHoc::on_liftoff("listening", |rocket| {
            Box::pin(async move {
                let config = rocket.config();
                tracing::info!(address = %config.address, port = config.port, "careers portal listening");
            })
        }))
        .register("/", web::catchers());
    for (base, routes) in web::mounts() {
        app = app.mount(base, routes);
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
    let views = match Views::load() {
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
    Ok(rocket.manage(settings).manage(views).manage(db))
}
