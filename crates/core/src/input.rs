//! Reading what people type. Pure functions from text to validated values, shared by
//! every form so that "2,5" and "2.5 h" mean the same everywhere.

use std::fmt;

use chrono::format::{Item, Numeric, Pad, Parsed};
use chrono::NaiveDate;

use crate::command::{dates_out_of_order, CommitmentFields, DomainError, Field};
use crate::commitment::{Due, DueKind, Effort, EffortKind, Party};
use crate::hours::{NumberError, PositiveHours, WeeklyHours};
use crate::ids::PersonId;
use crate::person::Role;
use crate::plan::Plan;
use crate::review::{Decision, DecisionKind};
use crate::text::{Notes, Tag, Title};
use crate::text::{Source, TextError};

/// Why typed text is not the value the field wants.
#[derive(Clone, Debug, PartialEq)]
pub enum InputError {
    /// The field is required and was left empty.
    Missing,
    /// Not a number at all.
    NotANumber,
    /// A number with a fraction where a count is wanted.
    NotWhole,
    /// A number, but out of range.
    Number(NumberError),
    /// Not a date of the form YYYY-MM-DD.
    NotADate,
    /// A day that has not come yet, where only past days make sense (hours spent).
    AfterToday,
    /// Today or a day gone by, where only a day to come makes sense (a new due date).
    NotAfterToday,
    /// Hours that would take a day's log past [`DAY_HOURS`], with those logged already
    /// and the hours still free that day (0 when less than a tenth of an hour is).
    DayFull { logged: f64, room: f64 },
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Missing => f.write_str("is required"),
            InputError::NotANumber => f.write_str("must be a number, like 2.5"),
            InputError::NotWhole => f.write_str("must be a whole number, like 5"),
            InputError::Number(error) => error.fmt(f),
            InputError::NotADate => f.write_str("must be a date, like 2026-12-15"),
            InputError::AfterToday => f.write_str("must be today or a day before"),
            InputError::NotAfterToday => f.write_str("must be a day after today"),
            InputError::DayFull { logged, room } => write!(
                f,
                "is more than the day holds: {logged} h are logged that day already, {room} h free"
            ),
        }
    }
}

impl std::error::Error for InputError {}

/// Reads a number of hours: `12`, `2.5`, `2,5`, `3h`, ` 1.5 h `.
pub fn number(text: &str) -> Result<f64, InputError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(InputError::Missing);
    }
    let without_unit = trimmed.strip_suffix(['h', 'H']).unwrap_or(trimmed).trim_end();
    without_unit.replace(',', ".").parse::<f64>().map_err(|_| InputError::NotANumber)
}

/// A count, such as a limit of commitments: `5`, not `5.5`.
pub fn whole_number(text: &str) -> Result<i64, InputError> {
    // Text that is no number is told the example of a whole one, not "like 2.5".
    let value = number(text).map_err(|error| match error {
        InputError::NotANumber => InputError::NotWhole,
        error => error,
    })?;
    if !value.is_finite() || value.fract() != 0.0 || value.abs() > 1e15 {
        return Err(InputError::NotWhole);
    }
    Ok(value as i64)
}

/// The most hours one day can hold: an entry of hours spent is one day's.
pub const DAY_HOURS: f64 = 24.0;

/// Hours spent on one day: more than 0 and at most [`DAY_HOURS`].
pub fn day_hours(text: &str) -> Result<PositiveHours, InputError> {
    // The day's bound first: `1e9` is told "at most 24", as `99999` is, not the
    // larger bound of an estimate.
    let value = number(text)?;
    if value > DAY_HOURS {
        return Err(InputError::Number(NumberError::TooLarge { max: DAY_HOURS }));
    }
    PositiveHours::new(value).map_err(InputError::Number)
}

/// Hours spent on a day on which `logged` hours are logged already: the day holds
/// [`DAY_HOURS`] in all.
pub fn hours_in_day(text: &str, logged: f64) -> Result<PositiveHours, InputError> {
    let hours = day_hours(text)?;
    // A hundredth of an hour of slack: 8.1 + 15.9 is a whole day, whatever floats say.
    if logged + hours.get() > DAY_HOURS + 0.005 {
        // Hours are shown to a tenth: less than that free is a full day.
        let room = DAY_HOURS - logged;
        let room = if room < 0.05 { 0.0 } else { room };
        return Err(InputError::DayFull { logged, room });
    }
    Ok(hours)
}

