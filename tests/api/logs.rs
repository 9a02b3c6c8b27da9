//! What a real server writes to its log: the request line with the route pattern, never
//! a value a visitor sent, even when a form field or path segment fails to parse (Rocket's
//! route macros log those raw, from our modules).

use crate::helpers::on_each_backend;
use crate::real_server::{Server, http};

#[rocket::async_test]
async fn values_that_fail_to_parse_never_reach_the_log() {
    on_each_backend(async |app| {
        let server = Server::start_with_log(app, false, None);
        let field = "marker-in-a-field-7f3a";
        let segment = "marker-in-a-path-c81d";
        let body = format!("full_name=Ana&consent_transfer={field}");
        let post = format!(
            "POST /privacy/requests/verify/some-token HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        );
        let (status, _, _) = http(server.port, post.as_bytes()).expect("answer");
        assert!((400..500).contains(&status), "{status}");
        let get = format!(
            "GET /staff/applications/{segment} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"
        );
        http(server.port, get.as_bytes()).expect("answer");
        let log = server.stop_and_read_log();
        assert!(
            log.contains("route=/privacy/requests/verify/<token>"),
            "the request is logged by its route: {log}"
        );
        assert!(!log.contains(field), "a form value in the log: {log}");
        assert!(!log.contains(segment), "a path value in the log: {log}");
    })
    .await;
}
