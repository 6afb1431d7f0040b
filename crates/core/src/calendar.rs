//! Weeks and open days: the calendar arithmetic behind capacity and load.
//!
//! Every count here is exact and in constant time per time-off range, so that the
//! projection of ten thousand commitments does not walk day by day.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use crate::order;
use crate::person::{DateRange, Person, WorkingDays};

/// The weeks the assessment looks at, counted from the week that contains `today`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Calendar {
    pub today: NaiveDate,
    /// The first day of the week that contains `today` (week 0).
    pub week0: NaiveDate,
    /// How many weeks, week 0 included, the projection shows.
    pub horizon: u32,
}

impl Calendar {
    pub fn new(today: NaiveDate, week_start: Weekday, horizon: u32) -> Self {
        Calendar { today, week0: start_of_week(today, week_start), horizon }
    }

    /// The index of the week that contains `date` (negative before week 0).
    pub fn week_of(&self, date: NaiveDate) -> i64 {
        (date - self.week0).num_days().div_euclid(7)
    }

    /// The first day of week `index`.
    pub fn week_start(&self, index: i64) -> NaiveDate {
        self.week0 + Duration::weeks(index)
    }

    /// The last day of week `index`.
    pub fn week_end(&self, index: i64) -> NaiveDate {
        self.week_start(index) + Duration::days(6)
    }

    /// The first days of the weeks within the horizon.
    pub fn weeks(&self) -> Vec<NaiveDate> {
        (0..i64::from(self.horizon)).map(|index| self.week_start(index)).collect()
    }
}

/// The first day of the week that contains `date`, weeks starting on `week_start`.
/// How far from today a date written without its year stays unambiguous: half a year
/// either way.
pub const NEAR_DAYS: i64 = 182;

/// Whether `date`, written as a day and a month ("Fri 4 Dec"), needs its year to be
/// read right: it does once it is more than half a year from `today`, where "1 Jan"
/// could be either side.
pub fn needs_year(date: NaiveDate, today: NaiveDate) -> bool {
    (date - today).num_days().abs() > NEAR_DAYS
}

pub fn start_of_week(date: NaiveDate, week_start: Weekday) -> NaiveDate {
    let back = (7 + date.weekday().num_days_from_monday() - week_start.num_days_from_monday()) % 7;
    date - Duration::days(i64::from(back))
}

/// Working days in `[from, to]` (inclusive), time off ignored.
pub fn working_days_between(days: WorkingDays, from: NaiveDate, to: NaiveDate) -> i64 {
    if to < from {
        return 0;
    }
    let span = (to - from).num_days() + 1;
    let full_weeks = span / 7;
    let rest = (span % 7) as u32;
    // The `rest` days after the full weeks start on the same weekday as `from`: a run of
    // `rest` bits from that weekday, wrapped around the week.
    let first = from.weekday().num_days_from_monday();
    let run = ((1u32 << rest) - 1) << first;
    let run = (run | (run >> 7)) & 0x7f;
    full_weeks * i64::from(days.count()) + i64::from((u32::from(days.bits()) & run).count_ones())
}

/// A person's calendar: working days, time off (merged, sorted) and weekly capacity,
/// with the open days of each week of the horizon counted once.
#[derive(Clone, Debug, PartialEq)]
pub struct PersonCalendar {
    pub working_days: WorkingDays,
    /// Disjoint, sorted ranges.
    time_off: Vec<DateRange>,
    /// Hours a week; 0 for people who do not carry work.
    pub weekly_capacity: f64,
    /// Open days of each week of the horizon, from today on.
    week_open: Vec<i64>,
}

impl PersonCalendar {
    pub fn new(person: &Person, calendar: &Calendar) -> Self {
        let mut this = Self::of(person);
        this.week_open = (0..i64::from(calendar.horizon))
            .map(|week| {
                this.open_days(
                    calendar.week_start(week).max(calendar.today),
                    calendar.week_end(week),
                )
            })
            .collect();
        this
    }

    /// Open days of week `week` from today on; computed if outside the horizon.
    pub fn open_days_of_week(&self, calendar: &Calendar, week: i64) -> i64 {
        match usize::try_from(week).ok().and_then(|index| self.week_open.get(index)) {
            Some(open) => *open,
            None => self
                .open_days(calendar.week_start(week).max(calendar.today), calendar.week_end(week)),
        }
    }

    fn of(person: &Person) -> Self {
        let mut ranges = person.time_off.clone();
        order::sort_by_key(&mut ranges, |range| range.from());
        let mut merged: Vec<DateRange> = Vec::with_capacity(ranges.len());
        for range in ranges {
            match merged.last_mut() {
                Some(last) if range.from() <= last.to() + Duration::days(1) => {
                    if range.to() > last.to() {
                        // Both ends are ordered, so the merged range is valid.
                        *last = DateRange::new(last.from(), range.to()).unwrap_or(*last);
                    }
                }
                _ => merged.push(range),
            }
        }
        PersonCalendar {
            working_days: person.working_days,
            time_off: merged,
            weekly_capacity: person.weekly_capacity.map_or(0.0, |hours| hours.get()),
            week_open: Vec::new(),
        }
    }