/// Hours greater than 0, as for an estimate or hours logged.
pub fn positive_hours(text: &str) -> Result<PositiveHours, InputError> {
    PositiveHours::new(number(text)?).map_err(InputError::Number)
}

/// Hours in a week, from 0 to 168.
pub fn weekly_hours(text: &str) -> Result<WeeklyHours, InputError> {
    WeeklyHours::new(number(text)?).map_err(InputError::Number)
}

/// A person's weekly capacity as typed in their row: hours from 0 to 168, or blank
/// for none, for a peer or a stakeholder (who only ask for work). For me and a
/// report, who carry work (40 h a week unless said otherwise), blank is refused at the
/// field: clearing it by mistake would wipe the week they have, and a week of none is
/// typed `0`. The rule that someone who owns work keeps a capacity is `Plan::apply`'s.
pub fn capacity(text: &str, role: Role) -> Result<Option<WeeklyHours>, InputError> {
    if text.trim().is_empty() && role.default_capacity().is_none() {
        return Ok(None);
    }
    weekly_hours(text).map(Some)
}

/// Hours per week of recurring work: more than 0, at most 168.
pub fn recurring_hours(text: &str) -> Result<WeeklyHours, InputError> {
    let hours = weekly_hours(text)?;
    if hours.get() <= 0.0 {
        return Err(InputError::Number(NumberError::NotPositive));
    }
    Ok(hours)
}

/// An optional date as a date input gives it (`YYYY-MM-DD`, or empty).
pub fn optional_date(text: &str) -> Result<Option<NaiveDate>, InputError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    // What `parse_from_str(trimmed, "%Y-%m-%d")` does, without the strftime parser that
    // would turn the pattern into these items at run time (and weigh 5 KiB of wasm).
    const YEAR_MONTH_DAY: &[Item<'static>] = &[
        Item::Numeric(Numeric::Year, Pad::Zero),
        Item::Literal("-"),
        Item::Numeric(Numeric::Month, Pad::Zero),
        Item::Literal("-"),
        Item::Numeric(Numeric::Day, Pad::Zero),
    ];
    let mut parsed = Parsed::new();
    chrono::format::parse(&mut parsed, trimmed, YEAR_MONTH_DAY.iter())
        .and_then(|()| parsed.to_naive_date())
        .map(Some)
        .map_err(|_| InputError::NotADate)
}

/// Who asked, as typed: nobody when empty, the person of the plan whose full name it is
/// (ignoring case), or else the text itself (a team, a customer, a mailing list).
pub fn party(text: &str, plan: &Plan) -> Result<Option<Party>, TextError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let wanted = trimmed.to_lowercase();
    if let Some(person) = plan.people.iter().find(|p| p.name.as_str().to_lowercase() == wanted) {
        return Ok(Some(Party::Person(person.id)));
    }
    Source::parse(trimmed).map(|source| Some(Party::Text(source)))
}

/// How a party reads in a form field: the person's name, or the text.
pub fn party_text(party: Option<&Party>, plan: &Plan) -> String {
    match party {
        Some(Party::Person(id)) => {
            plan.person(*id).map(|p| p.name.as_str().to_owned()).unwrap_or_default()
        }
        Some(Party::Text(source)) => source.as_str().to_owned(),
        None => String::new(),
    }
}

/// The commitment form as typed: every field as text (or as the choice made), read
/// into [`CommitmentFields`] by [`CommitmentInput::read`], which says what is wrong
/// with each field at once.
#[derive(Clone, Debug, PartialEq)]
pub struct CommitmentInput {
    pub title: String,
    pub effort: EffortKind,
    /// The estimate of a one-off, or the hours per week of recurring work.
    pub hours: String,
    pub until: String,
    pub start: String,
    pub due: String,
    pub hard: bool,
    pub important: bool,
    pub urgent: bool,
    pub owner: PersonId,
    pub requested_by: String,
    pub tags: String,
    pub notes: String,
}

/// What is wrong with a field of a form.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Text(TextError),
    Input(InputError),
    Domain(DomainError),
}

