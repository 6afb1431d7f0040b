// Priorities: the matrix two by two on a wide screen and stacked on a phone, the arrow
// keys following what is on screen, a move kept by its due date that says why and
// offers the date that frees it (one click, one step of Undo), a hard-deadline big rock
// that is never in Drop, and no sideways scroll on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { openApp, violations, watchErrors } from './support/browser.mjs';
import { seed, storedWhen } from './support/plans.mjs';
import { iso, weeks } from './support/dates.mjs';

const app = useApp();

const ME = '6f1c2a4e-0b7d-4c55-9a51-2d3e4f5a6b7c';
const ALICE = 'a3b4c5d6-e7f8-4a1b-8c2d-3e4f5a6b7c8d';
const BUDGET = '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
const RFC = '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';
const READING = '3d4e5f6a-7b8c-4d9e-8f0a-2b3c4d5e6f7a';

const DAY = 86400000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/// `Tue 8 Dec`, as the app writes a date near today in English.
const near = (date) => `${WEEKDAYS[date.getUTCDay()]}\u00a0${date.getUTCDate()}\u00a0${MONTHS[date.getUTCMonth()]}`;

function plan() {
  const { today, thisMonday } = weeks();
  const stamp = new Date().toISOString();
  const person = (id, name, role, capacity) => ({ id, name, role, weekly_capacity: capacity, working_days: ['mon', 'tue', 'wed', 'thu', 'fri'], time_off: [] });
  const commitment = (id, title, extra = {}) => ({
    id, title, notes: '', owner: ME, requested_by: null, status: { state: 'active' },
    effort: { kind: 'one_off', estimate_hours: 2 }, start: null, due: null, important: false, urgent: false, tags: [],
    delegated_by: null, created_at: stamp, updated_at: stamp, progress: [], ...extra,
  });
  return JSON.stringify({
    format: 'plateful-plan', version: 3, saved_at: stamp, revision: 1,
    plan: {
      people: [person(ME, 'Sam Rivera', 'me', 40), person(ALICE, 'Alice Martin', 'report', 40)],
      commitments: [
        // Due in two days: urgent by its date, in Do.
        commitment(BUDGET, 'Budget review', { important: true, due: { date: iso(new Date(today.getTime() + 2 * DAY)), kind: 'soft' } }),
        // A hard deadline three weeks out, not flagged important, but this week's big rock.
        commitment(RFC, 'Architecture RFC', { due: { date: iso(new Date(today.getTime() + 21 * DAY)), kind: 'hard' } }),
        commitment(READING, 'Reading list'),
        commitment('4e5f6a7b-8c9d-4e0f-9a1b-3c4d5e6f7a8b', 'Team offsite'),
      ],
      big_rocks: [{ week: iso(thisMonday), commitments: [RFC] }],
      reviews: [],
    },
  });
}

async function open(viewport) {
  const context = await app.browser.newContext({ viewport });
  await seed(context, plan());
  const page = await context.newPage();
  const errors = watchErrors(page);
  await openApp(page, `${app.server.url}/priorities`);
  await page.locator('.matrix-item').first().waitFor();
  return { context, page, errors };
}

