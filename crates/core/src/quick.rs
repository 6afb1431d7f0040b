//! Quick add: one line of text to a draft commitment, read in the interface's language.
//!
//! `Talk at the meetup 12h by 15 Mar @claire !` reads as the title "Talk at the meetup",
//! 12 hours of one-off work, due 15 March, asked by Claire, important. In French,
//! `Préparer le budget 6h par ven` reads as "Préparer le budget", 6 hours, due Friday.
//! Everything after the first word of the title may come in any order. Nothing here is a
//! sentence for the user: the draft and the errors are data, which the shell words.
//!
//! # In both languages
//!
//! - Hours: `12h`, `2.5h`, `2,5h`, `1h30`, `90min`, `90m`, `2hrs`, `12 h`, `6 heures`, `1 h
//!   30`, `90 min`: one-off work. Followed by `/w`, `/wk`, `/week`, `/sem`, `/semaine` or the words `per week`,
//!   `a week`, `each week`, `every week`, `weekly`, `par semaine`, `par sem`, `chaque
//!   semaine`: recurring hours per week (`3h/w`, `3 h/semaine`, `2h par semaine`). Followed
//!   by `/d`, `/day`, `/j`, `/jour`, `a day`, `per day`, `each day`, `every day`, `daily`,
//!   `par jour`, `chaque jour`: hours a day (24 at most) times my working days a week
//!   (`30 min a day` is 2.5 h a week from Monday to Friday). Any other `/…` is refused.
//!   Hours right after a word that makes them a time (`à 14h`, `avant 18h`, `pour 10h`,
//!   `vers 9h`, `sous 48h`, `at 9h`, `by 2h`, `in 2h`, `9h30 - 11h`) or that open a range
//!   (`14h à 16h`) stay in the title: they say when, not how long.
//! - An ISO date, `2026-12-15`, with or without a keyword.
//! - `@name`: who asked (the one person of the plan whose name or a part of it starts
//!   with `name`, or else the text itself); `@@name`: who will own it, a person who
//!   carries work. `!` or `!!`: important. `#tag`: a tag.
//! - Words between double quotes (`"…"`, `“…”`, `« … »`) are title whatever they say, and
//!   keep their quotes: `Cut costs "by 1/2" @finance`.
//!
//! # Due dates in English
//!
//! After `by`, `on`, `due`, `due by`, `due on`, `before`, `around`:
//!
//! - a weekday: `by fri`, `by friday`, `on Tue.`, `by next fri`, `by this Friday`;
//! - a day and a month, and a year if wanted: `by 15 Mar`, `by Mar 15`, `on the 15th of
//!   March`, `by March 15th, 2027`, `by fri 4 Dec`; a day alone: `by the 15th`, `by 1st`;
//! - digits: `by 15/03` and `by 3/15` are both 15 March, since only one order is a date;
//!   `by 3/4`, which could be 3 April or 4 March, is refused as ambiguous
//!   ([`QuickError::AmbiguousDate`]) rather than guessed: a month name or ISO says which;
//! - `today`, `tonight`, `eod`, `tomorrow`, `tmrw`, `day after tomorrow`, `in 3 days`,
//!   `in 2 weeks`, `within 2 weeks`, `in a week`, `in 2w`;
//! - `this week`, `eow`, `end of week`: my last working day of this week; `next week`,
//!   `end of next week`: my last working day of next week. Not next Monday: "by next
//!   week" is heard as "some time next week", and a Monday deadline would crowd this
//!   week's load with work that can wait;
//! - a month: `by March`, `end of March`, `eom`, `end of month`, `next month`: its last
//!   day; `before March`: the day before it begins. `on` takes days only.
//!
//! After `for`, only a day with its month: `Book flights for March 3`; `for Monday` and
//! `for 1/2` stay in the title, being too often something else.
//!
//! # Due dates in French
//!
//! After `pour`, `par`, `d'ici`, `avant`, `vers`, `au plus tard`, with or without accents:
//!
//! - a weekday, short or in full, with or without its dot: `pour ven`, `par vendredi`,
//!   `d'ici jeu.`, `avant lundi prochain`, `pour le mardi`;
//! - a day and a month: `pour le 15 mars`, `avant le 1er avril 2027`, `pour ven. 4 déc.`;
//!   months in full or abbreviated (`janv.`, `févr`, `fév`, `avr`, `juil`, `sept`,
//!   `déc`...); a day alone: `pour le 15`, `avant le 15`; a weekday and a day: `pour
//!   vendredi 13`, the next day that is both;
//! - digits, always day first: `pour 15/03`, `pour le vendredi 4/12`;
//! - `aujourd'hui`, `auj`, `ce soir`, `demain`, `après-demain`, `dans 3 jours`, `sous 8j`,
//!   `dans 2 semaines`, `d'ici 2 semaines`, `dans une semaine`;
//! - `cette semaine`, `fin de semaine`, `la semaine prochaine`; a month: `pour mars`, `fin
//!   mars`, `fin d'avril`, `fin du mois`, `le mois prochain`: its last day; `avant mars`:
//!   the day before it begins.
//!
//! # Without a keyword
//!
//! A date is read where it can only be a date: an ISO date, digits with a year
//! (`15/03/2027`), a day with its month (`15 mars`, `le 15 mars`, `le 15/03`, `Mar 15`),
//! `today`, `tomorrow`, `eod`, `eow`, `end of March`, `in 3 days`, `demain`,
//! `aujourd'hui`, `après-demain`, `fin mars`, `dans 2 semaines`, a weekday with `this`,
//! `next`, `ce` or `prochain` (`ce vendredi`, `vendredi prochain`), and, when they end the
//! line, a weekday in full (`Rendre le rapport lundi`, `Send the invoice Friday`) or a
//! day with its article (`Payer le loyer le 5`, `Pay rent the 1st`). Elsewhere a
//! weekday is part of the title: `Fix Monday report`, `Appeler Sam`. A time of day after
//! a date goes with it (`by Friday EOD`, `fri 5pm`, `at 17:00`, `demain matin`, `lundi à
//! 14h`): a due date is a day. Digits without a year stay (`Compare 24/7 support`).
//!
//! Right after `of`, `from`, `since`, `to`, `until`, `for`, `the`, `de`, `du`, `des`,
//! `depuis`, `au`, `jusqu'au`, `le`, `la`, a date stays in the title: "Compte rendu du 15
//! mars", "Préparer la réunion de demain", "Vacances du 20 au 27 décembre", "Move standup
//! to Friday", "Réunion le vendredi" name a thing, a range, a move or a habit.
//!
//! A date without a year is the next such date on or after today. A weekday (`by fri`,
//! `next fri`, `vendredi prochain`) is the next one after today, a week ahead on that very
//! day, since "today" would say today; `this fri` and `ce ven` may be today.
//!
//! Dates are read in the interface's language: an English line keeps `pour ven` in its
//! title, a French one `on Friday`; hours and ISO dates are read in both. One exception:
//! a French line reads `by` with the English words after it (`by fri`, `by Dec 4`), since
//! the French hint once taught that form and `by` is no French word. The shell shows what
//! was understood before it adds, so a word left in the title shows at once.
//!
//! # Words that look like a date but are none
//!
//! A misread date is worse than a refused line: the title would carry a deadline that
//! the draft does not, and the verdict would ignore it. So the line is refused with
//! [`QuickError::BadDate`], naming the words as typed, when:
//!
//! - digits are written as a date that does not exist: `2026-02-30` or `31/02/2027`
//!   anywhere, `31/02` or `15/13` after a keyword or `le`, `31 février`, `le 32 mars`,
//!   `pour le 32`;
//! - a due keyword (`by`, `on`, `due`, `before`, `around`, `pour`, `par`, `d'ici`,
//!   `avant`, `vers`), or `this`, `next`, `ce` before a weekday, is followed by a
//!   misspelt weekday, month or day word (`by frday`, `pour vendredy`, `avant marss`, `by
//!   tomorow`, `next thursdy`), or a day number by a misspelt month (`le 15 marss`, `by
//!   the 15th of Agust`, `15 febuary`);
//! - a weekday disagrees with its date (`fri 5 Dec` when 5 December is a Saturday).
//!
//! "Misspelt" is narrow, so that names and ordinary words after `by` or `pour` stay in
//! the title: a word of 5 letters or more (`Marc`, `Jane`, `mail`, `Sam` are shorter)
//! one edit away (a letter added, dropped, changed, or two swapped) from the full name of
//! a weekday, a month, `today`, `tomorrow`, `tonight`, `demain` or `aujourd'hui`; two
//! edits for words of 7 letters or more against names of 8 or more (`wendsday`). Plurals
//! (`on Mondays`, `les lundis`) are habits and stay. So `organised by Claire`, `Préparer
//! le budget`, `Réunion pour l'équipe`, `par mail`, `pour Marie` and `Cadeau pour Marc`
//! keep every word, while `by Marco`, one letter from "March", is refused: the error names
//! the word, and `@marco` or quotes say what was meant.
//!
//! # Reading, again
//!
//! What is read is taken out of the line and the rest read again, so that words that
//! meet once the words between them are gone are read too (`Talk by @claire fri` is due
//! Friday), and the title never holds words that would be read if it were typed alone.
//! Saying a thing twice (two estimates, two due dates, two requesters or owners) is
//! refused with [`QuickError::Twice`] rather than one being dropped. Punctuation left at
//! the end of the title (`Budget, 6h, pour ven.`) goes with what followed it.

