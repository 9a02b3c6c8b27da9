//! Interview invitations as iCalendar objects (RFC 5545, with iTIP's `METHOD`): one
//! stable `UID` per interview, a `SEQUENCE` raised on every change, times in UTC, the
//! portal's sender as organiser. A `REQUEST` invites (or moves the interview), a
//! `CANCEL` takes it out of every calendar that holds it.

use chrono::{DateTime, Duration, Utc};
use icalendar::{Calendar, Component, EventLike, EventStatus, Property};

/// What an invitation does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    Request,
    Cancel,
}

/// Someone invited: a name and an address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attendee {
    pub name: String,
    pub email: String,
}

/// One invitation, as one audience receives it.
#[derive(Debug, Clone)]
pub struct Invitation<'a> {
    pub method: Method,
    pub uid: &'a str,
    pub sequence: u32,
    pub summary: &'a str,
    pub description: &'a str,
    pub location: Option<&'a str>,
    pub url: Option<&'a str>,
    pub starts: DateTime<Utc>,
    pub minutes: i32,
    /// The organiser's name and address.
    pub organizer: (&'a str, &'a str),
    pub attendees: &'a [Attendee],
    pub stamp: DateTime<Utc>,
}

/// The `.ics` text of an invitation.
pub fn ics(invitation: &Invitation<'_>) -> String {
    let mut event = icalendar::Event::new();
    event
        .uid(invitation.uid)
        .sequence(invitation.sequence)
        .timestamp(invitation.stamp)
        .summary(invitation.summary)
        .description(invitation.description)
        .starts(invitation.starts)
        .ends(invitation.starts + Duration::minutes(i64::from(invitation.minutes)))
        .status(match invitation.method {
            Method::Request => EventStatus::Confirmed,
            Method::Cancel => EventStatus::Cancelled,
        });
    if let Some(location) = invitation.location {
        event.location(location);
    }
    if let Some(url) = invitation.url {
        event.url(url);
    }
    let (name, address) = invitation.organizer;
    event.append_property(
        Property::new("ORGANIZER", format!("mailto:{address}"))
            .add_parameter("CN", &parameter_text(name))
            .done(),
    );
    for attendee in invitation.attendees {
        event.append_multi_property(
            Property::new("ATTENDEE", format!("mailto:{}", attendee.email))
                .add_parameter("CN", &parameter_text(&attendee.name))
                .add_parameter("ROLE", "REQ-PARTICIPANT")
                .add_parameter("PARTSTAT", "NEEDS-ACTION")
                .add_parameter("RSVP", "TRUE")
                .done(),
        );
    }
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", "-//Panopto//Careers portal//EN"))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new(
            "METHOD",
            match invitation.method {
                Method::Request => "REQUEST",
                Method::Cancel => "CANCEL",
            },
        ))
        .push(event.done());
    calendar.done().to_string()
}

/// A name as a parameter value may hold it: no double quotes or control characters
/// (RFC 5545 §3.1 leaves them no escape).
fn parameter_text(name: &str) -> String {
    name.chars()
        .map(|c| if c == '"' { '\'' } else { c })
        .filter(|c| !c.is_control())
        .collect()
}

/// The `METHOD` value of an invitation, for its MIME type (`text/calendar; method=…`).
pub fn method_name(method: Method) -> &'static str {
    match method {
        Method::Request => "REQUEST",
        Method::Cancel => "CANCEL",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use icalendar::{CalendarComponent, DatePerhapsTime};

    fn invitation<'a>(method: Method, attendees: &'a [Attendee]) -> Invitation<'a> {
        Invitation {
            method,
            uid: "interview-17@careers.example.test",
            sequence: 2,
            summary: "Interview: Skills interview, Senior Engineer",
            description: "Reference APP-123; details: https://careers.example.test/x",
            location: Some("Room 4, Seattle; the lobby"),
            url: None,
            starts: Utc
                .with_ymd_and_hms(2026, 12, 8, 16, 0, 0)
                .single()
                .expect("time"),
            minutes: 60,
            organizer: ("Panopto Careers", "careers@panopto.invalid"),
            attendees,
            stamp: Utc
                .with_ymd_and_hms(2026, 12, 7, 9, 0, 0)
                .single()
                .expect("time"),
        }
    }

    #[test]
    fn an_invitation_parses_back_with_its_method_uid_sequence_and_utc_times() {
        let people = [
            Attendee {
                name: "Rita Recruiter".into(),
                email: "rita@panopto.test".into(),
            },
            Attendee {
                name: "Zoë, \"the\" engineer".into(),
                email: "zoe@panopto.test".into(),
            },
        ];
        let text = ics(&invitation(Method::Request, &people));
        assert!(text.contains("\r\n"), "CRLF line ends");
        let calendar: Calendar = text.parse().expect("parses");
        assert_eq!(calendar.property_value("METHOD"), Some("REQUEST"));
        let events: Vec<_> = calendar
            .components
            .iter()
            .filter_map(|c| match c {
                CalendarComponent::Event(e) => Some(e),
                _ => None,
            })
            .collect();
        assert_eq!(events.len(), 1);
        let event = events[0];
        assert_eq!(event.get_uid(), Some("interview-17@careers.example.test"));
        assert_eq!(event.get_sequence(), Some(2));
        assert_eq!(
            event.get_start(),
            Some(DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(
                Utc.with_ymd_and_hms(2026, 12, 8, 16, 0, 0)
                    .single()
                    .expect("time")
            )))
        );
        assert_eq!(
            event.get_end(),
            Some(DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(
                Utc.with_ymd_and_hms(2026, 12, 8, 17, 0, 0)
                    .single()
                    .expect("time")
            )))
        );
        assert_eq!(event.get_location(), Some("Room 4, Seattle; the lobby"));
        let attendees = event.multi_properties().get("ATTENDEE").expect("attendees");
        assert_eq!(attendees.len(), 2);
        assert_eq!(attendees[1].value(), "mailto:zoe@panopto.test");
        assert!(text.contains("ORGANIZER;CN=Panopto Careers:mailto:careers@panopto.invalid"));
        assert_eq!(text.matches("PRODID").count(), 1);
        assert_eq!(
            attendees[1].params().get("CN").map(|p| p.value()),
            Some("Zoë, 'the' engineer"),
            "a name with quotes and a comma survives"
        );
        assert!(text.contains("STATUS:CONFIRMED"));
    }

    #[test]
    fn a_cancellation_keeps_the_uid_and_says_cancel() {
        let text = ics(&invitation(Method::Cancel, &[]));
        let calendar: Calendar = text.parse().expect("parses");
        assert_eq!(calendar.property_value("METHOD"), Some("CANCEL"));
        assert!(
            text.contains("STATUS:CANCELLED")
                && text.contains("UID:interview-17@careers.example.test")
        );
        assert_eq!(method_name(Method::Cancel), "CANCEL");
    }
}
