// The Commitments list on a plan of 2,000 commitments, under a main thread slowed four
// times: it opens at its first rows with its count, draws the next rows as it is
// scrolled to the end or as the keyboard's focus nears its last drawn row, and its
// search finds a commitment far down.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { openApp, watchErrors } from './support/browser.mjs';
import { iso } from './support/dates.mjs';
import { seed } from './support/plans.mjs';

const app = useApp();
const SIZE = 2000;
const ME = '6f1c2a4e-0b7d-4c55-9a51-2d3e4f5a6b7c';
const DAY = 86400000;
// The rows a list opens with, the rows each step adds, and the most drawn at once
// (crates/core/src/window.rs).
const FIRST = 30;
const STEP = 25;
const MOST = 150;

const title = (n) => `Item ${String(n).padStart(4, '0')}`;

/// 2,000 open commitments whose order by due date (then title) is their number.
function largePlan() {
  const now = new Date();
  const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  const stamp = new Date(Date.now() - DAY).toISOString();
  const commitments = [];
  for (let n = 1; n <= SIZE; n++) {
    const hex = n.toString(16).padStart(12, '0');
    commitments.push({
      id: `20000000-0000-4000-8000-${hex}`, title: title(n), notes: '', owner: ME, requested_by: null,
      status: { state: 'active' }, effort: { kind: 'one_off', estimate_hours: 1 }, start: null,
      due: { date: iso(new Date(today + Math.floor(n / 10) * DAY)), kind: 'soft' },
      important: false, urgent: false, tags: [], delegated_by: null, created_at: stamp, updated_at: stamp, progress: [],
    });
  }
  return JSON.stringify({
    format: 'plateful-plan', version: 3, saved_at: stamp, revision: 1,
    plan: {
      people: [{ id: ME, name: 'Sam Rivera', role: 'me', weekly_capacity: 40, working_days: ['mon', 'tue', 'wed', 'thu', 'fri'], time_off: [] }],
      commitments, big_rocks: [], reviews: [], tombstones: [],
    },
  });
}

const PLAN = largePlan();