use std::fmt;
use std::ops::Range;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::calendar::start_of_week;
use crate::commitment::{Due, DueKind, Effort, Party};
use crate::hours::{PositiveHours, WeeklyHours};
use crate::ids::PersonId;
use crate::person::WorkingDays;
use crate::plan::Plan;
use crate::settings::Language;
use crate::text::{Source, Tag, TextError, Title};

/// What one line says.
#[derive(Clone, Debug, PartialEq)]
pub struct QuickDraft {
    pub title: Title,
    pub effort: Effort,
    pub due: Option<QuickDue>,
    pub requested_by: Option<Party>,
    /// A person named with `@@`, who will own the work.
    pub owner: Option<PersonId>,
    pub important: bool,
    pub tags: Vec<Tag>,
    /// Every word of the line, in order, with what it was read as, so that the shell can
    /// mark what it understood.
    pub pieces: Vec<Piece>,
}

impl QuickDraft {
    /// The due date as a commitment holds it: soft, since one line makes no promise.
    pub fn due_date(&self) -> Option<Due> {
        self.due.map(|due| due.due)
    }
}

/// A due date and the way the line said it, so that the shell can say it back in the
/// same terms ("due Friday 4 Dec", "due tomorrow, 25 Nov", "due end of March").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuickDue {
    pub due: Due,
    pub said: DateSaid,
}

/// How a due date was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DateSaid {
    /// A date with its year: `2026-12-15`, `15/03/2027`, `15 mars 2027`.
    Exact,
    /// A day and a month, no year (`15 mars`, `Mar 15`, `le 15/03`): the next such date
    /// on or after today.
    DayMonth,
    /// A day of the month alone (`pour le 15`, `by the 15th`): the next such day on or
    /// after today.
    DayOfMonth,
    /// A weekday (`by fri`, `pour vendredi`): the date's weekday, the next one after
    /// today (or today's, for `this fri` and `ce ven`).
    Weekday,
    /// `today`, `tonight`, `eod`, `aujourd'hui`, `ce soir`.
    Today,
    /// `tomorrow`, `demain`.
    Tomorrow,
    /// `day after tomorrow`, `après-demain`.
    DayAfterTomorrow,
    /// `in 3 days`, `dans 3 jours`.
    InDays,
    /// `in 2 weeks`, `dans 2 semaines`: that many weeks from today.
    InWeeks,
    /// `this week`, `eow`, `fin de semaine`: my last working day of this week.
    EndOfWeek,
    /// `next week`, `la semaine prochaine`: my last working day of next week.
    EndOfNextWeek,
    /// `by March`, `end of March`, `fin mars`, `eom`, `next month`: the month's last day.
    EndOfMonth,
    /// `before March`, `avant mars`: the last day before the month begins.
    BeforeMonth,
}

/// One word of the line: where it is (bytes of the line) and what it was read as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub span: Range<usize>,
    pub part: Part,
}

/// What a word of the line was read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Title,
    Effort,
    Due,
    RequestedBy,
    Owner,
    Important,
    Tag,
}

impl Part {
    /// A stable name, for a CSS class or a test id.
    pub fn as_str(self) -> &'static str {
        match self {
            Part::Title => "title",
            Part::Effort => "effort",
            Part::Due => "due",
            Part::RequestedBy => "requested-by",
            Part::Owner => "owner",
            Part::Important => "important",
            Part::Tag => "tag",
        }
    }
}

/// Why a line cannot be read, with the words at fault as typed. The shell words it.
#[derive(Clone, Debug, PartialEq)]
pub enum QuickError {
    /// No title left once the rest is read, or one too long.
    Title(TextError),
    /// Words meant as a date that are not one: `2026-02-30`, `31/02`, `frday`, `15 marss`.
    BadDate(String),
    /// Digits that are a date in either order, in English (`3/4`): a month name or an ISO
    /// date says which.
    AmbiguousDate(String),
    /// Hours that are zero, too many, or per something other than a day or a week
    /// (`0h`, `200h/w`, `3h/mois`).
    BadHours(String),
    /// `@@name` that matches nobody.
    UnknownPerson(String),
    /// `@name` or `@@name` that matches several people.
    AmbiguousPerson(String),
    /// `@@name` for someone who cannot carry work.
    CannotOwn(String),
    BadTag(String),
    /// A second estimate, due date, requester or owner: the words that said it again.
    Twice(String),
}

/// For logs and tests; the shell words errors in the user's language.
impl fmt::Display for QuickError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QuickError::Title(error) => write!(f, "title: {error}"),
            QuickError::BadDate(words) => write!(f, "not a date: {words}"),
            QuickError::AmbiguousDate(words) => write!(f, "ambiguous date: {words}"),
            QuickError::BadHours(words) => write!(f, "not hours: {words}"),
            QuickError::UnknownPerson(name) => write!(f, "unknown person: {name}"),
            QuickError::AmbiguousPerson(name) => write!(f, "several people match: {name}"),
            QuickError::CannotOwn(name) => write!(f, "cannot own work: {name}"),
            QuickError::BadTag(tag) => write!(f, "not a tag: {tag}"),
            QuickError::Twice(words) => write!(f, "said twice: {words}"),
        }
    }
}

impl std::error::Error for QuickError {}

/// Reads one line in `language`. `today` resolves relative dates; `plan` resolves names,
/// and my working days and the week start place "end of week".
pub fn parse(
    line: &str,
    today: NaiveDate,
    plan: &Plan,
    language: Language,
) -> Result<QuickDraft, QuickError> {
    let words = split(line);
    let context = Context {
        today,
        lexicon: lexicon(language),
        week_start: plan.settings.week_start.into(),
        working: plan.me().map_or(WorkingDays::MONDAY_TO_FRIDAY, |me| me.working_days),
    };
    // The first word that is not `!` or a person always belongs to the title, so that
    // there is one ("12h by fri" is a title).
    let first = words.iter().position(|word| word.literal || !is_leading_token(word.raw));
    let mut parts: Vec<Part> = vec![Part::Title; words.len()];
    let mut remaining: Vec<usize> = (0..words.len()).collect();
    let mut draft = Reading::default();
    let mut at = 0;
    while at < remaining.len() {
        let index = remaining[at];
        if Some(index) == first || words[index].literal {
            at += 1;
            continue;
        }
        let window: Vec<&Word> = remaining[at..]
            .iter()
            .map(|&i| &words[i])
            .take_while(|word| !word.literal)
            .take(WINDOW)
            .collect();
        let before = at.checked_sub(1).map(|b| words[remaining[b]].norm.as_str());
        let place = Place {
            before,
            after_first: first.is_some_and(|first| index > first),
            reaches_end: window.len() == remaining.len() - at,
        };
        match read(&window, &place, plan, &context)? {
            Some((taken, found)) => {
                let part = draft.take(found, &window[..taken])?;
                for &i in &remaining[at..at + taken] {
                    parts[i] = part;
                }
                remaining.drain(at..at + taken);
                // Taking words out makes their neighbours adjacent: read again from far
                // enough back for any phrase to span the gap.
                at = at.saturating_sub(WINDOW);
            }
            None => at += 1,
        }
    }
    let title: Vec<&str> = remaining.iter().map(|&i| words[i].raw).collect();
    let title = title.join(" ");
    // "Budget, 6h, pour ven." leaves "Budget,": the comma belonged to what was read.
    let title = title.trim_end_matches(|c: char| c.is_whitespace() || TRAILING.contains(&c));
    let title = Title::parse(title).map_err(QuickError::Title)?;
    let pieces = words
        .iter()
        .zip(parts)
        .map(|(word, part)| Piece { span: word.span.clone(), part })
        .collect();
    Ok(QuickDraft {
        title,
        effort: draft.effort.unwrap_or(Effort::Unestimated),
        due: draft.due,
        requested_by: draft.requested_by,
        owner: draft.owner,
        important: draft.important,
        tags: draft.tags,
        pieces,
    })
}

