//! The first run (SPEC 3): a plan nobody started is recognised from the plan itself;
//! the welcome records my name, capacity and working days in one command; the sample
//! plan shipped beside the app opens on the week of today, joins a plan as the merge
//! of a file does, and comes out again in one step, leaving what the user added.

mod support;

use chrono::{Datelike, Duration, Weekday};
use plateful_core::first_run::{is_first_run, placeholder_name, welcome, WelcomeProblems};
use plateful_core::input::InputError;
use plateful_core::merge::merge;
use plateful_core::sample_plan::{days_moved, is_sample, open, without_sample, SampleContents};
use plateful_core::*;
use support::*;

const SAMPLE_EN: &str = include_str!("../../../assets/sample-plan.en.json");
const SAMPLE_FR: &str = include_str!("../../../assets/sample-plan.fr.json");

/// A first visit's plan: only me, under the placeholder name.
fn starter(language: Language) -> Plan {
    let name = PersonName::parse(placeholder_name(language)).unwrap();
    Plan::new(Person::new(person_id(1), name, Role::Me))
}

/// Thursday 26 November 2026, 10:00.
fn thursday() -> chrono::NaiveDate {
    date(2026, 11, 26)
}

fn now() -> chrono::DateTime<chrono::Utc> {
    at(2026, 11, 26, 10)
}

fn sample() -> Plan {
    open(SAMPLE_EN, thursday(), now()).expect("the shipped sample opens")
}

fn add(plan: &mut Plan, title: &str) -> CommitmentId {
    let id = CommitmentId::from_random_bytes([42; 16]);
    plan.apply(Command::AddCommitment {
        id,
        fields: fields(title, Effort::OneOff { estimate_hours: hours(3.0) }),
        status: Status::Active,
        at: now(),
    })
    .unwrap();
    id
}

#[test]
fn a_first_run_is_only_me_unnamed_with_nothing_else_in_either_language() {
    assert!(is_first_run(&starter(Language::En)));
    assert!(is_first_run(&starter(Language::Fr)));
    // A name given ends it.
    let mut named = starter(Language::En);
    named.people[0].name = PersonName::parse("Sam").unwrap();
    assert!(!is_first_run(&named));
    // So does anything added, or deleted since.
    let mut plan = starter(Language::En);
    let id = add(&mut plan, "Budget");
    assert!(!is_first_run(&plan));
    plan.apply(Command::DeleteCommitment { id, at: now() }).unwrap();
    assert!(!is_first_run(&plan), "a plan that had work is not a first run");
    let mut plan = starter(Language::En);
    plan.people.push(report(2, "Alice"));
    assert!(!is_first_run(&plan));
}

#[test]
fn the_welcome_records_name_capacity_and_days_on_me_and_keeps_the_rest() {
    let mut plan = starter(Language::En);
    plan.people[0].time_off = vec![DateRange::new(date(2026, 12, 24), date(2026, 12, 31)).unwrap()];
    let days = WorkingDays::MONDAY_TO_FRIDAY.without(Weekday::Fri);
    let command = welcome(&plan.people[0], "  Sam Rivera ", "32,5", days).unwrap();
    plan.apply(command).unwrap();
    let me = plan.me().unwrap();
    assert_eq!(me.name.as_str(), "Sam Rivera");
    assert_eq!(me.weekly_capacity.map(|h| h.get()), Some(32.5));
    assert_eq!(me.working_days, days);
    assert_eq!(me.time_off.len(), 1, "time off stays");
    assert!(!is_first_run(&plan));
}

#[test]
fn the_welcome_says_what_is_wrong_with_each_answer() {
    let me = starter(Language::En).people[0].clone();
    let problems = welcome(&me, " ", "two hundred", WorkingDays::NONE).unwrap_err();
    assert_eq!(
        problems,
        WelcomeProblems {
            name: Some(TextError::Empty),
            capacity: Some(InputError::NotANumber),
            no_working_day: true,
        }
    );
    let problems = welcome(&me, "Sam", "200", WorkingDays::MONDAY_TO_FRIDAY).unwrap_err();
    assert!(matches!(problems.capacity, Some(InputError::Number(_))), "{problems:?}");
    assert_eq!((problems.name, problems.no_working_day), (None, false));
}

#[test]
fn the_sample_moves_by_whole_weeks_to_the_week_of_today() {
    let written = date(2026, 3, 2);
    assert_eq!(days_moved(written, date(2026, 3, 2)), 0);
    assert_eq!(days_moved(written, date(2026, 3, 8)), 0, "Sunday is still that week");
    assert_eq!(days_moved(written, date(2026, 3, 9)), 7);
    assert_eq!(days_moved(written, thursday()), 266);
    assert_eq!(days_moved(written, date(2026, 2, 27)), -7, "an earlier week moves back");
}

