//! Which rows of a long list are drawn: a window of at most [`MOST`] rows that follows
//! the reader (scrolling either way, or the keyboard's focus), or all of them when asked.
//!
//! A plan of 5,000 commitments drawn whole took six seconds before its first row
//! showed; drawn in growing steps, it opened at once but each frame grew dearer with
//! every row kept (style, layout and the browser's own bookkeeping run over the whole
//! document), past 100 ms once 4,000 rows were in it. So the list draws a window: its
//! first rows when it opens, the next step when the reader nears the window's end and
//! the previous one when they near its start, dropping rows at the other end once more
//! than [`MOST`] are drawn, but never a row that holds something the reader has not
//! saved (a form open, hours typed): its `keep` index holds the window open to it. The
//! shell stands the rows above the window in for a space of their height, so the page
//! does not move. A different list (another filter, search or order) starts again from
//! its first rows.
//!
//! The shell only reads [`Window::rows`] and reports what the reader did; every
//! decision about the window is here.

use std::ops::Range;

use crate::filter::Query;

/// The rows drawn when a list opens: more than a tall screen holds, few enough to draw
/// in one frame's budget on a slow phone.
pub const FIRST: usize = 30;

/// The rows added each time the reader nears an end of what is drawn: a step must be
/// drawn as one task well under 50 ms, so that scrolling never stalls.
pub const STEP: usize = 25;

/// How close to the first or last drawn row the keyboard's focus may come before the
/// next rows are drawn, so that Tab and the arrow keys never reach an end of a window.
pub const LEAD: usize = 5;

/// The most rows drawn at once (but for "Show all"): several screens on the tallest
/// display, few enough that a frame's work over the whole list stays small.
pub const MOST: usize = 150;

/// The drawn part of the list of one [`Query`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Window {
    query: Query,
    extent: Extent,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Extent {
    Rows { start: usize, end: usize },
    All,
}

impl Window {
    /// A list as it opens: its first [`FIRST`] rows.
    pub fn new(query: Query) -> Window {
        Window { query, extent: Extent::Rows { start: 0, end: FIRST } }
    }

    /// The rows drawn of the list of `query`, `total` long. A window kept for another
    /// query does not apply: that list opens at its first rows. A list that shrank
    /// under the window keeps as many rows drawn, its last ones.
    pub fn rows(&self, query: &Query, total: usize) -> Range<usize> {
        match self.extent_for(query) {
            Extent::Rows { start, end } => {
                let end = end.min(total);
                let start = start.min(end.saturating_sub(FIRST));
                start..end
            }
            Extent::All => 0..total,
        }
    }

    /// Whether every row of the list is drawn.
    pub fn complete(&self, query: &Query, total: usize) -> bool {
        self.rows(query, total) == (0..total)
    }

    /// The window once the reader has neared the end of what is drawn (the end came
    /// within sight): the next [`STEP`] rows, the first ones dropped past [`MOST`]
    /// unless `keep` holds them. `None` when the list's last row is drawn.
    pub fn more(&self, query: &Query, total: usize, keep: &[usize]) -> Option<Window> {
        let rows = self.rows(query, total);
        let end = (rows.end + STEP).min(total);
        (rows.end < total).then(|| self.moved_to_end(query, rows, end, keep))
    }

    /// The window once the reader has neared the start of what is drawn, rows above it
    /// left out: the previous [`STEP`] rows, the last ones dropped past [`MOST`] unless
    /// `keep` holds them. `None` when the list's first row is drawn.
    pub fn back(&self, query: &Query, total: usize, keep: &[usize]) -> Option<Window> {
        let rows = self.rows(query, total);
        let start = rows.start.saturating_sub(STEP);
        (rows.start > 0).then(|| self.moved_to_start(query, rows, start, keep))
    }

    /// The window with every row drawn ("Show all").
    pub fn all(&self, query: &Query, total: usize) -> Option<Window> {
        (!self.complete(query, total)).then(|| self.with(query, Extent::All))
    }

    /// The window once the keyboard's focus is on the row at `index`: the next or the
    /// previous step is drawn when it is among the last or the first [`LEAD`] rows
    /// drawn, so that the row it moves to next is there. `None` when nothing changes.
    pub fn focused(
        &self,
        query: &Query,
        index: usize,
        total: usize,
        keep: &[usize],
    ) -> Option<Window> {
        let rows = self.rows(query, total);
        let near_end = index + LEAD >= rows.end && rows.end < total;
        let near_start = index < rows.start + LEAD && rows.start > 0;
        (near_end || near_start).then(|| self.reveal(query, index, total, keep)).flatten()
    }

