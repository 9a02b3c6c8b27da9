//! A real clamd for the malware-scan tests: Debian's daemon (installed by
//! `tests/support/install-clamd.sh` when missing), started per test in the foreground on
//! a socket of its own, with the small signature file of `tests/fixtures/clamav/` (it
//! holds the EICAR test signature: there is no network for freshclam here). Killed when
//! dropped.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use tempfile::TempDir;

/// A running clamd.
pub struct Clamd {
    child: Child,
    dir: TempDir,
    /// `unix:…`, for `CAREERS_CLAMAV_URL`.
    pub unix_url: String,
    /// `tcp://127.0.0.1:<port>`.
    pub tcp_url: String,
}

/// The EICAR test file, put together at run time so no file of the repository is one.
pub fn eicar() -> Vec<u8> {
    let halves = [
        r"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-",
        "STANDARD-ANTIVIRUS-TEST-FILE!$H+H*",
    ];
    halves.concat().into_bytes()
}

fn install() {
    static INSTALLED: OnceLock<()> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        let script = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/support/install-clamd.sh"
        );
        let status = Command::new("bash")
            .arg(script)
            .status()
            .expect("run install-clamd.sh");
        assert!(status.success(), "clamav-daemon could not be installed");
    });
}

fn clamd_program() -> PathBuf {
    ["/usr/sbin/clamd", "/usr/local/sbin/clamd"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
        .unwrap_or_else(|| PathBuf::from("clamd"))
}

impl Clamd {
    /// Starts clamd and waits until it answers on both sockets.
    pub fn start() -> Self {
        install();
        let dir = tempfile::tempdir().expect("clamd dir");
        let db = dir.path().join("db");
        std::fs::create_dir(&db).expect("db dir");
        std::fs::copy(
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/tests/fixtures/clamav/careers-test.ndb"
            ),
            db.join("careers-test.ndb"),
        )
        .expect("signatures");
        let socket = dir.path().join("clamd.sock");
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("free port")
            .port();
        let config = dir.path().join("clamd.conf");
        std::fs::write(
            &config,
            format!(
                "Foreground yes\nDatabaseDirectory {}\nLocalSocket {}\nTCPSocket {port}\nTCPAddr 127.0.0.1\n\
                 TemporaryDirectory {}\nPidFile {}\nLogFile {}\n",
                db.display(),
                socket.display(),
                dir.path().display(),
                dir.path().join("clamd.pid").display(),
                dir.path().join("clamd.log").display(),
            ),
        )
        .expect("config");
        let child = Command::new(clamd_program())
            .arg("-c")
            .arg(&config)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start clamd");
        let clamd = Self {
            child,
            unix_url: format!("unix:{}", socket.display()),
            tcp_url: format!("tcp://127.0.0.1:{port}"),
            dir,
        };
        clamd.wait_until_answering(&socket, port);
        clamd
    }

    fn wait_until_answering(&self, socket: &std::path::Path, port: u16) {
        let deadline = Instant::now() + Duration::from_secs(60);
        let pong = |stream: &mut dyn ReadWrite| {
            stream.write_all(b"zPING\0").ok()?;
            let mut reply = [0u8; 5];
            stream.read_exact(&mut reply).ok()?;
            (&reply == b"PONG\0").then_some(())
        };
        loop {
            let unix = std::os::unix::net::UnixStream::connect(socket)
                .ok()
                .and_then(|mut s| pong(&mut s));
            let tcp = std::net::TcpStream::connect(("127.0.0.1", port))
                .ok()
                .and_then(|mut s| pong(&mut s));
            if unix.is_some() && tcp.is_some() {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "clamd did not start: {}",
                std::fs::read_to_string(self.dir.path().join("clamd.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Kills clamd (its socket file stays, refusing connections).
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

trait ReadWrite: std::io::Read + std::io::Write {}
impl<T: std::io::Read + std::io::Write> ReadWrite for T {}

impl Drop for Clamd {
    fn drop(&mut self) {
        self.kill();
    }
}