/// A field and what is wrong with it.
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub field: Field,
    pub problem: Problem,
}

impl CommitmentInput {
    /// An empty form for new work owned by `owner`.
    pub fn blank(owner: PersonId) -> Self {
        CommitmentInput {
            title: String::new(),
            effort: EffortKind::OneOff,
            hours: String::new(),
            until: String::new(),
            start: String::new(),
            due: String::new(),
            hard: false,
            important: false,
            urgent: false,
            owner,
            requested_by: String::new(),
            tags: String::new(),
            notes: String::new(),
        }
    }

    /// The form filled with a commitment's fields, numbers written by `number` (the
    /// shell writes them the user's way: `2,5` in French).
    pub fn of(fields: &CommitmentFields, plan: &Plan, number: impl Fn(f64) -> String) -> Self {
        let (hours, until) = match &fields.effort {
            Effort::OneOff { estimate_hours } => (number(estimate_hours.get()), None),
            Effort::Recurring { hours_per_week, until } => (number(hours_per_week.get()), *until),
            Effort::Unestimated => (String::new(), None),
        };
        let date = |date: Option<NaiveDate>| date.map(|date| date.to_string()).unwrap_or_default();
        CommitmentInput {
            title: fields.title.as_str().to_owned(),
            effort: fields.effort.kind(),
            hours,
            until: date(until),
            start: date(fields.start),
            due: date(fields.due.map(|due| due.date)),
            hard: fields.due.is_some_and(|due| due.kind == DueKind::Hard),
            important: fields.important,
            urgent: fields.urgent,
            owner: fields.owner,
            requested_by: party_text(fields.requested_by.as_ref(), plan),
            tags: fields.tags.iter().map(Tag::as_str).collect::<Vec<_>>().join(" "),
            notes: fields.notes.as_str().to_owned(),
        }
    }

    /// The form after someone else changed the commitment while it was open (another
    /// tab, an undo): `base` is what the form was filled with, `theirs` the commitment
    /// as it is now. A field the reader has not touched (still as in `base`) takes
    /// their value; a field the reader changed keeps the reader's. Saving the result
    /// then changes only what the reader changed, and never writes back a value that
    /// was current when the form opened over a newer one.
    pub fn rebase(&self, base: &Self, theirs: &Self) -> Self {
        fn pick<T: PartialEq + Clone>(mine: &T, base: &T, theirs: &T) -> T {
            if mine == base {
                theirs.clone()
            } else {
                mine.clone()
            }
        }
        CommitmentInput {
            title: pick(&self.title, &base.title, &theirs.title),
            effort: pick(&self.effort, &base.effort, &theirs.effort),
            hours: pick(&self.hours, &base.hours, &theirs.hours),
            until: pick(&self.until, &base.until, &theirs.until),
            start: pick(&self.start, &base.start, &theirs.start),
            due: pick(&self.due, &base.due, &theirs.due),
            hard: pick(&self.hard, &base.hard, &theirs.hard),
            important: pick(&self.important, &base.important, &theirs.important),
            urgent: pick(&self.urgent, &base.urgent, &theirs.urgent),
            owner: pick(&self.owner, &base.owner, &theirs.owner),
            requested_by: pick(&self.requested_by, &base.requested_by, &theirs.requested_by),
            tags: pick(&self.tags, &base.tags, &theirs.tags),
            notes: pick(&self.notes, &base.notes, &theirs.notes),
        }
    }

