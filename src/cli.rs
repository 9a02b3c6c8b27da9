//! The command line (SPEC §8): `careers [serve | migrate | seed-demo | uploads reconcile]`. Exit status 0 on
//! success; otherwise a one-line reason on stderr and status 1.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::config::{self, Settings};
use crate::{services, store};

#[derive(Debug, Parser)]
#[command(
    name = "careers",
    version,
    about = "Careers portal and applicant-tracking system"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Serve the portal (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Create the affiliates and demo jobs on an empty database.
    SeedDemo,
    /// Resume files.
    Uploads {
        #[command(subcommand)]
        action: UploadsAction,
    },
}

#[derive(Debug, Subcommand)]
enum UploadsAction {
    /// Remove files no row refers to (older than an hour) and report rows whose file is missing.
    Reconcile,
}

type CliResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

/// Parses the arguments, runs the verb and turns the outcome into an exit status.
pub fn run() -> ExitCode {
    let cli = Cli::parse();
    init_logging();
    let outcome = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(),
        Command::Migrate => rocket::execute(async {
            store::migrate(&connect().await?).await?;
            println!("migrations applied");
            Ok(())
        }),
        Command::Uploads {
            action: UploadsAction::Reconcile,
        } => rocket::execute(reconcile()),
        Command::SeedDemo => rocket::execute(async {
            services::bootstrap::prepare(&connect().await?, true).await?;
            println!("affiliates and demo jobs are in place");
            Ok(())
        }),
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("careers: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Structured logs on stderr. Rocket's own log lines are silenced because they print
/// raw request paths and query strings, which may hold personal data or tokens; our
/// request log names the route pattern instead. `RUST_LOG` overrides.
fn init_logging() {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| {
        EnvFilter::new("info,rocket=off,_=off,sqlx=warn,sea_orm=warn,sea_orm_migration=warn,hyper=warn,lopdf=error")
    });
    // Fails only if a subscriber is already set (tests): then that one is used.
    let _already_set = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

fn serve() -> CliResult {
    let figment = config::figment()?;
    rocket::execute(crate::rocket(figment).launch())?;
    Ok(())
}

async fn reconcile() -> CliResult {
    let settings = Settings::from_figment(&config::figment()?)?;
    let db = connect_migrated(&settings).await?;
    let uploads = store::files::UploadsFolder::open(settings.uploads_dir.clone())?;
    let report =
        services::reconcile::reconcile(&db, &uploads, std::time::SystemTime::now()).await?;
    println!("examined {} files", report.files);
    for name in &report.removed {
        println!("removed orphan file {name}");
    }
    for key in &report.missing {
        println!("MISSING file {key} (a row refers to it)");
    }
    println!(
        "removed {}, kept {} recent unreferenced, missing {}",
        report.removed.len(),
        report.too_recent.len(),
        report.missing.len()
    );
    Ok(())
}

/// The database, with the schema brought up to date as the server does at start.
async fn connect_migrated(
    settings: &Settings,
) -> Result<sea_orm::DatabaseConnection, Box<dyn std::error::Error + Send + Sync>> {
    let db = store::connect(settings).await?;
    store::migrate(&db).await?;
    Ok(db)
}

/// The configured database, for verbs that run without the server.
async fn connect() -> Result<sea_orm::DatabaseConnection, Box<dyn std::error::Error + Send + Sync>>
{
    let settings = Settings::from_figment(&config::figment()?)?;
    Ok(store::connect(&settings).await?)
}
