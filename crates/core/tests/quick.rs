//! Quick add: one line in, a draft commitment out, in English and in French.

mod support;

use chrono::NaiveDate;
use plateful_core::quick::{parse, DateSaid, Part, QuickDraft, QuickError};
use plateful_core::*;
use proptest::prelude::*;
use support::*;

/// Tuesday 24 November 2026. The next Friday is 27 November, the next Tuesday 1 December.
fn today() -> NaiveDate {
    date(2026, 11, 24)
}

fn en(line: &str) -> Result<QuickDraft, QuickError> {
    parse(line, today(), &team_plan(), Language::En)
}

fn fr(line: &str) -> Result<QuickDraft, QuickError> {
    parse(line, today(), &team_plan(), Language::Fr)
}

fn read(language: Language, line: &str) -> QuickDraft {
    parse(line, today(), &team_plan(), language)
        .unwrap_or_else(|error| panic!("{line:?} in {language:?}: {error:?}"))
}

/// The title and due date a line reads as.
fn reads(language: Language, line: &str) -> (String, Option<(NaiveDate, DateSaid)>) {
    let draft = read(language, line);
    (draft.title.as_str().to_owned(), draft.due.map(|due| (due.due.date, due.said)))
}

/// Each line reads as `title`, due on `due` said as `said`.
fn all_due(language: Language, lines: &[&str], title: &str, due: NaiveDate, said: DateSaid) {
    for line in lines {
        assert_eq!(
            reads(language, line),
            (title.to_owned(), Some((due, said))),
            "{line:?} in {language:?}"
        );
    }
}

/// Each line keeps every word in its title and has no due date.
fn all_kept(language: Language, lines: &[&str]) {
    for line in lines {
        let draft = read(language, line);
        assert_eq!(draft.title.as_str(), *line, "{language:?}");
        assert_eq!(draft.due, None, "{line:?} in {language:?}");
        assert_eq!(draft.effort, Effort::Unestimated, "{line:?} in {language:?}");
    }
}

/// Each line is refused for a bad date, naming `words`.
fn all_refused(language: Language, cases: &[(&str, &str)]) {
    for (line, words) in cases {
        assert_eq!(
            parse(line, today(), &team_plan(), language).map(|d| d.title),
            Err(QuickError::BadDate((*words).to_owned())),
            "{line:?} in {language:?}"
        );
    }
}

fn weekly(hours: f64) -> Effort {
    Effort::Recurring { hours_per_week: WeeklyHours::new(hours).unwrap(), until: None }
}

// ---------------------------------------------------------------------------------------
// The user's case and whole lines

#[test]
fn the_budget_due_by_friday_in_french() {
    let draft = read(Language::Fr, "Préparer le budget 6h par ven");
    assert_eq!(draft.title.as_str(), "Préparer le budget");
    assert_eq!(draft.effort, one_off(6.0));
    let due = draft.due.expect("a due date");
    assert_eq!(due.due, Due { date: date(2026, 11, 27), kind: DueKind::Soft });
    assert_eq!(due.said, DateSaid::Weekday, "the shell can say \"Friday 27 Nov\"");
    assert_eq!(draft.due_date(), Some(Due { date: date(2026, 11, 27), kind: DueKind::Soft }));
    let parts: Vec<(&str, Part)> = draft
        .pieces
        .iter()
        .map(|piece| (&"Préparer le budget 6h par ven"[piece.span.clone()], piece.part))
        .collect();
    assert_eq!(
        parts,
        [
            ("Préparer", Part::Title),
            ("le", Part::Title),
            ("budget", Part::Title),
            ("6h", Part::Effort),
            ("par", Part::Due),
            ("ven", Part::Due),
        ]
    );
}

#[test]
fn a_full_line_reads_every_token() {
    let draft = read(Language::En, "Talk at the meetup 12h by 2027-03-15 @claire ! #community");
    assert_eq!(draft.title.as_str(), "Talk at the meetup");
    assert_eq!(draft.effort, one_off(12.0));
    assert_eq!(draft.due_date(), Some(Due { date: date(2027, 3, 15), kind: DueKind::Soft }));
    assert_eq!(draft.due.unwrap().said, DateSaid::Exact);
    assert_eq!(draft.requested_by, Some(Party::Person(person_id(3))));
    assert!(draft.important);
    assert_eq!(draft.tags, vec![Tag::parse("community").unwrap()]);
    assert_eq!(draft.owner, None);
}

#[test]
fn a_full_line_in_french() {
    let draft =
        read(Language::Fr, "Conférence au meetup 12h pour le 15 mars @claire ! #communauté");
    assert_eq!(draft.title.as_str(), "Conférence au meetup");
    assert_eq!(draft.effort, one_off(12.0));
    assert_eq!(
        draft.due.map(|d| (d.due.date, d.said)),
        Some((date(2027, 3, 15), DateSaid::DayMonth))
    );
    assert_eq!(draft.requested_by, Some(Party::Person(person_id(3))));
    assert!(draft.important);
    assert_eq!(draft.tags, vec![Tag::parse("communauté").unwrap()]);
}

#[test]
fn tokens_come_in_any_order_after_the_first_word() {
    for line in [
        "Budget par ven 6h @claire !",
        "Budget ! @claire 6h par ven",
        "! Budget @claire par ven 6h",
        "@claire Budget 6h ! par ven",
    ] {
        let draft = read(Language::Fr, line);
        assert_eq!(draft.title.as_str(), "Budget", "{line}");
        assert_eq!(draft.effort, one_off(6.0), "{line}");
        assert_eq!(draft.due_date().map(|d| d.date), Some(date(2026, 11, 27)), "{line}");
        assert!(draft.important, "{line}");
        assert_eq!(draft.requested_by, Some(Party::Person(person_id(3))), "{line}");
    }
}