/// The most words one phrase takes (`due by the 15th of March 2027 at 5pm`), plus one to
/// look at.
const WINDOW: usize = 11;

/// Punctuation left at the end of a title once what followed it is read.
const TRAILING: [char; 6] = [',', ';', ':', '-', '\u{2013}', '\u{2014}'];

/// Where a phrase starts.
struct Place<'a> {
    /// The word before it, folded.
    before: Option<&'a str>,
    /// Whether it comes after the first word of the title.
    after_first: bool,
    /// Whether the words handed over go to the end of the line.
    reaches_end: bool,
}

/// What the line said so far.
#[derive(Default)]
struct Reading {
    effort: Option<Effort>,
    due: Option<QuickDue>,
    requested_by: Option<Party>,
    owner: Option<PersonId>,
    important: bool,
    tags: Vec<Tag>,
}

/// One thing a phrase says.
enum Found {
    Important,
    Owner(PersonId),
    RequestedBy(Party),
    Tag(Tag),
    Effort(Effort),
    Due(QuickDue),
}

impl Reading {
    fn take(&mut self, found: Found, words: &[&Word]) -> Result<Part, QuickError> {
        fn once<T>(slot: &mut Option<T>, value: T, words: &[&Word]) -> Result<(), QuickError> {
            if slot.is_some() {
                return Err(QuickError::Twice(raw(words)));
            }
            *slot = Some(value);
            Ok(())
        }
        Ok(match found {
            Found::Important => {
                self.important = true;
                Part::Important
            }
            Found::Owner(id) => {
                once(&mut self.owner, id, words)?;
                Part::Owner
            }
            Found::RequestedBy(party) => {
                once(&mut self.requested_by, party, words)?;
                Part::RequestedBy
            }
            Found::Tag(tag) => {
                if !self.tags.contains(&tag) {
                    self.tags.push(tag);
                }
                Part::Tag
            }
            Found::Effort(effort) => {
                once(&mut self.effort, effort, words)?;
                Part::Effort
            }
            Found::Due(due) => {
                once(&mut self.due, due, words)?;
                Part::Due
            }
        })
    }
}

/// A phrase at the start of `words`: how many words it takes and what it says; `None`
/// when the first word is a word of the title.
fn read(
    words: &[&Word],
    place: &Place,
    plan: &Plan,
    context: &Context,
) -> Result<Option<(usize, Found)>, QuickError> {
    let word = words[0].raw;
    if word == "!" || word == "!!" {
        return Ok(Some((1, Found::Important)));
    }
    if let Some(name) = word.strip_prefix("@@").filter(|name| !name.is_empty()) {
        let person = person(plan, name)?;
        if !plan.person(person).is_some_and(|p| p.carries_work()) {
            return Err(QuickError::CannotOwn(name.to_owned()));
        }
        return Ok(Some((1, Found::Owner(person))));
    }
    if let Some(name) = word.strip_prefix('@').filter(|name| !name.is_empty() && *name != "@") {
        let party = match person(plan, name) {
            Ok(id) => Party::Person(id),
            Err(QuickError::UnknownPerson(_)) => Party::Text(
                Source::parse(name).map_err(|_| QuickError::UnknownPerson(name.to_owned()))?,
            ),
            Err(other) => return Err(other),
        };
        return Ok(Some((1, Found::RequestedBy(party))));
    }
    if !place.after_first {
        return Ok(None);
    }
    if let Some(tag) = word.strip_prefix('#').filter(|tag| !tag.is_empty()) {
        let tag = Tag::parse(tag).map_err(|_| QuickError::BadTag(tag.to_owned()))?;
        return Ok(Some((1, Found::Tag(tag))));
    }
    if let Some((taken, effort)) = effort(words, place.before, context)? {
        return Ok(Some((taken, Found::Effort(effort))));
    }
    if let Some((taken, due)) = due(words, place, context)? {
        return Ok(Some((taken, Found::Due(due))));
    }
    Ok(None)
}

/// `!`, `!!`, `@name` and `@@name` may come before the title.
fn is_leading_token(word: &str) -> bool {
    word == "!"
        || word == "!!"
        || word.strip_prefix('@').is_some_and(|rest| !rest.is_empty() && rest != "@")
}

// ---------------------------------------------------------------------------------------
// Words

/// A word of the line: as typed, where it is, and folded for matching.
struct Word<'a> {
    raw: &'a str,
    span: Range<usize>,
    /// Lower case, without accents, typographic apostrophes made plain, and without a
    /// trailing `.`, `,`, `!` or `?` (`ven.`, `Mar 15,`, `tomorrow!`).
    norm: String,
    /// Between quotes: title, whatever it says.
    literal: bool,
}

fn split(line: &str) -> Vec<Word<'_>> {
    let mut words: Vec<Word<'_>> = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices().chain(std::iter::once((line.len(), ' '))) {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                let raw = &line[s..i];
                words.push(Word { raw, span: s..i, norm: normalise(raw), literal: false });
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    mark_quotes(&mut words);
    words
}

/// Marks the words from one that opens a quote to the next that closes it. A quote that
/// is never closed quotes nothing.
fn mark_quotes(words: &mut [Word<'_>]) {
    const OPEN: [char; 3] = ['"', '\u{201c}', '\u{ab}'];
    const CLOSE: [char; 3] = ['"', '\u{201d}', '\u{bb}'];
    let mut open: Option<usize> = None;
    for i in 0..words.len() {
        let raw = words[i].raw;
        match open {
            None if raw.starts_with(OPEN) => {
                let closes_itself = raw.chars().count() > 1 && raw.ends_with(CLOSE);
                if closes_itself {
                    words[i].literal = true;
                } else {
                    open = Some(i);
                }
            }
            Some(from) if raw.ends_with(CLOSE) => {
                for word in &mut words[from..=i] {
                    word.literal = true;
                }
                open = None;
            }
            _ => {}
        }
    }
}

fn normalise(raw: &str) -> String {
    let mut out: String = raw
        .chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'â' | 'ä' | 'á' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' | 'í' => 'i',
            'ô' | 'ö' | 'ó' => 'o',
            'ù' | 'û' | 'ü' | 'ú' => 'u',
            'ç' => 'c',
            'ÿ' => 'y',
            '\u{2019}' | '\u{2018}' | '\u{2bc}' | '`' => '\'',
            other => other,
        })
        .collect();
    while out.len() > 1 && out.ends_with(['.', ',', '!', '?']) {
        out.pop();
    }
    out
}

/// The words as typed, one space apart.
fn raw(words: &[&Word]) -> String {
    words.iter().map(|word| word.raw).collect::<Vec<_>>().join(" ")
}

/// Whether `words` start with `phrase`.
fn starts_with(words: &[&Word], phrase: &[&str]) -> bool {
    words.len() >= phrase.len() && words.iter().zip(phrase).all(|(word, p)| word.norm == *p)
}

// ---------------------------------------------------------------------------------------
// Hours

