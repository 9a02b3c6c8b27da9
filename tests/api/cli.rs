//! The `careers` binary's verbs: exit status and one-line reasons.

use std::process::{Command, Output};

fn careers(args: &[&str], envs: &[(&str, String)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_careers"));
    command
        .args(args)
        .env("RUST_LOG", "off")
        .env_remove("ROCKET_PROFILE")
        .env_remove("CAREERS_DATABASE_URL");
    for (key, value) in envs {
        command.env(key, value);
    }
    command.output().expect("run careers")
}

#[test]
fn migrate_and_seed_demo_succeed_on_a_new_database_and_can_run_again() {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!("sqlite:{}", dir.path().join("nested/careers.db").display());
    let env = [("CAREERS_DATABASE_URL", url)];
    for verb in ["migrate", "migrate", "seed-demo", "seed-demo"] {
        let output = careers(&[verb], &env);
        assert!(
            output.status.success(),
            "{verb}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    assert!(
        dir.path().join("nested/careers.db").exists(),
        "the database folder is created"
    );
}

#[test]
fn an_unknown_verb_fails_with_a_reason() {
    let output = careers(&["hire-everyone"], &[]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("unrecognized subcommand"));
}

#[test]
fn an_unreachable_database_fails_with_one_line() {
    let env = [(
        "CAREERS_DATABASE_URL",
        "postgres://nobody@127.0.0.1:1/none".to_owned(),
    )];
    let output = careers(&["migrate"], &env);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.starts_with("careers: "), "{stderr}");
}

#[test]
fn release_on_postgres_without_a_secret_key_refuses_to_start() {
    let env = [
        ("ROCKET_PROFILE", "release".to_owned()),
        (
            "CAREERS_DATABASE_URL",
            "postgres://127.0.0.1/careers".to_owned(),
        ),
    ];
    let output = careers(&["migrate"], &env);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("ROCKET_SECRET_KEY"));
}

#[test]
fn uploads_reconcile_reports_on_an_empty_install() {
    let dir = tempfile::tempdir().expect("temp dir");
    let env = [
        (
            "CAREERS_DATABASE_URL",
            format!("sqlite:{}", dir.path().join("careers.db").display()),
        ),
        (
            "CAREERS_UPLOADS_DIR",
            dir.path().join("uploads").display().to_string(),
        ),
    ];
    let output = careers(&["uploads", "reconcile"], &env);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("examined 0 files"), "{stdout}");
    assert!(
        stdout.contains("removed 0, kept 0 recent unreferenced, missing 0"),
        "{stdout}"
    );
}

fn careers_with_stdin(args: &[&str], envs: &[(&str, String)], stdin: &str) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut command = Command::new(env!("CARGO_BIN_EXE_careers"));
    command
        .args(args)
        .env("RUST_LOG", "off")
        .env_remove("ROCKET_PROFILE")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, value) in envs {
        command.env(key, value);
    }
    let mut child = command.spawn().expect("run careers");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("output")
}

#[test]
fn user_create_prints_a_setup_link_or_takes_the_password_from_stdin() {
    let dir = tempfile::tempdir().expect("temp dir");
    let env = [
        (
            "CAREERS_DATABASE_URL",
            format!("sqlite:{}", dir.path().join("careers.db").display()),
        ),
        (
            "CAREERS_PUBLIC_URL",
            "https://careers.example.test".to_owned(),
        ),
        ("CAREERS_ARGON2_MEMORY_KIB", "64".to_owned()),
        ("CAREERS_ARGON2_ITERATIONS", "1".to_owned()),
    ];
    let linked = careers(
        &[
            "user",
            "create",
            "--email",
            "HM@Panopto.test",
            "--role",
            "hiring_manager",
            "--affiliate",
            "US",
            "emea",
        ],
        &env,
    );
    let stdout = String::from_utf8_lossy(&linked.stdout);
    assert!(
        linked.status.success(),
        "{}",
        String::from_utf8_lossy(&linked.stderr)
    );
    assert!(
        stdout.contains("created hm@panopto.test (hiring_manager)"),
        "{stdout}"
    );
    let link = regex::Regex::new(r"https://careers\.example\.test/staff/password/[0-9a-f]{64}")
        .expect("regex");
    assert!(link.is_match(&stdout), "{stdout}");

    let typed = careers_with_stdin(
        &[
            "user",
            "create",
            "--email",
            "hr@panopto.test",
            "--role",
            "hr_admin",
            "--password-stdin",
        ],
        &env,
        "a strong password here\n",
    );
    assert!(
        typed.status.success(),
        "{}",
        String::from_utf8_lossy(&typed.stderr)
    );
    assert!(!link.is_match(&String::from_utf8_lossy(&typed.stdout)));

    for (args, stdin, reason) in [
        (
            vec!["--email", "hr@panopto.test", "--role", "hr_admin"],
            "",
            "exists already",
        ),
        (
            vec!["--email", "x@panopto.test", "--role", "boss"],
            "",
            "--role must be",
        ),
        (
            vec![
                "--email",
                "not-an-email",
                "--role",
                "recruiter",
                "--affiliate",
                "US",
            ],
            "",
            "valid email",
        ),
        (
            vec![
                "--email",
                "x@panopto.test",
                "--role",
                "recruiter",
                "--affiliate",
                "MARS",
            ],
            "",
            "no affiliate has the code",
        ),
        (
            vec!["--email", "x@panopto.test", "--role", "recruiter"],
            "",
            "at least one --affiliate",
        ),
        (
            vec![
                "--email",
                "x@panopto.test",
                "--role",
                "hr_admin",
                "--password-stdin",
            ],
            "short\n",
            "at least 12 characters",
        ),
    ] {
        let mut full = vec!["user", "create"];
        full.extend(args);
        let output = careers_with_stdin(&full, &env, stdin);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(1), "{full:?}: {stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(stderr.contains(reason), "{full:?}: {stderr}");
    }
}
