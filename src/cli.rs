//! The command line (SPEC §8): `careers [serve | migrate | seed-demo]`. Exit status 0 on
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
        EnvFilter::new("info,rocket=off,_=off,sqlx=warn,sea_orm=warn,hyper=warn")
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

/// The configured database, for verbs that run without the server.
async fn connect() -> Result<sea_orm::DatabaseConnection, Box<dyn std::error::Error + Send + Sync>>
{
    let settings = Settings::from_figment(&config::figment()?)?;
    Ok(store::connect(&settings).await?)
}