#[test]
fn the_sample_opens_on_this_week_with_its_weekdays_and_no_future_history() {
    let plan = sample();
    let monday = date(2026, 11, 23);
    // The roadmap: written due Friday 6 March, started the week before.
    let roadmap = plan.commitments.iter().find(|c| c.title.as_str() == "Q1 roadmap draft").unwrap();
    assert_eq!(roadmap.due.map(|d| (d.date, d.kind)), Some((date(2026, 11, 27), DueKind::Hard)));
    assert_eq!(roadmap.due.unwrap().date.weekday(), Weekday::Fri);
    assert_eq!(roadmap.start, Some(monday - Duration::days(7)));
    assert_eq!(roadmap.progress[0].date, date(2026, 11, 17));
    // The three reviews cover the three weeks before this one.
    let weeks: Vec<_> = plan.reviews.iter().map(|r| r.week).collect();
    assert_eq!(weeks, [date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16)]);
    assert_eq!(plan.big_rocks[0].week, monday);
    // Nothing was created or changed after now, though the file says Monday 10:00.
    assert!(plan.commitments.iter().all(|c| c.created_at <= now() && c.updated_at <= now()));
    assert!(plan.reviews.iter().all(|r| r.completed_at <= now()));
}

#[test]
fn the_sample_is_a_realistically_overcommitted_manager_in_both_languages() {
    for text in [SAMPLE_EN, SAMPLE_FR] {
        let plan = open(text, thursday(), now()).unwrap();
        let contents = SampleContents::of(&plan);
        assert_eq!(contents, SampleContents { people: 6, commitments: 27, reviews: 3 });
        let reports = plan.people.iter().filter(|p| p.role == Role::Report).count();
        assert_eq!(reports, 3);
        assert!(plan.people.iter().all(|p| is_sample(&p.id.0)));
        assert!(plan.commitments.iter().all(|c| is_sample(&c.id.0)));
    }
    let fr = open(SAMPLE_FR, thursday(), now()).unwrap();
    assert!(fr
        .commitments
        .iter()
        .any(|c| c.title.as_str() == "Brouillon de la feuille de route T1"));
    // Merged into a named plan on a Monday: this week and the next are over capacity,
    // and Today offers a relief plan; the inbox has two requests.
    let monday = date(2026, 11, 23);
    let mut mine = starter(Language::En);
    mine.people[0].name = PersonName::parse("Sam").unwrap();
    let (plan, report) = merge(&mine, &open(SAMPLE_EN, monday, at(2026, 11, 23, 7)).unwrap());
    assert_eq!((report.added, report.people_added, report.reviews_added), (27, 5, 3));
    assert_eq!(plan.me().unwrap().name.as_str(), "Sam", "my name stays");
    let assessment = assess(&plan, monday);
    let weeks = assessment.projection.week_figures(person_id(1));
    let percents: Vec<i64> = weeks[..3].iter().map(|w| w.percent.unwrap().round() as i64).collect();
    assert_eq!(percents, [123, 116, 49]);
    assert_eq!(weeks[0].level, LoadLevel::Over);
    let relief = assessment.relief.expect("a relief plan for the weeks over");
    assert!(relief.actions.len() >= 2, "{:?}", relief.actions);
    assert_eq!(plan.inbox().len(), 2);
}

#[test]
fn removing_the_sample_keeps_exactly_what_the_user_added() {
    let mut plan = starter(Language::En);
    plan.people[0].name = PersonName::parse("Sam").unwrap();
    plan.people[0].weekly_capacity = Some(WeeklyHours::new(32.0).unwrap());
    let before = plan.clone();
    let (mut plan, _) = merge(&plan, &sample());
    let mine = add(&mut plan, "My own work");
    // Some exploring: a sample commitment deleted, a big rock of my own.
    let deleted = plan.commitments[0].id;
    plan.apply(Command::DeleteCommitment { id: deleted, at: now() }).unwrap();
    let week = date(2026, 11, 30);
    let rocks = vec![mine, plan.commitments[3].id];
    plan.apply(Command::SetBigRocks { week, commitments: rocks }).unwrap();

    let kept = without_sample(&plan);
    kept.check().unwrap();
    assert!(SampleContents::of(&kept).is_empty());
    assert_eq!(kept.people, before.people, "me as I was, and nobody else");
    let titles: Vec<_> = kept.commitments.iter().map(|c| c.title.as_str()).collect();
    assert_eq!(titles, ["My own work"]);
    assert!(kept.reviews.is_empty());
    assert!(kept.tombstones.is_empty(), "no trace of the sample");
    assert_eq!(kept.big_rocks, [WeekRocks { week, commitments: vec![mine] }]);
    assert_eq!(without_sample(&kept), kept, "nothing more to remove");
    // The sample can be explored again: nothing of it is left to keep it out.
    let (again, report) = merge(&kept, &sample());
    assert_eq!(report.added, 27);
    again.check().unwrap();
}

