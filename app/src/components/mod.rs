//! Widgets shared by several features.

mod language_picker;
mod layout;
mod not_found;

pub use language_picker::LanguagePicker;
pub use layout::PublicLayout;
pub use not_found::NotFound;
