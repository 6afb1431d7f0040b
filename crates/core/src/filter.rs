//! The commitments list (SPEC 3): what it shows (status, owner, tag, quadrant and
//! search), in which order, and how that choice is written in the page's address so
//! that reload, the back button and a shared link keep it.

use std::cmp::Ordering;

use chrono::NaiveDate;

use crate::commitment::{Commitment, Status, StatusKind};
use crate::ids::{CommitmentId, PersonId};
use crate::order;
use crate::person::Person;
use crate::plan::Plan;
use crate::priorities::{by_due_then_title, matrix_quadrant, Quadrant};
use crate::projection::Projection;
use crate::text::Tag;

/// Which statuses the list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum StatusFilter {
    /// Open work: everything but Done and Dropped. The list's default, so that what
    /// is finished stops crowding what is not.
    #[default]
    Open,
    /// Every status, closed work included.
    All,
    /// One status (Done and Dropped show only this way, or with `All`).
    Only(StatusKind),
}

impl StatusFilter {
    /// Every choice, in the order a menu lists them.
    pub const ALL: [StatusFilter; 8] = [
        StatusFilter::Open,
        StatusFilter::All,
        StatusFilter::Only(StatusKind::Proposed),
        StatusFilter::Only(StatusKind::Active),
        StatusFilter::Only(StatusKind::Waiting),
        StatusFilter::Only(StatusKind::Someday),
        StatusFilter::Only(StatusKind::Done),
        StatusFilter::Only(StatusKind::Dropped),
    ];

    /// The value in a `<select>` and in the address: `open`, `all`, or a status name.
    pub fn as_str(self) -> &'static str {
        match self {
            StatusFilter::Open => "open",
            StatusFilter::All => "all",
            StatusFilter::Only(kind) => kind.as_str(),
        }
    }

    pub fn parse(text: &str) -> Option<StatusFilter> {
        StatusFilter::ALL.into_iter().find(|choice| choice.as_str() == text)
    }

    /// Whether a commitment with this status is shown.
    pub fn admits(self, status: &Status) -> bool {
        match self {
            StatusFilter::Open => !status.is_closed(),
            StatusFilter::All => true,
            StatusFilter::Only(kind) => status.kind() == kind,
        }
    }
}

/// What the list shows. The default shows all open work.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub status: StatusFilter,
    pub owner: Option<PersonId>,
    pub tag: Option<Tag>,
    /// The Eisenhower quadrant on the day the list is shown, as the matrix shows it
    /// (this week's big rocks with the important work).
    pub quadrant: Option<Quadrant>,
    /// Search text, as typed: every word of it must appear in the title or the notes,
    /// in any case and any order.
    pub text: String,
}

impl Filter {
    /// Whether the list shows `commitment` of `plan` on `today`.
    pub fn matches(&self, plan: &Plan, commitment: &Commitment, today: NaiveDate) -> bool {
        Prepared::new(self).matches(plan, commitment, today)
    }
}

/// A filter with its search words lowered once, for a whole list.
struct Prepared<'f> {
    filter: &'f Filter,
    words: Vec<String>,
}

impl<'f> Prepared<'f> {
    fn new(filter: &'f Filter) -> Self {
        Prepared { filter, words: filter.text.split_whitespace().map(fold).collect() }
    }

    fn matches(&self, plan: &Plan, commitment: &Commitment, today: NaiveDate) -> bool {
        let filter = self.filter;
        filter.status.admits(&commitment.status)
            && filter.owner.is_none_or(|owner| commitment.owner == owner)
            && filter.tag.as_ref().is_none_or(|tag| commitment.tags.contains(tag))
            && filter.quadrant.is_none_or(|q| matrix_quadrant(plan, commitment, today) == q)
            && self.found_in(commitment)
    }

    fn found_in(&self, commitment: &Commitment) -> bool {
        if self.words.is_empty() {
            return true;
        }
        let title = fold(commitment.title.as_str());
        let notes = fold(commitment.notes.as_str());
        self.words.iter().all(|word| title.contains(word) || notes.contains(word))
    }
}

