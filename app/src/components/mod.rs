//! Widgets shared by several features.

pub mod assets;
pub mod back;
pub mod fields;
mod language_picker;
mod layout;
mod live_parts;
pub mod live_stream;
pub mod loaded;
mod not_found;
pub mod outcome;
#[cfg(feature = "ssr")]
pub mod qr;
pub mod server_rendered;
pub mod smiley;
pub mod speech;
pub mod url;

pub use language_picker::LanguagePicker;
pub use layout::PublicLayout;
pub use live_parts::LiveParts;
pub use not_found::NotFound;