    /// Days in `[from, to]` on which this person works and is not off.
    pub fn open_days(&self, from: NaiveDate, to: NaiveDate) -> i64 {
        if to < from {
            return 0;
        }
        let mut count = working_days_between(self.working_days, from, to);
        for range in &self.time_off {
            if range.to() < from {
                continue;
            }
            if range.from() > to {
                break;
            }
            count -=
                working_days_between(self.working_days, range.from().max(from), range.to().min(to));
        }
        count
    }

    /// Whether work is spread over this person's days as over `other`'s: the same
    /// working days and time off, whatever their capacity.
    pub fn spreads_like(&self, other: &PersonCalendar) -> bool {
        self.working_days == other.working_days && self.time_off == other.time_off
    }

    /// Working days in a whole week: the denominator of every weekly share.
    pub fn working_days_per_week(&self) -> i64 {
        i64::from(self.working_days.count())
    }

    /// Hours available per open day.
    pub fn hours_per_day(&self) -> f64 {
        match self.working_days_per_week() {
            0 => 0.0,
            days => self.weekly_capacity / days as f64,
        }
    }

    /// Capacity in `[from, to]`: the hours of its open days, today onwards.
    pub fn capacity_between(&self, calendar: &Calendar, from: NaiveDate, to: NaiveDate) -> f64 {
        self.hours_per_day() * self.open_days(from.max(calendar.today), to) as f64
    }

    /// `capacity(p, w) = weekly * open_days / working_days`, open days from today on.
    pub fn capacity_of_week(&self, calendar: &Calendar, week: i64) -> f64 {
        self.hours_per_day() * self.open_days_of_week(calendar, week) as f64
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_date_needs_its_year_beyond_half_a_year() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 26).unwrap();
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert!(!needs_year(day(2027, 3, 15), today), "next March reads right");
        assert!(!needs_year(day(2026, 6, 1), today), "last June too");
        assert!(needs_year(day(2020, 1, 1), today), "an old due date");
        assert!(needs_year(day(2027, 11, 26), today), "a year ahead");
        assert!(!needs_year(day(2027, 5, 27), today));
        assert!(needs_year(day(2027, 5, 28), today));
    }

    use super::*;
    use crate::ids::PersonId;
    use crate::person::Role;
    use crate::text::PersonName;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn person(off: &[(NaiveDate, NaiveDate)]) -> Person {
        let mut person = Person::new(
            PersonId::from_random_bytes([1; 16]),
            PersonName::parse("P").unwrap(),
            Role::Me,
        );
        person.time_off =
            off.iter().map(|(from, to)| DateRange::new(*from, *to).unwrap()).collect();
        person
    }

    #[test]
    fn weeks_start_on_the_chosen_day() {
        // 2026-11-25 is a Wednesday.
        assert_eq!(start_of_week(date(2026, 11, 25), Weekday::Mon), date(2026, 11, 23));
        assert_eq!(start_of_week(date(2026, 11, 25), Weekday::Sun), date(2026, 11, 22));
        assert_eq!(start_of_week(date(2026, 11, 23), Weekday::Mon), date(2026, 11, 23));
        let calendar = Calendar::new(date(2026, 11, 25), Weekday::Mon, 12);
        assert_eq!(calendar.week_of(date(2026, 11, 29)), 0);
        assert_eq!(calendar.week_of(date(2026, 11, 30)), 1);
        assert_eq!(calendar.week_of(date(2026, 11, 22)), -1);
    }

    #[test]
    fn open_days_count_working_days_less_time_off_even_when_ranges_overlap() {
        let monday = date(2026, 11, 30);
        let plain = PersonCalendar::of(&person(&[]));
        assert_eq!(plain.open_days(monday, monday + Duration::days(13)), 10);
        let off = PersonCalendar::of(&person(&[
            (date(2026, 12, 1), date(2026, 12, 3)),
            (date(2026, 12, 2), date(2026, 12, 8)),
        ]));
        // Off Tue 1 to Tue 8: Mon 30 Nov, then Wed 9 to Fri 11 are left.
        assert_eq!(off.open_days(monday, monday + Duration::days(13)), 4);
    }

    #[test]
    fn this_weeks_capacity_counts_only_the_days_left() {
        let calendar = Calendar::new(date(2026, 11, 25), Weekday::Mon, 12);
        let me = PersonCalendar::new(&person(&[]), &calendar);
        assert_eq!(me.capacity_of_week(&calendar, 0), 24.0, "Wed, Thu, Fri of 40 h");
        assert_eq!(me.capacity_of_week(&calendar, 1), 40.0);
    }
}

#[cfg(test)]
mod counting {
    use super::*;

    /// The bit arithmetic agrees with walking the days one by one.
    #[test]
    fn working_days_between_matches_a_day_by_day_count() {
        let start = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        for bits in [0u8, 0b001_1111, 0b110_0000, 0b101_0101, 0b111_1111] {
            let days = [
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
                Weekday::Sat,
                Weekday::Sun,
            ]
            .into_iter()
            .enumerate()
            .filter(|(i, _)| bits & (1 << i) != 0)
            .fold(WorkingDays::NONE, |set, (_, day)| set.with(day));
            for offset in 0..9 {
                for length in 0..30 {
                    let from = start + Duration::days(offset);
                    let to = from + Duration::days(length);
                    let walked = (0..=length)
                        .filter(|d| days.contains((from + Duration::days(*d)).weekday()))
                        .count();
                    assert_eq!(
                        working_days_between(days, from, to),
                        walked as i64,
                        "{bits:b} {from} {to}"
                    );
                }
            }
        }
    }
}
