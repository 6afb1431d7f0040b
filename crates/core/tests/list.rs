//! The commitments list (SPEC 3): its filters (status, owner, tag, quadrant, search),
//! open work by default, its orders (due date, load, last change), and the address
//! that holds them, round trip included. Monday 30 November 2026; I am Sam, Alice (2)
//! reports to me; the urgent window is 7 days.

mod support;

use plateful_core::filter::{self, Filter, Query, Sort, StatusFilter, LOAD_WEEKS};
use plateful_core::priorities::Quadrant;
use plateful_core::*;
use proptest::prelude::*;
use support::golden::*;
use support::*;

fn tag(text: &str) -> Tag {
    Tag::parse(text).unwrap()
}

/// A list to filter: one of each status, two owners, tags, notes and due dates.
fn plan() -> Scenario {
    let mut s = Scenario::new().with_report(2, "Alice", 40.0);
    let c = s.one_off("Talk at the meetup", 12.0);
    c.due = due(10, DueKind::Hard);
    c.important = true;
    c.tags = vec![tag("talks")];
    c.updated_at = at(2026, 11, 28, 9);
    let c = s.one_off("Fix the flaky test", 3.0);
    c.owner = person_id(2);
    c.due = due(2, DueKind::Soft);
    c.notes = Notes::parse("The meetup demo depends on it").unwrap();
    c.updated_at = at(2026, 11, 29, 9);
    let c = s.request("Review the RFC", one_off(2.0));
    c.tags = vec![tag("talks"), tag("rfc")];
    c.updated_at = at(2026, 11, 25, 9);
    let c = s.recurring("One-on-ones", 3.0);
    c.updated_at = at(2026, 11, 20, 9);
    let c = s.one_off("Someday blog", 4.0);
    c.status = Status::Someday;
    c.updated_at = at(2026, 11, 21, 9);
    let c = s.one_off("Shipped release", 8.0);
    c.status = Status::Done { on: day(-3) };
    c.updated_at = at(2026, 11, 27, 9);
    let c = s.one_off("Dropped survey", 2.0);
    c.status = Status::Dropped { on: day(-2), reason: Notes::default(), declined: false };
    c.updated_at = at(2026, 11, 26, 9);
    s
}

fn titles(s: &Scenario, query: &Query) -> Vec<String> {
    s.check();
    let projection = Projection::compute(&s.plan, monday());
    query.list(&s.plan, &projection).into_iter().map(|id| s.title_of(id)).collect()
}

fn filtered(filter: Filter) -> Query {
    Query { filter, sort: Sort::Due }
}

#[test]
fn the_list_shows_open_work_by_due_date_unless_asked_for_more() {
    let s = plan();
    assert_eq!(
        titles(&s, &Query::default()),
        [
            "Fix the flaky test",
            "Talk at the meetup",
            "One-on-ones",
            "Review the RFC",
            "Someday blog"
        ]
    );
    let only = |status| filtered(Filter { status, ..Filter::default() });
    assert_eq!(titles(&s, &only(StatusFilter::Only(StatusKind::Done))), ["Shipped release"]);
    assert_eq!(titles(&s, &only(StatusFilter::Only(StatusKind::Dropped))), ["Dropped survey"]);
    assert_eq!(titles(&s, &only(StatusFilter::Only(StatusKind::Proposed))), ["Review the RFC"]);
    assert_eq!(titles(&s, &only(StatusFilter::All)).len(), 7);
}