    /// The window that draws the row at `index` with [`LEAD`] rows on either side (the
    /// row a link or a key leads to, the one a return to the list comes back to), moved
    /// in whole steps. `None` when it is drawn already with those rows.
    pub fn reveal(
        &self,
        query: &Query,
        index: usize,
        total: usize,
        keep: &[usize],
    ) -> Option<Window> {
        let rows = self.rows(query, total);
        let index = index.min(total.saturating_sub(1));
        let after = (index + 1 + LEAD).min(total);
        let before = index.saturating_sub(LEAD);
        if after > rows.end {
            let end = (rows.end + (after - rows.end).div_ceil(STEP) * STEP).min(total);
            Some(self.moved_to_end(query, rows, end, keep))
        } else if before < rows.start {
            let start = rows.start.saturating_sub((rows.start - before).div_ceil(STEP) * STEP);
            Some(self.moved_to_start(query, rows, start, keep))
        } else {
            None
        }
    }

    /// `rows` drawn up to `end`, the first dropped past [`MOST`] but for those kept.
    fn moved_to_end(
        &self,
        query: &Query,
        rows: Range<usize>,
        end: usize,
        keep: &[usize],
    ) -> Window {
        let kept = keep.iter().copied().filter(|index| rows.contains(index)).min();
        let start = rows.start.max(end.saturating_sub(MOST)).min(kept.unwrap_or(usize::MAX));
        self.with(query, Extent::Rows { start, end })
    }

    /// `rows` drawn from `start`, the last dropped past [`MOST`] but for those kept.
    fn moved_to_start(
        &self,
        query: &Query,
        rows: Range<usize>,
        start: usize,
        keep: &[usize],
    ) -> Window {
        let kept = keep.iter().copied().filter(|index| rows.contains(index)).max();
        let end = rows.end.min(start + MOST).max(kept.map_or(0, |index| index + 1));
        self.with(query, Extent::Rows { start, end })
    }

    fn extent_for(&self, query: &Query) -> Extent {
        if self.query == *query {
            self.extent
        } else {
            Extent::Rows { start: 0, end: FIRST }
        }
    }

