//! Load on loopback against a running Guichet, checked against budgets:
//!
//! - `guichet-load [flags] <paths>…`: page load, throughput and latency (pages.rs;
//!   scripts/load-test.sh);
//! - `guichet-load screens [flags]`: how fast a call reaches every waiting-room screen
//!   (screens.rs; scripts/screens-bench.sh);
//! - `guichet-load pilotage [flags]`: how fast a year of indicators is served
//!   (pilotage.rs; scripts/quality-bench.sh);
//! - `guichet-load probe --base URL`: malformed and hostile requests, security headers
//!   (probe.rs; scripts/security-probe.sh).

mod html;
mod pages;
mod pilotage;
mod probe;
mod screens;
mod sse;
mod staff;

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1).peekable();
    let code = if args.peek().map(String::as_str) == Some("screens") {
        args.next();
        screens::run(args).await
    } else if args.peek().map(String::as_str) == Some("pilotage") {
        args.next();
        pilotage::run(args).await
    } else if args.peek().map(String::as_str) == Some("probe") {
        args.next();
        probe::run(args).await
    } else {
        pages::run(args).await
    };
    std::process::exit(code);
}
