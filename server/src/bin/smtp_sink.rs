//! A tiny SMTP server for tests and the end-to-end run: it accepts every message and
//! writes it, as received, to `<dir>/<n>.eml`. Plain SMTP on loopback only; no relay.
//!
//!     smtp-sink 127.0.0.1:2525 /tmp/mails

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(addr), Some(dir)) = (args.next(), args.next()) else {
        eprintln!("usage: smtp-sink <address:port> <directory>");
        std::process::exit(2);
    };
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir).expect("create the mail directory");
    let listener = TcpListener::bind(&addr).await.expect("bind");
    // The line tests wait for before sending.
    println!("smtp-sink listening on {}", listener.local_addr().unwrap());
    let counter = Arc::new(AtomicU64::new(0));
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            continue;
        };
        let (dir, counter) = (dir.clone(), counter.clone());
        tokio::spawn(async move {
            if let Err(e) = session(stream, &dir, &counter).await {
                eprintln!("smtp-sink: {e}");
            }
        });
    }
}

async fn session(stream: TcpStream, dir: &Path, counter: &AtomicU64) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    write.write_all(b"220 guichet-sink ESMTP\r\n").await?;
    let (mut from, mut to) = (String::new(), Vec::<String>::new());
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let command = line.trim_end().to_owned();
        let verb = command
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_ascii_uppercase();
        match verb.as_str() {
            "EHLO" => {
                write
                    .write_all(b"250-guichet-sink\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 OK\r\n")
                    .await?
            }
            "HELO" | "NOOP" => write.write_all(b"250 OK\r\n").await?,
            "RSET" => {
                from.clear();
                to.clear();
                write.write_all(b"250 OK\r\n").await?
            }
            "MAIL" => {
                from = address(&command);
                write.write_all(b"250 OK\r\n").await?
            }
            "RCPT" => {
                to.push(address(&command));
                write.write_all(b"250 OK\r\n").await?
            }
            "DATA" => {
                write.write_all(b"354 End with <CRLF>.<CRLF>\r\n").await?;
                let mut body = String::new();
                loop {
                    line.clear();
                    if lines.read_line(&mut line).await? == 0 {
                        return Ok(());
                    }
                    if line == ".\r\n" || line == ".\n" {
                        break;
                    }
                    // Dot-stuffing (RFC 5321 4.5.2).
                    body.push_str(line.strip_prefix('.').unwrap_or(&line));
                }
                let n = counter.fetch_add(1, Ordering::SeqCst) + 1;
                let text = format!(
                    "X-Sink-From: {from}\r\nX-Sink-To: {}\r\n{body}",
                    to.join(", ")
                );
                let tmp = dir.join(format!(".{n}.tmp"));
                std::fs::write(&tmp, text)?;
                std::fs::rename(&tmp, dir.join(format!("{n}.eml")))?;
                from.clear();
                to.clear();
                write.write_all(b"250 OK queued\r\n").await?
            }
            "QUIT" => {
                write.write_all(b"221 Bye\r\n").await?;
                return Ok(());
            }
            _ => write.write_all(b"502 Not implemented\r\n").await?,
        }
    }
}

/// `<a@b>` of `MAIL FROM:<a@b> SIZE=1` or `RCPT TO:<a@b>`.
fn address(command: &str) -> String {
    let rest = command.split_once(':').map_or("", |(_, r)| r).trim();
    rest.split_whitespace()
        .next()
        .unwrap_or_default()
        .to_owned()
}
