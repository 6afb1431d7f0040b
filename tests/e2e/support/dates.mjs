// Dates as the app counts them: from the local calendar, weeks starting on Monday.

/// `2026-11-30`, as the plan file writes a date.
export const iso = (date) => date.toISOString().slice(0, 10);

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/// `30 Nov 2026`, as the app writes a date in English (with non-breaking spaces).
export const readable = (date) => `${date.getUTCDate()}\u00a0${MONTHS[date.getUTCMonth()]}\u00a0${date.getUTCFullYear()}`;

/// Today's local date (at midnight UTC, so that day arithmetic stays whole), this week's
/// Monday, and next week's Monday and Friday.
export function weeks() {
  const now = new Date();
  const today = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
  const thisMonday = new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * 86400000);
  const monday = new Date(thisMonday.getTime() + 7 * 86400000);
  const friday = new Date(monday.getTime() + 4 * 86400000);
  return { today, thisMonday, monday, friday };
}