/// Hours at the start of `words`: `12h`, `1h30`, `90min`, `3 h/sem`, `2h par semaine`.
fn effort(
    words: &[&Word],
    before: Option<&str>,
    context: &Context,
) -> Result<Option<(usize, Effort)>, QuickError> {
    let lexicon = context.lexicon;
    // `-3h`: hours, but less than none; read as a title word it would go unnoticed.
    if let Some(rest) = words[0].norm.strip_prefix(['-', '−']) {
        if duration(rest).is_some() {
            return Err(QuickError::BadHours(raw(&words[..1])));
        }
    }
    let (hours, suffix, mut taken) = if let Some((hours, suffix)) = duration(&words[0].norm) {
        (hours, suffix, 1)
    } else if let (Some(number), Some(unit)) = (plain_number(&words[0].norm), words.get(1)) {
        match unit_of(&unit.norm).filter(|(_, unit, _)| SPACED_UNITS.contains(unit)) {
            Some((scale, unit, suffix)) if !suffix.starts_with(|c: char| c.is_ascii_digit()) => {
                // `1 h 30`.
                let minutes = words
                    .get(2)
                    .filter(|_| unit == "h" && suffix.is_empty() && number.fract() == 0.0)
                    .filter(|w| w.norm.len() == 2 && w.norm.bytes().all(|b| b.is_ascii_digit()))
                    .and_then(|w| w.norm.parse::<f64>().ok())
                    .filter(|minutes| *minutes < 60.0);
                match minutes {
                    Some(minutes) => (Some(number + minutes / 60.0), suffix, 3),
                    None => (Some(number * scale), suffix, 2),
                }
            }
            _ => return Ok(None),
        }
    } else {
        return Ok(None);
    };
    if before.is_some_and(|word| lexicon.time_of_day.contains(&word)) {
        return Ok(None);
    }
    // Hours per week, or per day (times my working days), or none for one-off work.
    #[derive(PartialEq)]
    enum Per {
        Once,
        Week,
        Day,
    }
    let per = if suffix.is_empty() {
        let phrase = |phrases: &[&[&str]]| {
            phrases.iter().find(|phrase| starts_with(&words[taken..], phrase)).map(|p| p.len())
        };
        if let Some(length) = phrase(&PER_WEEK) {
            taken += length;
            Per::Week
        } else if let Some(length) = phrase(&PER_DAY) {
            taken += length;
            Per::Day
        } else {
            Per::Once
        }
    } else if PER_WEEK_SUFFIX.contains(&suffix) {
        Per::Week
    } else if PER_DAY_SUFFIX.contains(&suffix) {
        Per::Day
    } else if suffix.starts_with('/') {
        return Err(QuickError::BadHours(raw(&words[..taken])));
    } else {
        return Ok(None);
    };
    let weekly = per != Per::Once;
    let hours = match per {
        // No day has more than 24 hours, whatever the week can hold.
        Per::Day => hours
            .filter(|hours| *hours <= 24.0)
            .map(|hours| hours * f64::from(context.working.count())),
        Per::Once | Per::Week => hours,
    };
    // `14h à 16h`: a time range, not an estimate.
    let range = words.get(taken).is_some_and(|next| lexicon.range.contains(&next.norm.as_str()))
        && words.get(taken + 1).is_some_and(|end| duration(&end.norm).is_some());
    if !weekly && range {
        return Ok(None);
    }
    let bad = || QuickError::BadHours(raw(&words[..taken]));
    let effort = match (weekly, hours) {
        (true, Some(hours)) => Effort::Recurring {
            hours_per_week: WeeklyHours::new(hours)
                .ok()
                .filter(|h| h.get() > 0.0)
                .ok_or_else(bad)?,
            until: None,
        },
        (false, Some(hours)) => {
            Effort::OneOff { estimate_hours: PositiveHours::new(hours).map_err(|_| bad())? }
        }
        (_, None) => return Err(bad()),
    };
    Ok(Some((taken, effort)))
}

/// Units written after a number and a space (`12 h`, `6 heures`, `90 min`); `m` alone is
/// too often something else.
const SPACED_UNITS: [&str; 11] =
    ["h", "hr", "hrs", "hour", "hours", "heure", "heures", "min", "mins", "minutes", "minute"];

/// Suffixes of an hours word that make it weekly: `3h/w`, `3h/sem`.
const PER_WEEK_SUFFIX: [&str; 5] = ["/w", "/wk", "/week", "/sem", "/semaine"];

/// Suffixes of an hours word that make them daily: `30min/day`, `1h/j`.
const PER_DAY_SUFFIX: [&str; 4] = ["/d", "/day", "/j", "/jour"];

/// Words after hours that make them daily, in either language.
const PER_DAY: [&[&str]; 11] = [
    &["/d"],
    &["/day"],
    &["/j"],
    &["/jour"],
    &["a", "day"],
    &["per", "day"],
    &["each", "day"],
    &["every", "day"],
    &["daily"],
    &["par", "jour"],
    &["chaque", "jour"],
];

/// Words after hours that make them weekly, in either language.
const PER_WEEK: [&[&str]; 13] = [
    &["/w"],
    &["/wk"],
    &["/week"],
    &["/sem"],
    &["/semaine"],
    &["per", "week"],
    &["a", "week"],
    &["each", "week"],
    &["every", "week"],
    &["weekly"],
    &["par", "semaine"],
    &["par", "sem"],
    &["chaque", "semaine"],
];

/// A number, a unit and what follows the unit: `12h` is 12 hours, `1h30/sem` is 1.5
/// hours and `/sem`. The hours are `None` when the word is hours but not a usable number
/// (`1h75`); `None` altogether when the word is not hours.
fn duration(word: &str) -> Option<(Option<f64>, &str)> {
    let end = word.find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))?;
    let number = plain_number(&word[..end])?;
    let (scale, unit, rest) = unit_of(&word[end..])?;
    if unit == "h" && rest.starts_with(|c: char| c.is_ascii_digit()) {
        // `1h30`: hours and minutes.
        let digits = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
        let rest_after = &rest[digits..];
        let rest_after = ["min", "m"]
            .iter()
            .find_map(|unit| rest_after.strip_prefix(unit))
            .unwrap_or(rest_after);
        let minutes: Option<f64> = rest[..digits].parse().ok();
        let whole = !word[..end].contains(['.', ',']);
        let hours =
            minutes.filter(|m| digits <= 2 && *m < 60.0 && whole).map(|m| number + m / 60.0);
        return Some((hours, rest_after));
    }
    Some((Some(number * scale), rest))
}

/// `12`, `2.5`, `2,5`.
fn plain_number(text: &str) -> Option<f64> {
    let (whole, fraction) = match text.split_once(['.', ',']) {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text, None),
    };
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || fraction.is_some_and(|f| !digits(f)) {
        return None;
    }
    text.replace(',', ".").parse().ok()
}

/// The unit at the start of `text`: hours per unit, the unit, and the rest.
fn unit_of(text: &str) -> Option<(f64, &'static str, &str)> {
    const UNITS: [(&str, f64); 12] = [
        ("heures", 1.0),
        ("heure", 1.0),
        ("hours", 1.0),
        ("hour", 1.0),
        ("hrs", 1.0),
        ("hr", 1.0),
        ("h", 1.0),
        ("minutes", 1.0 / 60.0),
        ("minute", 1.0 / 60.0),
        ("mins", 1.0 / 60.0),
        ("min", 1.0 / 60.0),
        ("m", 1.0 / 60.0),
    ];
    UNITS.iter().find_map(|(unit, scale)| text.strip_prefix(unit).map(|rest| (*scale, *unit, rest)))
}

// ---------------------------------------------------------------------------------------
// Dates

#[derive(Clone, Copy)]
struct Context {
    today: NaiveDate,
    lexicon: &'static Lexicon,
    week_start: Weekday,
    /// My working days, which end a week.
    working: WorkingDays,
}

/// What introduces a due date.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lead {
    /// `by`, `due`, `pour`, `par`, `au plus tard`.
    By,
    /// `on`: a day, not a month or a week.
    On,
    /// `before`, `avant`: like `by`, except that `before March` ends in February.
    Before,
    /// `d'ici`: like `by`, and also `d'ici 2 semaines`.
    Within,
    /// `for`: only a day with its month (`Book flights for March 3`), since `for Monday`
    /// and `for 1/2` are too often something else.
    For,
}

/// A due date at the start of `words`.
fn due(
    words: &[&Word],
    place: &Place,
    context: &Context,
) -> Result<Option<(usize, QuickDue)>, QuickError> {
    let lexicon = context.lexicon;
    let found = |lexicon, lead_words: usize, (taken, date, said): (usize, NaiveDate, DateSaid)| {
        let taken = lead_words + taken;
        // `by Friday EOD`, `demain matin`, `lundi à 14h`: the time goes with the day.
        let taken = taken + time_of_day(&words[taken..], lexicon);
        Some((taken, QuickDue { due: Due { date, kind: DueKind::Soft }, said }))
    };
    // My language's keywords, then those another language may lend it.
    let borrowed =
        lexicon.borrowed.map(|(lexicon, leads)| (Context { lexicon, ..*context }, leads));
    let keywords = [(*context, lexicon.leads)].into_iter().chain(borrowed);
    for (context, leads) in keywords {
        let Some((phrase, lead)) = leads.iter().find(|(phrase, _)| starts_with(words, phrase))
        else {
            continue;
        };
        let rest = &words[phrase.len()..];
        if let Some(read) = date(rest, Some(*lead), place.reaches_end, &context)? {
            return Ok(found(context.lexicon, phrase.len(), read));
        }
        attempt(rest, Some(*lead), context.lexicon)?;
        return Ok(None);
    }
    if place
        .before
        .is_some_and(|word| lexicon.of.contains(&word) || lexicon.articles.contains(&word))
    {
        // "Compte rendu du 15 mars": a name, not a deadline; "Réunion le vendredi": a
        // habit. Only an impossible date is refused, since it can only be a typo.
        if let Err(error) = date(words, None, place.reaches_end, context) {
            if matches!(error, QuickError::BadDate(_)) && is_dated_digits(&words[0].norm) {
                return Err(error);
            }
        }
        return Ok(None);
    }
    if let Some(read) = date(words, None, place.reaches_end, context)? {
        return Ok(found(lexicon, 0, read));
    }
    attempt(words, None, lexicon)?;
    Ok(None)
}

