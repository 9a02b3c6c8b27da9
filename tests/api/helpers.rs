//! `spawn_app()` and one helper per thing tests do often.

use careers::domain::job::{EmploymentType, JobStatus};
use careers::entities::{affiliate, job};
use careers::store::jobs::{NewJob, insert};
use chrono::{Duration, Utc};
use rocket::figment::value::Value;
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
    /// The database URL, for the `careers` binary run against the same database.
    pub database_url: String,
    /// The configuration it was started with, for a second instance.
    figment: rocket::figment::Figment,
    _dir: TempDir,
    // Dropped last: removes the PostgreSQL database.
    _postgres: Option<PostgresDatabase>,
}

/// The password `add_staff` gives every account.
pub const PASSWORD: &str = "correct horse battery staple";
/// The CSRF cookie's name.
pub const CSRF_COOKIE: &str = "careers_csrf";

/// A staff account made by a test.
#[derive(Debug, Clone)]
pub struct Member {
    pub id: i32,
    pub email: String,
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

    /// Every `Set-Cookie` value.
    pub fn cookies(&self) -> impl Iterator<Item = &str> {
        self.headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case("set-cookie"))
            .map(|(_, v)| v.as_str())
    }

    /// The `Set-Cookie` value for the cookie `name`.
    pub fn cookie(&self, name: &str) -> Option<String> {
        self.cookies()
            .find(|v| {
                v.strip_prefix(name)
                    .is_some_and(|rest| rest.starts_with('='))
            })
            .map(str::to_owned)
    }
}

/// Runs `test` on a fresh app on SQLite, then on PostgreSQL when configured. The app
/// is lent, so it (and its database) lives until the test is over.
pub async fn on_each_backend(test: impl AsyncFn(&TestApp)) {
    on_each_backend_with(&[], test).await;
}

/// The same, with numeric settings of the test's own over the test defaults.
pub async fn on_each_backend_with(settings: &[(&str, i64)], test: impl AsyncFn(&TestApp)) {
    let settings: Vec<(&str, Value)> = settings
        .iter()
        .map(|(k, v)| (*k, Value::from(*v)))
        .collect();
    on_each_backend_configured(&settings, test).await;
}

/// The same, with settings of any type.
pub async fn on_each_backend_configured(settings: &[(&str, Value)], test: impl AsyncFn(&TestApp)) {
    test(&spawn_app(Backend::Sqlite, settings).await).await;
    if let Ok(url) = std::env::var(POSTGRES_URL_VAR) {
        test(&spawn_app(Backend::Postgres(url), settings).await).await;
    }
}

/// Starts the portal on a new database with the demo data.
pub async fn spawn_app(backend: Backend, settings: &[(&str, Value)]) -> TestApp {
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
        .merge(("database_url", url.clone()))
        .merge(("uploads_dir", dir.path().join("uploads")))
        .merge(("outbox_dir", dir.path().join("outbox")))
        .merge(("secret_key_file", dir.path().join("secret.key")))
        .merge(("public_url", "https://careers.example.test"))
        .merge(("database_pool_size", 2))
        .merge(("min_fill_seconds", 0))
        .merge(("apply_rate_limit", 1000))
        .merge(("run_background_jobs", false))
        // Cheap hashes and no sign-in delay keep tests fast; tests of those set their own.
        .merge(("argon2_memory_kib", 64))
        .merge(("argon2_iterations", 1))
        .merge(("login_delay_ms", 0))
        // Second factors are asked of nobody unless a test says (tests/api/second_factor.rs).
        .merge(("require_2fa", "none"))
        .merge(("resume_reader", env!("CARGO_BIN_EXE_careers")))
        .merge(("log_level", "off"));
    let figment = settings.iter().fold(figment, |figment, (key, value)| {
        figment.merge((*key, value.clone()))
    });
    let client = Client::tracked(careers::rocket(figment.clone()))
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
        database_url: url,
        figment,
        _dir: dir,
        _postgres: postgres,
    }
}

impl TestApp {
    /// Another instance of the portal on the same database and folders, as a second
    /// server behind a load balancer would be.
    pub async fn another_instance(&self) -> Client {
        Client::tracked(careers::rocket(self.figment.clone()))
            .await
            .expect("a second instance ignites")
    }

    /// GETs a URI and reads the whole answer.
    pub async fn get(&self, uri: &str) -> Answer {
        read_answer(self.client.get(uri.to_owned()).dispatch().await).await
    }

    /// The uploads folder of this app.
    pub fn uploads(&self) -> std::path::PathBuf {
        self._dir.path().join("uploads")
    }

    /// The folder emails are written to.
    pub fn outbox(&self) -> std::path::PathBuf {
        self._dir.path().join("outbox")
    }