/// Text as search compares it: lower case, and without the accents of Latin letters,
/// so that `conference` finds “Conférence” and `cafe` “Café” (and the other way).
fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => out.push('a'),
            'ç' | 'ć' | 'č' => out.push('c'),
            'ď' => out.push('d'),
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' => out.push('i'),
            'ł' => out.push('l'),
            'ñ' | 'ń' | 'ň' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => out.push('o'),
            'ř' => out.push('r'),
            'ś' | 'š' | 'ş' => out.push('s'),
            'ť' | 'ţ' => out.push('t'),
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'ź' | 'ż' | 'ž' => out.push('z'),
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            // Combining accents, as in text typed decomposed.
            '\u{300}'..='\u{36f}' => {}
            c => out.push(c),
        }
    }
    out
}

/// How many weeks, this one included, "by load" weighs: the four weeks the relief
/// plan looks at.
pub const LOAD_WEEKS: usize = 4;

/// The order of the list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    /// By due date, soonest first (no due date last), then title.
    #[default]
    Due,
    /// By the hours it puts in its owner's next [`LOAD_WEEKS`] weeks, heaviest first,
    /// then by due date.
    Load,
    /// By last change, the latest first.
    Changed,
}

impl Sort {
    pub const ALL: [Sort; 3] = [Sort::Due, Sort::Load, Sort::Changed];

    /// The value in a `<select>` and in the address.
    pub fn as_str(self) -> &'static str {
        match self {
            Sort::Due => "due",
            Sort::Load => "load",
            Sort::Changed => "changed",
        }
    }

    pub fn parse(text: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|sort| sort.as_str() == text)
    }
}

/// Hours the commitment at `index` in the plan puts in the next [`LOAD_WEEKS`] weeks.
pub fn load_hours(projection: &Projection, index: usize) -> f64 {
    projection.allocations_of(index).iter().take(LOAD_WEEKS).fold(0.0, |sum, hours| sum + hours)
}

/// The list as the page's address holds it: a filter and an order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub filter: Filter,
    pub sort: Sort,
}

/// The keys of the address, in the order they are written.
const KEYS: [&str; 6] = ["status", "owner", "tag", "quadrant", "q", "sort"];

impl Query {
    /// The inbox: requests not answered yet, where Today's inbox count leads.
    pub fn inbox() -> Query {
        let filter =
            Filter { status: StatusFilter::Only(StatusKind::Proposed), ..Filter::default() };
        Query { filter, sort: Sort::default() }
    }

    /// The ids of the commitments shown, in order. `projection` is the plan's own
    /// (from [`crate::assess`]): it gives today and the hours of "by load".
    pub fn list(&self, plan: &Plan, projection: &Projection) -> Vec<CommitmentId> {
        let today = projection.calendar.today;
        let prepared = Prepared::new(&self.filter);
        let mut shown: Vec<(usize, &Commitment)> = plan
            .commitments
            .iter()
            .enumerate()
            .filter(|(_, c)| prepared.matches(plan, c, today))
            .collect();
        match self.sort {
            Sort::Due => order::sort_by(&mut shown, |a, b| by_due_then_title(a.1, b.1)),
            Sort::Load => {
                let mut weighed: Vec<(f64, &Commitment)> =
                    shown.iter().map(|(index, c)| (load_hours(projection, *index), *c)).collect();
                order::sort_by(&mut weighed, |a, b| {
                    b.0.total_cmp(&a.0).then_with(|| by_due_then_title(a.1, b.1))
                });
                return weighed.into_iter().map(|(_, c)| c.id).collect();
            }
            Sort::Changed => order::sort_by(&mut shown, |a, b| latest_change_first(a.1, b.1)),
        }
        shown.into_iter().map(|(_, c)| c.id).collect()
    }