    /// The fields the form says, or every field that is wrong and why: each field on
    /// its own and the order of the dates that read, then, when each is right, what
    /// only the plan can tell (an owner who cannot carry work).
    pub fn read(&self, plan: &Plan) -> Result<CommitmentFields, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut check = |field: Field, result: Result<(), Problem>| {
            if let Err(problem) = result {
                errors.push(FieldError { field, problem });
            }
        };
        let title = Title::parse(&self.title);
        check(Field::Title, title.as_ref().map(|_| ()).map_err(|e| Problem::Text(e.clone())));
        let until = optional_date(&self.until);
        check(Field::Until, until.as_ref().map(|_| ()).map_err(|e| Problem::Input(e.clone())));
        let effort = match self.effort {
            EffortKind::OneOff => {
                positive_hours(&self.hours).map(|estimate_hours| Effort::OneOff { estimate_hours })
            }
            EffortKind::Recurring => recurring_hours(&self.hours).map(|hours_per_week| {
                Effort::Recurring { hours_per_week, until: until.clone().ok().flatten() }
            }),
            EffortKind::Unestimated => Ok(Effort::Unestimated),
        };
        check(Field::Hours, effort.as_ref().map(|_| ()).map_err(|e| Problem::Input(e.clone())));
        let start = optional_date(&self.start);
        check(Field::Start, start.as_ref().map(|_| ()).map_err(|e| Problem::Input(e.clone())));
        let due = optional_date(&self.due);
        check(Field::Due, due.as_ref().map(|_| ()).map_err(|e| Problem::Input(e.clone())));
        let requested_by = party(&self.requested_by, plan);
        check(
            Field::RequestedBy,
            requested_by.as_ref().map(|_| ()).map_err(|e| Problem::Text(e.clone())),
        );
        let tags: Result<Vec<Tag>, TextError> =
            self.tags.split_whitespace().map(Tag::parse).collect();
        check(Field::Tags, tags.as_ref().map(|_| ()).map_err(|e| Problem::Text(e.clone())));
        let notes = Notes::parse(&self.notes);
        check(Field::Notes, notes.as_ref().map(|_| ()).map_err(|e| Problem::Text(e.clone())));
        // Dates out of order are told with the other fields' problems, not only once
        // those are fixed (the plan's own check below says the same when all read).
        let dated = |read: &Result<Option<NaiveDate>, InputError>| read.clone().ok().flatten();
        let until_read = (self.effort == EffortKind::Recurring).then(|| dated(&until)).flatten();
        let order = dates_out_of_order(dated(&start), dated(&due), until_read).map(|error| {
            let field = error.field().unwrap_or(Field::Due);
            FieldError { field, problem: Problem::Domain(error) }
        });
        let order: Vec<FieldError> = order.collect();
        let (Ok(title), Ok(effort), Ok(start), Ok(due), Ok(requested_by), Ok(tags), Ok(notes)) =
            (title, effort, start, due, requested_by, tags, notes)
        else {
            errors.extend(order);
            return Err(errors);
        };
        let kind = if self.hard { DueKind::Hard } else { DueKind::Soft };
        let fields = CommitmentFields {
            title,
            notes,
            owner: self.owner,
            requested_by,
            effort,
            start,
            due: due.map(|date| Due { date, kind }),
            important: self.important,
            urgent: self.urgent,
            tags,
        };
        plan.check_fields(&fields).map_err(|error| {
            let field = error.field().unwrap_or(Field::Title);
            vec![FieldError { field, problem: Problem::Domain(error) }]
        })?;
        Ok(fields)
    }
}

/// A field of the review's decision on one commitment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecisionField {
    Hours,
    NewDue,
    To,
    Reason,
}

/// The review's decision on one commitment, as typed: hours spent this week, the
/// decision, and the field that decision needs.
#[derive(Clone, Debug, PartialEq)]
pub struct DecisionInput {
    pub hours: String,
    pub kind: DecisionKind,
    pub new_due: String,
    /// The id of the person delegated to, as the menu's value.
    pub to: String,
    pub reason: String,
}

