//! The one place where figures become text.

use chrono::{Datelike, NaiveDate};
use plateful_core::Language;

/// Hours with at most one decimal: `12 h`, `2.5 h` (`2,5 h` in French).
pub fn hours(language: Language, value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    let text =
        if rounded.fract() == 0.0 { format!("{rounded:.0}") } else { format!("{rounded:.1}") };
    let text = match language {
        Language::En => text,
        Language::Fr => text.replace('.', ","),
    };
    format!("{text} h")
}

/// Hours per week: `3 h/week`, `3 h/sem.`.
pub fn hours_per_week(language: Language, value: f64) -> String {
    let unit = match language {
        Language::En => "/week",
        Language::Fr => "/sem.",
    };
    format!("{}{unit}", hours(language, value))
}

/// A calendar date for reading: `15 Mar 2027`, `15 mars 2027`.
pub fn date(language: Language, date: NaiveDate) -> String {
    const EN: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const FR: [&str; 12] = [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ];
    let index = date.month0() as usize;
    let month = match language {
        Language::En => EN[index],
        Language::Fr => FR[index],
    };
    format!("{} {month} {}", date.day(), date.year())
}

/// A number as typed back into an input: `2.5`.
pub fn input_number(value: f64) -> String {
    let text = format!("{value}");
    text.strip_suffix(".0").map(str::to_owned).unwrap_or(text)
}

/// A size in megabytes with one decimal: `6.0 MB` (`6,0 Mo`).
pub fn megabytes(language: Language, bytes: f64) -> String {
    let text = format!("{:.1}", bytes / 1_000_000.0);
    match language {
        Language::En => format!("{text} MB"),
        Language::Fr => format!("{} Mo", text.replace('.', ",")),
    }
}

/// A timestamp in the user's words: `24 Nov 2026, 17:05 UTC`.
pub fn timestamp(language: Language, at: chrono::DateTime<chrono::Utc>) -> String {
    format!("{}, {} UTC", date(language, at.date_naive()), at.format("%H:%M"))
}

/// Day and month only, for chart labels: `30 Nov`.
pub fn day_month(language: Language, value: NaiveDate) -> String {
    let full = date(language, value);
    full.rsplit_once(' ').map(|(day_month, _)| day_month.to_owned()).unwrap_or(full)
}
