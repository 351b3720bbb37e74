//! What the repository's database benchmarks share: a fresh SQLite file of their own,
//! percentiles, and their budget files.

use std::path::PathBuf;
use std::time::Duration;

/// The `q` quantile of sorted times (nearest rank).
pub fn percentile(sorted: &[Duration], q: f64) -> Duration {
    let rank = (q * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

pub fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// `p99_ms = …` from `budgets/<file>`.
pub fn p99_budget(file: &str) -> Result<f64, String> {
    let path = format!("{}/../../budgets/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    text.lines()
        .filter(|l| !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .find(|(key, _)| key.trim() == "p99_ms")
        .and_then(|(_, value)| value.trim().parse().ok())
        .ok_or_else(|| format!("{path} has no p99_ms = line"))
}

/// A directory of the benchmark's own, removed when the run ends, whichever way (and by
/// the next run if this one died).
pub struct ScratchDir(PathBuf);

impl ScratchDir {
    pub fn new(name: &str) -> Result<ScratchDir, String> {
        let dir = std::env::temp_dir().join(format!("{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| format!("temporary directory: {e}"))?;
        Ok(ScratchDir(dir))
    }

    /// The address of a new SQLite file in it.
    pub fn sqlite_url(&self, file: &str) -> String {
        format!("sqlite://{}?mode=rwc", self.0.join(file).display())
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
