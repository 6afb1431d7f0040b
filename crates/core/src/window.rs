//! How much of a long list is drawn: its first rows, then more as the reader nears
//! their end (scrolling, or the keyboard's focus), or all of them when asked.
//!
//! A plan of 5,000 commitments drawn whole took six seconds before its first row
//! showed. The list draws a window of its first rows instead, and grows it in steps:
//! rows are never taken away while the list stays the same list, so the browser's own
//! find-in-page, the tab order and a screen reader's reading keep working over what is
//! drawn, and a row edited, finished or restored by Undo stays where it was. A
//! different list (another filter, search or order) starts again from its first rows.
//!
//! The shell only reads [`Window::rows`] and reports what the reader did; every
//! decision about the window is here.

use crate::filter::Query;

/// The rows drawn when a list opens: more than a tall screen holds, few enough to draw
/// in one frame's budget on a slow phone.
pub const FIRST: usize = 30;

/// The rows added each time the reader nears the end of what is drawn: a step must be
/// drawn as one task well under 50 ms, so that scrolling never stalls.
pub const STEP: usize = 25;

/// How close to the last drawn row the keyboard's focus may come before the next
/// rows are drawn, so that Tab and the arrow keys never reach the end of a window.
pub const LEAD: usize = 5;

/// The drawn part of the list of one [`Query`]: its first `rows` rows, or all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Window {
    query: Query,
    extent: Extent,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Extent {
    First(usize),
    All,
}

impl Window {
    /// A list as it opens: its first [`FIRST`] rows.
    pub fn new(query: Query) -> Window {
        Window { query, extent: Extent::First(FIRST) }
    }

    /// How many of the first rows of the list of `query`, `total` long, are drawn.
    /// A window kept for another query does not apply: that list opens at its first
    /// rows.
    pub fn rows(&self, query: &Query, total: usize) -> usize {
        match self.extent_for(query) {
            Extent::First(rows) => rows.min(total),
            Extent::All => total,
        }
    }

    /// Whether every row of the list is drawn.
    pub fn complete(&self, query: &Query, total: usize) -> bool {
        self.rows(query, total) == total
    }

    /// The window once the reader has neared the end of what is drawn (the end of the
    /// list came within sight): the next [`STEP`] rows. `None` when all are drawn.
    pub fn more(&self, query: &Query, total: usize) -> Option<Window> {
        let rows = self.rows(query, total);
        (rows < total).then(|| self.with(query, Extent::First(rows + STEP)))
    }

    /// The window with every row drawn ("Show all").
    pub fn all(&self, query: &Query, total: usize) -> Option<Window> {
        (!self.complete(query, total)).then(|| self.with(query, Extent::All))
    }

    /// The window once the keyboard's focus is on the row at `index`: the next step is
    /// drawn when it is among the last [`LEAD`] rows drawn, so that the row after it is
    /// there to move to. `None` when nothing changes.
    pub fn focused(&self, query: &Query, index: usize, total: usize) -> Option<Window> {
        let rows = self.rows(query, total);
        (index + LEAD >= rows).then(|| self.reveal(query, index, total)).flatten()
    }

    /// The window that draws the row at `index` with [`LEAD`] rows after it (the row a
    /// link or a key leads to, the one a return to the list comes back to), in whole
    /// steps. `None` when it is drawn already with those rows.
    pub fn reveal(&self, query: &Query, index: usize, total: usize) -> Option<Window> {
        let rows = self.rows(query, total);
        let wanted = (index + 1 + LEAD).min(total);
        if wanted <= rows {
            return None;
        }
        let steps = (wanted - rows).div_ceil(STEP);
        Some(self.with(query, Extent::First(rows + steps * STEP)))
    }