    fn with(&self, query: &Query, extent: Extent) -> Window {
        Window { query: query.clone(), extent }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::{Sort, StatusFilter};
    use proptest::prelude::*;

    fn all_statuses() -> Query {
        let mut query = Query::default();
        query.filter.status = StatusFilter::All;
        query
    }

    #[test]
    fn a_list_opens_at_its_first_rows_or_whole_when_short() {
        let window = Window::new(Query::default());
        assert_eq!(window.rows(&Query::default(), 5_000), 0..FIRST);
        assert!(!window.complete(&Query::default(), 5_000));
        assert_eq!(window.more(&Query::default(), 12, &[]), None, "nothing more to draw");
        assert_eq!(window.back(&Query::default(), 12, &[]), None, "nothing before");
    }

    #[test]
    fn nearing_the_end_draws_one_step_more_until_the_last_row_is_drawn() {
        let query = Query::default();
        // Two steps' worth and a half: the last step draws what is left.
        let total = FIRST + STEP + STEP / 2;
        let mut window = Window::new(query.clone());
        let mut seen = vec![window.rows(&query, total).end];
        while let Some(next) = window.more(&query, total, &[]) {
            window = next;
            seen.push(window.rows(&query, total).end);
        }
        assert_eq!(seen, vec![FIRST, FIRST + STEP, total]);
        assert!(window.complete(&query, total));
    }

    #[test]
    fn past_the_most_rows_the_first_are_dropped_and_come_back_on_the_way_up() {
        let query = Query::default();
        let mut window = Window::new(query.clone());
        while window.rows(&query, 5_000).end < 1_000 {
            window = window.more(&query, 5_000, &[]).unwrap();
        }
        let rows = window.rows(&query, 5_000);
        assert_eq!(rows.len(), MOST, "{rows:?}");
        assert_eq!(rows.end, FIRST + STEP * (1_000 - FIRST).div_ceil(STEP));
        // Back up: the previous step is drawn, and as many rows leave the end.
        let up = window.back(&query, 5_000, &[]).unwrap();
        assert_eq!(up.rows(&query, 5_000), rows.start - STEP..rows.end - STEP);
        // All the way up to the first row, which ends it.
        let mut window = up;
        while let Some(next) = window.back(&query, 5_000, &[]) {
            window = next;
        }
        assert_eq!(window.rows(&query, 5_000), 0..MOST);
    }

    #[test]
    fn a_list_that_shrinks_under_the_window_keeps_its_last_rows_drawn() {
        let query = Query::default();
        let window = Window::new(query.clone()).more(&query, 5_000, &[]).unwrap();
        // A row finished leaves the open list: the row after the window moves into it.
        assert_eq!(window.rows(&query, 4_999), 0..FIRST + STEP);
        assert_eq!(window.rows(&query, 30), 0..30);
        assert_eq!(window.rows(&query, 31), 0..31);
        // Far down, a list cut short shows its last rows rather than nothing.
        let far = window.reveal(&query, 3_000, 5_000, &[]).unwrap();
        let rows = far.rows(&query, 400);
        assert_eq!(rows.end, 400);
        assert!(!rows.is_empty(), "{rows:?}");
    }

    #[test]
    fn another_filter_search_or_order_starts_again_from_the_first_rows() {
        let query = Query::default();
        let grown = Window::new(query.clone()).all(&query, 5_000).unwrap();
        assert_eq!(grown.rows(&query, 5_000), 0..5_000);
        let other = all_statuses();
        assert_eq!(grown.rows(&other, 5_000), 0..FIRST);
        let mut searched = Query::default();
        searched.filter.text = "budget".into();
        assert_eq!(grown.rows(&searched, 900), 0..FIRST);
        let by_load = Query { sort: Sort::Load, ..Query::default() };
        assert_eq!(grown.rows(&by_load, 5_000), 0..FIRST);
        // Growing the other list starts from its own first rows.
        let next = grown.more(&other, 5_000, &[]).unwrap();
        assert_eq!(next.rows(&other, 5_000), 0..FIRST + STEP);
        assert_eq!(next.rows(&query, 5_000), 0..FIRST, "the first list's window is gone");
    }

    #[test]
    fn show_all_draws_every_row_even_rows_added_later() {
        let query = Query::default();
        let all = Window::new(query.clone()).all(&query, 2_000).unwrap();
        assert_eq!(all.rows(&query, 2_000), 0..2_000);
        assert_eq!(all.rows(&query, 2_001), 0..2_001);
        assert_eq!(all.more(&query, 2_001, &[]), None);
        assert_eq!(all.back(&query, 2_001, &[]), None);
        assert_eq!(all.all(&query, 2_001), None);
        assert_eq!(all.focused(&query, 2_000, 2_001, &[]), None);
    }

    #[test]
    fn the_focus_near_an_end_of_the_window_draws_the_next_step_that_way() {
        let query = Query::default();
        let window = Window::new(query.clone());
        assert_eq!(window.focused(&query, 0, 5_000, &[]), None);
        assert_eq!(window.focused(&query, FIRST - LEAD - 1, 5_000, &[]), None);
        let next = window.focused(&query, FIRST - LEAD, 5_000, &[]).expect("near the end");
        assert_eq!(next.rows(&query, 5_000), 0..FIRST + STEP);
        let last = window.focused(&query, FIRST - 1, 5_000, &[]).unwrap();
        assert_eq!(last.rows(&query, 5_000), 0..FIRST + STEP);
        // At the end of the whole list there is nothing more to draw.
        assert_eq!(window.focused(&query, FIRST - 3, FIRST - 2, &[]), None);
        // Far down, the focus on the first drawn rows draws the step before them.
        let far = window.reveal(&query, 2_000, 5_000, &[]).unwrap();
        let rows = far.rows(&query, 5_000);
        let up = far.focused(&query, rows.start + 1, 5_000, &[]).expect("near the start");
        assert_eq!(up.rows(&query, 5_000).start, rows.start - STEP);
        assert_eq!(far.focused(&query, rows.start + LEAD, 5_000, &[]), None);
    }

    #[test]
    fn a_row_far_down_is_revealed_with_rows_around_it_in_whole_steps() {
        let query = Query::default();
        let window = Window::new(query.clone());
        assert_eq!(window.reveal(&query, 3, 5_000, &[]), None, "already drawn");
        let far = window.reveal(&query, 1_234, 5_000, &[]).unwrap();
        let rows = far.rows(&query, 5_000);
        assert!(rows.end > 1_234 + LEAD && rows.start + LEAD <= 1_234, "{rows:?}");
        assert_eq!((rows.end - FIRST) % STEP, 0);
        assert!(rows.end - STEP <= 1_234 + LEAD, "no step more than needed: {rows:?}");
        // The last row of the list: drawn, with the rows before it.
        let end = window.reveal(&query, 4_999, 5_000, &[]).unwrap();
        assert_eq!(end.rows(&query, 5_000), 5_000 - MOST..5_000);
        // A window of another list reveals from that list's first rows.
        let other = all_statuses();
        let there = far.reveal(&other, FIRST + 10, 5_000, &[]).unwrap();
        assert_eq!(there.rows(&other, 5_000), 0..FIRST + STEP);
    }

    /// What the reader can do to a window, and the list changing under it.
    #[derive(Clone, Debug)]
    enum Act {
        More,
        Back,
        All,
        Focused(usize),
        Reveal(usize),
        Total(usize),
        /// The row at this index (if drawn) holds what the reader has not saved.
        Hold(usize),
        Release,
    }

    fn act() -> impl Strategy<Value = Act> {
        prop_oneof![
            4 => Just(Act::More),
            4 => Just(Act::Back),
            1 => Just(Act::All),
            3 => (0usize..6_000).prop_map(Act::Focused),
            3 => (0usize..6_000).prop_map(Act::Reveal),
            1 => (0usize..6_000).prop_map(Act::Total),
            1 => (0usize..200).prop_map(Act::Hold),
            1 => Just(Act::Release),
        ]
    }

    proptest! {
        /// Whatever the reader does and however the list changes: the drawn rows are
        /// rows of the list, at most [`MOST`] of them (but for Show all, or while a row
        /// holds what the reader has not saved), never none of a list that has some; a
        /// row revealed or focused is drawn with [`LEAD`] rows on either side where the
        /// list has them; a row held stays drawn; a step moves the window one way.
        #[test]
        fn the_window_draws_rows_of_the_list_around_the_reader(
            start in 0usize..6_000,
            acts in proptest::collection::vec(act(), 1..60),
        ) {
            let query = Query::default();
            let mut total = start;
            let mut window = Window::new(query.clone());
            let mut keep: Vec<usize> = Vec::new();
            // Whether a hold may have left more than MOST rows drawn: until the window
            // next moves with nothing held.
            let mut held_open = false;
            for act in acts {
                let before = window.rows(&query, total);
                let moved = |next: &Window, window: &Window| next != window;
                let previous = window.clone();
                match act {
                    Act::More => match window.more(&query, total, &keep) {
                        Some(next) => {
                            let after = next.rows(&query, total);
                            prop_assert!(after.end > before.end && after.start >= before.start);
                            window = next;
                        }
                        None => prop_assert_eq!(before.end, total),
                    },
                    Act::Back => match window.back(&query, total, &keep) {
                        Some(next) => {
                            let after = next.rows(&query, total);
                            prop_assert!(after.start < before.start && after.end <= before.end);
                            window = next;
                        }
                        None => prop_assert_eq!(before.start, 0),
                    },
                    Act::All => {
                        if let Some(next) = window.all(&query, total) {
                            window = next;
                        }
                        prop_assert!(window.complete(&query, total));
                    }
                    Act::Focused(index) | Act::Reveal(index) if index < total => {
                        let next = match act {
                            Act::Focused(_) => window.focused(&query, index, total, &keep),
                            _ => window.reveal(&query, index, total, &keep),
                        };
                        if let Some(next) = next {
                            window = next;
                        }
                        let rows = window.rows(&query, total);
                        prop_assert!(rows.contains(&index), "{index} in {rows:?}");
                        if matches!(act, Act::Reveal(_)) {
                            prop_assert!(rows.end >= (index + 1 + LEAD).min(total));
                            prop_assert!(rows.start <= index.saturating_sub(LEAD));
                        }
                    }
                    Act::Focused(_) | Act::Reveal(_) => {}
                    Act::Total(now) => {
                        // The shell reads what is held anew from the list each time.
                        total = now;
                        keep.clear();
                    }
                    Act::Hold(offset) => {
                        let index = before.start + offset;
                        if before.contains(&index) {
                            keep = vec![index];
                        }
                    }
                    Act::Release => keep.clear(),
                }
                if !keep.is_empty() {
                    held_open = true;
                    let after = window.rows(&query, total);
                    prop_assert!(after.contains(&keep[0]), "{} held, drawn {after:?}", keep[0]);
                } else if moved(&window, &previous) {
                    held_open = false;
                }
                let rows = window.rows(&query, total);
                prop_assert!(rows.start <= rows.end && rows.end <= total, "{rows:?} of {total}");
                prop_assert!(!rows.is_empty() || total == 0, "nothing drawn of {total}");
                if !matches!(window.extent, Extent::All) && !held_open {
                    prop_assert!(rows.len() <= MOST, "{rows:?}");
                }
            }
        }
    }
}