/// A time of day after a date, which a due date does not keep: `EOD`, `morning`, `5pm`,
/// `at 17:00`, `matin`, `à 14h`.
fn time_of_day(words: &[&Word], lexicon: &Lexicon) -> usize {
    let clock = |word: &str, after_at: bool| {
        let digits = word.find(|c: char| !c.is_ascii_digit()).unwrap_or(word.len());
        let (hour, rest) = word.split_at(digits);
        let rest = rest
            .strip_suffix("am")
            .or_else(|| rest.strip_suffix("pm"))
            .map_or((rest, false), |rest| (rest, true));
        let minutes = |text: &str| text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit());
        (1..=2).contains(&hour.len())
            && match rest {
                ("", meridian) => meridian,
                (colon, _) if colon.starts_with(':') => minutes(&colon[1..]),
                (h, false) if after_at && h.starts_with('h') => h.len() == 1 || minutes(&h[1..]),
                _ => false,
            }
    };
    let Some(first) = words.first() else {
        return 0;
    };
    if lexicon.day_parts.contains(&first.norm.as_str()) || clock(&first.norm, false) {
        return 1;
    }
    let at = lexicon.at.contains(&first.norm.as_str());
    let then = words.get(1).map(|word| word.norm.as_str());
    if at && then.is_some_and(|then| lexicon.day_parts.contains(&then) || clock(then, true)) {
        return 2;
    }
    0
}

/// A date at the start of `words`, after `lead` or (`None`) standing alone;
/// `reaches_end` when `words` go to the end of the line.
fn date(
    words: &[&Word],
    lead: Option<Lead>,
    reaches_end: bool,
    context: &Context,
) -> Result<Option<(usize, NaiveDate, DateSaid)>, QuickError> {
    let lexicon = context.lexicon;
    let today = context.today;
    let Some(first) = words.first() else {
        return Ok(None);
    };
    let only_day_and_month = lead == Some(Lead::For);
    // An article may come before a day: `le 15 mars`, `the 15th`, `pour le vendredi`,
    // `by the end of the month`.
    let skip = usize::from(lexicon.articles.contains(&first.norm.as_str()) && words.len() > 1);
    let article = skip == 1;
    let rest = &words[skip..];
    // Named days, weeks and months.
    for at in [0, skip] {
        let Some(relative) = lexicon.relative.iter().find(|r| starts_with(&words[at..], r.words))
        else {
            continue;
        };
        let allowed = match lead {
            None => relative.alone,
            Some(Lead::On) => relative.is_a_day,
            Some(Lead::For) => false,
            Some(_) => true,
        };
        if allowed {
            let (date, said) = relative.meaning.resolve(context);
            return Ok(Some((at + relative.words.len(), date, said)));
        }
    }
    // `in 3 days`, `dans 2 semaines`, `sous 8j`, `d'ici 2 semaines`.
    let counted = if lexicon.within.contains(&first.norm.as_str()) {
        Some(1)
    } else if lead == Some(Lead::Within) {
        Some(0)
    } else {
        None
    };
    if let Some(at) = counted {
        if let Some((taken, days, said)) = count_of_days(&words[at..], lexicon) {
            let date = today
                .checked_add_signed(Duration::days(days))
                .ok_or_else(|| QuickError::BadDate(raw(&words[..at + taken])))?;
            return Ok(Some((at + taken, date, said)));
        }
    }
    // `2026-12-15`, anywhere.
    if let Some(iso) = iso_date(&rest[0].norm) {
        let date = iso.ok_or_else(|| QuickError::BadDate(rest[0].raw.to_owned()))?;
        return Ok(Some((skip + 1, date, DateSaid::Exact)));
    }
    // A weekday may come before a date: `ven. 4 déc.`, `Friday, Dec 4`, `vendredi 4/12`.
    let named_day = lexicon.weekday(&rest[0].norm);
    let day_at = usize::from(named_day.is_some());
    let check_day = |taken: usize, date: NaiveDate| {
        let taken = skip + day_at + taken;
        match named_day {
            Some(weekday) if weekday != date.weekday() => {
                Err(QuickError::BadDate(raw(&words[..taken])))
            }
            _ => Ok(taken),
        }
    };
    // Digits: `15/03`, `15/03/2027`.
    if let Some(parts) = rest.get(day_at).and_then(|word| slashed(&word.norm)) {
        // `24/7`, `1/2` alone are not dates, nor `for 1/2`.
        let alone = lead.is_none() && !article && day_at == 0;
        if (alone && parts.2.is_none()) || only_day_and_month {
            return Ok(None);
        }
        let (date, said) = slashed_date(parts, rest[day_at].raw, context)?;
        return Ok(Some((check_day(1, date)?, date, said)));
    }
    let strict = lead.is_some() || article;
    if let Some((taken, date, said)) = day_and_month(&rest[day_at..], strict, context)? {
        return Ok(Some((check_day(taken, date)?, date, said)));
    }
    if only_day_and_month {
        return Ok(None);
    }
    // Whether nothing but a time of day or punctuation follows the first `taken` words.
    let ends_line = |taken: usize| {
        let after = &words[taken..];
        let after = &after[time_of_day(after, lexicon)..];
        reaches_end && after.iter().all(|word| is_punctuation(word.raw))
    };
    // A weekday and a day: `pour vendredi 13`, `le vendredi 27`, the next day that is both.
    if let (Some(weekday), true) = (named_day, lead.is_some() || article) {
        if let Some(day) = rest.get(1).and_then(|word| day_number(&word.norm, lexicon)) {
            let date = next_day_of_month_on(today, day.value, weekday)
                .ok_or_else(|| QuickError::BadDate(raw(&words[..skip + 2])))?;
            return Ok(Some((skip + 2, date, DateSaid::DayOfMonth)));
        }
    }
    // A day alone: `pour le 15`, `by the 15th`, and `le 15` that ends the line.
    if let Some(day) = day_number(&rest[0].norm, lexicon) {
        let led = lead.is_some() && (article || day.ordinal);
        if led || (article && ends_line(skip + 1)) {
            let date = next_day_of_month(today, day.value)
                .ok_or_else(|| QuickError::BadDate(raw(&words[..=skip])))?;
            return Ok(Some((skip + 1, date, DateSaid::DayOfMonth)));
        }
    }
    // A weekday: `by fri`, `pour ven.`, `ce vendredi`, `next fri`, `lundi prochain`, and
    // a weekday in full that ends the line (`Rendre le rapport lundi`).
    if let Some((taken, weekday, this)) = weekday_phrase(rest, lexicon) {
        let qualified = this.is_some();
        let in_full = lexicon.names[..7].contains(&rest[0].norm.as_str());
        let alone = !article && (qualified || (in_full && ends_line(skip + taken)));
        if lead.is_some() || alone {
            let date = next_weekday(today, weekday, this == Some(true));
            return Ok(Some((skip + taken, date, DateSaid::Weekday)));
        }
    }
    // A month: `by March`, `avant mars`, `fin mars`, `end of March 2027`.
    if !article {
        let end_of = lexicon.end_of.iter().find(|phrase| starts_with(words, phrase));
        let at = end_of.map_or(0, |phrase| phrase.len());
        let month_only = match lead {
            Some(Lead::On | Lead::For) => false,
            Some(_) => true,
            None => end_of.is_some(),
        };
        if let (true, Some(month)) =
            (month_only, words.get(at).and_then(|w| lexicon.month(&w.norm)))
        {
            let year = words.get(at + 1).and_then(|word| year(&word.norm));
            let taken = at + 1 + usize::from(year.is_some());
            let before_it = lead == Some(Lead::Before) && end_of.is_none();
            let (date, said) = if before_it {
                let first = month_start(today, month, year, |d| d > today);
                (first.map(|d| d - Duration::days(1)), DateSaid::BeforeMonth)
            } else {
                let last =
                    month_start(today, month, year, |d| month_end(d) >= today).map(month_end);
                (last, DateSaid::EndOfMonth)
            };
            let date = date.ok_or_else(|| QuickError::BadDate(raw(&words[..taken])))?;
            return Ok(Some((taken, date, said)));
        }
    }
    Ok(None)
}

