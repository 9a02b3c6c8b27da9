//! A real `careers serve` process on a test's database and folders, and plain HTTP to it.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::apply::hidden;
use crate::helpers::{Multipart, TestApp};

pub struct Server {
    child: Child,
    pub port: u16,
}

impl Server {
    /// Starts `careers serve` on the test's database and folders, and waits for it.
    pub fn start(app: &TestApp, background_jobs: bool) -> Self {
        Self::start_with_log(app, background_jobs, Some("off"))
    }

    /// The same, logging at `rust_log` (`None`: the portal's default levels).
    pub fn start_with_log(app: &TestApp, background_jobs: bool, rust_log: Option<&str>) -> Self {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("free port")
            .port();
        let mut command = Command::new(env!("CARGO_BIN_EXE_careers"));
        match rust_log {
            Some(levels) => command.env("RUST_LOG", levels),
            None => command.env_remove("RUST_LOG"),
        };
        let child = command
            .arg("serve")
            .env_remove("ROCKET_PROFILE")
            .env("ROCKET_ADDRESS", "127.0.0.1")
            .env("ROCKET_PORT", port.to_string())
            .env("ROCKET_SECRET_KEY", "0123456789abcdef".repeat(4))
            .env("CAREERS_DATABASE_URL", &app.database_url)
            .env("CAREERS_UPLOADS_DIR", app.uploads())
            .env("CAREERS_OUTBOX_DIR", app.outbox())
            .env("CAREERS_MIN_FILL_SECONDS", "0")
            .env("CAREERS_APPLY_RATE_LIMIT", "0")
            .env("CAREERS_RUN_BACKGROUND_JOBS", background_jobs.to_string())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start careers serve");
        let mut server = Self { child, port };
        let started = Instant::now();
        while http(
            port,
            b"GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n",
        )
        .is_none_or(|(status, _, _)| status != 200)
        {
            if let Some(status) = server.child.try_wait().expect("wait") {
                let mut log = String::new();
                if let Some(mut stderr) = server.child.stderr.take() {
                    let _ = stderr.read_to_string(&mut log);
                }
                panic!("careers serve exited with {status}: {log}");
            }
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "server did not start"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        server
    }

    pub fn kill(mut self) {
        self.child.kill().expect("SIGKILL");
        self.child.wait().expect("reaped");
    }

    /// Stops the server with SIGTERM, so it finishes what it was writing, and gives what
    /// it logged.
    pub fn stop_and_read_log(mut self) -> String {
        let terminated = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("kill -TERM");
        assert!(terminated.success());
        let started = Instant::now();
        while self.child.try_wait().expect("wait").is_none() {
            if started.elapsed() > Duration::from_secs(30) {
                self.child.kill().expect("SIGKILL");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let mut log = String::new();
        if let Some(mut stderr) = self.child.stderr.take() {
            stderr.read_to_string(&mut log).expect("log");
        }
        log
    }
}

/// One request on its own connection: status, headers, body; `None` if the connection
/// failed (the server is gone).
pub fn http(port: u16, request: &[u8]) -> Option<(u16, String, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .ok()?;
    stream.write_all(request).ok()?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).ok()?;
    let text = String::from_utf8_lossy(&answer);
    let (head, body) = text.split_once("\r\n\r\n")?;
    let status = head.split_whitespace().nth(1)?.parse().ok()?;
    // A server killed mid-answer closes the connection cleanly: a cut-off body is no answer.
    let length = head.lines().find_map(|line| {
        let (name, value) = line.split_once(':')?;
        name.eq_ignore_ascii_case("content-length")
            .then(|| value.trim().parse::<usize>().ok())?
    });
    if length.is_some_and(|length| body.len() < length) {
        return None;
    }
    Some((status, head.to_owned(), body.to_owned()))
}

/// The apply form's cookie line and filled multipart body for this applicant, the fields
/// in a browser's order (some after the file).
pub fn application_form(
    port: u16,
    slug: &str,
    email: &str,
    resume: &[u8],
) -> Option<(String, Vec<u8>)> {
    let get = format!("GET /jobs/{slug}/apply HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n");
    let (status, head, page) = http(port, get.as_bytes())?;
    assert_eq!(status, 200);
    let cookies: Vec<&str> = head
        .lines()
        .filter_map(|line| line.split_once(':'))
        .filter(|(name, _)| name.eq_ignore_ascii_case("set-cookie"))
        .map(|(_, cookie)| cookie.trim())
        .filter_map(|cookie| cookie.split(';').next())
        .collect();
    let form = Multipart::default()
        .text("csrf_token", &hidden(&page, "csrf_token"))
        .text("form_started", &hidden(&page, "form_started"))
        .text("website", "")
        .text("full_name", "Crash Test Applicant")
        .text("email", email)
        .text("country", "US")
        .text("date_of_birth", "1990-04-23")
        .file("resume", "cv.txt", resume)
        .text("cover_letter", "Hello.")
        .text("consent_privacy", "yes");
    Some((cookies.join("; "), form.body()))
}

pub fn post_head(slug: &str, cookie: &str, form: &Multipart, length: usize) -> String {
    format!(
        "POST /jobs/{slug}/apply HTTP/1.1\r\nHost: t\r\nConnection: close\r\nCookie: {cookie}\r\n\
         Content-Type: multipart/form-data; boundary={}\r\nContent-Length: {length}\r\n\r\n",
        form.boundary()
    )
}
