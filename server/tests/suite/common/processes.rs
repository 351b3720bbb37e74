//! The real binaries as child processes: the server and the SMTP sink, on free ports of
//! loopback, killed when their handle drops (a failing test leaves nothing running).

use std::io::BufRead;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Process(pub Child);

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// `smtp-sink` writing each message it receives to `dir`; and its port.
pub fn start_sink(dir: &Path) -> (Process, u16) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_smtp-sink"))
        .arg("127.0.0.1:0")
        .arg(dir)
        .stdout(Stdio::piped())
        .spawn()
        .expect("start smtp-sink");
    let mut first = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let port = first.trim().rsplit(':').next().unwrap().parse().unwrap();
    (Process(child), port)
}

/// `guichet` serving the database of `url` on `port`, its secret key and (absent) site in
/// `dir`, with `env` added; its log in `dir/log`.
pub fn start_server(url: &str, dir: &Path, port: u16, env: &[(&str, &str)], log: &str) -> Process {
    let log = std::fs::File::create(dir.join(log)).unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_guichet"));
    command
        .env("DATABASE_URL", url)
        .env("GUICHET_BIND", format!("127.0.0.1:{port}"))
        .env("GUICHET_PUBLIC_URL", format!("http://127.0.0.1:{port}"))
        .env("GUICHET_SECRET_KEY_FILE", dir.join("secret.key"))
        .env("GUICHET_LOG", "warn")
        .env("LEPTOS_SITE_ROOT", dir.join("site"));
    for (name, value) in env {
        command.env(name, value);
    }
    let child = command
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .expect("start guichet");
    Process(child)
}

/// Waits until `base/readyz` answers 200 (90 s at most).
pub async fn wait_ready(base: &str) {
    let client = reqwest::Client::new();
    let until = Instant::now() + Duration::from_secs(90);
    while Instant::now() < until {
        if let Ok(r) = client.get(format!("{base}/readyz")).send().await
            && r.status() == 200
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{base} was not ready in time");
}
