//! Sending the outbox: to an SMTP server when one is configured, otherwise as `.eml`
//! files in the outbox folder. Failures are retried with growing delays and never lost;
//! every step is a function tests call directly, and the server runs it in a loop.

use std::path::PathBuf;
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use lettre::message::{Attachment, Mailbox, Message, MultiPart, SinglePart, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use sea_orm::{DatabaseConnection, DbErr};

use crate::entities::outbox_message;
use crate::i18n::Lang;
use crate::store::outbox::{self, NewMail};
use crate::views::Views;

/// The sender of every mail.
pub const FROM: &str = "Panopto Careers <careers@panopto.invalid>";
/// Attempts before a mail is given up on (the last retry waits a day).
pub const MAX_ATTEMPTS: i32 = 8;
/// Mails taken per round.
const BATCH: u64 = 50;
/// How long a sender holds its claim on a mail.
const CLAIM: i64 = 120;

/// Where mails go.
#[rocket::async_trait]
pub trait Mailer: Send + Sync {
    /// Delivers one message; the error text is kept on the row, so it must not hold the
    /// address or body.
    async fn deliver(&self, id: i32, message: &Message) -> Result<(), String>;
}

/// `.eml` files named by outbox id: a retried delivery overwrites, never duplicates.
pub struct OutboxFolder {
    dir: PathBuf,
}

impl OutboxFolder {
    /// Uses (and creates) the folder.
    pub fn open(dir: PathBuf) -> std::io::Result<Self> {
        std::fs::create_dir_all(&dir)?;
        Ok(Self { dir })
    }
}

#[rocket::async_trait]
impl Mailer for OutboxFolder {
    async fn deliver(&self, id: i32, message: &Message) -> Result<(), String> {
        let target = self.dir.join(format!("{id:08}.eml"));
        let part = self.dir.join(format!("{id:08}.eml.part"));
        let write = async {
            rocket::tokio::fs::write(&part, message.formatted()).await?;
            rocket::tokio::fs::rename(&part, &target).await
        };
        write
            .await
            .map_err(|e| format!("outbox folder: {}", e.kind()))
    }
}

/// An SMTP server (`smtp://`, `smtps://` or `smtp://…?tls=required` URLs, see lettre).
pub struct Smtp {
    transport: AsyncSmtpTransport<Tokio1Executor>,
}

impl Smtp {
    /// Connects lazily to the server of `url`.
    pub fn from_url(url: &str) -> Result<Self, String> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("invalid CAREERS_SMTP_URL: {e}"))?
            .timeout(Some(StdDuration::from_secs(20)))
            .build();
        Ok(Self { transport })
    }
}

#[rocket::async_trait]
impl Mailer for Smtp {
    async fn deliver(&self, _id: i32, message: &Message) -> Result<(), String> {
        match self.transport.send(message.clone()).await {
            Ok(_) => Ok(()),
            // A server's reply may quote the recipient: addresses are masked.
            Err(error) => Err(redact_addresses(&format!("smtp: {error}"))),
        }
    }
}

/// Replaces anything shaped like an email address with `<address>`, so an error text can
/// be logged and stored.
pub fn redact_addresses(text: &str) -> String {
    text.split_inclusive(|c: char| {
        c.is_whitespace() || matches!(c, '<' | '>' | '(' | ')' | ',' | ';' | '"' | '\'')
    })
    .map(|word| {
        let trimmed = word.trim_end_matches(|c: char| c.is_whitespace() || "<>(),;\"'".contains(c));
        if trimmed.contains('@') {
            format!("<address>{}", &word[trimmed.len()..])
        } else {
            word.to_owned()
        }
    })
    .collect()
}

/// The mailer the settings ask for.
pub fn mailer(smtp_url: Option<&str>, outbox_dir: PathBuf) -> Result<Box<dyn Mailer>, String> {
    match smtp_url.map(str::trim).filter(|u| !u.is_empty()) {
        Some(url) => Ok(Box::new(Smtp::from_url(url)?)),
        None => Ok(Box::new(
            OutboxFolder::open(outbox_dir).map_err(|e| format!("outbox folder: {e}"))?,
        )),
    }
}

/// The wait before attempt `attempt + 1`: 1, 5, 15 minutes, 1, 3, 8 hours, then a day.
pub fn backoff(attempt: i32) -> Duration {
    match attempt {
        ..=1 => Duration::minutes(1),
        2 => Duration::minutes(5),
        3 => Duration::minutes(15),
        4 => Duration::hours(1),
        5 => Duration::hours(3),
        6 => Duration::hours(8),
        _ => Duration::days(1),
    }
}

/// What one round did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Delivery {
    pub sent: usize,
    pub retrying: usize,
    pub given_up: usize,
}

