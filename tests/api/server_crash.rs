//! A real `careers serve` killed with SIGKILL while applicants are submitting (complete
//! forms in flight, and one large resume half uploaded), then started again. What was
//! accepted is stored once with its file, nothing half-written is visible, every
//! confirmation mail queued before the crash is sent exactly once after the restart, and
//! the files left by the interrupted uploads are the only orphans, which the uploads
//! clean-up removes once they are an hour old.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::net::TcpStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime};

use careers::entities::{application, candidate, outbox_message, resume};
use careers::store::files::{ResumeStore, UploadsFolder};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::helpers::{Multipart, TestApp, on_each_backend};
use crate::real_server::{Server, application_form, http, post_head};

/// Applicants posting complete forms in a loop until the crash.
const CLIENTS: usize = 4;

/// Posts complete applications until `stop`, counting each acceptance in `answered`;
/// returns the emails that were accepted.
fn keep_applying(
    port: u16,
    slug: String,
    client: usize,
    stop: Arc<AtomicBool>,
    answered: Arc<AtomicUsize>,
) -> Vec<String> {
    let mut accepted = Vec::new();
    for n in 0.. {
        if stop.load(Ordering::Relaxed) {
            break;
        }
        let email = format!("c{client}n{n}@example.com");
        let resume = format!("Resume of applicant {client}/{n}. ").repeat(2000);
        let Some((cookie, body)) = application_form(port, &slug, &email, resume.as_bytes()) else {
            break;
        };
        let mut request = post_head(&slug, &cookie, &Multipart::default(), body.len()).into_bytes();
        request.extend_from_slice(&body);
        match http(port, &request) {
            Some((303, _, _)) => {
                accepted.push(email);
                answered.fetch_add(1, Ordering::Relaxed);
            }
            Some((status, _, body)) => panic!("{email}: {status} {body}"),
            None => break,
        }
    }
    accepted
}

/// Files in the uploads folder.
fn files(app: &TestApp) -> BTreeSet<String> {
    app.uploaded_files().into_iter().collect()
}

#[rocket::async_test]
async fn a_server_killed_mid_upload_loses_nothing_accepted_and_sends_each_mail_once() {
    on_each_backend(async |app| {
        let job = app.add_job("Crash Test Engineer", |_| {}).await;
        let server = Server::start(app, false);
        let port = server.port;

        // One applicant sends half of an 8 MiB resume and stalls.
        let (cookie, body) =
            application_form(port, &job.slug, "slow@example.com", &vec![b'x'; 8 << 20])
                .expect("form");
        let mut slow = TcpStream::connect(("127.0.0.1", port)).expect("connect");
        slow.write_all(post_head(&job.slug, &cookie, &Multipart::default(), body.len()).as_bytes())
            .expect("head");
        slow.write_all(&body[..body.len() / 2])
            .expect("half the body");

        let stop = Arc::new(AtomicBool::new(false));
        let answered = Arc::new(AtomicUsize::new(0));
        let clients: Vec<_> = (0..CLIENTS)
            .map(|client| {
                let (slug, stop, answered) = (job.slug.clone(), stop.clone(), answered.clone());
                std::thread::spawn(move || keep_applying(port, slug, client, stop, answered))
            })
            .collect();
        // Kill once some applications are answered (a stored one may not be yet), with
        // others in flight.
        let started = Instant::now();
        while answered.load(Ordering::Relaxed) < 10 {
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "no application got in"
            );
            rocket::tokio::time::sleep(Duration::from_millis(20)).await;
        }
        server.kill();
        stop.store(true, Ordering::Relaxed);
        let accepted: Vec<String> = clients
            .into_iter()
            .flat_map(|c| c.join().expect("client"))
            .collect();
        drop(slow);

        // Every accepted applicant is stored once, whole: candidate, application, resume
        // row and its file. Nothing else is.
        let stored = application::Entity::find()
            .all(&app.db)
            .await
            .expect("applications");
        let resumes = resume::Entity::find().all(&app.db).await.expect("resumes");
        let people = candidate::Entity::find()
            .all(&app.db)
            .await
            .expect("candidates");
        assert!(accepted.len() >= 10, "{} accepted", accepted.len());
        assert!(
            stored.len() >= accepted.len() && stored.len() <= accepted.len() + CLIENTS,
            "{} stored, {} accepted (each client may have one committed but unanswered)",
            stored.len(),
            accepted.len()
        );
        let emails: BTreeSet<&str> = people.iter().map(|p| p.email.as_str()).collect();
        assert_eq!(emails.len(), stored.len(), "one person per application");
        for email in &accepted {
            assert!(
                emails.contains(email.as_str()),
                "{email} accepted but not stored"
            );
        }
        assert!(
            !emails.contains("slow@example.com"),
            "the half upload left no row"
        );
        assert_eq!(
            resumes.len(),
            stored.len(),
            "every application has its resume row"
        );
        let on_disk = files(app);
        for row in &resumes {
            assert!(on_disk.contains(&row.storage_key), "row without its file");
        }
        let orphans: Vec<&String> = on_disk
            .iter()
            .filter(|f| !resumes.iter().any(|r| &r.storage_key == *f))
            .collect();
        assert!(
            orphans.len() <= CLIENTS + 1,
            "only uploads in flight at the crash leave a file: {orphans:?}"
        );

        // After the restart, every confirmation queued before the crash goes exactly once.
        let queued = outbox_message::Entity::find()
            .count(&app.db)
            .await
            .expect("count");
        assert_eq!(
            queued as usize,
            stored.len(),
            "one confirmation per application"
        );
        let server = Server::start(app, true);
        let started = Instant::now();
        while outbox_message::Entity::find()
            .filter(outbox_message::Column::SentAt.is_null())
            .count(&app.db)
            .await
            .expect("count")
            > 0
        {
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "outbox not sent"
            );
            rocket::tokio::time::sleep(Duration::from_millis(200)).await;
        }
        server.kill();
        let mut per_address: BTreeMap<String, usize> = BTreeMap::new();
        for entry in std::fs::read_dir(app.outbox()).expect("outbox") {
            let path = entry.expect("entry").path();
            assert_eq!(
                path.extension().and_then(|e| e.to_str()),
                Some("eml"),
                "{path:?}"
            );
            let mail = std::fs::read_to_string(&path).expect("mail");
            let to = mail
                .lines()
                .find_map(|l| l.strip_prefix("To: "))
                .expect("To")
                .to_owned();
            *per_address.entry(to).or_default() += 1;
        }
        assert_eq!(per_address.len(), stored.len());
        assert!(per_address.values().all(|n| *n == 1), "{per_address:?}");

        // The interrupted uploads' files are removed by the clean-up once an hour old;
        // then files and rows match exactly.
        let store = UploadsFolder::open(app.uploads()).expect("store");
        let later = SystemTime::now() + Duration::from_secs(2 * 3600);
        careers::services::reconcile::reconcile(&app.db, &store as &dyn ResumeStore, later)
            .await
            .expect("reconcile");
        let keys: BTreeSet<String> = resumes.iter().map(|r| r.storage_key.clone()).collect();
        assert_eq!(files(app), keys);
    })
    .await;
}
