//! `spawn_app()` and one helper per thing tests do often.

use careers::domain::job::{EmploymentType, JobStatus};
use careers::entities::{affiliate, job};
use careers::store::jobs::{NewJob, insert};
use chrono::{Duration, Utc};
use rocket::http::{ContentType, Status};
use rocket::local::asynchronous::Client;
use sea_orm::{
    ColumnTrait, ConnectionTrait, Database, DatabaseConnection, EntityTrait, QueryFilter,
};
use tempfile::TempDir;

/// The environment variable naming a PostgreSQL server tests may create databases on.
pub const POSTGRES_URL_VAR: &str = "CAREERS_TEST_POSTGRES_URL";

/// Which database a test app runs on.
#[derive(Debug, Clone)]
pub enum Backend {
    Sqlite,
    Postgres(String),
}

/// A running portal (in process) with its own database and folders.
pub struct TestApp {
    pub client: Client,
    pub db: DatabaseConnection,
    pub backend: &'static str,
    _dir: TempDir,
    // Dropped last: removes the PostgreSQL database.
    _postgres: Option<PostgresDatabase>,
}

/// A response's status, content type and body.
pub struct Answer {
    pub status: Status,
    pub content_type: Option<ContentType>,
    pub headers: Vec<(String, String)>,
    pub body: String,
}

impl Answer {
    /// The value of a header, by case-insensitive name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Runs `test` on a fresh app on SQLite, then on PostgreSQL when configured. The app
/// is lent, so it (and its database) lives until the test is over.
pub async fn on_each_backend(test: impl AsyncFn(&TestApp)) {
    test(&spawn_app(Backend::Sqlite).await).await;
    if let Ok(url) = std::env::var(POSTGRES_URL_VAR) {
        test(&spawn_app(Backend::Postgres(url)).await).await;
    }
}

/// Starts the portal on a new database with the demo data.
pub async fn spawn_app(backend: Backend) -> TestApp {
    let dir = tempfile::tempdir().expect("temp dir");
    let (url, postgres, name) = match backend {
        Backend::Sqlite => (
            format!("sqlite:{}", dir.path().join("careers.db").display()),
            None,
            "sqlite",
        ),
        Backend::Postgres(admin_url) => {
            let database = PostgresDatabase::create(&admin_url).await;
            (database.url.clone(), Some(database), "postgres")
        }
    };
    eprintln!("test app on {name}");
    let figment = careers::config::figment()
        .expect("configuration")
        .merge(("database_url", url))
        .merge(("uploads_dir", dir.path().join("uploads")))
        .merge(("outbox_dir", dir.path().join("outbox")))
        .merge(("secret_key_file", dir.path().join("secret.key")))
        .merge(("public_url", "https://careers.example.test"))
        .merge(("database_pool_size", 2))
        .merge(("log_level", "off"));
    let client = Client::tracked(careers::rocket(figment))
        .await
        .expect("the portal ignites");
    let db = client
        .rocket()
        .state::<DatabaseConnection>()
        .expect("database managed")
        .clone();
    TestApp {
        client,
        db,
        backend: name,
        _dir: dir,
        _postgres: postgres,
    }
}

impl TestApp {
    /// GETs a URI and reads the whole answer.
    pub async fn get(&self, uri: &str) -> Answer {
        let response = self.client.get(uri.to_owned()).dispatch().await;
        let status = response.status();
        let content_type = response.content_type();
        let headers = response
            .headers()
            .iter()
            .map(|h| (h.name().to_string(), h.value().to_string()))
            .collect();
        let body = response.into_string().await.unwrap_or_default();
        Answer {
            status,
            content_type,
            headers,
            body,
        }
    }

    /// The id of an affiliate by code.
    pub async fn affiliate_id(&self, code: &str) -> i32 {
        affiliate::Entity::find()
            .filter(affiliate::Column::Code.eq(code))
            .one(&self.db)
            .await
            .expect("query")
            .unwrap_or_else(|| panic!("affiliate {code}"))
            .id
    }

    /// Creates a job; `tweak` adjusts the defaults (an open full-time US job posted now).
    pub async fn add_job(&self, title: &str, tweak: impl FnOnce(&mut NewJob)) -> job::Model {
        let mut new = NewJob {
            affiliate_id: self.affiliate_id("US").await,
            title: title.to_owned(),
            department: "Testing".into(),
            location: "Testville".into(),
            country_code: "US".into(),
            remote: false,
            employment_type: EmploymentType::FullTime,
            description: "A job made by a test.".into(),
            salary: None,
            status: JobStatus::Open,
            published_at: Some(Utc::now()),
            closes_at: None,
        };
        tweak(&mut new);
        insert(&self.db, new).await.expect("insert job")
    }

    /// Removes every job (demo ones included) so a test controls the whole list.
    pub async fn remove_all_jobs(&self) {
        job::Entity::delete_many()
            .exec(&self.db)
            .await
            .expect("delete jobs");
    }
}

/// `n` days ago.
pub fn days_ago(n: i64) -> Option<chrono::DateTime<Utc>> {
    Some(Utc::now() - Duration::days(n))
}

/// A PostgreSQL database made for one test and dropped (connections and all) after it.
struct PostgresDatabase {
    admin_url: String,
    name: String,
    url: String,
}

impl PostgresDatabase {
    async fn create(admin_url: &str) -> Self {
        let name = format!("careers_test_{}", uuid::Uuid::new_v4().simple());
        let admin = Database::connect(admin_url)
            .await
            .expect("connect to the PostgreSQL admin database");
        admin
            .execute_unprepared(&format!("CREATE DATABASE \"{name}\""))
            .await
            .expect("create test database");
        admin.close().await.expect("close admin connection");
        let url = with_database_name(admin_url, &name);
        Self {
            admin_url: admin_url.to_owned(),
            name,
            url,
        }
    }
}

impl Drop for PostgresDatabase {
    fn drop(&mut self) {
        let (admin_url, name) = (self.admin_url.clone(), self.name.clone());
        // Drop runs inside the test's runtime, which cannot be blocked on: use a thread
        // with a runtime of its own.
        let dropped = std::thread::spawn(move || {
            let runtime = rocket::tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            runtime.block_on(async {
                let admin = Database::connect(&admin_url).await?;
                admin
                    .execute_unprepared(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"))
                    .await?;
                admin.close().await
            })
        })
        .join();
        if !matches!(dropped, Ok(Ok(()))) {
            eprintln!("could not drop test database {}", self.name);
        }
    }
}

/// The URL with its database name replaced.
fn with_database_name(url: &str, name: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let host_part = match base[scheme_end..].find('/') {
        Some(i) => &base[..scheme_end + i],
        None => base,
    };
    match query {
        Some(query) => format!("{host_part}/{name}?{query}"),
        None => format!("{host_part}/{name}"),
    }
}

#[test]
fn database_names_are_replaced_in_every_url_form() {
    assert_eq!(
        with_database_name("postgres://u@h:5432/postgres", "t"),
        "postgres://u@h:5432/t"
    );
    assert_eq!(
        with_database_name("postgres://h/postgres?sslmode=disable", "t"),
        "postgres://h/t?sslmode=disable"
    );
    assert_eq!(with_database_name("postgres://h", "t"), "postgres://h/t");
}