    /// The files in the uploads folder.
    pub fn uploaded_files(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.uploads())
            .map(|dir| {
                dir.filter_map(|e| e.ok())
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    }

    /// Rows in a table.
    pub async fn count(&self, table: &str) -> i64 {
        let row = self
            .db
            .query_one_raw(sea_orm::Statement::from_string(
                self.db.get_database_backend(),
                format!("SELECT COUNT(*) AS n FROM {table}"),
            ))
            .await
            .expect("count")
            .expect("a row");
        row.try_get::<i64>("", "n").expect("n")
    }

    /// POSTs a multipart body.
    pub async fn post_multipart(&self, uri: &str, form: &Multipart) -> Answer {
        let content_type =
            ContentType::new("multipart", "form-data").with_params(("boundary", form.boundary()));
        let response = self
            .client
            .post(uri.to_owned())
            .header(content_type)
            .body(form.body())
            .dispatch()
            .await;
        read_answer(response).await
    }

    /// POSTs a urlencoded form.
    pub async fn post_form(&self, uri: &str, fields: &[(&str, &str)]) -> Answer {
        let body: Vec<String> = fields
            .iter()
            .map(|(k, v)| format!("{k}={}", urlencode(v)))
            .collect();
        let response = self
            .client
            .post(uri.to_owned())
            .header(ContentType::Form)
            .body(body.join("&"))
            .dispatch()
            .await;
        read_answer(response).await
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
            language: careers::i18n::Lang::default_lang(),
            translations: Vec::new(),
        };
        tweak(&mut new);
        insert(&self.db, new).await.expect("insert job")
    }

    /// Creates an active staff account with `PASSWORD`, in the affiliates named by code.
    pub async fn add_staff(&self, email: &str, role: &str, affiliates: &[&str]) -> Member {
        let hasher = self
            .client
            .rocket()
            .state::<careers::services::passwords::PasswordHasher>()
            .expect("hasher managed");
        let mut ids = Vec::new();
        for code in affiliates {
            ids.push(self.affiliate_id(code).await);
        }
        let new = careers::store::staff::NewStaffUser {
            email: careers::domain::staff::StaffEmail::parse(email).expect("email"),
            display_name: format!("Staff {email}"),
            role: careers::domain::staff::Role::parse(role).expect("role"),
            affiliates: ids,
        };
        let hash = hasher.hash(PASSWORD).await.expect("hash");
        let id = careers::store::staff::create(&self.db, &new, Some(hash), Utc::now())
            .await
            .expect("create staff")
            .expect("email free");
        Member {
            id,
            email: email.to_owned(),
        }
    }

    /// The CSRF token of this client, getting one from the sign-in page if needed.
    pub async fn csrf(&self) -> String {
        if let Some(cookie) = self.client.cookies().get_private(CSRF_COOKIE) {
            return cookie.value().to_owned();
        }
        self.get("/staff/login").await;
        self.client
            .cookies()
            .get_private(CSRF_COOKIE)
            .expect("a CSRF cookie after a form page")
            .value()
            .to_owned()
    }

    /// Posts the sign-in form.
    pub async fn sign_in(&self, email: &str, password: &str) -> Answer {
        let csrf = self.csrf().await;
        self.post_form(
            "/staff/login",
            &[
                ("email", email),
                ("password", password),
                ("csrf_token", &csrf),
            ],
        )
        .await
    }

    /// Signs in as `member`, who must succeed.
    pub async fn sign_in_as(&self, member: &Member) {
        let answer = self.sign_in(&member.email, PASSWORD).await;
        assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
        assert_eq!(answer.header("location"), Some("/staff"));
    }

    /// Posts a form with this client's CSRF token added.
    pub async fn post_with_csrf(&self, uri: &str, fields: &[(&str, &str)]) -> Answer {
        let csrf = self.csrf().await;
        let mut fields = fields.to_vec();
        fields.push(("csrf_token", &csrf));
        self.post_form(uri, &fields).await
    }

    /// The audit actions recorded so far, oldest first.
    pub async fn audit_actions(&self) -> Vec<String> {
        use careers::entities::audit_event;
        use sea_orm::QueryOrder;
        audit_event::Entity::find()
            .order_by_asc(audit_event::Column::Id)
            .all(&self.db)
            .await
            .expect("audit")
            .into_iter()
            .map(|e| e.action)
            .collect()
    }

    /// Applies to `job` through the real form (a text resume of `resume`), and returns
    /// the new application's id.
    pub async fn apply(&self, job: &job::Model, name: &str, email: &str, resume: &str) -> i32 {
        use careers::entities::{application, candidate};
        let uri = format!("/jobs/{}/apply", job.slug);
        let page = self.get(&uri).await;
        assert_eq!(page.status, Status::Ok, "{uri}");
        let form = Multipart::default()
            .text(
                "csrf_token",
                &crate::apply::hidden(&page.body, "csrf_token"),
            )
            .text(
                "form_started",
                &crate::apply::hidden(&page.body, "form_started"),
            )
            .text("website", "")
            .text("full_name", name)
            .text("email", email)
            .text("country", "US")
            .text("date_of_birth", "1990-04-23")
            .text("cover_letter", "I would like this job.")
            .text("consent_privacy", "yes")
            .file("resume", "cv.txt", resume.as_bytes());
        let answer = self.post_multipart(&uri, &form).await;
        assert_eq!(answer.status, Status::SeeOther, "{}", answer.body);
        let candidate = candidate::Entity::find()
            .filter(candidate::Column::Email.eq(email))
            .one(&self.db)
            .await
            .expect("query")
            .expect("candidate");
        application::Entity::find()
            .filter(application::Column::CandidateId.eq(candidate.id))
            .filter(application::Column::JobId.eq(job.id))
            .one(&self.db)
            .await
            .expect("query")
            .expect("application")
            .id
    }

