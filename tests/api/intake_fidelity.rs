//! Intake fidelity (issue "intake fidelity"): PDF text read line by line as generators
//! write it, identification numbers masked wherever staff read applicant-written text
//! (and kept in the applicant's own export), files with active content refused.

use rocket::http::Status;

use crate::after_submitting::action;
use crate::apply::{JOB, apply_with, hidden, nothing_kept, valid_form};
use crate::helpers::on_each_backend;
use crate::privacy_requests::{download, request_link};

#[rocket::async_test]
async fn a_pdf_whose_lines_are_advanced_with_t_star_is_held_for_review() {
    on_each_backend(async |app| {
        // ReportLab writes `(Curriculum vitae) Tj T* (Religion: Roman Catholic) Tj T* …`.
        let resume = include_bytes!("../fixtures/resumes/reportlab-deflate.pdf");
        let answer = apply_with(app, "cv.pdf", resume).await;
        assert_eq!(answer.status, Status::Ok, "the review page, not a 303");
        assert!(
            answer.body.contains("Religion or beliefs"),
            "{}",
            answer.body
        );
        assert!(answer.body.contains("Religion: Roman Catholic"));
        assert_eq!(app.count("applications").await, 0);
        assert_eq!(app.count("pending_submissions").await, 1);
    })
    .await;
}

#[rocket::async_test]
async fn resumes_of_every_generator_reach_the_review_page() {
    on_each_backend(async |app| {
        for generator in ["fpdf2-plain", "cairo", "chromium", "libreoffice"] {
            let path = format!(
                "{}/tests/fixtures/resumes/{generator}.pdf",
                env!("CARGO_MANIFEST_DIR")
            );
            let bytes = std::fs::read(&path).expect("fixture");
            let answer = apply_with(app, "cv.pdf", &bytes).await;
            assert_eq!(answer.status, Status::Ok, "{generator}");
            assert!(answer.body.contains("Religion or beliefs"), "{generator}");
            let edit = action(&answer.body, "Go back and edit");
            let csrf = hidden(&answer.body, "csrf_token");
            assert_eq!(
                app.post_form(&edit, &[("csrf_token", &csrf)]).await.status,
                Status::Ok
            );
        }
        assert_eq!(app.count("pending_submissions").await, 0);
        assert!(app.uploaded_files().is_empty());
    })
    .await;
}

const SSN: &str = "401-52-7318";
const MASKED: &str = "•••-••-7318";

#[rocket::async_test]
async fn identification_numbers_are_masked_wherever_staff_read_applicant_text() {
    on_each_backend(async |app| {
        let form = valid_form(app)
            .await
            .set("cover_letter", &format!("My SSN is {SSN}, just in case."))
            .set("email", "ssn.person@example.com");
        let review = app.post_multipart(JOB, &form).await;
        assert_eq!(review.status, Status::Ok, "{}", review.body);
        let submitted = app
            .post_form(
                &action(&review.body, "Submit anyway"),
                &[("csrf_token", &hidden(&review.body, "csrf_token"))],
            )
            .await;
        assert_eq!(submitted.status, Status::SeeOther);
        let application = careers::entities::application::Entity::find()
            .one(&app.db)
            .await
            .expect("query")
            .expect("row");
        use sea_orm::EntityTrait;
        let id = application.id;
        let recruiter = app
            .add_staff("rita@panopto.test", "recruiter", &["US", "EMEA", "APAC"])
            .await;
        app.sign_in_as(&recruiter).await;
        let pasted = format!("Candidate repeated the SSN {SSN} on the call.");
        let noted = app
            .post_with_csrf(
                &format!("/staff/applications/{id}/notes"),
                &[("body", &pasted)],
            )
            .await;
        assert_eq!(noted.status, Status::SeeOther, "{}", noted.body);
        let moved = app
            .post_with_csrf(
                &format!("/staff/applications/{id}/stage"),
                &[("stage", "screening"), ("note", &pasted)],
            )
            .await;
        assert_eq!(moved.status, Status::SeeOther, "{}", moved.body);

        let page = app.get(&format!("/staff/applications/{id}")).await;
        assert_eq!(page.status, Status::Ok);
        assert!(!page.body.contains(SSN), "never whole on the staff page");
        assert_eq!(
            page.body.matches(MASKED).count(),
            3,
            "cover letter, note and stage note"
        );
        let csv = app
            .get(&format!("/staff/export.csv?job={}", application.job_id))
            .await;
        assert_eq!(csv.status, Status::Ok);
        assert!(
            !csv.body.contains(SSN) && csv.body.contains(MASKED),
            "{}",
            csv.body
        );
        assert!(
            csv.body
                .lines()
                .next()
                .is_some_and(|h| h.ends_with(",cover_letter"))
        );

        // The applicant's own export keeps what they wrote.
        let link = request_link(app, "ssn.person@example.com", "access").await;
        let (status, _, _, archive) = download(app, &link).await;
        assert_eq!(status, Status::Ok);
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(archive)).expect("zip");
        let mut json = String::new();
        for index in 0..zip.len() {
            let mut entry = zip.by_index(index).expect("entry");
            if entry.name().ends_with(".json") {
                std::io::Read::read_to_string(&mut entry, &mut json).expect("json");
            }
        }
        assert!(json.contains(SSN), "{json}");
    })
    .await;
}