/// `3 days`, `2 semaines`, `a week`, `8j`, `2w`: how many words, days, and how it was said.
fn count_of_days(words: &[&Word], lexicon: &Lexicon) -> Option<(usize, i64, DateSaid)> {
    let per = |unit: &str| {
        if lexicon.day_units.contains(&unit) {
            Some((1, DateSaid::InDays))
        } else if lexicon.week_units.contains(&unit) {
            Some((7, DateSaid::InWeeks))
        } else {
            None
        }
    };
    let first = words.first()?.norm.as_str();
    let digits = first.find(|c: char| !c.is_ascii_digit()).unwrap_or(first.len());
    let (count, taken, unit) = match first {
        "a" | "an" | "un" | "une" => (1, 2, words.get(1)?.norm.as_str()),
        _ if digits == first.len() => (first.parse().ok()?, 2, words.get(1)?.norm.as_str()),
        _ => (first[..digits].parse().ok()?, 1, &first[digits..]),
    };
    let count: i64 = count;
    if !(0..=9999).contains(&count) {
        return None;
    }
    let (days, said) = per(unit)?;
    Some((taken, count * days, said))
}

/// A word of punctuation alone: `-`, `,`, `:`.
fn is_punctuation(word: &str) -> bool {
    !word.chars().any(char::is_alphanumeric)
}

/// A day and a month at the start of `words`, with an optional year: `15 mars`, `1er
/// avril 2027`, `15th of March`, `Mar 15`, `March 15th, 2027`.
/// Alone (not `strict`), a day out of 1 to 31 is no day: `Top 40 March releases`.
fn day_and_month(
    words: &[&Word],
    strict: bool,
    context: &Context,
) -> Result<Option<(usize, NaiveDate, DateSaid)>, QuickError> {
    let lexicon = context.lexicon;
    let found = if let Some(day) = words.first().and_then(|w| day_number(&w.norm, lexicon)) {
        let of = usize::from(words.get(1).is_some_and(|w| w.norm == "of"));
        let month = words.get(1 + of);
        if month.is_some_and(|month| lexicon.misspelt_month(&month.norm)) {
            // `15 marss`, `15th of Agust`.
            return Err(QuickError::BadDate(raw(&words[..2 + of])));
        }
        month.and_then(|w| lexicon.month(&w.norm)).map(|month| (day, month, 2 + of))
    } else if lexicon.month_first {
        let month = words.first().and_then(|w| lexicon.month(&w.norm));
        let day = words.get(1).and_then(|w| day_number(&w.norm, lexicon));
        month.zip(day).map(|(month, day)| (day, month, 2))
    } else {
        None
    };
    let Some((day, month, mut taken)) = found else {
        return Ok(None);
    };
    if !strict && !(1..=31).contains(&day.value) {
        return Ok(None);
    }
    let year = words.get(taken).and_then(|word| year(&word.norm));
    taken += usize::from(year.is_some());
    let bad = || QuickError::BadDate(raw(&words[..taken]));
    let (date, said) = match year {
        Some(year) => (NaiveDate::from_ymd_opt(year, month, day.value), DateSaid::Exact),
        None => (next_day_month(context.today, day.value, month), DateSaid::DayMonth),
    };
    Ok(Some((taken, date.ok_or_else(bad)?, said)))
}

/// Digits with slashes: `15/03` or `15/03/2027`, as written (not yet in day order).
fn slashed(word: &str) -> Option<(u32, u32, Option<i32>)> {
    let mut parts = word.split('/');
    let small =
        |part: &str| (1..=2).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit());
    let a = parts.next().filter(|p| small(p))?.parse().ok()?;
    let b = parts.next().filter(|p| small(p))?.parse().ok()?;
    let year = match parts.next() {
        None => None,
        Some(y) if y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()) => Some(y.parse().ok()?),
        Some(y) if y.len() == 2 && y.bytes().all(|b| b.is_ascii_digit()) => {
            Some(2000 + y.parse::<i32>().ok()?)
        }
        Some(_) => return None,
    };
    parts.next().is_none().then_some((a, b, year))
}

/// Whether a word is digits meant as a full date: `2026-02-30`, `31/02/2027`.
fn is_dated_digits(word: &str) -> bool {
    iso_date(word).is_some() || slashed(word).is_some_and(|(_, _, year)| year.is_some())
}

fn slashed_date(
    (a, b, year): (u32, u32, Option<i32>),
    word: &str,
    context: &Context,
) -> Result<(NaiveDate, DateSaid), QuickError> {
    let said = if year.is_some() { DateSaid::Exact } else { DateSaid::DayMonth };
    let on = |day: u32, month: u32| match year {
        Some(year) => NaiveDate::from_ymd_opt(year, month, day),
        None => next_day_month(context.today, day, month),
    };
    let day_first = on(a, b);
    if !context.lexicon.month_first {
        return day_first.map(|date| (date, said)).ok_or_else(|| QuickError::BadDate(word.into()));
    }
    // In English, 15/03 and 3/15 are both 15 March; 3/4 could be either.
    match (day_first, on(b, a)) {
        (Some(one), Some(other)) if one != other => Err(QuickError::AmbiguousDate(word.into())),
        (Some(date), _) | (None, Some(date)) => Ok((date, said)),
        (None, None) => Err(QuickError::BadDate(word.into())),
    }
}

/// `dddd-dd-dd` (or with one-digit month and day): `Some(None)` when it is shaped like a
/// date but no such day exists.
fn iso_date(word: &str) -> Option<Option<NaiveDate>> {
    let mut parts = word.split('-');
    let digits = |part: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())
    };
    let year = parts.next().filter(|p| digits(p, 4..=4))?.parse().ok()?;
    let month = parts.next().filter(|p| digits(p, 1..=2))?.parse().ok()?;
    let day = parts.next().filter(|p| digits(p, 1..=2))?.parse().ok()?;
    if parts.next().is_some() {
        return None;
    }
    Some(NaiveDate::from_ymd_opt(year, month, day))
}

struct DayNumber {
    value: u32,
    /// Written `15th` or `1er`: a day, not a count.
    ordinal: bool,
}

/// `15`, `15th`, `1st`, `1er`.
fn day_number(word: &str, lexicon: &Lexicon) -> Option<DayNumber> {
    let end = word.find(|c: char| !c.is_ascii_digit()).unwrap_or(word.len());
    let (digits, suffix) = word.split_at(end);
    if !(1..=2).contains(&digits.len()) {
        return None;
    }
    let value = digits.parse().ok()?;
    let ordinal = match suffix {
        "" => false,
        suffix if lexicon.ordinals.contains(&suffix) => true,
        _ => return None,
    };
    Some(DayNumber { value, ordinal })
}

/// A four-digit year.
fn year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit())).then(|| word.parse().ok())?
}

/// `fri`, `this fri`, `next friday`, `ce vendredi`, `vendredi prochain`: how many words,
/// the day, and whether it was qualified as this one (`Some(true)`: may be today) or the
/// next one (`Some(false)`).
fn weekday_phrase(words: &[&Word], lexicon: &Lexicon) -> Option<(usize, Weekday, Option<bool>)> {
    let first = words.first()?;
    if lexicon.this.contains(&first.norm.as_str()) || lexicon.next.contains(&first.norm.as_str()) {
        let this = lexicon.this.contains(&first.norm.as_str());
        let weekday = lexicon.weekday(&words.get(1)?.norm)?;
        return Some((2, weekday, Some(this)));
    }
    let weekday = lexicon.weekday(&first.norm)?;
    if words.get(1).is_some_and(|w| lexicon.next_after.contains(&w.norm.as_str())) {
        return Some((2, weekday, Some(false)));
    }
    Some((1, weekday, None))
}

/// Refuses a misspelt weekday, month or day word after a due keyword (`lead`), or a
/// misspelt weekday after `this`, `next`, `ce` (see the module's documentation). Digits
/// and misspelt months after a day are refused where they are read, by `date`.
fn attempt(words: &[&Word], lead: Option<Lead>, lexicon: &Lexicon) -> Result<(), QuickError> {
    // After `for`, only a day and a month is read.
    let led = lead.is_some_and(|lead| lead != Lead::For);
    let is =
        |at: usize, list: &[&str]| words.get(at).is_some_and(|w| list.contains(&w.norm.as_str()));
    let mut at = usize::from(is(0, lexicon.articles));
    let qualified = is(at, lexicon.this) || is(at, lexicon.next);
    at += usize::from(qualified);
    match words.get(at) {
        Some(word) if (led || qualified) && lexicon.misspelt(&word.norm, !led) => {
            Err(QuickError::BadDate(word.raw.to_owned()))
        }
        _ => Ok(()),
    }
}

