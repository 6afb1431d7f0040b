//! The one place where figures become text, with each language's conventions: English
//! writes `2.5 h`, `107%`, `Fri 4 Dec`; French writes `2,5 h`, `107 %`, `ven. 4 déc.`.
//! Both put a non-breaking space between a figure and its unit and inside a date, so
//! that on a narrow screen `22.6 h` never wraps into `22.6` and `h`.

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc, Weekday};
use plateful_core::Language;

/// The non-breaking space between a figure and its unit, and inside a date.
pub const NBSP: char = '\u{a0}';

/// A number with at most `decimals` decimals, trailing zeros dropped: `12`, `2.5`,
/// `2,5`.
pub fn number(language: Language, value: f64, decimals: usize) -> String {
    // Halves round away from zero, as people round (82.5% reads 83%), not to even.
    let scale = 10f64.powi(decimals as i32);
    let rounded = (value * scale).round() / scale;
    let text = format!("{rounded:.decimals$}");
    let text = if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    };
    // "-0" after rounding a tiny negative.
    let text = if text == "-0" { "0".to_owned() } else { text };
    match language {
        Language::En => text,
        Language::Fr => text.replace('.', ","),
    }
}

/// A number as `number` writes it, its whole part in groups of three: `25,006.5`,
/// `25 006,5`; for reading, never for a field (which takes it back as typed).
fn grouped(language: Language, value: f64, decimals: usize) -> String {
    let text = number(language, value, decimals);
    let (sign, digits) = text.strip_prefix('-').map_or(("", text.as_str()), |d| ("-", d));
    let point = if language == Language::En { '.' } else { ',' };
    let (whole, fraction) = digits.split_once(point).map_or((digits, None), |(w, f)| (w, Some(f)));
    match whole.parse::<u64>() {
        Ok(whole_value) if whole_value >= 1000 => {
            let fraction = fraction.map(|f| format!("{point}{f}")).unwrap_or_default();
            format!("{sign}{}{fraction}", self::whole(language, whole_value))
        }
        _ => text,
    }
}

/// Hours with at most one decimal: `12 h`, `2.5 h` (`2,5 h` in French), thousands
/// grouped (`25,006 h`).
pub fn hours(language: Language, value: f64) -> String {
    format!("{}{NBSP}h", grouped(language, value, 1))
}

/// Hours per week: `3 h/week`, `3 h/sem.`.
pub fn hours_per_week(language: Language, value: f64) -> String {
    let unit = match language {
        Language::En => "/week",
        Language::Fr => "/sem.",
    };
    format!("{}{unit}", hours(language, value))
}

/// A percentage rounded to a whole number: `107%`, `107 %`, but never a load over
/// capacity as `100%` (`100.2%`); a dash for none (a week without capacity).
pub fn percent(language: Language, value: Option<f64>) -> String {
    let text = |value: f64| grouped(language, value, plateful_core::hours::percent_decimals(value));
    match (value, language) {
        (None, _) => "–".to_owned(),
        (Some(value), Language::En) => format!("{}%", text(value)),
        (Some(value), Language::Fr) => format!("{}{NBSP}%", text(value)),
    }
}

const MONTHS_EN: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_FR: [&str; 12] = [
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
    "déc.",
];

fn month(language: Language, date: NaiveDate) -> &'static str {
    let index = date.month0() as usize;
    match language {
        Language::En => MONTHS_EN[index],
        Language::Fr => MONTHS_FR[index],
    }
}

/// The day of the month: French writes the first `1er`.
fn day(language: Language, date: NaiveDate) -> String {
    match (language, date.day()) {
        (Language::Fr, 1) => "1er".to_owned(),
        (_, day) => day.to_string(),
    }
}

/// A calendar date for reading: `15 Mar 2027`, `15 mars 2027`.
pub fn date(language: Language, date: NaiveDate) -> String {
    format!("{}{NBSP}{}{NBSP}{}", day(language, date), month(language, date), date.year())
}

/// Day and month only, for chart labels: `30 Nov`, `30 nov.`.
pub fn day_month(language: Language, date: NaiveDate) -> String {
    format!("{}{NBSP}{}", day(language, date), month(language, date))
}

/// A weekday's name: `Friday`, `vendredi`.
pub fn weekday(language: Language, day: Weekday) -> &'static str {
    const EN: [&str; 7] =
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    const FR: [&str; 7] = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
    let index = day.num_days_from_monday() as usize;
    match language {
        Language::En => EN[index],
        Language::Fr => FR[index],
    }
}

/// A weekday's short name: `Mon`, `lun.`.
pub fn weekday_short(language: Language, day: Weekday) -> &'static str {
    const EN: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const FR: [&str; 7] = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."];
    let index = day.num_days_from_monday() as usize;
    match language {
        Language::En => EN[index],
        Language::Fr => FR[index],
    }
}

/// A date with its weekday: `Fri 4 Dec`, `ven. 4 déc.`, with the year once it is more
/// than half a year from today (`Wed 1 Jan 2020`).
pub fn weekday_date(language: Language, value: NaiveDate) -> String {
    let day = weekday_short(language, value.weekday());
    if plateful_core::calendar::needs_year(value, crate::platform::today()) {
        format!("{day}{NBSP}{}", date(language, value))
    } else {
        format!("{day}{NBSP}{}", day_month(language, value))
    }
}

/// A number as typed back into an input: `2.5` (`2,5` in French).
pub fn input_number(language: Language, value: f64) -> String {
    number(language, value, 6)
}

/// A size in megabytes with one decimal: `2.1 MB`, `2,1 Mo`.
pub fn megabytes(language: Language, bytes: f64) -> String {
    let value = number(language, bytes / 1_000_000.0, 1);
    match language {
        Language::En => format!("{value}{NBSP}MB"),
        Language::Fr => format!("{value}{NBSP}Mo"),
    }
}

/// A size of stored or imported text: kilobytes under a megabyte (`12 kB`, `12 ko`),
/// megabytes with one decimal above (`2.1 MB`, `2,1 Mo`).
pub fn size(language: Language, bytes: f64) -> String {
    if bytes >= 1_000_000.0 {
        return megabytes(language, bytes);
    }
    // Anything stored reads at least 1 kB: "0 kB" would say nothing is there.
    let kilobytes = if bytes > 0.0 { (bytes / 1000.0).max(1.0) } else { 0.0 };
    let value = number(language, kilobytes, 0);
    match language {
        Language::En => format!("{value}{NBSP}kB"),
        Language::Fr => format!("{value}{NBSP}ko"),
    }
}

/// A whole number with its thousands grouped: `5,000,001`, `5 000 001` (with the
/// narrow non-breaking space French puts between groups).
pub fn whole(language: Language, value: u64) -> String {
    let separator = match language {
        Language::En => ",",
        Language::Fr => "\u{202f}",
    };
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index) % 3 == 0 {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

/// An instant in the user's local time: `24 Nov 2026, 17:05`, `24 nov. 2026 à 17:05`.
pub fn timestamp(language: Language, at: DateTime<Utc>) -> String {
    let local = at + chrono::Duration::minutes(crate::platform::utc_offset_minutes(at));
    // Written by hand: chrono's `format("%H:%M")` links its strftime parser (5 KiB).
    let time = format!("{:02}:{:02}", local.hour(), local.minute());
    let day = date(language, local.date_naive());
    match language {
        Language::En => format!("{day}, {time}"),
        Language::Fr => format!("{day} à {time}"),
    }
}