#[test]
fn a_sample_report_who_carries_my_work_stays_and_a_first_run_comes_back_otherwise() {
    let (mut plan, _) = merge(&starter(Language::En), &sample());
    assert!(!is_first_run(&plan));
    assert!(is_first_run(&without_sample(&plan)), "only the sample was added");
    let mine = add(&mut plan, "Hand-over");
    let priya = plan.people.iter().find(|p| p.name.as_str() == "Priya Natarajan").unwrap().id;
    plan.apply(Command::Delegate { id: mine, to: priya, at: now() }).unwrap();
    let kept = without_sample(&plan);
    kept.check().unwrap();
    let names: Vec<_> = kept.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Me", "Priya Natarajan"]);
    assert_eq!(kept.commitments.len(), 1);
}

#[test]
fn a_sample_file_imported_in_place_of_the_plan_keeps_its_me() {
    let plan = sample();
    let kept = without_sample(&plan);
    kept.check().unwrap();
    assert_eq!(kept.people.len(), 1);
    assert_eq!(kept.people[0].role, Role::Me);
}

/// Storage that holds nothing but takes every write: enough for an erase.
struct Nothing;

impl plateful_core::sync::Store for Nothing {
    fn revision(&self) -> Result<Option<String>, plateful_core::sync::StoreError> {
        Ok(None)
    }
    fn plan(&self) -> Result<Option<String>, plateful_core::sync::StoreError> {
        Ok(None)
    }
    fn write(&mut self, _: &str, _: &str) -> Result<(), plateful_core::sync::StoreError> {
        Ok(())
    }
    fn erase(&mut self) -> Result<(), plateful_core::sync::StoreError> {
        Ok(())
    }
    fn journals(&self) -> Result<Vec<(String, String)>, plateful_core::sync::StoreError> {
        Ok(Vec::new())
    }
    fn write_journal(&mut self, _: &str, _: &str) -> Result<(), plateful_core::sync::StoreError> {
        Ok(())
    }
    fn remove_journal(&mut self, _: &str) -> Result<(), plateful_core::sync::StoreError> {
        Ok(())
    }
}

#[test]
fn erasing_everything_brings_the_welcome_back_for_the_same_me() {
    use plateful_core::sync::{Opening, Tab, TabId};
    let mut plan = starter(Language::Fr);
    plan.settings.language = Language::Fr;
    let me = plan.people[0].clone();
    plan.apply(welcome(&me, "Camille", "30", WorkingDays::MONDAY_TO_FRIDAY).unwrap()).unwrap();
    add(&mut plan, "Budget");
    let Opening::Ready(mut tab) = Tab::open(TabId::from_random_bytes([1; 16]), &Nothing, || plan)
    else {
        panic!("nothing stored opens the starter plan");
    };
    assert!(!is_first_run(tab.plan()));
    tab.erase(&mut Nothing).unwrap();
    let fresh = tab.plan();
    assert!(is_first_run(fresh), "{fresh:?}");
    assert_eq!(fresh.me().unwrap().id, me.id, "the same person for every tab");
    assert_eq!(fresh.me().unwrap().name.as_str(), "Moi");
    assert_eq!(fresh.me().unwrap().weekly_capacity, Role::Me.default_capacity());
}

/// The sample plan's relief, on any day of a fortnight: once applied, asking again on
/// the same day finds nothing more to do. On Friday 27 November the plan used to stop
/// "0.5 h over" after renegotiating the security questionnaire, when the half hour
/// its new date left this week was Priya's to take (99% for her).
#[test]
fn the_sample_plans_relief_leaves_nothing_a_second_plan_would_do() {
    for offset in 0..14 {
        let today = date(2026, 11, 23) + Duration::days(offset);
        let now = at(2026, 11, 23, 10) + Duration::days(offset);
        let mut plan = open(SAMPLE_EN, today, now).expect("the shipped sample opens");
        let Some(relief) = assessment::assess(&plan, today).relief else { continue };
        for command in relief.commands(today, now, &Notes::default()) {
            plan.apply(command).expect("every command of the plan is accepted");
        }
        let again = assessment::assess(&plan, today).relief;
        let more = again.as_ref().map_or(0, |again| again.actions.len());
        assert_eq!(
            more, 0,
            "{today}: a second plan finds {more} more actions ({relief:?} then {again:?})"
        );
    }
}