fn next_weekday(today: NaiveDate, weekday: Weekday, may_be_today: bool) -> NaiveDate {
    let ahead = (7 + weekday.num_days_from_monday() - today.weekday().num_days_from_monday()) % 7;
    let ahead = if ahead == 0 && !may_be_today { 7 } else { ahead };
    today + Duration::days(i64::from(ahead))
}

/// The next `day` of `month` on or after today (29 February may be years away).
fn next_day_month(today: NaiveDate, day: u32, month: u32) -> Option<NaiveDate> {
    (today.year()..=today.year() + 8)
        .find_map(|year| NaiveDate::from_ymd_opt(year, month, day).filter(|date| *date >= today))
}

/// The next `day` of a month on or after today.
fn next_day_of_month(today: NaiveDate, day: u32) -> Option<NaiveDate> {
    let first = today.with_day(1)?;
    (0..13).find_map(|months| {
        let start = first.checked_add_months(chrono::Months::new(months))?;
        start.with_day(day).filter(|date| *date >= today)
    })
}

/// The next `day` of a month on or after today that falls on `weekday` (`vendredi 13`).
fn next_day_of_month_on(today: NaiveDate, day: u32, weekday: Weekday) -> Option<NaiveDate> {
    let first = today.with_day(1)?;
    // Five years hold every weekday for every day of the month, even the 31st.
    (0..60).find_map(|months| {
        let start = first.checked_add_months(chrono::Months::new(months))?;
        start.with_day(day).filter(|date| *date >= today && date.weekday() == weekday)
    })
}

/// The first day of `month`: in `year`, or the first year from today's on where `keep`
/// holds.
fn month_start(
    today: NaiveDate,
    month: u32,
    year: Option<i32>,
    keep: impl Fn(NaiveDate) -> bool,
) -> Option<NaiveDate> {
    match year {
        Some(year) => NaiveDate::from_ymd_opt(year, month, 1),
        None => (today.year()..=today.year() + 1)
            .filter_map(|year| NaiveDate::from_ymd_opt(year, month, 1))
            .find(|date| keep(*date)),
    }
}

fn month_end(first: NaiveDate) -> NaiveDate {
    first
        .checked_add_months(chrono::Months::new(1))
        .and_then(|next| next.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

/// A named day, week or month, resolved against today.
#[derive(Clone, Copy)]
enum Named {
    Today,
    Tomorrow,
    DayAfterTomorrow,
    EndOfWeek,
    EndOfNextWeek,
    EndOfMonth,
    EndOfNextMonth,
}

impl Named {
    fn resolve(self, context: &Context) -> (NaiveDate, DateSaid) {
        let today = context.today;
        match self {
            Named::Today => (today, DateSaid::Today),
            Named::Tomorrow => (today + Duration::days(1), DateSaid::Tomorrow),
            Named::DayAfterTomorrow => (today + Duration::days(2), DateSaid::DayAfterTomorrow),
            Named::EndOfWeek => (end_of_week(context, 0), DateSaid::EndOfWeek),
            Named::EndOfNextWeek => (end_of_week(context, 1), DateSaid::EndOfNextWeek),
            Named::EndOfMonth => {
                (month_end(today.with_day(1).unwrap_or(today)), DateSaid::EndOfMonth)
            }
            Named::EndOfNextMonth => {
                let next = today
                    .with_day(1)
                    .and_then(|first| first.checked_add_months(chrono::Months::new(1)))
                    .unwrap_or(today);
                (month_end(next), DateSaid::EndOfMonth)
            }
        }
    }
}

/// My last working day of this week (`weeks` = 0) or of the next, not before today; the
/// week's last day when none is left.
fn end_of_week(context: &Context, weeks: i64) -> NaiveDate {
    let start = start_of_week(context.today, context.week_start) + Duration::weeks(weeks);
    (0..7)
        .rev()
        .map(|day| start + Duration::days(day))
        .find(|day| *day >= context.today && context.working.contains(day.weekday()))
        .unwrap_or(start + Duration::days(6))
}

// ---------------------------------------------------------------------------------------
// The words of each language

struct Relative {
    words: &'static [&'static str],
    meaning: Named,
    /// Read without a keyword: `tomorrow`, `demain`, `end of March`.
    alone: bool,
    /// A day, which may follow `on`.
    is_a_day: bool,
}

const fn rel(words: &'static [&'static str], meaning: Named, alone: bool) -> Relative {
    let is_a_day = matches!(meaning, Named::Today | Named::Tomorrow | Named::DayAfterTomorrow);
    Relative { words, meaning, alone, is_a_day }
}

/// Words that introduce a due date, and how.
type Leads = &'static [(&'static [&'static str], Lead)];

struct Lexicon {
    /// Words that introduce a due date, longest first.
    leads: Leads,
    /// Keywords of another language read here too, with that language's date words.
    borrowed: Option<(&'static Lexicon, Leads)>,
    articles: &'static [&'static str],
    weekdays: &'static [(&'static str, Weekday)],
    months: &'static [(&'static str, u32)],
    /// Full names, which a misspelling is measured against.
    names: &'static [&'static str],
    month_names: &'static [&'static str],
    /// Named days, weeks and months, longest first.
    relative: &'static [Relative],
    /// Before a weekday: this one, which may be today.
    this: &'static [&'static str],
    /// Before a weekday: the next one.
    next: &'static [&'static str],
    /// After a weekday: the next one.
    next_after: &'static [&'static str],
    /// `end of`, `fin`, before a month.
    end_of: &'static [&'static [&'static str]],
    /// Before a count of days or weeks.
    within: &'static [&'static str],
    day_units: &'static [&'static str],
    week_units: &'static [&'static str],
    /// After these, a date names a thing rather than a deadline.
    of: &'static [&'static str],
    /// After these, hours are a time of day.
    time_of_day: &'static [&'static str],
    /// After hours, these make them the start of a time range.
    range: &'static [&'static str],
    /// Suffixes of a day number: `15th`, `1er`.
    ordinals: &'static [&'static str],
    /// Parts of a day, after a date: `morning`, `EOD`, `matin`.
    day_parts: &'static [&'static str],
    /// Before a time of day: `at 5pm`, `à 14h`.
    at: &'static [&'static str],
    /// `Mar 15` as well as `15 Mar`; and digits may be month first.
    month_first: bool,
}

impl Lexicon {
    fn weekday(&self, word: &str) -> Option<Weekday> {
        self.weekdays.iter().find(|(name, _)| *name == word).map(|(_, day)| *day)
    }

    fn month(&self, word: &str) -> Option<u32> {
        let word = word.strip_prefix("d'").unwrap_or(word);
        self.months.iter().find(|(name, _)| *name == word).map(|(_, month)| *month)
    }

    /// A misspelt weekday, month or named day (see the module's documentation); only a
    /// weekday when `days_only` (after `this`, `next`, `ce`).
    fn misspelt(&self, word: &str, days_only: bool) -> bool {
        let names = if days_only { &self.names[..7] } else { self.names };
        near(word, names)
    }

    fn misspelt_month(&self, word: &str) -> bool {
        self.month(word).is_none() && near(word, self.month_names)
    }
}

/// Whether `word` is one or two edits from one of `names`, without being one of them or
/// its plural.
fn near(word: &str, names: &[&str]) -> bool {
    let letters = word.chars().count();
    let letter = |c: char| c.is_alphabetic() || c == '\'' || c == '-';
    if letters < 5 || !word.chars().all(letter) || names.contains(&word) {
        return false;
    }
    names.iter().any(|name| {
        // `Mondays`, `lundis`; but `marss` is no plural of `mars`.
        let plural = !name.ends_with('s') && word.strip_suffix('s') == Some(*name);
        let allowed = if letters >= 7 && name.chars().count() >= 8 { 2 } else { 1 };
        let distance = edits(word, name);
        !plural && distance > 0 && distance <= allowed
    })
}

/// Edits from `a` to `b` (insertions, deletions, substitutions, adjacent swaps).
fn edits(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > 2 {
        return 3;
    }
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    rows[0] = (0..=b.len()).collect();
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best =
                (rows[i - 1][j] + 1).min(rows[i][j - 1] + 1).min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()]
}

fn lexicon(language: Language) -> &'static Lexicon {
    match language {
        Language::En => &ENGLISH,
        Language::Fr => &FRENCH,
    }
}

use Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};

