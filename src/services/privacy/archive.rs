//! The access archive: one ZIP with `data.json` (everything held about the address) and
//! the resume files. Staff identities are left out: notes and stage moves come with
//! their text and time, not their author. No date of birth exists to include.

use std::io::Write;

use chrono::{DateTime, Datelike, Timelike, Utc};
use serde_json::{Value, json};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::PrivacyError;
use crate::domain::resume::ResumeKind;
use crate::store::files::{ResumeStore, StorageKey};
use crate::store::personal_data::{Held, HeldApplication};

/// A finished archive.
#[derive(Debug, Clone)]
pub struct Archive {
    /// The download's file name (dates only, nothing personal).
    pub file_name: String,
    pub bytes: Vec<u8>,
    /// Resume files inside.
    pub files: usize,
}

const README: &str = "This archive holds everything the Panopto careers portal keeps about \
your email address, as of the time in data.json (generated_at).\n\n\
data.json: your contact details, each application with its job, company, stage, dates, \
cover letter, consents, stage history and the reviewers' notes, how many ratings it has, \
submissions waiting for your review, the emails we queued or sent you, and your privacy \
requests.\n\
resumes/: the resume files you sent, named by application reference.\n\n\
We never stored your date of birth: it was used for the age check and discarded.\n";

fn stamp(at: Option<DateTime<Utc>>) -> Value {
    at.map_or(Value::Null, |t| Value::String(t.to_rfc3339()))
}

/// A resume file's path inside the archive.
fn resume_path(folder: &str, name: &str, content_type: &str) -> String {
    let extension = ResumeKind::parse(content_type).map_or("bin", ResumeKind::extension);
    format!("{folder}/{name}.{extension}")
}

fn application_json(held: &HeldApplication, resume_file: Option<&str>) -> Value {
    let a = &held.application;
    let categories: Vec<&str> = a
        .sensitive_categories
        .as_deref()
        .map(|c| c.split(',').filter(|c| !c.is_empty()).collect())
        .unwrap_or_default();
    json!({
        "reference": a.public_ref,
        "job_title": held.job_title,
        "company": held.affiliate_name,
        "stage": a.stage,
        "submitted_at": stamp(Some(a.submitted_at)),
        "decided_at": stamp(a.decided_at),
        "last_activity_at": stamp(Some(a.last_activity_at)),
        "cover_letter": a.cover_letter,
        "consents": {
            "privacy_notice_at": stamp(Some(a.consent_privacy_at)),
            "transfer_to_united_states_at": stamp(a.consent_transfer_at),
        },
        "age_check_passed_at": stamp(Some(a.age_verified_at)),
        "sensitive_data_found": categories,
        "sensitive_data_acknowledged": a.sensitive_acknowledged,
        "stage_history": held.history.iter().map(|e| json!({
            "from": e.from_stage,
            "to": e.to_stage,
            "at": stamp(Some(e.created_at)),
            "note": e.note,
        })).collect::<Vec<_>>(),
        "notes": held.notes.iter().filter_map(|n| n.body.as_ref().map(|body| json!({
            "text": body,
            "written_at": stamp(Some(n.created_at)),
        }))).collect::<Vec<_>>(),
        "ratings_count": held.ratings,
        "resume": held.resume.as_ref().map(|r| json!({
            "file": resume_file,
            "original_file_name": r.original_filename,
            "type": r.content_type,
            "size_bytes": r.size_bytes,
            "sha256": r.sha256,
            "text_read_from_it": r.extracted_text,
            "malware_scan": r.malware_verdict,
            "malware_signatures": r.malware_signatures,
        })),
        "interviews": held.interviews.iter().map(|i| json!({
            "step": i.step_name,
            "status": i.status,
            "starts_at": stamp(i.starts_at),
            "minutes": i.duration_minutes,
            "location": i.location,
            "video_link": i.video_url,
            "your_time_zone": i.applicant_time_zone,
            "message_to_you": i.message,
        })).collect::<Vec<_>>(),
        // What interviewers recorded about the applicant, without who they are.
        "interview_feedback": held.scorecards.iter().map(|c| json!({
            "interview_step": held.interviews.iter().find(|i| i.id == c.interview_id).map(|i| i.step_name.clone()),
            "ratings": crate::store::scorecards::ratings_of(&c.ratings).iter().map(|r| json!({
                "category": r.category,
                "attribute": r.name,
                "rating": r.rating.as_str(),
            })).collect::<Vec<_>>(),
            "recommendation": c.recommendation,
            "key_take_aways": c.takeaways,
            "submitted_at": stamp(c.submitted_at),
        })).collect::<Vec<_>>(),
        "offers": held.offers.iter().map(|o| json!({
            "title": o.title,
            "start_date": o.start_date,
            "salary": crate::domain::offer::show_amount(o.salary_amount),
            "currency": o.salary_currency,
            "per": o.salary_period,
            "status": o.status,
            "notes": o.notes,
        })).collect::<Vec<_>>(),
    })
}