    fn extent_for(&self, query: &Query) -> Extent {
        if self.query == *query {
            self.extent
        } else {
            Extent::First(FIRST)
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

    fn all_statuses() -> Query {
        let mut query = Query::default();
        query.filter.status = StatusFilter::All;
        query
    }

    #[test]
    fn a_list_opens_at_its_first_rows_or_whole_when_short() {
        let window = Window::new(Query::default());
        assert_eq!(window.rows(&Query::default(), 5_000), FIRST);
        assert_eq!(window.rows(&Query::default(), 12), 12);
        assert!(window.complete(&Query::default(), 12));
        assert!(!window.complete(&Query::default(), 5_000));
        assert_eq!(window.more(&Query::default(), 12), None, "nothing more to draw");
    }

    #[test]
    fn nearing_the_end_draws_one_step_more_until_all_are_drawn() {
        let query = Query::default();
        // Two steps' worth and a half: the last step draws what is left.
        let total = FIRST + STEP + STEP / 2;
        let mut window = Window::new(query.clone());
        let mut seen = vec![window.rows(&query, total)];
        while let Some(next) = window.more(&query, total) {
            window = next;
            seen.push(window.rows(&query, total));
        }
        assert_eq!(seen, vec![FIRST, FIRST + STEP, total]);
        assert!(window.complete(&query, total));
    }

    #[test]
    fn rows_are_never_taken_away_while_the_list_stays_the_same() {
        let query = Query::default();
        let window = Window::new(query.clone()).more(&query, 5_000).unwrap();
        // A row finished leaves the open list: the window keeps its count, so the row
        // after the window moves into it.
        assert_eq!(window.rows(&query, 4_999), FIRST + STEP);
        // Undo brings it back where it was: still drawn.
        assert_eq!(window.rows(&query, 5_000), FIRST + STEP);
        // A list that shrank below the window and grows again shows its new rows.
        assert_eq!(window.rows(&query, 30), 30);
        assert_eq!(window.rows(&query, 31), 31);
    }

    #[test]
    fn another_filter_search_or_order_starts_again_from_the_first_rows() {
        let query = Query::default();
        let grown = Window::new(query.clone()).all(&query, 5_000).unwrap();
        assert_eq!(grown.rows(&query, 5_000), 5_000);
        let other = all_statuses();
        assert_eq!(grown.rows(&other, 5_000), FIRST);
        let mut searched = Query::default();
        searched.filter.text = "budget".into();
        assert_eq!(grown.rows(&searched, 900), FIRST);
        let by_load = Query { sort: Sort::Load, ..Query::default() };
        assert_eq!(grown.rows(&by_load, 5_000), FIRST);
        // Growing the other list starts from its own first rows.
        let next = grown.more(&other, 5_000).unwrap();
        assert_eq!(next.rows(&other, 5_000), FIRST + STEP);
        assert_eq!(next.rows(&query, 5_000), FIRST, "the first list's window is gone");
    }

    #[test]
    fn show_all_draws_every_row_even_rows_added_later() {
        let query = Query::default();
        let all = Window::new(query.clone()).all(&query, 2_000).unwrap();
        assert_eq!(all.rows(&query, 2_000), 2_000);
        assert_eq!(all.rows(&query, 2_001), 2_001);
        assert_eq!(all.more(&query, 2_001), None);
        assert_eq!(all.all(&query, 2_001), None);
        assert_eq!(all.focused(&query, 2_000, 2_001), None);
    }

    #[test]
    fn the_focus_near_the_last_drawn_row_draws_the_next_step() {
        let query = Query::default();
        let window = Window::new(query.clone());
        assert_eq!(window.focused(&query, 0, 5_000), None);
        assert_eq!(window.focused(&query, FIRST - LEAD - 1, 5_000), None);
        let next = window.focused(&query, FIRST - LEAD, 5_000).expect("near the end");
        assert_eq!(next.rows(&query, 5_000), FIRST + STEP);
        let last = window.focused(&query, FIRST - 1, 5_000).unwrap();
        assert_eq!(last.rows(&query, 5_000), FIRST + STEP);
        // At the end of the whole list there is nothing more to draw.
        assert_eq!(window.focused(&query, FIRST - 3, FIRST - 2), None);
    }

    #[test]
    fn a_row_far_down_is_revealed_with_rows_after_it_in_whole_steps() {
        let query = Query::default();
        let window = Window::new(query.clone());
        assert_eq!(window.reveal(&query, 3, 5_000), None, "already drawn");
        let far = window.reveal(&query, 1_234, 5_000).unwrap();
        let rows = far.rows(&query, 5_000);
        assert!(rows > 1_234 + LEAD, "{rows}");
        assert_eq!((rows - FIRST) % STEP, 0);
        assert!(rows - STEP <= 1_234 + LEAD, "no step more than needed: {rows}");
        // The last row of the list: every row is drawn.
        let end = window.reveal(&query, 4_999, 5_000).unwrap();
        assert!(end.complete(&query, 5_000));
        // A window of another list reveals from that list's first rows.
        let other = all_statuses();
        let there = far.reveal(&other, FIRST + 10, 5_000).unwrap();
        assert_eq!(there.rows(&other, 5_000), FIRST + STEP);
    }
}