static ENGLISH: Lexicon = Lexicon {
    leads: &[
        (&["due", "by"], Lead::By),
        (&["due", "on"], Lead::On),
        (&["due", "before"], Lead::Before),
        (&["due"], Lead::By),
        (&["by"], Lead::By),
        (&["on"], Lead::On),
        (&["before"], Lead::Before),
        (&["around"], Lead::By),
        (&["for"], Lead::For),
    ],
    borrowed: None,
    articles: &["the"],
    weekdays: &[
        ("mon", Mon),
        ("monday", Mon),
        ("tue", Tue),
        ("tues", Tue),
        ("tuesday", Tue),
        ("wed", Wed),
        ("weds", Wed),
        ("wednesday", Wed),
        ("thu", Thu),
        ("thur", Thu),
        ("thurs", Thu),
        ("thursday", Thu),
        ("fri", Fri),
        ("friday", Fri),
        ("sat", Sat),
        ("saturday", Sat),
        ("sun", Sun),
        ("sunday", Sun),
    ],
    months: &[
        ("jan", 1),
        ("january", 1),
        ("feb", 2),
        ("february", 2),
        ("mar", 3),
        ("march", 3),
        ("apr", 4),
        ("april", 4),
        ("may", 5),
        ("jun", 6),
        ("june", 6),
        ("jul", 7),
        ("july", 7),
        ("aug", 8),
        ("august", 8),
        ("sep", 9),
        ("sept", 9),
        ("september", 9),
        ("oct", 10),
        ("october", 10),
        ("nov", 11),
        ("november", 11),
        ("dec", 12),
        ("december", 12),
    ],
    names: &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "today",
        "tomorrow",
        "tonight",
    ],
    month_names: &[
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ],
    relative: &[
        rel(&["day", "after", "tomorrow"], Named::DayAfterTomorrow, true),
        rel(&["end", "of", "the", "next", "week"], Named::EndOfNextWeek, true),
        rel(&["end", "of", "next", "week"], Named::EndOfNextWeek, true),
        rel(&["end", "of", "this", "week"], Named::EndOfWeek, true),
        rel(&["end", "of", "the", "week"], Named::EndOfWeek, true),
        rel(&["end", "of", "week"], Named::EndOfWeek, true),
        rel(&["end", "of", "next", "month"], Named::EndOfNextMonth, true),
        rel(&["end", "of", "this", "month"], Named::EndOfMonth, true),
        rel(&["end", "of", "the", "month"], Named::EndOfMonth, true),
        rel(&["end", "of", "month"], Named::EndOfMonth, true),
        rel(&["this", "week"], Named::EndOfWeek, false),
        rel(&["next", "week"], Named::EndOfNextWeek, false),
        rel(&["this", "month"], Named::EndOfMonth, false),
        rel(&["next", "month"], Named::EndOfNextMonth, false),
        rel(&["today"], Named::Today, true),
        rel(&["tonight"], Named::Today, true),
        rel(&["eod"], Named::Today, true),
        rel(&["tomorrow"], Named::Tomorrow, true),
        rel(&["tmrw"], Named::Tomorrow, true),
        rel(&["eow"], Named::EndOfWeek, true),
        rel(&["eom"], Named::EndOfMonth, true),
    ],
    this: &["this"],
    next: &["next"],
    next_after: &[],
    end_of: &[&["end", "of"]],
    within: &["in", "within"],
    day_units: &["day", "days", "d"],
    week_units: &["week", "weeks", "wk", "wks", "w"],
    of: &["of", "from", "since", "to", "until", "till", "for"],
    time_of_day: &["at", "before", "until", "till", "to", "-", "by", "around", "in", "within"],
    range: &["to", "-", "till", "until"],
    ordinals: &["st", "nd", "rd", "th"],
    day_parts: &["morning", "afternoon", "evening", "night", "noon", "midday", "eod", "cob", "eob"],
    at: &["at", "by", "around", "before"],
    month_first: true,
};

static FRENCH: Lexicon = Lexicon {
    leads: &[
        (&["au", "plus", "tard"], Lead::By),
        (&["pour"], Lead::By),
        (&["par"], Lead::By),
        (&["d'ici"], Lead::Within),
        (&["avant"], Lead::Before),
        (&["vers"], Lead::By),
    ],
    // The French hint used to show `by fri`, and people who learnt it still type it; `by`
    // is no French word, so it can only mean a deadline.
    borrowed: Some((&ENGLISH, &[(&["by"], Lead::By)])),
    articles: &["le", "la"],
    weekdays: &[
        ("lun", Mon),
        ("lundi", Mon),
        ("mar", Tue),
        ("mardi", Tue),
        ("mer", Wed),
        ("mercredi", Wed),
        ("jeu", Thu),
        ("jeudi", Thu),
        ("ven", Fri),
        ("vend", Fri),
        ("vendredi", Fri),
        ("sam", Sat),
        ("samedi", Sat),
        ("dim", Sun),
        ("dimanche", Sun),
    ],
    months: &[
        ("jan", 1),
        ("janv", 1),
        ("janvier", 1),
        ("fev", 2),
        ("fevr", 2),
        ("fevrier", 2),
        ("mars", 3),
        ("avr", 4),
        ("avril", 4),
        ("mai", 5),
        ("juin", 6),
        ("juil", 7),
        ("juill", 7),
        ("juillet", 7),
        ("aout", 8),
        ("sep", 9),
        ("sept", 9),
        ("septembre", 9),
        ("oct", 10),
        ("octobre", 10),
        ("nov", 11),
        ("novembre", 11),
        ("dec", 12),
        ("decembre", 12),
    ],
    names: &[
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
        "demain",
        "aujourd'hui",
    ],
    month_names: &[
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
    ],
    relative: &[
        rel(&["fin", "de", "la", "semaine", "prochaine"], Named::EndOfNextWeek, true),
        rel(&["fin", "du", "mois", "prochain"], Named::EndOfNextMonth, true),
        rel(&["fin", "de", "la", "semaine"], Named::EndOfWeek, true),
        rel(&["la", "semaine", "prochaine"], Named::EndOfNextWeek, false),
        rel(&["le", "mois", "prochain"], Named::EndOfNextMonth, false),
        rel(&["fin", "de", "semaine"], Named::EndOfWeek, true),
        rel(&["fin", "du", "mois"], Named::EndOfMonth, true),
        rel(&["fin", "de", "mois"], Named::EndOfMonth, true),
        rel(&["semaine", "prochaine"], Named::EndOfNextWeek, false),
        rel(&["mois", "prochain"], Named::EndOfNextMonth, false),
        rel(&["cette", "semaine"], Named::EndOfWeek, false),
        rel(&["ce", "mois-ci"], Named::EndOfMonth, false),
        rel(&["fin", "semaine"], Named::EndOfWeek, true),
        rel(&["fin", "mois"], Named::EndOfMonth, true),
        rel(&["apres", "demain"], Named::DayAfterTomorrow, true),
        rel(&["ce", "soir"], Named::Today, true),
        rel(&["apres-demain"], Named::DayAfterTomorrow, true),
        rel(&["aujourd'hui"], Named::Today, true),
        rel(&["aujourdhui"], Named::Today, true),
        rel(&["auj"], Named::Today, true),
        rel(&["demain"], Named::Tomorrow, true),
    ],
    this: &["ce"],
    next: &[],
    next_after: &["prochain"],
    end_of: &[&["fin", "de"], &["fin"]],
    within: &["dans", "sous"],
    day_units: &["jour", "jours", "j"],
    week_units: &["semaine", "semaines", "sem"],
    of: &["de", "du", "des", "depuis", "au", "jusqu'au", "jusqu'a"],
    time_of_day: &["a", "-", "avant", "vers", "des", "jusqu'a", "dans", "sous", "pour"],
    range: &["a", "-", "jusqu'a"],
    ordinals: &["er", "\u{1d49}\u{2b3}"],
    day_parts: &["matin", "midi", "soir", "apres-midi", "aprem", "matinee", "soiree"],
    at: &["a", "vers", "avant"],
    month_first: false,
};

/// The one person whose name (or a part of it) starts with `name`, ignoring case.
fn person(plan: &Plan, name: &str) -> Result<PersonId, QuickError> {
    let wanted = name.to_lowercase();
    let matches: Vec<PersonId> = plan
        .people
        .iter()
        .filter(|p| {
            let full = p.name.as_str().to_lowercase();
            full.starts_with(&wanted)
                || full.split_whitespace().any(|part| part.starts_with(&wanted))
        })
        .map(|p| p.id)
        .collect();
    match matches.as_slice() {
        [one] => Ok(*one),
        [] => Err(QuickError::UnknownPerson(name.to_owned())),
        _ => Err(QuickError::AmbiguousPerson(name.to_owned())),
    }
}
