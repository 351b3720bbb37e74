//! Figures as people read them: a decimal comma where the language writes one, the unit
//! from the locale, "—" for nothing to count, and a note when too few answers hide one.

use crate::i18n::{Locale, args, t, t_with, use_locale};
use crate::quality::indicators::{Figure, Indicator, Unit};

/// One decimal at most, with the language's decimal mark.
pub fn decimal(locale: Locale, value: f64) -> String {
    let s = if value.fract().abs() < 0.05 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    };
    match locale.code() {
        "en" | "zh" => s,
        "ar" | "fa" => s.replace('.', "٫"),
        _ => s.replace('.', ","),
    }
}

/// A figure's value with its unit, or "—".
pub fn value(figure: Figure, unit: Unit) -> String {
    if figure.too_few {
        return t("quality-too-few");
    }
    let Some(v) = figure.value else {
        return "—".into();
    };
    let n = decimal(use_locale(), v);
    match unit {
        Unit::Count => n,
        Unit::Minutes => t_with("quality-value-minutes", &args([("value", n.into())])),
        Unit::Percent => t_with("quality-value-percent", &args([("value", n.into())])),
    }
}

/// "123 sur 456" under a share.
pub fn counts(figure: Figure) -> Option<String> {
    match (figure.part, figure.of, figure.too_few) {
        (Some(part), Some(of), false) => Some(t_with(
            "quality-part-of",
            &args([
                ("part", part.to_string().into()),
                ("of", of.to_string().into()),
            ]),
        )),
        _ => None,
    }
}

/// How the figure moved since the period before, in words (for screen readers and print)
/// and as the class that colours it: better, worse, or just up/down when neither is better.
pub fn trend(indicator: Indicator, now: Figure, before: Figure) -> Option<(String, &'static str)> {
    let (Some(a), Some(b)) = (now.value, before.value) else {
        return None;
    };
    if now.too_few || before.too_few {
        return None;
    }
    let diff = a - b;
    if diff.abs() < 0.05 {
        return Some((t("quality-trend-same"), "trend-same"));
    }
    let up = diff > 0.0;
    let class = match indicator.higher_is_better() {
        Some(better) if better == up => "trend-better",
        Some(_) => "trend-worse",
        None => "trend-neutral",
    };
    let word = if up {
        "quality-trend-up"
    } else {
        "quality-trend-down"
    };
    Some((t(word), class))
}

pub fn name(indicator: Indicator) -> String {
    t(&format!("quality-indicator-{}", indicator.id()))
}