#[test]
fn the_first_word_is_always_title() {
    assert_eq!(
        reads(Language::En, "12h by fri"),
        ("12h".into(), Some((date(2026, 11, 27), DateSaid::Weekday)))
    );
    assert_eq!(reads(Language::Fr, "Demain réunion").0, "Demain réunion");
    assert_eq!(reads(Language::Fr, "Vendredi").0, "Vendredi");
    assert_eq!(read(Language::En, "#budget 2h").title.as_str(), "#budget");
}

#[test]
fn words_read_are_taken_out_and_the_rest_read_again() {
    // `by` and `fri` meet once the person between them is read.
    assert_eq!(
        reads(Language::En, "Talk by @claire fri"),
        ("Talk".into(), Some((date(2026, 11, 27), DateSaid::Weekday)))
    );
    assert_eq!(en("Talk 3 @claire h").unwrap().effort, one_off(3.0));
    assert_eq!(
        reads(Language::Fr, "Budget pour @claire ven"),
        ("Budget".into(), Some((date(2026, 11, 27), DateSaid::Weekday)))
    );
}

// ---------------------------------------------------------------------------------------
// Hours, the same in both languages

#[test]
fn hours_in_every_style_in_both_languages() {
    let one_offs: [(&str, f64); 18] = [
        ("12h", 12.0),
        ("12H", 12.0),
        ("2.5h", 2.5),
        ("2,5h", 2.5),
        ("2,5 h", 2.5),
        ("12 h", 12.0),
        ("6 heures", 6.0),
        ("2 hours", 2.0),
        ("1 h 30", 1.5),
        ("45 minutes", 0.75),
        ("90min", 1.5),
        ("90 min", 1.5),
        ("90m", 1.5),
        ("1h30", 1.5),
        ("1h30min", 1.5),
        ("2hrs", 2.0),
        ("3 hrs", 3.0),
        ("0,5h", 0.5),
    ];
    let weeklies: [(&str, f64); 16] = [
        ("3h/w", 3.0),
        ("3h/wk", 3.0),
        ("3h/week", 3.0),
        ("3h/sem", 3.0),
        ("3h/semaine", 3.0),
        ("3 h/semaine", 3.0),
        ("3 h/sem", 3.0),
        ("3h /sem", 3.0),
        ("2,5h/sem", 2.5),
        ("1h30/sem", 1.5),
        ("3h per week", 3.0),
        ("3h a week", 3.0),
        ("3h every week", 3.0),
        ("3h weekly", 3.0),
        ("3h par semaine", 3.0),
        ("3 h chaque semaine", 3.0),
    ];
    for language in [Language::En, Language::Fr] {
        for (words, hours) in one_offs {
            let draft = read(language, &format!("Revue {words}"));
            assert_eq!(draft.title.as_str(), "Revue", "{words} in {language:?}");
            assert_eq!(draft.effort, one_off(hours), "{words} in {language:?}");
        }
        for (words, hours) in weeklies {
            let draft = read(language, &format!("Point 1:1 {words}"));
            assert_eq!(draft.title.as_str(), "Point 1:1", "{words} in {language:?}");
            assert_eq!(draft.effort, weekly(hours), "{words} in {language:?}");
        }
        assert_eq!(read(language, "Think").effort, Effort::Unestimated);
    }
}

#[test]
fn hours_a_day_are_hours_a_week_over_my_working_days() {
    for language in [Language::En, Language::Fr] {
        for line in [
            "Veille 30min/day",
            "Veille 30 min a day",
            "Veille 30min par jour",
            "Veille 30min/j",
            "Veille 30 min chaque jour",
            "Veille 30min daily",
        ] {
            let draft = read(language, line);
            assert_eq!(draft.title.as_str(), "Veille", "{line} in {language:?}");
            assert_eq!(draft.effort, weekly(2.5), "{line} in {language:?}: five working days");
        }
    }
    let mut plan = team_plan();
    plan.people[0].working_days = WorkingDays::MONDAY_TO_FRIDAY.without(chrono::Weekday::Fri);
    let draft = parse("Veille 1h/jour", today(), &plan, Language::Fr).unwrap();
    assert_eq!(draft.effort, weekly(4.0));
}

#[test]
fn hours_that_say_when_stay_in_the_title() {
    all_kept(
        Language::Fr,
        &[
            "Réunion à 14h",
            "Envoyer avant 18h",
            "Atelier de 14h à 16h",
            "Atelier 9h30 - 11h",
            "Répondre sous 48h",
            "Appel vers 9h",
            "Budget pour 10h",
        ],
    );
    all_kept(Language::En, &["Call at 9h", "Reduce build time by 2h", "Reply within 48h"]);
    // "Réunion de 2h" is a two-hour meeting.
    assert_eq!(fr("Réunion de 2h").unwrap().effort, one_off(2.0));
}