impl DecisionInput {
    /// The hours (blank is none) and the decision, or the first field that is wrong.
    /// A deferral or a renegotiated date is a day after `today`: one gone by would make
    /// the work overdue at once, the opposite of what was decided.
    pub fn read(
        &self,
        today: NaiveDate,
    ) -> Result<(WeeklyHours, Decision), (DecisionField, Problem)> {
        let hours = match self.hours.trim() {
            "" => WeeklyHours::default(),
            text => weekly_hours(text).map_err(|e| (DecisionField::Hours, Problem::Input(e)))?,
        };
        let new_due = || {
            optional_date(&self.new_due)
                .and_then(|date| date.ok_or(InputError::Missing))
                .and_then(
                    |date| if date > today { Ok(date) } else { Err(InputError::NotAfterToday) },
                )
                .map_err(|e| (DecisionField::NewDue, Problem::Input(e)))
        };
        let decision = match self.kind {
            DecisionKind::Keep => Decision::Keep,
            DecisionKind::Done => Decision::Done,
            DecisionKind::Defer => Decision::Defer { new_due: new_due()? },
            DecisionKind::Renegotiate => Decision::Renegotiate { new_due: new_due()? },
            DecisionKind::Delegate => match self.to.parse() {
                Ok(to) => Decision::Delegate { to },
                Err(_) => return Err((DecisionField::To, Problem::Input(InputError::Missing))),
            },
            DecisionKind::Drop => Decision::Drop {
                reason: Notes::parse(&self.reason)
                    .map_err(|e| (DecisionField::Reason, Problem::Text(e)))?,
            },
        };
        Ok((hours, decision))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_accept_a_comma_a_point_and_a_unit() {
        assert_eq!(number("12"), Ok(12.0));
        assert_eq!(number(" 2,5 "), Ok(2.5));
        assert_eq!(number("3h"), Ok(3.0));
        assert_eq!(number("1.5 h"), Ok(1.5));
        assert_eq!(number(""), Err(InputError::Missing));
        assert_eq!(number("lots"), Err(InputError::NotANumber));
    }

    #[test]
    fn a_count_is_whole() {
        assert_eq!(whole_number(" 5 "), Ok(5));
        assert_eq!(whole_number("5.5"), Err(InputError::NotWhole));
        assert_eq!(whole_number("5,0"), Ok(5));
        assert_eq!(whole_number(""), Err(InputError::Missing));
        assert_eq!(whole_number("five"), Err(InputError::NotWhole), "told: like 5, not like 2.5");
    }

    #[test]
    fn positive_hours_refuse_zero_and_negative() {
        assert_eq!(positive_hours("0"), Err(InputError::Number(NumberError::NotPositive)));
        assert_eq!(positive_hours("-2"), Err(InputError::Number(NumberError::NotPositive)));
        assert_eq!(positive_hours("4").map(PositiveHours::get), Ok(4.0));
    }

    #[test]
    fn recurring_hours_lie_in_0_to_168_exclusive_of_0() {
        assert_eq!(recurring_hours("0"), Err(InputError::Number(NumberError::NotPositive)));
        assert_eq!(
            recurring_hours("169"),
            Err(InputError::Number(NumberError::TooLarge { max: 168.0 }))
        );
        assert_eq!(recurring_hours("3").map(WeeklyHours::get), Ok(3.0));
    }

    #[test]
    fn dates_are_optional_but_must_be_well_formed() {
        assert_eq!(optional_date(""), Ok(None));
        assert_eq!(optional_date("2026-12-15"), Ok(NaiveDate::from_ymd_opt(2026, 12, 15)));
        assert_eq!(optional_date("15/12/2026"), Err(InputError::NotADate));
        assert_eq!(optional_date("2026-02-30"), Err(InputError::NotADate));
    }

    #[test]
    fn who_asked_is_a_person_of_the_plan_by_full_name_or_else_the_text() {
        use crate::person::{Person, Role};
        use crate::text::PersonName;
        let me = Person::new(
            crate::ids::PersonId::from_random_bytes([1; 16]),
            PersonName::parse("Sam Rivera").unwrap(),
            Role::Me,
        );
        let plan = Plan::new(me.clone());
        assert_eq!(party("  ", &plan), Ok(None));
        assert_eq!(party(" sam rivera ", &plan), Ok(Some(Party::Person(me.id))));
        let text = Party::Text(Source::parse("Sam").unwrap());
        assert_eq!(party("Sam", &plan), Ok(Some(text.clone())), "a partial name is not a person");
        assert_eq!(
            party(&"x".repeat(201), &plan),
            Err(TextError::TooLong { max: 200, actual: 201 })
        );
        assert_eq!(party_text(Some(&Party::Person(me.id)), &plan), "Sam Rivera");
        assert_eq!(party_text(Some(&text), &plan), "Sam");
        assert_eq!(party_text(None, &plan), "");
    }

    /// Two tabs edit one commitment: the other tab renamed it while this form was open,
    /// and the reader here only wrote a note. Saving keeps both changes; where both
    /// changed a field, the reader's value is the one on screen and the one kept.
    #[test]
    fn rebase_keeps_their_changes_where_the_form_was_not_touched() {
        let owner = PersonId::from_random_bytes([1; 16]);
        let mut base = CommitmentInput::blank(owner);
        base.title = "Shared item".into();
        base.hours = "4".into();
        base.notes = String::new();
        let mut theirs = base.clone();
        theirs.title = "Renamed in tab A".into();
        theirs.hours = "6".into();
        theirs.urgent = true;
        let mut mine = base.clone();
        mine.notes = "note from B".into();
        mine.hours = "5".into();

        let rebased = mine.rebase(&base, &theirs);
        assert_eq!(rebased.title, "Renamed in tab A");
        assert!(rebased.urgent);
        assert_eq!(rebased.notes, "note from B");
        assert_eq!(rebased.hours, "5", "both changed the hours: the reader's stays");
        assert_eq!(base.rebase(&base, &theirs), theirs, "an untouched form shows theirs");
        assert_eq!(mine.rebase(&base, &base), mine, "nothing new: the form is as typed");
    }

    /// Every problem of a form is told at once: a due date before the start shows with
    /// an empty title and negative hours, not only after they are fixed.
    #[test]
    fn dates_out_of_order_are_told_with_the_other_fields_problems() {
        use crate::person::{Person, Role};
        use crate::text::PersonName;
        let me = Person::new(
            PersonId::from_random_bytes([1; 16]),
            PersonName::parse("Sam Rivera").unwrap(),
            Role::Me,
        );
        let plan = Plan::new(me.clone());
        let mut form = CommitmentInput::blank(me.id);
        form.title = " ".into();
        form.hours = "-3".into();
        form.start = "2026-12-20".into();
        form.due = "2026-12-11".into();
        let fields = |form: &CommitmentInput| {
            form.read(&plan).unwrap_err().into_iter().map(|e| e.field).collect::<Vec<_>>()
        };
        assert_eq!(fields(&form), [Field::Title, Field::Hours, Field::Due]);
        form.effort = EffortKind::Recurring;
        form.hours = "2".into();
        form.until = "2026-12-01".into();
        assert_eq!(fields(&form), [Field::Title, Field::Due, Field::Until]);
        form.due = "not a date".into();
        assert_eq!(
            fields(&form),
            [Field::Title, Field::Due, Field::Until],
            "a due date that does not read is not compared"
        );
    }

    /// A review's deferral to a day gone by would make the work overdue at once: the
    /// new due date is a day after today, and each decision names the field it lacks.
    #[test]
    fn a_review_decision_reads_its_fields_and_defers_only_to_a_day_to_come() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        let typed = |kind, new_due: &str| DecisionInput {
            hours: "3".into(),
            kind,
            new_due: new_due.into(),
            to: String::new(),
            reason: String::new(),
        };
        let past = typed(DecisionKind::Defer, "2026-11-01").read(today);
        assert_eq!(past, Err((DecisionField::NewDue, Problem::Input(InputError::NotAfterToday))));
        let on_today = typed(DecisionKind::Renegotiate, "2026-11-27").read(today);
        assert_eq!(
            on_today,
            Err((DecisionField::NewDue, Problem::Input(InputError::NotAfterToday)))
        );
        let missing = typed(DecisionKind::Defer, "").read(today);
        assert_eq!(missing, Err((DecisionField::NewDue, Problem::Input(InputError::Missing))));
        let (hours, decision) = typed(DecisionKind::Defer, "2026-11-28").read(today).unwrap();
        assert_eq!(hours.get(), 3.0);
        assert_eq!(
            decision,
            Decision::Defer { new_due: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap() }
        );
        assert_eq!(
            typed(DecisionKind::Keep, "2026-11-01").read(today).map(|r| r.1),
            Ok(Decision::Keep),
            "a date only a deferral uses"
        );
        let nobody = typed(DecisionKind::Delegate, "").read(today);
        assert_eq!(nobody, Err((DecisionField::To, Problem::Input(InputError::Missing))));
        let mut wrong_hours = typed(DecisionKind::Keep, "");
        wrong_hours.hours = "-1".into();
        assert!(matches!(wrong_hours.read(today), Err((DecisionField::Hours, _))));
        wrong_hours.hours = " ".into();
        assert_eq!(wrong_hours.read(today).map(|r| r.0.get()), Ok(0.0), "blank is none");
    }
}