#[test]
fn owner_tag_and_quadrant_each_narrow_the_list() {
    let s = plan();
    let alice = filtered(Filter { owner: Some(person_id(2)), ..Filter::default() });
    assert_eq!(titles(&s, &alice), ["Fix the flaky test"]);
    let talks = filtered(Filter { tag: Some(tag("talks")), ..Filter::default() });
    assert_eq!(titles(&s, &talks), ["Talk at the meetup", "Review the RFC"]);
    let rfc = filtered(Filter { tag: Some(tag("rfc")), ..Filter::default() });
    assert_eq!(titles(&s, &rfc), ["Review the RFC"]);
    // Due on Wednesday, within the urgent window, and not important: Delegate. The
    // talk is important and due in ten days: Schedule.
    let quadrant = |q| filtered(Filter { quadrant: Some(q), ..Filter::default() });
    assert_eq!(titles(&s, &quadrant(Quadrant::Delegate)), ["Fix the flaky test"]);
    assert_eq!(titles(&s, &quadrant(Quadrant::Schedule)), ["Talk at the meetup"]);
    assert!(titles(&s, &quadrant(Quadrant::Do)).is_empty());
    // Filters add up.
    let both = filtered(Filter {
        tag: Some(tag("talks")),
        owner: Some(person_id(1)),
        ..Filter::default()
    });
    assert_eq!(titles(&s, &both), ["Talk at the meetup", "Review the RFC"]);
}

#[test]
fn search_finds_every_word_in_the_title_or_the_notes_in_any_case_and_order() {
    let s = plan();
    let search = |text: &str| filtered(Filter { text: text.into(), ..Filter::default() });
    assert_eq!(titles(&s, &search("MEETUP")), ["Fix the flaky test", "Talk at the meetup"]);
    assert_eq!(titles(&s, &search("meetup talk")), ["Talk at the meetup"]);
    assert_eq!(titles(&s, &search("  demo   flaky ")), ["Fix the flaky test"]);
    assert_eq!(titles(&s, &search("   ")).len(), 5, "blank searches nothing");
    assert!(titles(&s, &search("meetup podcast")).is_empty());
}

/// Accents are not needed to find a title, nor in the way: French titles are found as
/// people type them without accents, and typed with accents when the title has none.
#[test]
fn search_ignores_case_and_accents() {
    let mut s = Scenario::new();
    s.one_off("Conférence à Zürich", 6.0);
    s.one_off("Cafe ŒUVRE notes", 1.0);
    let c = s.one_off("Plan", 1.0);
    c.notes = Notes::parse("Re\u{301}sume\u{301} of the déjà-vu").unwrap();
    let search = |text: &str| filtered(Filter { text: text.into(), ..Filter::default() });
    assert_eq!(titles(&s, &search("conference zurich")), ["Conférence à Zürich"]);
    assert_eq!(titles(&s, &search("CONFÉRENCE")), ["Conférence à Zürich"]);
    assert_eq!(titles(&s, &search("café œuvre")), ["Cafe ŒUVRE notes"]);
    assert_eq!(titles(&s, &search("oeuvre")), ["Cafe ŒUVRE notes"]);
    assert_eq!(titles(&s, &search("résumé deja")), ["Plan"], "decomposed accents too");
    assert!(titles(&s, &search("conferences")).is_empty());
}

#[test]
fn matches_is_the_rule_the_list_applies() {
    let s = plan();
    let filters = [
        Filter::default(),
        Filter { status: StatusFilter::All, text: "the".into(), ..Filter::default() },
        Filter { quadrant: Some(Quadrant::Drop), ..Filter::default() },
        Filter { tag: Some(tag("talks")), ..Filter::default() },
    ];
    for filter in filters {
        let query = filtered(filter.clone());
        let projection = Projection::compute(&s.plan, monday());
        let listed = query.list(&s.plan, &projection);
        for c in &s.plan.commitments {
            assert_eq!(
                filter.matches(&s.plan, c, monday()),
                listed.contains(&c.id),
                "{filter:?} on {}",
                c.title.as_str()
            );
        }
    }
}