#[test]
fn bad_hours_are_named() {
    for (line, words) in [
        ("Slides 0h", "0h"),
        ("Slides 0 h", "0 h"),
        ("Slides 200h/w", "200h/w"),
        ("Slides 200h par semaine", "200h par semaine"),
        ("Slides 3h/mois", "3h/mois"),
        ("Slides 1h/month", "1h/month"),
        ("Slides 30h/day", "30h/day"),
        ("Slides 40h a day", "40h a day"),
        ("Slides 1h75", "1h75"),
        ("Slides -3h", "-3h"),
        ("Slides −2.5h/w", "−2.5h/w"),
    ] {
        for language in [Language::En, Language::Fr] {
            assert_eq!(
                parse(line, today(), &team_plan(), language).unwrap_err(),
                QuickError::BadHours(words.into()),
                "{line} in {language:?}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------
// French dates

#[test]
fn french_weekdays_after_every_keyword() {
    let days: [(&[&str], NaiveDate); 7] = [
        (&["lun", "lundi", "Lundi", "lun."], date(2026, 11, 30)),
        // Today is a Tuesday: "mardi" is a week from now.
        (&["mar", "mardi", "mar."], date(2026, 12, 1)),
        (&["mer", "mercredi", "Mercredi", "mer."], date(2026, 11, 25)),
        (&["jeu", "jeudi", "jeu."], date(2026, 11, 26)),
        (&["ven", "vend", "vendredi", "Vendredi", "VENDREDI", "ven."], date(2026, 11, 27)),
        (&["sam", "samedi", "sam."], date(2026, 11, 28)),
        (&["dim", "dimanche", "dim."], date(2026, 11, 29)),
    ];
    for keyword in ["pour", "par", "d'ici", "d’ici", "avant", "au plus tard", "Pour", "pour le"] {
        for (names, due) in days {
            for name in names {
                all_due(
                    Language::Fr,
                    &[&format!("Budget {keyword} {name}")],
                    "Budget",
                    due,
                    DateSaid::Weekday,
                );
            }
        }
    }
    all_due(
        Language::Fr,
        &["Budget vendredi prochain", "Budget pour vendredi prochain", "Budget ce vendredi"],
        "Budget",
        date(2026, 11, 27),
        DateSaid::Weekday,
    );
    // "ce mardi" is today; "mardi prochain" a week from now.
    all_due(Language::Fr, &["Budget ce mardi"], "Budget", today(), DateSaid::Weekday);
    all_due(
        Language::Fr,
        &["Budget mardi prochain"],
        "Budget",
        date(2026, 12, 1),
        DateSaid::Weekday,
    );
}

#[test]
fn french_days_and_months() {
    all_due(
        Language::Fr,
        &[
            "Bilan le 15 mars",
            "Bilan 15 mars",
            "Bilan pour le 15 mars",
            "Bilan avant le 15 mars",
            "Bilan d'ici le 15 mars",
            "Bilan par le 15 mars",
            "Bilan le 15 Mars",
            "Bilan le 15/03",
            "Bilan pour 15/03",
            "Bilan le 15/3",
            "Bilan le lundi 15 mars",
            "Bilan lun. 15 mars",
        ],
        "Bilan",
        date(2027, 3, 15),
        DateSaid::DayMonth,
    );
    all_due(
        Language::Fr,
        &["Bilan 15/03/2027", "Bilan le 15/03/2027", "Bilan 15/03/27", "Bilan le 15 mars 2027"],
        "Bilan",
        date(2027, 3, 15),
        DateSaid::Exact,
    );
    let months: [(&[&str], u32); 12] = [
        (&["janvier", "janv.", "janv", "jan"], 1),
        (&["février", "fevrier", "févr.", "févr", "fevr", "fév", "fev"], 2),
        (&["mars"], 3),
        (&["avril", "avr.", "avr"], 4),
        (&["mai"], 5),
        (&["juin"], 6),
        (&["juillet", "juil.", "juil"], 7),
        (&["août", "aout"], 8),
        (&["septembre", "sept.", "sept", "sep"], 9),
        (&["octobre", "oct.", "oct"], 10),
        (&["novembre", "nov.", "nov"], 11),
        (&["décembre", "decembre", "déc.", "déc", "dec"], 12),
    ];
    for (names, month) in months {
        // The next 10th of that month: this December, or next year.
        let year = if month == 12 { 2026 } else { 2027 };
        for name in names {
            all_due(
                Language::Fr,
                &[&format!("Bilan le 10 {name}")],
                "Bilan",
                date(year, month, 10),
                DateSaid::DayMonth,
            );
        }
    }
    // A date without a year is the next one on or after today.
    all_due(Language::Fr, &["Bilan le 24 novembre"], "Bilan", today(), DateSaid::DayMonth);
    all_due(
        Language::Fr,
        &["Bilan le 23 novembre"],
        "Bilan",
        date(2027, 11, 23),
        DateSaid::DayMonth,
    );
    all_due(Language::Fr, &["Bilan le 1er avril"], "Bilan", date(2027, 4, 1), DateSaid::DayMonth);
    all_due(Language::Fr, &["Bilan le 29 février"], "Bilan", date(2028, 2, 29), DateSaid::DayMonth);
    // A day alone, after a keyword: the next such day.
    all_due(
        Language::Fr,
        &["Bilan pour le 15", "Bilan avant le 15", "Bilan d'ici le 15"],
        "Bilan",
        date(2026, 12, 15),
        DateSaid::DayOfMonth,
    );
    all_due(Language::Fr, &["Bilan pour le 31"], "Bilan", date(2026, 12, 31), DateSaid::DayOfMonth);
    // `le 15` alone is a date when it ends the line.
    all_due(
        Language::Fr,
        &["Bilan le 15", "Bilan le 15 !", "Bilan le 15 à 10h"],
        "Bilan",
        date(2026, 12, 15),
        DateSaid::DayOfMonth,
    );
    assert_eq!(reads(Language::Fr, "Bilan le 15 6h").1.map(|d| d.0), Some(date(2026, 12, 15)));
    // A weekday and a day: the next day that is both.
    all_due(
        Language::Fr,
        &["Bilan pour le vendredi 27", "Bilan pour ven 27", "Bilan le vendredi 27"],
        "Bilan",
        date(2026, 11, 27),
        DateSaid::DayOfMonth,
    );
    all_due(
        Language::Fr,
        &["Bilan pour vendredi 13"],
        "Bilan",
        date(2027, 8, 13),
        DateSaid::DayOfMonth,
    );
    all_due(
        Language::Fr,
        &["Bilan pour le 1ᵉʳ décembre"],
        "Bilan",
        date(2026, 12, 1),
        DateSaid::DayMonth,
    );
}

#[test]
fn french_named_days_weeks_and_months() {
    let cases: [(&[&str], NaiveDate, DateSaid); 12] = [
        (
            &[
                "Bilan aujourd'hui",
                "Bilan aujourd’hui",
                "Bilan auj",
                "Bilan ce soir",
                "Bilan pour aujourd'hui",
            ],
            today(),
            DateSaid::Today,
        ),
        (
            &[
                "Bilan demain",
                "Bilan Demain",
                "Bilan pour demain",
                "Bilan d'ici demain",
                "Bilan avant demain",
            ],
            date(2026, 11, 25),
            DateSaid::Tomorrow,
        ),
        (
            &[
                "Bilan après-demain",
                "Bilan apres-demain",
                "Bilan après demain",
                "Bilan pour après-demain",
            ],
            date(2026, 11, 26),
            DateSaid::DayAfterTomorrow,
        ),
        (&["Bilan dans 3 jours", "Bilan d'ici 3 jours"], date(2026, 11, 27), DateSaid::InDays),
        (
            &["Bilan dans 2 semaines", "Bilan d'ici 2 semaines", "Bilan sous 2 semaines"],
            date(2026, 12, 8),
            DateSaid::InWeeks,
        ),
        (&["Bilan dans une semaine"], date(2026, 12, 1), DateSaid::InWeeks),
        (
            &[
                "Bilan pour cette semaine",
                "Bilan fin de semaine",
                "Bilan d'ici la fin de la semaine",
                "Bilan pour fin de semaine",
            ],
            date(2026, 11, 27),
            DateSaid::EndOfWeek,
        ),
        (
            &["Bilan pour la semaine prochaine", "Bilan d'ici la semaine prochaine"],
            date(2026, 12, 4),
            DateSaid::EndOfNextWeek,
        ),
        (
            &[
                "Bilan fin mars",
                "Bilan fin de mars",
                "Bilan pour fin mars",
                "Bilan pour mars",
                "Bilan d'ici mars",
                "Bilan par mars",
            ],
            date(2027, 3, 31),
            DateSaid::EndOfMonth,
        ),
        (&["Bilan fin d'avril", "Bilan d'ici avril 2027"], date(2027, 4, 30), DateSaid::EndOfMonth),
        (
            &["Bilan fin du mois", "Bilan pour la fin du mois"],
            date(2026, 11, 30),
            DateSaid::EndOfMonth,
        ),
        (&["Bilan avant mars", "Bilan avant Mars"], date(2027, 2, 28), DateSaid::BeforeMonth),
    ];
    for (lines, due, said) in cases {
        all_due(Language::Fr, lines, "Bilan", due, said);
    }
    all_due(
        Language::Fr,
        &["Bilan pour le mois prochain", "Bilan fin du mois prochain"],
        "Bilan",
        date(2026, 12, 31),
        DateSaid::EndOfMonth,
    );
}

// ---------------------------------------------------------------------------------------
// English dates

#[test]
fn english_weekdays() {
    let days: [(&[&str], NaiveDate); 7] = [
        (&["mon", "monday", "Monday", "Mon."], date(2026, 11, 30)),
        (&["tue", "tues", "tuesday"], date(2026, 12, 1)),
        (&["wed", "weds", "wednesday"], date(2026, 11, 25)),
        (&["thu", "thur", "thurs", "thursday"], date(2026, 11, 26)),
        (&["fri", "friday", "Friday", "FRI", "fri."], date(2026, 11, 27)),
        (&["sat", "saturday"], date(2026, 11, 28)),
        (&["sun", "sunday"], date(2026, 11, 29)),
    ];
    for keyword in ["by", "By", "on", "due", "due by", "due on", "before", "by next"] {
        for (names, due) in days {
            for name in names {
                all_due(
                    Language::En,
                    &[&format!("Slides {keyword} {name}")],
                    "Slides",
                    due,
                    DateSaid::Weekday,
                );
            }
        }
    }
    all_due(
        Language::En,
        &["Slides this fri", "Slides next friday", "Slides by this Friday"],
        "Slides",
        date(2026, 11, 27),
        DateSaid::Weekday,
    );
    all_due(Language::En, &["Slides this tue"], "Slides", today(), DateSaid::Weekday);
}

#[test]
fn english_days_and_months() {
    all_due(
        Language::En,
        &[
            "Talk by 15 Mar",
            "Talk by Mar 15",
            "Talk by March 15th",
            "Talk on the 15th of March",
            "Talk by 15th March",
            "Talk 15 March",
            "Talk Mar 15",
            "Talk by 15/03",
            "Talk by 3/15",
            "Talk on Monday, March 15",
            "Talk due mon 15 mar",
        ],
        "Talk",
        date(2027, 3, 15),
        DateSaid::DayMonth,
    );
    all_due(
        Language::En,
        &["Talk by March 15th, 2027", "Talk 15/03/2027", "Talk by 3/15/2027", "Talk 15 Mar 2027"],
        "Talk",
        date(2027, 3, 15),
        DateSaid::Exact,
    );
    all_due(Language::En, &["Talk by 3/3"], "Talk", date(2027, 3, 3), DateSaid::DayMonth);
    all_due(
        Language::En,
        &["Talk by the 15th", "Talk on the 15th", "Talk by 15th", "Talk by the 15"],
        "Talk",
        date(2026, 12, 15),
        DateSaid::DayOfMonth,
    );
    let months: [(&[&str], u32); 12] = [
        (&["jan", "january", "Jan."], 1),
        (&["feb", "february"], 2),
        (&["mar", "march"], 3),
        (&["apr", "april"], 4),
        (&["may"], 5),
        (&["jun", "june"], 6),
        (&["jul", "july"], 7),
        (&["aug", "august"], 8),
        (&["sep", "sept", "september"], 9),
        (&["oct", "october"], 10),
        (&["nov", "november"], 11),
        (&["dec", "december", "Dec."], 12),
    ];
    for (names, month) in months {
        let year = if month == 12 { 2026 } else { 2027 };
        for name in names {
            for line in [format!("Talk by 10 {name}"), format!("Talk by {name} 10")] {
                all_due(Language::En, &[&line], "Talk", date(year, month, 10), DateSaid::DayMonth);
            }
        }
    }
}

#[test]
fn english_digits_in_either_order_unless_ambiguous() {
    for line in ["Talk by 3/4", "Talk on 1/2", "Talk 3/4/2027"] {
        let words = line.rsplit(' ').next().unwrap();
        assert_eq!(en(line).unwrap_err(), QuickError::AmbiguousDate(words.into()), "{line}");
    }
    // ISO and month names always say which.
    assert_eq!(reads(Language::En, "Talk by 2027-04-03").1.map(|d| d.0), Some(date(2027, 4, 3)));
    assert_eq!(reads(Language::En, "Talk by 3 Apr").1.map(|d| d.0), Some(date(2027, 4, 3)));
    // French is always day first.
    assert_eq!(reads(Language::Fr, "Bilan pour 3/4").1.map(|d| d.0), Some(date(2027, 4, 3)));
}

#[test]
fn english_named_days_weeks_and_months() {
    let cases: [(&[&str], NaiveDate, DateSaid); 11] = [
        (
            &["Call today", "Call by today", "Call tonight", "Call eod", "Call by EOD"],
            today(),
            DateSaid::Today,
        ),
        (
            &[
                "Call tomorrow",
                "Call by tomorrow",
                "Call Tomorrow",
                "Call tmrw",
                "Call on tomorrow",
            ],
            date(2026, 11, 25),
            DateSaid::Tomorrow,
        ),
        (
            &["Call day after tomorrow", "Call by the day after tomorrow"],
            date(2026, 11, 26),
            DateSaid::DayAfterTomorrow,
        ),
        (&["Call in 3 days", "Call within 3 days"], date(2026, 11, 27), DateSaid::InDays),
        (
            &["Call in 2 weeks", "Call within 2 weeks", "Call in 2 wks"],
            date(2026, 12, 8),
            DateSaid::InWeeks,
        ),
        (&["Call in a week"], date(2026, 12, 1), DateSaid::InWeeks),
        (
            &[
                "Call eow",
                "Call by EOW",
                "Call by this week",
                "Call by end of week",
                "Call end of the week",
            ],
            date(2026, 11, 27),
            DateSaid::EndOfWeek,
        ),
        (
            &["Call by next week", "Call end of next week", "Call due next week"],
            date(2026, 12, 4),
            DateSaid::EndOfNextWeek,
        ),
        (
            &["Call by March", "Call end of March", "Call by end of March", "Call due March"],
            date(2027, 3, 31),
            DateSaid::EndOfMonth,
        ),
        (
            &[
                "Call eom",
                "Call by end of month",
                "Call end of the month",
                "Call by the end of the month",
            ],
            date(2026, 11, 30),
            DateSaid::EndOfMonth,
        ),
        (&["Call before March", "Call before march"], date(2027, 2, 28), DateSaid::BeforeMonth),
    ];
    for (lines, due, said) in cases {
        all_due(Language::En, lines, "Call", due, said);
    }
    all_due(
        Language::En,
        &["Call by next month", "Call end of next month"],
        "Call",
        date(2026, 12, 31),
        DateSaid::EndOfMonth,
    );
    all_due(Language::En, &["Call by May 2027"], "Call", date(2027, 5, 31), DateSaid::EndOfMonth);
}

#[test]
fn the_end_of_a_week_is_my_last_working_day() {
    let mut plan = team_plan();
    plan.people[0].working_days = WorkingDays::MONDAY_TO_FRIDAY.without(chrono::Weekday::Fri);
    let due =
        |line: &str| parse(line, today(), &plan, Language::En).unwrap().due_date().unwrap().date;
    assert_eq!(due("Call by eow"), date(2026, 11, 26), "Thursday, when I do not work Fridays");
    assert_eq!(due("Call by next week"), date(2026, 12, 3));
    // On a Saturday the working week is over: the week's last day.
    let saturday = date(2026, 11, 28);
    let draft = parse("Call eow", saturday, &team_plan(), Language::En).unwrap();
    assert_eq!(draft.due_date().unwrap().date, date(2026, 11, 29));
}

#[test]
fn iso_dates_read_in_both_languages_with_or_without_a_keyword() {
    for (language, lines) in [
        (Language::En, ["Slides by 2026-12-15", "Slides 2026-12-15", "Slides on 2026-12-15"]),
        (Language::Fr, ["Slides pour 2026-12-15", "Slides 2026-12-15", "Slides le 2026-12-15"]),
    ] {
        all_due(language, &lines, "Slides", date(2026, 12, 15), DateSaid::Exact);
    }
}

#[test]
fn dates_are_read_in_the_language_of_the_interface() {
    all_kept(Language::Fr, &["Slides on Friday", "Slides fri", "Slides 15 March"]);
    all_kept(Language::En, &["Budget pour ven", "Budget le 15 mars", "Budget vendredi"]);
    // Except `by` in French, which the French hint once taught and no French word is.
    all_due(
        Language::Fr,
        &["Slides by fri", "Slides by Friday EOD"],
        "Slides",
        date(2026, 11, 27),
        DateSaid::Weekday,
    );
    all_due(Language::Fr, &["Slides by Dec 4"], "Slides", date(2026, 12, 4), DateSaid::DayMonth);
    all_due(Language::Fr, &["Slides by 2026-12-15"], "Slides", date(2026, 12, 15), DateSaid::Exact);
    all_refused(Language::Fr, &[("Slides by frday", "frday")]);
}

#[test]
fn a_weekday_in_full_that_ends_the_line_is_the_due_date() {
    all_due(
        Language::Fr,
        &[
            "Rendre le rapport lundi",
            "Rendre le rapport Lundi.",
            "Rendre le rapport lundi 2h",
            "Rendre le rapport lundi matin",
            "Rendre le rapport lundi -",
        ],
        "Rendre le rapport",
        date(2026, 11, 30),
        DateSaid::Weekday,
    );
    all_due(
        Language::En,
        &["Send the invoice Friday", "Send the invoice friday 2h", "Send the invoice Friday EOD"],
        "Send the invoice",
        date(2026, 11, 27),
        DateSaid::Weekday,
    );
    // Not in the middle, not abbreviated (`Appeler Sam`), not after an article or `de`.
    all_kept(
        Language::Fr,
        &["Appeler Sam", "Réunion le vendredi", "Préparer la réunion de lundi", "Point du lundi"],
    );
    all_kept(Language::En, &["Fix Monday report", "Call Sun", "Prepare for Monday"]);
}

#[test]
fn a_time_of_day_goes_with_its_date() {
    all_due(
        Language::En,
        &[
            "Ship v2 by Friday EOD",
            "Ship v2 by fri 5pm",
            "Ship v2 by fri at 5pm",
            "Ship v2 on fri at 17:00",
            "Ship v2 friday morning",
            "Ship v2 by friday noon",
        ],
        "Ship v2",
        date(2026, 11, 27),
        DateSaid::Weekday,
    );
    all_due(
        Language::Fr,
        &[
            "Livrer la v2 demain matin",
            "Livrer la v2 demain à 14h",
            "Livrer la v2 demain à 14h30",
            "Livrer la v2 pour demain midi",
            "Livrer la v2 demain soir",
            "Livrer la v2 demain 17:00",
        ],
        "Livrer la v2",
        date(2026, 11, 25),
        DateSaid::Tomorrow,
    );
    // Before its date, a time stays in the title.
    assert_eq!(reads(Language::Fr, "Faire le point à 14h demain").0, "Faire le point à 14h");
}

#[test]
fn more_ways_to_say_a_date() {
    all_due(
        Language::Fr,
        &["Budget vers le 15 mars"],
        "Budget",
        date(2027, 3, 15),
        DateSaid::DayMonth,
    );
    all_due(
        Language::En,
        &["Budget around Mar 15"],
        "Budget",
        date(2027, 3, 15),
        DateSaid::DayMonth,
    );
    // `for` takes a day with its month only.
    all_due(
        Language::En,
        &["Book flights for March 3"],
        "Book flights",
        date(2027, 3, 3),
        DateSaid::DayMonth,
    );
    all_kept(
        Language::En,
        &["Gift for Frida", "Tickets for 3/4 of the team", "Plan for next week"],
    );
    // A count of days written as one word.
    all_due(
        Language::Fr,
        &["Budget dans 15j", "Budget sous 15j"],
        "Budget",
        date(2026, 12, 9),
        DateSaid::InDays,
    );
    all_due(Language::En, &["Budget in 2w"], "Budget", date(2026, 12, 8), DateSaid::InWeeks);
    // A weekday before digits.
    all_due(
        Language::Fr,
        &["Budget pour le vendredi 4/12", "Budget ven. 04/12"],
        "Budget",
        date(2026, 12, 4),
        DateSaid::DayMonth,
    );
    // Punctuation left at the end of the title goes.
    assert_eq!(reads(Language::Fr, "Préparer le budget, 6h, pour ven.").0, "Préparer le budget");
    assert_eq!(reads(Language::En, "Slides: by fri").0, "Slides");
    // Ranges and moves are not deadlines.
    all_kept(Language::Fr, &["Vacances du 20 au 27 décembre", "Reporter la réunion au 3 mars"]);
    all_kept(Language::En, &["Move standup to Friday", "Freeze until Dec 15"]);
}

// ---------------------------------------------------------------------------------------
// Titles that stay whole

#[test]
fn english_titles_that_only_look_like_dates_stay_whole() {
    all_kept(
        Language::En,
        &[
            "Talk organised by Claire",
            "Write 2nd draft of h2 plan for Bob",
            "Fix Monday report",
            "Standup on Mondays",
            "Lunch on Fridays with the team",
            "Review by Marc",
            "Review by Jane",
            "Code review by Julie",
            "Work on budget",
            "Feedback on March plan",
            "Compare 24/7 support",
            "Read today's news",
            "Plan tomorrow's demo",
            "Minutes of 15 March",
            "Notes from March 3",
            "Due diligence on Acme",
            "Top 40 march songs",
            "Talk on Rust",
            "Sort by date",
            "Hold the line by hand",
            "Pay by card",
            "Plan for Monday standup",
            "Check in on Sam",
            "Decide by consensus",
            "Raise 5 issues",
            "Plan next sprint",
        ],
    );
}

#[test]
fn french_titles_that_only_look_like_dates_stay_whole() {
    all_kept(
        Language::Fr,
        &[
            "Préparer le budget",
            "Réunion pour l'équipe",
            "Réunion pour l’équipe",
            "Envoyer le rapport par mail",
            "Envoyer le rapport par e-mail",
            "Cadeau pour Marie",
            "Cadeau pour Marc",
            "Cadeau pour Jules",
            "Commander pour 20 personnes",
            "Compte rendu du 15 mars",
            "Préparer la réunion de demain",
            "Bilan de la semaine prochaine",
            "Réunion le vendredi",
            "Réunions les lundis",
            "Revue par Claire",
            "Passer par le service RH",
            "Point d'équipe par téléphone",
            "Trier par ordre de priorité",
            "Relire le document",
            "Payer par carte",
            "Lire le 2e chapitre",
            "Classer par mois",
            "Réserver pour midi",
            "Ranger dans 3 boîtes",
            "Avant toute chose",
            "Classer le 15 suivant",
            "Ce dossier d'abord",
            "Rapport de mars",
        ],
    );
}

#[test]
fn quoted_words_are_title_whatever_they_say() {
    let draft = read(Language::En, "Cut costs \"by 1/2\" @finance 3h");
    assert_eq!(draft.title.as_str(), "Cut costs \"by 1/2\"");
    assert_eq!(draft.effort, one_off(3.0));
    assert_eq!(reads(Language::En, "Review \"Tomorrow\" by fri").0, "Review \"Tomorrow\"");
    assert_eq!(reads(Language::Fr, "Lire « Demain » pour ven").0, "Lire « Demain »");
    assert_eq!(reads(Language::Fr, "Lire « par ven » 2h").0, "Lire « par ven »");
    // A quote never closed quotes nothing.
    assert_eq!(reads(Language::En, "Call \"Bob by fri").0, "Call \"Bob");
    // Marco is one letter from March: quoted, he stays.
    assert_eq!(en("Review by Marco").unwrap_err(), QuickError::BadDate("Marco".into()));
    assert_eq!(reads(Language::En, "Review by \"Marco\"").0, "Review by \"Marco\"");
}

// ---------------------------------------------------------------------------------------
// Refusals

#[test]
fn english_dates_that_cannot_be_read_are_refused_by_name() {
    all_refused(
        Language::En,
        &[
            ("Slides by frday", "frday"),
            ("Slides by Frday", "Frday"),
            ("Slides by fridya", "fridya"),
            ("Slides on wednsday", "wednsday"),
            ("Slides by wendsday", "wendsday"),
            ("Slides by thrusday", "thrusday"),
            ("Slides due tusday", "tusday"),
            ("Slides before saturdy", "saturdy"),
            ("Slides by tomorow", "tomorow"),
            ("Slides by tommorrow", "tommorrow"),
            ("Slides by todya", "todya"),
            ("Slides next frday", "frday"),
            ("Slides this thursdy", "thursdy"),
            ("Slides by febuary", "febuary"),
            ("Slides by 15 febuary", "15 febuary"),
            ("Slides 15 Marhc", "15 Marhc"),
            ("Slides by the 15th of Agust", "15th of Agust"),
            ("Slides by 31/02", "31/02"),
            ("Slides by 13/13", "13/13"),
            ("Slides by 2026-02-30", "2026-02-30"),
            ("Slides 2026-02-30", "2026-02-30"),
            ("Slides 2026-13-01", "2026-13-01"),
            ("Slides 31/02/2027", "31/02/2027"),
            ("Slides by 30 Feb", "30 Feb"),
            ("Slides by the 32nd", "the 32nd"),
            ("Slides by fri 5 Dec", "fri 5 Dec"),
            ("Minutes of 2026-02-30", "2026-02-30"),
        ],
    );
}

#[test]
fn french_dates_that_cannot_be_read_are_refused_by_name() {
    all_refused(
        Language::Fr,
        &[
            ("Budget pour vendredy", "vendredy"),
            ("Budget par vendredy", "vendredy"),
            ("Budget d'ici vendredy", "vendredy"),
            ("Budget avant vendrdi", "vendrdi"),
            ("Budget pour le vendredy", "vendredy"),
            ("Budget pour venredi", "venredi"),
            ("Budget pour mercedi", "mercedi"),
            ("Budget pour lundy", "lundy"),
            ("Budget pour samdi", "samdi"),
            ("Budget ce vendredy", "vendredy"),
            ("Budget pour demian", "demian"),
            ("Budget pour aujourdhiu", "aujourdhiu"),
            ("Budget avant marss", "marss"),
            ("Budget pour septmbre", "septmbre"),
            ("Budget le 15 marss", "15 marss"),
            ("Budget 15 marss", "15 marss"),
            ("Budget le 15 fevirer", "15 fevirer"),
            ("Budget le 31/02", "31/02"),
            ("Budget pour 31/02", "31/02"),
            ("Budget le 15/13", "15/13"),
            ("Budget 15/13/2027", "15/13/2027"),
            ("Budget le 31 février", "31 février"),
            ("Budget le 32 mars", "32 mars"),
            ("Budget pour le 32", "le 32"),
            ("Budget 2026-02-30", "2026-02-30"),
            ("Budget le ven. 5 déc.", "le ven. 5 déc."),
        ],
    );
}

#[test]
fn saying_something_twice_is_refused() {
    assert_eq!(en("Talk 3h 4h").unwrap_err(), QuickError::Twice("4h".into()));
    assert_eq!(en("Talk by fri by mon").unwrap_err(), QuickError::Twice("by mon".into()));
    assert_eq!(fr("Budget pour ven demain").unwrap_err(), QuickError::Twice("demain".into()));
    assert_eq!(en("Talk @alice @claire").unwrap_err(), QuickError::Twice("@claire".into()));
    // Once the first is read, the second comes together: still twice.
    assert_eq!(en("Talk by by fri fri").unwrap_err(), QuickError::Twice("by fri".into()));
    // Important twice and several tags are fine.
    let draft = read(Language::En, "Talk ! !! #a #b #a");
    assert!(draft.important);
    assert_eq!(draft.tags.len(), 2);
}

#[test]
fn people() {
    let draft = read(Language::En, "Migrate CI 24h @@alice");
    assert_eq!(draft.owner, Some(person_id(2)));
    assert_eq!(en("Migrate CI @@claire").unwrap_err(), QuickError::CannotOwn("claire".into()));
    let draft = read(Language::Fr, "Budget 4h @finance");
    assert_eq!(draft.requested_by, Some(Party::Text(Source::parse("finance").unwrap())));
    assert_eq!(en("Budget @@finance").unwrap_err(), QuickError::UnknownPerson("finance".into()));
    assert!(matches!(en("   ").unwrap_err(), QuickError::Title(TextError::Empty)));
    assert!(matches!(en("! @claire").unwrap_err(), QuickError::Title(TextError::Empty)));
}

// ---------------------------------------------------------------------------------------
// Properties

/// Words a line may be made of: title words, tokens, keywords, dates and near-misses.
const VOCABULARY: &str = "Talk Budget Préparer le la les budget pour par d'ici avant vers by on
    due before for the of de du au to this next ce prochain prochaine fri friday Monday ven ven.
    vendredi lundi mar mars March Mar avril 15 1er 15th 3 a h h/sem min 6h 3h/w 3h/sem 2,5h
    1h30 90min 30min/j per week day jour /day semaine semaines mois month jours days 15j in
    dans à at 14h 5pm 17:00 matin EOD demain tomorrow today aujourd'hui après-demain fin end
    eow 15/03 3/4 1/2 24/7 31/02 15/03/2027 2026-12-15 2027 @claire @@alice @bob #tag !
    frday vendredy marss Marco Claire Sam mail \" « » \"by fri\" - ,";

fn line_of(words: Vec<usize>) -> String {
    let vocabulary: Vec<&str> = VOCABULARY.split_whitespace().collect();
    words.into_iter().map(|i| vocabulary[i % vocabulary.len()]).collect::<Vec<_>>().join(" ")
}

fn language() -> impl Strategy<Value = Language> {
    prop_oneof![Just(Language::En), Just(Language::Fr)]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_text_is_read_or_refused_without_panicking(line in "\\PC{0,80}", language in language()) {
        // Read or refused, either is fine: what is checked is that it returns.
        let _read_or_refused = parse(&line, today(), &team_plan(), language);
    }

    #[test]
    fn the_title_holds_no_word_that_was_read(
        words in proptest::collection::vec(0usize..200, 1..10),
        language in language(),
    ) {
        let line = line_of(words);
        let plan = team_plan();
        if let Ok(draft) = parse(&line, today(), &plan, language) {
            // The title is exactly the words read as title, in order.
            let title_words: Vec<&str> = draft
                .pieces
                .iter()
                .filter(|piece| piece.part == Part::Title)
                .map(|piece| &line[piece.span.clone()])
                .collect();
            let joined = title_words.join(" ");
            let trimmed = joined.trim_end_matches(|c: char| c.is_whitespace() || ",;:-\u{2013}\u{2014}".contains(c));
            prop_assert_eq!(draft.title.as_str(), trimmed);
            prop_assert_eq!(draft.pieces.len(), line.split_whitespace().count());
            // And it says nothing more: read again, it is all title.
            let again = parse(draft.title.as_str(), today(), &plan, language);
            prop_assert!(again.is_ok(), "{:?} gave {:?}, its title {:?}", line, draft.title, again);
            let again = again.unwrap();
            prop_assert_eq!(&again.title, &draft.title, "{:?}", line);
            prop_assert_eq!(again.effort, Effort::Unestimated, "{:?}", line);
            prop_assert_eq!(again.due, None, "{:?}", line);
            prop_assert_eq!(again.requested_by, None, "{:?}", line);
            prop_assert_eq!(again.owner, None, "{:?}", line);
            prop_assert!(!again.important, "{:?}", line);
            prop_assert!(again.tags.is_empty(), "{:?}", line);
        }
    }

    #[test]
    fn a_date_without_a_year_is_never_before_today(
        day in 1u32..=31,
        month in 1usize..=12,
        offset in 0i64..800,
    ) {
        let today = today() + chrono::Duration::days(offset);
        let names = ["janv", "févr", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"];
        let line = format!("Bilan le {day} {}", names[month - 1]);
        match parse(&line, today, &team_plan(), Language::Fr) {
            Ok(draft) => {
                let due = draft.due_date().unwrap().date;
                prop_assert!(due >= today);
                prop_assert!(due - today < chrono::Duration::days(366 * 4 + 1));
                prop_assert_eq!(chrono::Datelike::day(&due), day);
            }
            Err(error) => prop_assert_eq!(error, QuickError::BadDate(format!("{day} {}", names[month - 1]))),
        }
    }
}