    /// Removes every job (demo ones included) so a test controls the whole list.
    pub async fn remove_all_jobs(&self) {
        job::Entity::delete_many()
            .exec(&self.db)
            .await
            .expect("delete jobs");
    }
}

pub async fn read_answer(response: rocket::local::asynchronous::LocalResponse<'_>) -> Answer {
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

fn urlencode(value: &str) -> String {
    value
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// A `multipart/form-data` body built by hand, so tests can also send broken ones.
#[derive(Default, Clone)]
pub struct Multipart {
    parts: Vec<(String, Option<String>, Vec<u8>)>,
}

impl Multipart {
    /// A text field.
    pub fn text(mut self, name: &str, value: &str) -> Self {
        self.parts
            .push((name.to_owned(), None, value.as_bytes().to_vec()));
        self
    }

    /// A file field.
    pub fn file(mut self, name: &str, file_name: &str, bytes: &[u8]) -> Self {
        self.parts
            .push((name.to_owned(), Some(file_name.to_owned()), bytes.to_vec()));
        self
    }

    /// Drops every part with this name.
    pub fn without(mut self, name: &str) -> Self {
        self.parts.retain(|(n, _, _)| n != name);
        self
    }

    /// Replaces a text field.
    pub fn set(self, name: &str, value: &str) -> Self {
        self.without(name).text(name, value)
    }

    pub fn boundary(&self) -> &'static str {
        "----careers-test-boundary-7MA4YWxkTrZu0gW"
    }

    pub fn body(&self) -> Vec<u8> {
        let mut body = Vec::new();
        for (name, file_name, bytes) in &self.parts {
            body.extend_from_slice(format!("--{}\r\n", self.boundary()).as_bytes());
            match file_name {
                Some(file_name) => body.extend_from_slice(
                    format!(
                        "Content-Disposition: form-data; name=\"{name}\"; filename=\"{file_name}\"\r\nContent-Type: application/pdf\r\n\r\n"
                    )
                    .as_bytes(),
                ),
                None => body
                    .extend_from_slice(format!("Content-Disposition: form-data; name=\"{name}\"\r\n\r\n").as_bytes()),
            }
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{}--\r\n", self.boundary()).as_bytes());
        body
    }
}

/// A small real PDF whose text is `lines`.
pub fn pdf(lines: &[&str]) -> Vec<u8> {
    use lopdf::content::{Content, Operation};
    use lopdf::{Document, Object, Stream, dictionary};
    let mut doc = Document::with_version("1.5");
    let pages_id = doc.new_object_id();
    let font_id = doc.add_object(
        dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica" },
    );
    let resources_id = doc.add_object(dictionary! { "Font" => dictionary! { "F1" => font_id } });
    let mut operations = vec![
        Operation::new("BT", vec![]),
        Operation::new("Tf", vec!["F1".into(), 12.into()]),
    ];
    for (i, line) in lines.iter().enumerate() {
        let y = 750 - 16 * i as i64;
        operations.push(Operation::new(
            "Td",
            vec![
                if i == 0 { 50 } else { 0 }.into(),
                if i == 0 { y } else { -16 }.into(),
            ],
        ));
        operations.push(Operation::new("Tj", vec![Object::string_literal(*line)]));
    }
    operations.push(Operation::new("ET", vec![]));
    let content = Content { operations };
    let content_id = doc.add_object(Stream::new(
        dictionary! {},
        content.encode().expect("encode"),
    ));
    let page_id = doc.add_object(
        dictionary! { "Type" => "Page", "Parent" => pages_id, "Contents" => content_id },
    );
    let pages = dictionary! {
        "Type" => "Pages", "Kids" => vec![page_id.into()], "Count" => 1,
        "Resources" => resources_id, "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
    };
    doc.objects.insert(pages_id, Object::Dictionary(pages));
    let catalog_id = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages_id });
    doc.trailer.set("Root", catalog_id);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).expect("save pdf");
    bytes
}

/// A DOCX holding one paragraph per line.
pub fn docx(lines: &[&str]) -> Vec<u8> {
    use std::io::Write;
    let body: String = lines
        .iter()
        .map(|l| format!("<w:p><w:r><w:t>{l}</w:t></w:r></w:p>"))
        .collect();
    let xml = format!(
        r#"<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
    );
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    zip.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .expect("entry");
    zip.write_all(xml.as_bytes()).expect("write");
    zip.finish().expect("finish");
    out.into_inner()
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
