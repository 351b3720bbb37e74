//! Server instances on real ports, and reading their server-sent events.

use tokio_util::sync::CancellationToken;

/// Serves the real router over `db` with its own live hubs on a free port, once they hear
/// the other instances (a notification sent before that would be lost).
pub async fn instance(db: &sea_orm::DatabaseConnection, stop: CancellationToken) -> String {
    let state = super::web::state(db, stop.clone());
    let (queue, panel) = (state.queue.clone(), state.panel.clone());
    let router = super::web::router(state);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(listener, router)
            .with_graceful_shutdown(async move { stop.cancelled().await })
            .await
            .ok();
    });
    let heard = async {
        queue.listening().await;
        panel.listening().await;
    };
    tokio::time::timeout(std::time::Duration::from_secs(10), heard)
        .await
        .expect("the instance's listeners never started LISTENing");
    format!("http://{addr}")
}

/// Reads server-sent events until one's data contains `needle`, and returns that event.
pub async fn next_with(
    response: &mut reqwest::Response,
    buffer: &mut String,
    needle: &str,
) -> Option<String> {
    loop {
        if let Some(end) = buffer.find("\n\n") {
            let event: String = buffer.drain(..end + 2).collect();
            if event.contains(needle) {
                return Some(event);
            }
            continue;
        }
        match response.chunk().await {
            Ok(Some(bytes)) => buffer.push_str(&String::from_utf8_lossy(&bytes)),
            _ => return None,
        }
    }
}

pub async fn wait_for(response: &mut reqwest::Response, buffer: &mut String, needle: &str) -> bool {
    next_with(response, buffer, needle).await.is_some()
}

/// A form POST to a served instance at `base`, as a same-origin browser form sends it.
pub fn post_form(
    client: &reqwest::Client,
    base: &str,
    path: &str,
    pairs: &[(&str, &str)],
    cookies: &str,
) -> reqwest::RequestBuilder {
    use http::header;
    client
        .post(format!("{base}{path}"))
        .header(header::ORIGIN, super::PUBLIC_URL)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ACCEPT, "text/html")
        .header(header::COOKIE, cookies)
        .body(super::web::form(pairs))
}