const item = (page, title) => page.locator('.matrix-item', { hasText: title });
const quadrantOf = (page, title) => item(page, title).evaluate((el) => el.closest('[data-quadrant]').dataset.quadrant);
const boxes = (page) => page.evaluate(() => Object.fromEntries(
  [...document.querySelectorAll('[data-quadrant]')].map((q) => { const r = q.getBoundingClientRect(); return [q.dataset.quadrant, { left: r.left, top: r.top }]; }),
));
/// Presses an arrow on the item and waits until it shows in `to`.
async function press(page, title, key, to) {
  await item(page, title).focus();
  await page.keyboard.press(key);
  await page.waitForFunction(([t, q]) => [...document.querySelectorAll(`[data-quadrant="${q}"] .matrix-item`)].some((el) => el.textContent.includes(t)), [title, to]);
  // The keyboard stays on the item in its new place.
  await page.waitForFunction((t) => document.activeElement?.classList.contains('matrix-item') && document.activeElement.textContent.includes(t), title);
}
const noSidewaysScroll = (page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test('at 1280 px the matrix is two by two and the arrows move as it is drawn', async () => {
  const { context, page, errors } = await open({ width: 1280, height: 800 });
  const at = await boxes(page);
  assert.equal(at.do.top, at.schedule.top, 'Do and Schedule side by side');
  assert.ok(at.do.left < at.schedule.left);
  assert.equal(at.do.left, at.delegate.left, 'Delegate under Do');
  assert.ok(at.delegate.top > at.do.top);
  assert.equal(at.delegate.top, at.drop.top);
  // The hard-deadline big rock is important work, never in Drop.
  assert.equal(await quadrantOf(page, 'Architecture RFC'), 'schedule');
  await item(page, 'Architecture RFC').getByText('Big rock').waitFor();

  await press(page, 'Reading list', 'ArrowUp', 'schedule');
  await press(page, 'Reading list', 'ArrowLeft', 'do');
  await press(page, 'Reading list', 'ArrowDown', 'delegate');
  await press(page, 'Reading list', 'ArrowRight', 'drop');
  await page.getByTestId('announcement').getByText('Moved “Reading list” to Drop.').waitFor({ state: 'attached' });
  const moved = (p) => p.commitments.find((c) => c.id === READING);
  const saved = moved(await storedWhen(page, (p) => moved(p).updated_at !== moved(p).created_at && !moved(p).important && !moved(p).urgent));
  assert.deepEqual([saved.important, saved.urgent], [false, false]);
  assert.ok(await noSidewaysScroll(page));
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 360 px the matrix is stacked, up and down go through it in order, and nothing scrolls sideways', async () => {
  const { context, page, errors } = await open({ width: 360, height: 740 });
  const at = await boxes(page);
  assert.ok(['schedule', 'delegate', 'drop'].every((q) => at[q].left === at.do.left), 'one column');
  assert.ok(at.do.top < at.schedule.top && at.schedule.top < at.delegate.top && at.delegate.top < at.drop.top, 'in order');
  assert.ok(await noSidewaysScroll(page), 'the page does not scroll sideways');

  await press(page, 'Reading list', 'ArrowUp', 'delegate');
  await press(page, 'Reading list', 'ArrowUp', 'schedule');
  // Nothing beside it: left stays put.
  await item(page, 'Reading list').focus();
  await page.keyboard.press('ArrowLeft');
  assert.equal(await quadrantOf(page, 'Reading list'), 'schedule');
  await press(page, 'Reading list', 'ArrowDown', 'delegate');
  const saved = (await storedWhen(page, (p) => p.commitments.find((c) => c.id === READING).urgent)).commitments.find((c) => c.id === READING);
  assert.deepEqual([saved.important, saved.urgent], [false, true]);
  assert.ok(await noSidewaysScroll(page));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a move kept by its due date says why, offers the later date, and takes it in one step', async () => {
  const { context, page, errors } = await open({ width: 1280, height: 800 });
  const { today } = weeks();
  const due = new Date(today.getTime() + 2 * DAY);
  const earliest = new Date(today.getTime() + 8 * DAY);
  assert.equal(await quadrantOf(page, 'Budget review'), 'do');
  await item(page, 'Budget review').focus();
  await page.keyboard.press('ArrowRight');
  const why = item(page, 'Budget review').getByTestId('move-why');
  await why.waitFor();
  assert.equal(await why.getAttribute('role'), 'alert');
  assert.match(await why.textContent(), new RegExp(`Due ${near(due)}, so it stays urgent: anything due within the next 7 days is\\.`));
  assert.equal(await quadrantOf(page, 'Budget review'), 'do', 'it stayed');
  const offer = why.getByRole('button', { name: `Move the due date to ${near(earliest)}` });
  await offer.click();
  await page.waitForFunction(() => document.querySelector('[data-quadrant="schedule"]').textContent.includes('Budget review'));
  await page.getByTestId('announcement').getByText(`Moved “Budget review” to Schedule, now due ${near(earliest)}.`).waitFor({ state: 'attached' });
  const saved = (await storedWhen(page, (p) => p.commitments.find((c) => c.id === BUDGET).due.date === iso(earliest))).commitments.find((c) => c.id === BUDGET);
  assert.deepEqual(saved.due, { date: iso(earliest), kind: 'soft' });
  assert.deepEqual([saved.important, saved.urgent], [true, false]);
  assert.equal(await page.getByTestId('move-why').count(), 0);

  // Flags and date were one change: one Undo takes both back.
  await page.locator('header button.undo').click();
  await page.waitForFunction(() => document.querySelector('[data-quadrant="do"]').textContent.includes('Budget review'));
  const undone = (await storedWhen(page, (p) => p.commitments.find((c) => c.id === BUDGET).due.date === iso(due))).commitments.find((c) => c.id === BUDGET);
  assert.deepEqual([undone.important, undone.urgent], [true, false]);

  // "Leave it" keeps it where it is and gives the keyboard back to it.
  await item(page, 'Budget review').focus();
  await page.keyboard.press('ArrowRight');
  await why.waitFor();
  await why.getByRole('button', { name: 'Leave it' }).click();
  await page.waitForFunction(() => document.activeElement?.textContent.includes('Budget review') && document.activeElement.classList.contains('matrix-item'));
  assert.equal(await page.getByTestId('move-why').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('moving this week\'s big rock to Drop says it is one, and the offer takes it off the week\'s rocks', async () => {
  const { context, page } = await open({ width: 1280, height: 800 });
  const select = item(page, 'Architecture RFC').getByRole('combobox', { name: 'Move “Architecture RFC” to' });
  await select.selectOption('drop');
  const why = item(page, 'Architecture RFC').getByTestId('move-why');
  await why.getByText('It is one of this week\'s big rocks, so it stays important.').waitFor();
  assert.equal(await select.inputValue(), 'schedule', 'the menu says where it still is');
  await why.getByRole('button', { name: 'Take it off this week\'s big rocks' }).click();
  await page.waitForFunction(() => document.querySelector('[data-quadrant="drop"]').textContent.includes('Architecture RFC'));
  const saved = await storedWhen(page, (p) => p.big_rocks.every((w) => !w.commitments.includes(RFC)));
  assert.deepEqual(saved.commitments.find((c) => c.id === RFC).due.kind, 'hard', 'its date untouched');
  assert.equal(await page.getByTestId('big-rocks').getByRole('checkbox', { name: 'Architecture RFC' }).isChecked(), false);
  assert.equal(await page.getByTestId('rocks-count').textContent(), '0 of 3 chosen.');
  await context.close();
});

test('big rocks: at most three, the others wait, each box at least 24 px', async () => {
  const { context, page } = await open({ width: 360, height: 740 });
  const rocks = page.getByTestId('big-rocks');
  await rocks.getByRole('checkbox', { name: 'Budget review' }).check();
  await rocks.getByRole('checkbox', { name: 'Reading list' }).check();
  await page.getByTestId('announcement').getByText('“Reading list” is now a big rock.').waitFor({ state: 'attached' });
  assert.equal(await rocks.getByTestId('rocks-count').textContent(), '3 of 3 chosen.');
  assert.ok(await rocks.getByRole('checkbox', { name: 'Team offsite' }).isDisabled(), 'a fourth waits');
  await rocks.getByRole('checkbox', { name: 'Reading list' }).uncheck();
  assert.ok(await rocks.getByRole('checkbox', { name: 'Team offsite' }).isEnabled());
  await rocks.getByRole('checkbox', { name: 'Reading list' }).check();
  const boxesOf = await rocks.getByRole('checkbox').evaluateAll((all) => all.map((b) => { const r = b.getBoundingClientRect(); return [r.width, r.height]; }));
  assert.ok(boxesOf.every(([w, h]) => w >= 24 && h >= 24), JSON.stringify(boxesOf));
  const stored = await storedWhen(page, (p) => p.big_rocks.some((w) => w.commitments.length === 3));
  assert.deepEqual(stored.big_rocks.find((w) => w.commitments.length === 3).commitments, [RFC, BUDGET, READING]);
  assert.ok(await noSidewaysScroll(page));
  await context.close();
});

test('no Content-Security-Policy violation was reported by these pages', () => {
  assert.deepEqual(violations, []);
});
