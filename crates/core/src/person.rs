//! People: me, my reports, and the peers and stakeholders who ask things of me.

use std::fmt;

use chrono::{NaiveDate, Weekday};
use serde::de::{SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};

use crate::hours::WeeklyHours;
use crate::ids::PersonId;
use crate::text::PersonName;

/// How a person relates to the plan's owner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Me,
    Report,
    Peer,
    Stakeholder,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Me, Role::Report, Role::Peer, Role::Stakeholder];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Me => "me",
            Role::Report => "report",
            Role::Peer => "peer",
            Role::Stakeholder => "stakeholder",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|role| role.as_str() == text)
    }

    /// Whether someone of this role must have a weekly capacity: "me" always carries
    /// work (the plan is mine); anyone else may go without, and then only asks for work.
    pub fn needs_capacity(self) -> bool {
        self == Role::Me
    }

    /// Me and my reports carry work; peers and stakeholders only ask for it.
    pub fn default_capacity(self) -> Option<WeeklyHours> {
        match self {
            Role::Me | Role::Report => WeeklyHours::new(40.0).ok(),
            Role::Peer | Role::Stakeholder => None,
        }
    }
}

/// The days of the week a person works, as a set.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "Vec<DayName>")]
pub struct WorkingDays(u8);

/// Read as a list of days and checked as it is read (see `checked`): a repeated day is
/// placed at the end of the list.
impl<'de> Deserialize<'de> for WorkingDays {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Days;

        impl<'de> Visitor<'de> for Days {
            type Value = WorkingDays;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a sequence")
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<WorkingDays, A::Error> {
                let mut days = Vec::new();
                while let Some(day) = seq.next_element()? {
                    days.push(day);
                }
                WorkingDays::try_from(days).map_err(serde::de::Error::custom)
            }
        }

        deserializer.deserialize_seq(Days)
    }
}

impl WorkingDays {
    pub const MONDAY_TO_FRIDAY: WorkingDays = WorkingDays(0b0001_1111);
    pub const NONE: WorkingDays = WorkingDays(0);

    pub fn contains(self, day: Weekday) -> bool {
        self.0 & (1 << day.num_days_from_monday()) != 0
    }

    pub fn with(self, day: Weekday) -> Self {
        Self(self.0 | (1 << day.num_days_from_monday()))
    }

    pub fn without(self, day: Weekday) -> Self {
        Self(self.0 & !(1 << day.num_days_from_monday()))
    }

    pub fn count(self) -> u32 {
        self.0.count_ones()
    }

    /// The set as bits, Monday in the lowest.
    pub fn bits(self) -> u8 {
        self.0
    }

    /// The days in the set, Monday first.
    pub fn days(self) -> impl Iterator<Item = Weekday> {
        DAYS.into_iter().filter(move |day| self.contains(*day))
    }
}

impl Default for WorkingDays {
    fn default() -> Self {
        Self::MONDAY_TO_FRIDAY
    }
}

const DAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// A weekday as written in the plan file: `"mon"` to `"sun"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayName {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl DayName {
    pub const ALL: [DayName; 7] = [
        DayName::Mon,
        DayName::Tue,
        DayName::Wed,
        DayName::Thu,
        DayName::Fri,
        DayName::Sat,
        DayName::Sun,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            DayName::Mon => "mon",
            DayName::Tue => "tue",
            DayName::Wed => "wed",
            DayName::Thu => "thu",
            DayName::Fri => "fri",
            DayName::Sat => "sat",
            DayName::Sun => "sun",
        }
    }

    pub fn parse(text: &str) -> Option<DayName> {
        DayName::ALL.into_iter().find(|day| day.as_str() == text)
    }
}

impl From<DayName> for Weekday {
    fn from(day: DayName) -> Weekday {
        match day {
            DayName::Mon => Weekday::Mon,
            DayName::Tue => Weekday::Tue,
            DayName::Wed => Weekday::Wed,
            DayName::Thu => Weekday::Thu,
            DayName::Fri => Weekday::Fri,
            DayName::Sat => Weekday::Sat,
            DayName::Sun => Weekday::Sun,
        }
    }
}

impl From<Weekday> for DayName {
    fn from(day: Weekday) -> DayName {
        match day {
            Weekday::Mon => DayName::Mon,
            Weekday::Tue => DayName::Tue,
            Weekday::Wed => DayName::Wed,
            Weekday::Thu => DayName::Thu,
            Weekday::Fri => DayName::Fri,
            Weekday::Sat => DayName::Sat,
            Weekday::Sun => DayName::Sun,
        }
    }
}

/// A day listed twice in a working-days list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RepeatedDay(DayName);

impl fmt::Display for RepeatedDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "lists {:?} more than once", self.0)
    }
}

impl TryFrom<Vec<DayName>> for WorkingDays {
    type Error = RepeatedDay;
    fn try_from(days: Vec<DayName>) -> Result<Self, RepeatedDay> {
        let mut set = WorkingDays::NONE;
        for day in days {
            if set.contains(day.into()) {
                return Err(RepeatedDay(day));
            }
            set = set.with(day.into());
        }
        Ok(set)
    }
}

impl From<WorkingDays> for Vec<DayName> {
    fn from(days: WorkingDays) -> Vec<DayName> {
        days.days().map(DayName::from).collect()
    }
}

/// An inclusive range of calendar dates, `from <= to`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "DateRangeRepr")]
pub struct DateRange {
    from: NaiveDate,
    to: NaiveDate,
}

impl<'de> Deserialize<'de> for DateRange {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::checked::shaped::<D, DateRangeRepr, DateRange>(deserializer, "DateRangeRepr")
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DateRangeRepr {
    from: NaiveDate,
    to: NaiveDate,
}

/// A range whose end comes before its start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReversedRange {
    pub from: NaiveDate,
    pub to: NaiveDate,
}

impl fmt::Display for ReversedRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ends ({}) before it starts ({})", self.to, self.from)
    }
}

impl DateRange {
    pub fn new(from: NaiveDate, to: NaiveDate) -> Result<Self, ReversedRange> {
        if to < from {
            return Err(ReversedRange { from, to });
        }
        Ok(Self { from, to })
    }

    pub fn from(self) -> NaiveDate {
        self.from
    }

    pub fn to(self) -> NaiveDate {
        self.to
    }

    pub fn contains(self, date: NaiveDate) -> bool {
        self.from <= date && date <= self.to
    }
}

impl TryFrom<DateRangeRepr> for DateRange {
    type Error = ReversedRange;
    fn try_from(repr: DateRangeRepr) -> Result<Self, ReversedRange> {
        DateRange::new(repr.from, repr.to)
    }
}

impl From<DateRange> for DateRangeRepr {
    fn from(range: DateRange) -> Self {
        DateRangeRepr { from: range.from, to: range.to }
    }
}

/// Someone in the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: PersonId,
    pub name: PersonName,
    pub role: Role,
    /// Hours a week this person can give to commitments; `None` for people who only ask.
    #[serde(default)]
    pub weekly_capacity: Option<WeeklyHours>,
    #[serde(default)]
    pub working_days: WorkingDays,
    #[serde(default)]
    pub time_off: Vec<DateRange>,
}

impl Person {
    /// A person with the defaults of their role.
    pub fn new(id: PersonId, name: PersonName, role: Role) -> Self {
        Person {
            id,
            name,
            role,
            weekly_capacity: role.default_capacity(),
            working_days: WorkingDays::default(),
            time_off: Vec::new(),
        }
    }

    /// Whether commitments can be owned by this person.
    pub fn carries_work(&self) -> bool {
        self.weekly_capacity.is_some()
    }
}