#[test]
fn by_load_puts_the_heaviest_next_weeks_first() {
    let s = plan();
    let projection = Projection::compute(&s.plan, monday());
    // The talk: 12 h over its 9 open days to Thursday next week. The flaky test: 3 h
    // by Wednesday, Alice's. One-on-ones: 3 h in each of the 4 weeks. Requests and
    // someday work put nothing in anyone's load.
    let load: Vec<(String, f64)> = s
        .plan
        .commitments
        .iter()
        .enumerate()
        .map(|(index, c)| (c.title.as_str().to_owned(), filter::load_hours(&projection, index)))
        .collect();
    assert_eq!(LOAD_WEEKS, 4);
    assert_eq!(load[0], ("Talk at the meetup".into(), 12.0));
    assert_eq!(load[3], ("One-on-ones".into(), 12.0));
    assert_eq!(load[1].1, 3.0);
    assert_eq!(load[2].1, 0.0);
    assert_eq!(
        titles(&s, &Query { sort: Sort::Load, ..Query::default() }),
        // Equal loads go by due date: the talk has one, the one-on-ones none.
        [
            "Talk at the meetup",
            "One-on-ones",
            "Fix the flaky test",
            "Review the RFC",
            "Someday blog"
        ]
    );
}

#[test]
fn by_last_change_puts_the_latest_first() {
    let s = plan();
    let all = Filter { status: StatusFilter::All, ..Filter::default() };
    assert_eq!(
        titles(&s, &Query { filter: all, sort: Sort::Changed }),
        [
            "Fix the flaky test",
            "Talk at the meetup",
            "Shipped release",
            "Dropped survey",
            "Review the RFC",
            "Someday blog",
            "One-on-ones",
        ]
    );
}

#[test]
fn the_order_does_not_depend_on_the_order_of_the_plan() {
    let mut s = plan();
    let before: Vec<Vec<String>> =
        Sort::ALL.into_iter().map(|sort| titles(&s, &Query { sort, ..Query::default() })).collect();
    s.plan.commitments.reverse();
    let after: Vec<Vec<String>> =
        Sort::ALL.into_iter().map(|sort| titles(&s, &Query { sort, ..Query::default() })).collect();
    assert_eq!(before, after);
}

#[test]
fn the_address_holds_every_part_of_the_query_in_a_fixed_order() {
    let query = Query {
        filter: Filter {
            status: StatusFilter::Only(StatusKind::Proposed),
            owner: Some(person_id(2)),
            tag: Some(tag("x")),
            quadrant: Some(Quadrant::Do),
            text: "talk & slides".into(),
        },
        sort: Sort::Load,
    };
    let owner = person_id(2).to_string();
    assert_eq!(
        query.to_pairs(),
        [
            ("status", "proposed".to_owned()),
            ("owner", owner.clone()),
            ("tag", "x".to_owned()),
            ("quadrant", "do".to_owned()),
            ("q", "talk & slides".to_owned()),
            ("sort", "load".to_owned()),
        ]
    );
    assert_eq!(
        query.to_query_string(),
        format!("status=proposed&owner={owner}&tag=x&quadrant=do&q=talk%20%26%20slides&sort=load")
    );
    assert_eq!(Query::from_pairs(query.to_pairs()), query);
    assert_eq!(Query::from_query_string(&query.to_query_string()), query);
    // The default list is the bare address; the inbox is one pair.
    assert!(Query::default().to_pairs().is_empty());
    assert_eq!(Query::default().to_query_string(), "");
    assert_eq!(Query::inbox().to_query_string(), "status=proposed");
}

#[test]
fn a_mistyped_or_old_address_still_opens_the_list() {
    let query = Query::from_query_string(
        "?status=finished&owner=bob&tag=two%20words&quadrant=now&sort=size&page=2&q=a+b%2",
    );
    assert_eq!(
        query,
        Query { filter: Filter { text: "a b%2".into(), ..Filter::default() }, sort: Sort::Due }
    );
    // A key given twice takes its last value; an explicit default reads as the default.
    let query = Query::from_pairs([("sort", "load"), ("sort", "changed"), ("status", "open")]);
    assert_eq!(query, Query { sort: Sort::Changed, ..Query::default() });
    assert_eq!(Query::from_query_string("sort=due&status=all").filter.status, StatusFilter::All);
    // Bytes that are not UTF-8 are replaced, not refused.
    assert_eq!(Query::from_query_string("q=%FF").filter.text, "\u{FFFD}");
}

