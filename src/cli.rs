//! The command line (docs/product.md, running it): `careers [serve | migrate | seed-demo | user create |
//! uploads reconcile]`. Exit status 0 on success; otherwise a one-line reason on stderr
//! and status 1.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::config::{self, Settings};
use crate::domain::resume::ResumeKind;
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
    /// Staff accounts.
    User {
        #[command(subcommand)]
        action: UserAction,
    },
    /// Retention of applications (docs/product.md, retention and privacy requests).
    Retention {
        #[command(subcommand)]
        action: RetentionAction,
    },
    /// Resume files.
    Uploads {
        #[command(subcommand)]
        action: UploadsAction,
    },
    /// Internal: the server's child process that reads one resume (pdf or docx) from
    /// standard input and writes its text, under memory and CPU limits.
    #[command(hide = true)]
    ReadResume {
        /// pdf or docx.
        #[arg(value_parser = parse_parsed_kind)]
        kind: ResumeKind,
    },
}

#[derive(Debug, Subcommand)]
enum UserAction {
    /// Create a staff account; prints a one-time link to choose the password unless
    /// `--password-stdin` gives it.
    Create {
        /// The person's work email (their sign-in).
        #[arg(long)]
        email: String,
        /// hiring_manager, recruiter or hr_admin.
        #[arg(long)]
        role: String,
        /// Affiliate codes (US, EMEA, APAC, …); repeat or list several.
        #[arg(long = "affiliate", num_args = 1..)]
        affiliates: Vec<String>,
        /// The name shown in the portal (default: the part of the email before @).
        #[arg(long)]
        name: Option<String>,
        /// Read the password from standard input instead of printing a setup link.
        #[arg(long)]
        password_stdin: bool,
    },
}