async function throttledPage() {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
  await seed(context, PLAN);
  const page = await context.newPage();
  const errors = watchErrors(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await openApp(page, `${app.server.url}/commitments`);
  return { context, page, errors };
}

const count = (page) => page.locator('.list-count').textContent();
const rows = (page) => page.locator('li.commitment');
/// Scrolls to the end of what is drawn, again and again, until `done` (the list draws
/// more each time its end comes within sight); fails after three minutes.
async function scrollDownUntil(page, done) {
  const deadline = Date.now() + 180_000;
  while (!(await done())) {
    assert.ok(Date.now() < deadline, `never reached (${await rows(page).count()} rows drawn)`);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForTimeout(50);
  }
}

const focusedRow = (page) => page.evaluate(() => document.activeElement?.closest('li.commitment')?.querySelector('.commitment-title')?.textContent);

test('a list of 2,000 opens at its first rows with its count, scrolling reaches the last and back up to the first, the page never jumping', async () => {
  const { context, page, errors } = await throttledPage();
  await rows(page).first().locator('.commitment-title', { hasText: title(1) }).waitFor();
  assert.equal(await count(page), `Showing ${FIRST} of 2,000 commitments`);
  assert.equal(await rows(page).count(), FIRST, 'only the first rows are in the document');

  // Scrolled to the bottom again and again, as far as the list goes.
  const last = page.locator('li.commitment .commitment-title', { hasText: title(SIZE) });
  await scrollDownUntil(page, async () => (await last.count()) > 0);
  await page.waitForFunction(() => document.querySelector('.list-more')?.hidden);
  assert.equal(await rows(page).last().locator('.commitment-title').textContent(), title(SIZE));
  assert.equal(await rows(page).count(), MOST, 'the rows far above have left the document');
  assert.equal(await count(page), `Showing ${MOST} of 2,000 commitments`);

  // Back up a screen at a time: each row in sight moves down by exactly the distance
  // scrolled (the space above stands in for the rows left out, at their height), and
  // the first row comes back.
  const first = page.locator('li.commitment .commitment-title', { hasText: title(1) });
  const deadline = Date.now() + 180_000;
  while (!(await first.count()) || (await page.evaluate(() => window.scrollY)) > 0) {
    assert.ok(Date.now() < deadline, `the start of the list was never drawn again (${await page.evaluate(() => window.scrollY)} px down)`);
    const seen = await page.evaluate(() => {
      const row = [...document.querySelectorAll('li.commitment')].find((li) => li.getBoundingClientRect().top >= 0);
      const before = row.getBoundingClientRect().top;
      const from = window.scrollY;
      window.scrollBy(0, -600);
      return { id: row.id, before, moved: from - window.scrollY };
    });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    const after = await page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top, seen.id);
    assert.ok(Math.abs(after - (seen.before + seen.moved)) < 1, `row ${seen.id} was at ${seen.before}, scrolled ${seen.moved}, is at ${after}`);
  }
  assert.equal(await rows(page).first().locator('.commitment-title').textContent(), title(1));
  assert.equal(await page.locator('.list-above').evaluate((e) => e.getBoundingClientRect().height), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the keyboard going back up past the first drawn row draws the rows before it, keeping the focus', async () => {
  const { context, page, errors } = await throttledPage();
  await rows(page).first().waitFor();
  const far = page.locator('li.commitment .commitment-title', { hasText: title(600) });
  await scrollDownUntil(page, async () => (await far.count()) > 0 && (await rows(page).first().locator('.commitment-title').textContent()) !== title(1));
  // The first row drawn, and its first control: Shift+Tab goes on to the row before.
  const top = await rows(page).first().locator('.commitment-title').textContent();
  const number = Number(top.split(' ')[1]);
  await rows(page).first().locator('.commitment-title a').focus();
  for (let back = 1; back <= 3; back++) {
    await page.keyboard.press('Shift+Tab');
    await page.waitForFunction((want) => document.activeElement?.closest('li.commitment')?.querySelector('.commitment-title')?.textContent === want, title(number - back));
    // On to that row's title, the first of its controls.
    await page.evaluate(() => document.activeElement.closest('li.commitment').querySelector('.commitment-title a').focus());
  }
  assert.equal(await focusedRow(page), title(number - 3));
  assert.ok((await rows(page).first().locator('.commitment-title').textContent()) !== top, 'the rows before were drawn');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a row holding hours typed and not logged stays drawn however far the list is scrolled', async () => {
  const { context, page, errors } = await throttledPage();
  await rows(page).first().waitFor();
  const third = page.locator('li.commitment', { has: page.locator('.commitment-title', { hasText: title(3) }) });
  await third.locator('form.log-form input').fill('1,5');
  const far = page.locator('li.commitment .commitment-title', { hasText: title(400) });
  await scrollDownUntil(page, async () => (await far.count()) > 0);
  assert.ok((await rows(page).count()) > MOST, 'the window stays open up to the row held');
  assert.equal(await third.locator('form.log-form input').inputValue(), '1,5', 'what was typed is still there');

  // Emptied, it holds nothing: the next steps leave it, and the window is back to size.
  await third.locator('form.log-form input').fill('');
  const further = page.locator('li.commitment .commitment-title', { hasText: title(500) });
  await scrollDownUntil(page, async () => (await further.count()) > 0);
  await page.waitForFunction((most) => document.querySelectorAll('li.commitment').length <= most, MOST);
  assert.equal(await third.count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the search finds a commitment far down the list', async () => {
  const { context, page, errors } = await throttledPage();
  await rows(page).first().waitFor();
  await page.getByLabel('Search').fill(`item ${title(1987).split(' ')[1]}`);
  await page.waitForFunction(() => document.querySelectorAll('li.commitment').length === 1);
  assert.equal(await rows(page).first().locator('.commitment-title').textContent(), title(1987));
  assert.equal(await count(page), '1 commitment');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the keyboard moves past the first rows, and Show all draws every row', async () => {
  const { context, page, errors } = await throttledPage();
  await rows(page).first().waitFor();
  // Tab from the last control of the last row drawn goes on to the next row.
  await rows(page).nth(FIRST - 1).getByRole('button', { name: `Delete ${title(FIRST)}` }).focus();
  await page.keyboard.press('Tab');
  await page.waitForFunction((want) => document.activeElement?.closest('li.commitment')?.querySelector('.commitment-title')?.textContent === want, title(FIRST + 1));
  assert.equal(await focusedRow(page), title(FIRST + 1));
  // At least one step more is drawn (more when the list's end came within sight too).
  const shown = Number((await count(page)).match(/^Showing (\d+) of/)[1]);
  assert.ok(shown >= FIRST + STEP, `${shown} rows drawn`);

  // Show all draws the rest, and the first row it adds takes the focus.
  await page.getByRole('button', { name: 'Show all 2,000' }).click();
  await page.waitForFunction((size) => document.querySelectorAll('li.commitment').length === size, SIZE, { timeout: 120_000 });
  await page.waitForFunction((want) => document.activeElement?.closest('li.commitment')?.querySelector('.commitment-title')?.textContent === want, title(shown + 1));
  assert.equal(await rows(page).count(), SIZE);
  assert.equal(await count(page), '2,000 commitments');
  assert.deepEqual(errors, []);
  await context.close();
});

test("back from a commitment's page opened far down, its row is drawn again and has the focus", async () => {
  const { context, page, errors } = await throttledPage();
  await rows(page).first().waitFor();
  const link = page.getByRole('link', { name: title(140) });
  await scrollDownUntil(page, async () => (await link.count()) > 0);
  await link.click();
  await page.waitForURL(/\/commitments\/20000000-/);
  await page.goBack();
  await page.waitForFunction((want) => document.activeElement?.closest('li.commitment')?.querySelector('.commitment-title')?.textContent === want, title(140));
  assert.ok((await rows(page).count()) >= 145);
  assert.deepEqual(errors, []);
  await context.close();
});
