//! PIN guesses counted per workstation as well as per agent, and lockouts that grow: an
//! agent's lockout doubles each time it comes back before a right PIN (`agent.lockouts`),
//! and a workstation where too many wrong PINs are typed, whatever the agent, is locked
//! for a time that doubles too (`device.failed_pins`, `pin_lockouts`, `pin_locked_until`).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Agent {
    Table,
    Lockouts,
}

#[derive(DeriveIden)]
enum Device {
    Table,
    FailedPins,
    PinLockouts,
    PinLockedUntil,
}

/// One column per statement: SQLite alters a table one column at a time.
fn add(table: impl IntoIden, column: &mut ColumnDef) -> TableAlterStatement {
    Table::alter().table(table).add_column(column).to_owned()
}

fn drop(table: impl IntoIden, column: impl IntoIden) -> TableAlterStatement {
    Table::alter().table(table).drop_column(column).to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for alter in [
            add(Agent::Table, integer(Agent::Lockouts).default(0)),
            add(Device::Table, integer(Device::FailedPins).default(0)),
            add(Device::Table, integer(Device::PinLockouts).default(0)),
            add(
                Device::Table,
                &mut timestamp_with_time_zone_null(Device::PinLockedUntil),
            ),
        ] {
            manager.alter_table(alter).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for alter in [
            drop(Device::Table, Device::PinLockedUntil),
            drop(Device::Table, Device::PinLockouts),
            drop(Device::Table, Device::FailedPins),
            drop(Agent::Table, Agent::Lockouts),
        ] {
            manager.alter_table(alter).await?;
        }
        Ok(())
    }
}