/// Reads a stored file; a missing or unreadable one is logged and left out, so the rest
/// of the archive is still handed over.
async fn read(files: &dyn ResumeStore, key: &str) -> Option<Vec<u8>> {
    let key = StorageKey::parse(key)?;
    match files.read(&key).await {
        Ok(bytes) => Some(bytes),
        Err(error) => {
            tracing::error!(error = %error.kind(), "a resume file could not be read for an access archive");
            None
        }
    }
}

/// Builds the archive of `held` at `now`.
pub(super) async fn build(
    held: &Held,
    files: &dyn ResumeStore,
    now: DateTime<Utc>,
) -> Result<Archive, PrivacyError> {
    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    let mut applications = Vec::with_capacity(held.applications.len());
    for application in &held.applications {
        let mut path = None;
        if let Some(resume) = &application.resume
            && let Some(bytes) = read(files, &resume.storage_key).await
        {
            let name = resume_path(
                "resumes",
                &application.application.public_ref,
                &resume.content_type,
            );
            entries.push((name.clone(), bytes));
            path = Some(name);
        }
        applications.push(application_json(application, path.as_deref()));
    }
    let mut submissions = Vec::with_capacity(held.submissions.len());
    for (n, held) in held.submissions.iter().enumerate() {
        let s = &held.submission;
        let mut path = None;
        if let Some(bytes) = read(files, &s.resume_storage_key).await {
            let name = resume_path(
                "resumes",
                &format!("waiting-{}", n + 1),
                &s.resume_content_type,
            );
            entries.push((name.clone(), bytes));
            path = Some(name);
        }
        // The stored form: validated fields only (it never had a date of birth).
        let form: Value = serde_json::from_str(&s.payload)?;
        submissions.push(json!({
            "job_title": held.job_title,
            "form": form,
            "received_at": stamp(Some(s.created_at)),
            "kept_until": stamp(Some(s.expires_at)),
            "resume": {
                "file": path,
                "original_file_name": s.resume_original_filename,
                "text_read_from_it": s.resume_extracted_text,
            },
        }));
    }
    let person = held.candidate.as_ref().map(|c| {
        json!({
            "full_name": c.full_name,
            "email": c.email,
            "phone": c.phone,
            "country": c.country,
            "profile_url": c.profile_url,
            "talent_pool": {
                "consented_at": stamp(c.talent_pool_consented_at),
                "expires_at": stamp(c.talent_pool_expires_at),
                "reminded_at": stamp(c.talent_pool_reminded_at),
            },
            "first_applied_at": stamp(Some(c.created_at)),
            "updated_at": stamp(Some(c.updated_at)),
        })
    });
    let data = json!({
        "generated_at": stamp(Some(now)),
        "person": person,
        "applications": applications,
        "submissions_waiting_for_review": submissions,
        "emails": held.mails.iter().map(|m| json!({
            "kind": m.kind,
            "subject": m.subject,
            "text": m.body_text,
            "status": m.status,
            "queued_at": stamp(Some(m.created_at)),
            "sent_at": stamp(m.sent_at),
        })).collect::<Vec<_>>(),
        "privacy_requests": held.requests.iter().map(|r| json!({
            "kind": r.kind,
            "status": r.status,
            "requested_at": stamp(Some(r.requested_at)),
            "verified_at": stamp(r.verified_at),
            "due_at": stamp(r.due_at),
            "fulfilled_at": stamp(r.fulfilled_at),
            "outcome": r.outcome,
        })).collect::<Vec<_>>(),
    });
    let files_inside = entries.len();
    let mut zip = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(zip_time(now));
    zip.start_file("README.txt", options)?;
    zip.write_all(README.as_bytes())?;
    zip.start_file("data.json", options)?;
    zip.write_all(&serde_json::to_vec_pretty(&data)?)?;
    for (name, bytes) in entries {
        zip.start_file(name, options)?;
        zip.write_all(&bytes)?;
    }
    let bytes = zip.finish()?.into_inner();
    Ok(Archive {
        file_name: format!("my-data-{}.zip", now.format("%Y-%m-%d")),
        bytes,
        files: files_inside,
    })
}

/// The archive's entry time (ZIP keeps local DOS times; UTC is as good as any).
fn zip_time(now: DateTime<Utc>) -> zip::DateTime {
    let convert = |v: u32| u8::try_from(v).unwrap_or(0);
    u16::try_from(now.year())
        .ok()
        .and_then(|year| {
            zip::DateTime::from_date_and_time(
                year,
                convert(now.month()),
                convert(now.day()),
                convert(now.hour()),
                convert(now.minute()),
                convert(now.second()),
            )
            .ok()
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resume_paths_use_the_recognised_type_not_the_uploaded_name() {
        assert_eq!(
            resume_path("resumes", "APP-ABCDE-FGHJK", "pdf"),
            "resumes/APP-ABCDE-FGHJK.pdf"
        );
        assert_eq!(resume_path("resumes", "x", "exe"), "resumes/x.bin");
    }
}
