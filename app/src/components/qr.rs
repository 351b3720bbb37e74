//! A link as a QR code, drawn as SVG on the server: no script, prints sharply (the kiosk's
//! receipt, a printed procedure sheet).

use qrcode::QrCode;
use qrcode::render::svg;

/// The SVG of `url`'s code, at least `size` pixels wide; empty if the link is too long
/// for a code.
pub fn svg(url: &str, size: u32) -> String {
    match QrCode::new(url.as_bytes()) {
        Ok(code) => code
            .render::<svg::Color>()
            .min_dimensions(size, size)
            .quiet_zone(true)
            .build(),
        Err(_) => String::new(),
    }
}