#[rocket::async_test]
async fn files_with_macros_scripts_or_embedded_files_are_refused_with_a_clear_message() {
    use std::io::Write;
    let docx_with = |extra: &str| {
        let mut out = std::io::Cursor::new(Vec::new());
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default();
        zip.start_file("word/document.xml", options).expect("entry");
        zip.write_all(br#"<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Resume</w:t></w:r></w:p></w:body></w:document>"#)
            .expect("write");
        zip.start_file(extra, options).expect("entry");
        zip.write_all(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
            .expect("write");
        zip.finish().expect("finish");
        out.into_inner()
    };
    let pdf_with = |key: &str, value: lopdf::Dictionary| {
        let mut document =
            lopdf::Document::load_mem(&crate::helpers::pdf(&["Resume"])).expect("a PDF");
        let root = document
            .trailer
            .get(b"Root")
            .and_then(lopdf::Object::as_reference)
            .expect("catalog");
        document
            .get_dictionary_mut(root)
            .expect("catalog")
            .set(key, value);
        let mut bytes = Vec::new();
        document.save_to(&mut bytes).expect("save");
        bytes
    };
    use lopdf::{Object, dictionary};
    let text = |t: &str| Object::string_literal(t);
    on_each_backend(async |app| {
        let cases: Vec<(&str, Vec<u8>, &str)> = vec![
            ("cv.docx", docx_with("word/vbaProject.bin"), "contains macros"),
            ("cv.docx", docx_with("word/embeddings/oleObject1.bin"), "embedded objects"),
            (
                "cv.pdf",
                pdf_with("OpenAction", dictionary! { "S" => "JavaScript", "JS" => text("app.alert(1)") }),
                "scripts",
            ),
            (
                "cv.pdf",
                pdf_with("OpenAction", dictionary! { "S" => "Launch", "F" => text("calc.exe") }),
                "scripts",
            ),
            (
                "cv.pdf",
                pdf_with(
                    "Names",
                    dictionary! { "EmbeddedFiles" => dictionary! { "Names" => vec![text("a.exe"), Object::Reference((1, 0))] } },
                ),
                "attachments",
            ),
        ];
        for (name, bytes, message) in cases {
            let answer = apply_with(app, name, &bytes).await;
            assert_eq!(answer.status, Status::UnprocessableEntity, "{message}");
            assert!(answer.body.contains(message), "{message}: {}", answer.body);
            assert!(answer.body.contains("plain"), "asks for a plain document");
            nothing_kept(app).await;
        }
    })
    .await;
}