#[derive(Debug, Subcommand)]
enum RetentionAction {
    /// Anonymise or delete every application that is due; prints a summary.
    Run {
        /// Only count what would be done; change nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Debug, Subcommand)]
enum UploadsAction {
    /// Remove files no row refers to (older than an hour) and report rows whose file is missing.
    Reconcile,
}

/// The kinds of resume that need a parser (text is read in the server).
fn parse_parsed_kind(raw: &str) -> Result<ResumeKind, String> {
    ResumeKind::parse(raw)
        .filter(|kind| *kind != ResumeKind::Text)
        .ok_or_else(|| "pdf or docx".to_owned())
}

type CliResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

/// Parses the arguments, runs the verb and turns the outcome into an exit status.
pub fn run() -> ExitCode {
    let command = Cli::parse().command.unwrap_or(Command::Serve);
    if !matches!(command, Command::ReadResume { .. }) {
        init_logging();
    }
    let outcome = match command {
        // Without logging: nothing from a resume may reach a log.
        Command::ReadResume { kind } => return services::resume_reader::child_main(kind),
        Command::Serve => serve(),
        Command::Migrate => rocket::execute(async {
            store::migrate(&connect().await?).await?;
            println!("migrations applied");
            Ok(())
        }),
        Command::Uploads {
            action: UploadsAction::Reconcile,
        } => rocket::execute(reconcile()),
        Command::Retention {
            action: RetentionAction::Run { dry_run },
        } => rocket::execute(retention_run(dry_run)),
        Command::User {
            action:
                UserAction::Create {
                    email,
                    role,
                    affiliates,
                    name,
                    password_stdin,
                },
        } => rocket::execute(create_user(email, role, affiliates, name, password_stdin)),
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
/// request log names the route pattern instead. `RUST_LOG` adjusts levels, but never
/// brings back the lines Rocket's route macros log from our modules (target `…::_`):
/// they quote the raw value of a form field or path segment that failed to parse.
fn init_logging() {
    use tracing_subscriber::prelude::*;
    use tracing_subscriber::{EnvFilter, filter::filter_fn, fmt};
    let levels = EnvFilter::try_from_default_env().unwrap_or_else(|_| {
        EnvFilter::new("info,rocket=off,_=off,sqlx=warn,sea_orm=warn,sea_orm_migration=warn,hyper=warn,lopdf=error")
    });
    let not_route_guards = filter_fn(|meta| !meta.target().ends_with("::_"));
    // Fails only if a subscriber is already set (tests): then that one is used.
    let _already_set = tracing_subscriber::registry()
        .with(
            fmt::layer()
                .with_writer(std::io::stderr)
                // Colours only on a terminal: not as escape codes in a log file.
                .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
                .with_filter(not_route_guards),
        )
        .with(levels)
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

async fn retention_run(dry_run: bool) -> CliResult {
    use std::io::{IsTerminal, Write};
    let settings = Settings::from_figment(&config::figment()?)?;
    let db = connect_migrated(&settings).await?;
    let uploads = store::files::UploadsFolder::open(settings.uploads_dir.clone())?;
    let terminal = std::io::stderr().is_terminal();
    let mut progress = |done: u64, total: u64| {
        if terminal {
            let filled = (done * 30).checked_div(total).unwrap_or(30) as usize;
            eprint!(
                "\r[{}{}] {done}/{total} applications",
                "#".repeat(filled),
                " ".repeat(30 - filled.min(30))
            );
            let _ignored = std::io::stderr().flush();
        }
    };
    let by = services::retention::Sweeper::system();
    let started = std::time::Instant::now();
    let now = chrono::Utc::now();
    let summary = if dry_run {
        services::retention::sweep(&db, &uploads, now, true, &by, &mut progress).await?
    } else {
        let views = crate::views::Views::load().map_err(|e| format!("templates: {e:?}"))?;
        let mailing = services::accounts::Mailing {
            views: &views,
            settings: &settings,
        };
        services::retention::sweep_and_complete(&db, &uploads, mailing, now, &by, &mut progress)
            .await?
    };
    if terminal {
        eprintln!();
    }
    println!(
        "{}examined {}, anonymised {}, deleted {}, held {}, stale {}, files removed {}, errors {} in {:.1} s",
        if dry_run {
            "dry run (nothing changed): "
        } else {
            ""
        },
        summary.examined,
        summary.anonymised,
        summary.deleted,
        summary.held,
        summary.stale,
        summary.files_removed,
        summary.errors,
        started.elapsed().as_secs_f64()
    );
    if summary.errors > 0 {
        return Err(format!(
            "{} resume files could not be removed; they stay listed for the next run",
            summary.errors
        )
        .into());
    }
    Ok(())
}

async fn create_user(
    email: String,
    role: String,
    affiliate_codes: Vec<String>,
    name: Option<String>,
    password_stdin: bool,
) -> CliResult {
    use crate::domain::audit::Actor;
    use crate::domain::staff::{LinkPurpose, NewPassword, Role, StaffEmail, parse_display_name};
    use crate::services::accounts;
    use crate::store::audit::Occasion;

    let settings = Settings::from_figment(&config::figment()?)?;
    let email = StaffEmail::parse(&email)?;
    let role = Role::parse(&role).ok_or("--role must be hiring_manager, recruiter or hr_admin")?;
    let name = name.unwrap_or_else(|| {
        email
            .as_str()
            .split('@')
            .next()
            .unwrap_or_default()
            .to_owned()
    });
    let display_name = parse_display_name(&name)?;
    let password = if password_stdin {
        let mut typed = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut typed)?;
        let typed = typed.strip_suffix('\n').unwrap_or(&typed);
        let typed = typed.strip_suffix('\r').unwrap_or(typed);
        Some(NewPassword::parse(typed)?)
    } else {
        None
    };
    let db = store::connect(&settings).await?;
    // The affiliates are part of a fresh install: the first account may come before the
    // first start of the server.
    services::bootstrap::prepare(&db, false).await?;
    let known = store::affiliates::all(&db).await?;
    let mut affiliates = Vec::new();
    for code in affiliate_codes.iter().flat_map(|c| c.split(',')) {
        let found = known
            .iter()
            .find(|a| a.code.eq_ignore_ascii_case(code.trim()))
            .ok_or_else(|| format!("no affiliate has the code {:?}", code.trim()))?;
        affiliates.push(found.id);
    }
    affiliates.sort_unstable();
    affiliates.dedup();
    if affiliates.is_empty() && !role.sees_all_affiliates() {
        return Err("hiring managers and recruiters need at least one --affiliate".into());
    }
    let hash = match &password {
        Some(password) => {
            let hasher = services::passwords::PasswordHasher::start(
                settings.argon2_memory_kib,
                settings.argon2_iterations,
                1,
                1,
            )?;
            Some(hasher.hash(password.expose()).await?)
        }
        None => None,
    };
    let new = store::staff::NewStaffUser {
        email,
        display_name,
        role,
        affiliates,
    };
    let now = chrono::Utc::now();
    let user = accounts::create_user(&db, &new, hash, &Actor::System, Occasion::unattended(now))
        .await?
        .ok_or("a staff account with this email exists already")?;
    if password.is_some() {
        println!(
            "created {} ({}); they can sign in now",
            user.email,
            role.as_str()
        );
    } else {
        let token = accounts::issue_link(&db, user.id, LinkPurpose::Setup, now).await?;
        store::audit::record(
            &db,
            store::audit::Event::new(Actor::System, crate::domain::audit::Action::SetupLinkIssued)
                .on(crate::domain::audit::Subject::staff_user(user.id)),
            Occasion::unattended(now),
        )
        .await?;
        println!(
            "created {} ({}); they choose a password at this one-time link (valid {} hours):\n{}",
            user.email,
            role.as_str(),
            LinkPurpose::Setup.lifetime().num_hours(),
            accounts::link_url(&settings, &token)
        );
    }
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