#[test]
fn every_choice_reads_back_from_its_name() {
    for status in StatusFilter::ALL {
        assert_eq!(StatusFilter::parse(status.as_str()), Some(status));
    }
    for sort in Sort::ALL {
        assert_eq!(Sort::parse(sort.as_str()), Some(sort));
    }
    assert_eq!(StatusFilter::default(), StatusFilter::Open);
    assert_eq!(Sort::default(), Sort::Due);
}

#[test]
fn the_menus_offer_the_tags_in_use_and_the_people_who_carry_work() {
    let mut s = plan();
    s.plan.people.push(peer(3, "Claire"));
    let tags: Vec<String> = filter::tags(&s.plan).iter().map(|t| t.as_str().to_owned()).collect();
    assert_eq!(tags, ["rfc", "talks"]);
    let owners: Vec<&str> = filter::owners(&s.plan).iter().map(|p| p.name.as_str()).collect();
    assert_eq!(owners, ["Sam", "Alice"]);
}

fn any_query() -> impl Strategy<Value = Query> {
    let status = prop::sample::select(StatusFilter::ALL.to_vec());
    let owner = prop::option::of(any::<[u8; 16]>().prop_map(PersonId::from_random_bytes));
    let tag = prop::option::of("[^\\s]{1,40}".prop_map(|text| Tag::parse(&text).unwrap()));
    let quadrant = prop::option::of(prop::sample::select(Quadrant::ALL.to_vec()));
    let text = prop_oneof![Just(String::new()), ".{0,30}", "[ &=%+?#a-zé]{0,12}"];
    let sort = prop::sample::select(Sort::ALL.to_vec());
    (status, owner, tag, quadrant, text, sort).prop_map(
        |(status, owner, tag, quadrant, text, sort)| Query {
            filter: Filter { status, owner, tag, quadrant, text },
            sort,
        },
    )
}

proptest! {
    /// Every query reads back equal from its pairs and from its query string.
    #[test]
    fn a_query_survives_the_address(query in any_query()) {
        prop_assert_eq!(Query::from_pairs(query.to_pairs()), query.clone());
        let text = query.to_query_string();
        prop_assert!(text.chars().all(|c| c.is_ascii_graphic() && c != '#' && c != '+'));
        prop_assert_eq!(Query::from_query_string(&text), query.clone());
        prop_assert_eq!(Query::from_query_string(&format!("?{text}")), query);
    }
}

proptest! {
    /// A menu of the filter bar shows a part of the query by its value and sets it from
    /// the value chosen: setting the value it shows changes nothing, and each part set
    /// from another query's value reads back as that query's.
    #[test]
    fn a_menu_sets_the_part_of_the_query_it_shows(query in any_query(), other in any_query()) {
        for key in ["status", "owner", "tag", "quadrant", "q", "sort"] {
            let mut same = query.clone();
            same.set(key, &query.value(key));
            prop_assert_eq!(&same, &query);
            let mut changed = query.clone();
            changed.set(key, &other.value(key));
            prop_assert_eq!(changed.value(key), other.value(key));
        }
    }
}

#[test]
fn a_value_that_is_not_one_sets_that_part_to_its_default() {
    let mut query = Query::default();
    query.set("sort", "load");
    query.set("owner", "not an id");
    query.set("status", "finished-ish");
    query.set("colour", "red");
    assert_eq!(query.value("sort"), "load");
    assert_eq!(query.value("owner"), "", "no owner filter");
    assert_eq!(query.value("status"), Query::default().value("status"));
    assert_eq!(query.value("colour"), "");
}