    /// The query as the address's pairs, in a fixed order, leaving out what is the
    /// default: the whole open list by due date is `/commitments` with no query.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let default = Query::default();
        KEYS.into_iter()
            .map(|key| (key, self.value(key)))
            .filter(|(key, value)| *value != default.value(key))
            .collect()
    }

    /// The query from the address's pairs. A key it does not know, or a value that is
    /// not one (an id that is not an id, a tag with a space), leaves that part at its
    /// default: an old or mistyped link still opens the list. A key given twice takes
    /// its last value.
    pub fn from_pairs<K, V>(pairs: impl IntoIterator<Item = (K, V)>) -> Query
    where
        K: AsRef<str>,
        V: AsRef<str>,
    {
        let mut query = Query::default();
        for (key, value) in pairs {
            query.set(key.as_ref(), value.as_ref());
        }
        query
    }

    /// One part of the query as the address and the filter bar's menus write it, by
    /// its key (`status`, `owner`, `tag`, `quadrant`, `q`, `sort`): empty for a filter
    /// that is off, and for a key that is not one.
    pub fn value(&self, key: &str) -> String {
        let filter = &self.filter;
        match key {
            "status" => filter.status.as_str().to_owned(),
            "owner" => filter.owner.map(|owner| owner.to_string()).unwrap_or_default(),
            "tag" => filter.tag.as_ref().map(|tag| tag.as_str().to_owned()).unwrap_or_default(),
            "quadrant" => filter.quadrant.map(|q| q.as_str().to_owned()).unwrap_or_default(),
            "q" => filter.text.clone(),
            "sort" => self.sort.as_str().to_owned(),
            _ => String::new(),
        }
    }

    /// Sets one part of the query from its value, by its key; a value that is not one
    /// leaves that part at its default, and a key that is not one changes nothing.
    pub fn set(&mut self, key: &str, value: &str) {
        let filter = &mut self.filter;
        match key {
            "status" => filter.status = StatusFilter::parse(value).unwrap_or_default(),
            "owner" => filter.owner = value.parse().ok(),
            "tag" => filter.tag = Tag::parse(value).ok(),
            "quadrant" => filter.quadrant = Quadrant::parse(value),
            "q" => value.clone_into(&mut filter.text),
            "sort" => self.sort = Sort::parse(value).unwrap_or_default(),
            _ => {}
        }
    }

    /// The query as the text after `?` in the address (empty for the default list),
    /// each value percent-encoded.
    pub fn to_query_string(&self) -> String {
        self.to_pairs()
            .iter()
            .map(|(key, value)| format!("{key}={}", encode(value)))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// The query from the text after `?` (with or without the `?`), as a browser or a
    /// form writes it (`+` or `%20` for a space).
    pub fn from_query_string(text: &str) -> Query {
        let text = text.strip_prefix('?').unwrap_or(text);
        Query::from_pairs(text.split('&').filter(|pair| !pair.is_empty()).map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(key), decode(value))
        }))
    }
}

fn latest_change_first(a: &Commitment, b: &Commitment) -> Ordering {
    b.updated_at.cmp(&a.updated_at).then_with(|| a.id.cmp(&b.id))
}

/// Percent-encodes a value for a query: letters, digits and `-._~` stay, every other
/// byte of its UTF-8 becomes `%XX`.
fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Decodes a query value: `+` is a space, `%XX` a byte; a `%` not followed by two hex
/// digits stays as it is, and bytes that are not UTF-8 become U+FFFD.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|b| (*b as char).to_digit(16));
        match bytes[index] {
            b'+' => out.push(b' '),
            b'%' => match (hex(index + 1), hex(index + 2)) {
                (Some(high), Some(low)) => {
                    out.push((high * 16 + low) as u8);
                    index += 2;
                }
                _ => out.push(b'%'),
            },
            byte => out.push(byte),
        }
        index += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The tags in use, sorted and once each, for the tag menu.
pub fn tags(plan: &Plan) -> Vec<Tag> {
    let mut tags: Vec<Tag> = plan.commitments.iter().flat_map(|c| c.tags.iter().cloned()).collect();
    order::sort(&mut tags);
    tags.dedup();
    tags
}

/// The people who can own work (a weekly capacity), in plan order, for the owner menu.
pub fn owners(plan: &Plan) -> Vec<&Person> {
    plan.people.iter().filter(|person| person.carries_work()).collect()
}
