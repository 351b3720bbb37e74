//! The procedure sheets' pages, one a file; `sheet.rs` holds the parts they share.

mod editor;
mod public;
mod sheet;
mod staff;

pub use editor::SheetEditorPage;
pub use public::{PrintSheetPage, SheetPage, SheetsPage};
pub use staff::{StaffSheetPage, StaffSheetsPage};