fn build(row: &outbox_message::Model) -> Result<Message, String> {
    let from: Mailbox = FROM.parse().map_err(|_| "sender address".to_owned())?;
    let to: Mailbox = row
        .to_address
        .parse()
        .map_err(|_| "recipient address does not parse".to_owned())?;
    let message = Message::builder()
        .from(from)
        .to(to)
        .subject(row.subject.clone());
    let built = match &row.calendar {
        None => message
            .header(ContentType::TEXT_PLAIN)
            .body(row.body_text.clone()),
        // The text and the invitation as alternatives (what calendar clients read as an
        // invitation), and the invitation again as an `invite.ics` attachment for those
        // that only offer attachments.
        Some(ics) => {
            let method = if ics.contains("\r\nMETHOD:CANCEL\r\n") {
                "CANCEL"
            } else {
                "REQUEST"
            };
            let calendar_type =
                ContentType::parse(&format!("text/calendar; charset=utf-8; method={method}"))
                    .map_err(|e| format!("calendar type: {e}"))?;
            let attachment_type = ContentType::parse("application/ics; name=\"invite.ics\"")
                .map_err(|e| format!("attachment type: {e}"))?;
            message.multipart(
                MultiPart::mixed()
                    .multipart(
                        MultiPart::alternative()
                            .singlepart(SinglePart::plain(row.body_text.clone()))
                            .singlepart(
                                SinglePart::builder()
                                    .header(calendar_type)
                                    .body(ics.clone()),
                            ),
                    )
                    .singlepart(
                        Attachment::new("invite.ics".to_owned()).body(ics.clone(), attachment_type),
                    ),
            )
        }
    };
    built.map_err(|e| format!("message: {e}"))
}

/// Sends every mail that is due, each claimed first so two instances never send one twice.
pub async fn deliver_due(
    db: &DatabaseConnection,
    mailer: &dyn Mailer,
    now: DateTime<Utc>,
) -> Result<Delivery, DbErr> {
    let mut report = Delivery::default();
    for row in outbox::due(db, now, BATCH).await? {
        if !outbox::claim(db, row.id, now, Duration::seconds(CLAIM)).await? {
            continue;
        }
        let result = match build(&row) {
            Ok(message) => mailer.deliver(row.id, &message).await,
            Err(error) => Err(error),
        };
        match result {
            Ok(()) => {
                outbox::mark_sent(db, row.id, now).await?;
                report.sent += 1;
            }
            Err(error) => {
                let attempt = row.attempts + 1;
                let retry_at = (attempt < MAX_ATTEMPTS).then(|| now + backoff(attempt));
                tracing::warn!(outbox_id = row.id, attempt, error = %error, "mail not delivered");
                outbox::mark_failed(db, row.id, &error, retry_at).await?;
                if retry_at.is_some() {
                    report.retrying += 1;
                } else {
                    report.given_up += 1;
                }
            }
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_in_server_replies_are_masked() {
        assert_eq!(
            redact_addresses("smtp: permanent error (550): <bob.smith@example.com> unknown user"),
            "smtp: permanent error (550): <<address>> unknown user"
        );
        assert_eq!(redact_addresses("timed out"), "timed out");
        assert!(!redact_addresses("to=ana@x.org,cc=b@y.org").contains('@'));
    }

    #[test]
    fn retries_wait_longer_each_time_up_to_a_day() {
        let waits: Vec<Duration> = (1..=MAX_ATTEMPTS).map(backoff).collect();
        assert!(waits.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(waits[0], Duration::minutes(1));
        assert_eq!(*waits.last().expect("waits"), Duration::days(1));
    }
}

/// A mail template that failed to render.
#[derive(Debug, thiserror::Error)]
#[error("mail template {template}: {reason}")]
pub struct TemplateError {
    template: &'static str,
    reason: String,
}

/// Renders `email/<template>/{subject,text}.txt` in `lang` into a mail to `to`.
/// Mails to applicants go in the language they applied in; mails to staff in the
/// default language.
pub fn render(
    views: &Views,
    lang: Lang,
    kind: &'static str,
    template: &'static str,
    to: &str,
    values: &[(&str, &str)],
) -> Result<NewMail, TemplateError> {
    let mut context = tera::Context::new();
    for (key, value) in values {
        context.insert(*key, value);
    }
    let render = |part: &str| {
        views
            .render_in(lang, &format!("email/{template}/{part}.txt"), &context)
            .map_err(|e| TemplateError {
                template,
                reason: format!("{e:?}"),
            })
    };
    Ok(NewMail {
        kind,
        to: to.to_owned(),
        subject: render("subject")?
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        body_text: render("text")?,
        calendar: None,
    })
}
