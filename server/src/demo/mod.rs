//! The demo town (placeholder until the full data set lands).

use sea_orm::{DatabaseConnection, DbErr};

pub struct DemoReport;

impl std::fmt::Display for DemoReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("")
    }
}

pub async fn load(_db: &DatabaseConnection, _pepper: &[u8]) -> Result<DemoReport, DbErr> {
    Ok(DemoReport)
}
