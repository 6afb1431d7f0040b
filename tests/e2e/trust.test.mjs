// What Plateful promises: no change lost between tabs, whatever the timing (the pages
// run under CPU throttling); an erase that reaches every tab; a stored value that turns
// unreadable is never written over; "can I say yes?" answered on hours, with the
// figures, a counter-offer and Decline; settings that cannot break the app; a tab left
// open past midnight that moves to the new day.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { openApp, violations, watchErrors } from './support/browser.mjs';
import { seed, stored, storedWhen } from './support/plans.mjs';
import { iso, weeks } from './support/dates.mjs';

const app = useApp();

const ME = '6f1c2a4e-0b7d-4c55-9a51-2d3e4f5a6b7c';
const CLAIRE = 'c5d6e7f8-a9b0-4c3d-8e4f-5a6b7c8d9e0f';

const person = (id, name, role, capacity) => ({
  id, name, role, weekly_capacity: capacity, working_days: ['mon', 'tue', 'wed', 'thu', 'fri'], time_off: [],
});

/// A plan file with me (40 h a week), Claire (a peer who asks things) and `commitments`.
function planWith(commitments) {
  const stamp = new Date().toISOString();
  return JSON.stringify({
    format: 'plateful-plan', version: 3, saved_at: stamp, revision: 1,
    plan: {
      people: [person(ME, 'Sam Rivera', 'me', 40), person(CLAIRE, 'Claire Dubois', 'peer', null)],
      commitments: commitments.map((c) => ({
        notes: '', owner: ME, requested_by: null, status: { state: 'active' }, start: null, due: null,
        important: false, urgent: false, tags: [], delegated_by: null, created_at: stamp, updated_at: stamp,
        progress: [], ...c,
      })),
      big_rocks: [], reviews: [], tombstones: [],
    },
  });
}

const oneOff = (hours) => ({ kind: 'one_off', estimate_hours: hours });

/// Slows a page's main thread the way a busy 2-core machine does, through the DevTools
/// protocol, so that the tabs' saves overlap as they do under load.
async function throttle(page, rate = 4) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/// Logs a quarter of an hour (a day holds 24 h of one commitment's log: 60 hours
/// logged today would be refused).
async function logQuarter(page, title) {
  const item = page.locator('li.commitment', { hasText: title });
  await item.getByLabel(`Hours spent: ${title}`).fill('0.25');
  await item.getByRole('button', { name: 'Log' }).click();
}

const logged = (plan, title) => plan.commitments.find((c) => c.title === title).progress.length;

test('two throttled pages editing different commitments alternately 60 times keep all 120 edits', async () => {
  const context = await app.browser.newContext();
  await seed(context, planWith([
    { id: '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d', title: 'Left work', effort: oneOff(200) },
    { id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', title: 'Right work', effort: oneOff(200) },
  ]));
  const left = await context.newPage();
  const right = await context.newPage();
  const errors = [...watchErrors(left), ...watchErrors(right)];
  await openApp(left, `${app.server.url}/commitments`);
  await openApp(right, `${app.server.url}/commitments`);
  await throttle(left);
  await throttle(right);
  for (let i = 0; i < 60; i++) {
    await logQuarter(left, 'Left work');
    await logQuarter(right, 'Right work');
  }
  const plan = await storedWhen(left, (p) => logged(p, 'Left work') >= 60 && logged(p, 'Right work') >= 60, 30000);
  assert.equal(logged(plan, 'Left work'), 60);
  assert.equal(logged(plan, 'Right work'), 60);
  for (const page of [left, right]) {
    await page.locator('li.commitment', { hasText: 'Left work' }).getByText('15\u00a0h spent').waitFor();
    await page.locator('li.commitment', { hasText: 'Right work' }).getByText('15\u00a0h spent').waitFor();
  }
  // Nothing changes afterwards: no tab writes an older plan back.
  await left.waitForTimeout(1000);
  const after = JSON.parse(await stored(left)).plan;
  assert.equal(logged(after, 'Left work'), 60);
  assert.equal(logged(after, 'Right work'), 60);
  assert.deepEqual(errors, []);
  await context.close();
});

test('three throttled pages logging on one commitment at the same moment, 10 times, keep all 30 entries', async () => {
  const context = await app.browser.newContext();
  await seed(context, planWith([{ id: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f', title: 'Shared work', effort: oneOff(500) }]));
  const pages = [];
  for (let i = 0; i < 3; i++) {
    const page = await context.newPage();
    await openApp(page, `${app.server.url}/commitments`);
    await throttle(page);
    pages.push(page);
  }
  for (let round = 0; round < 10; round++) {
    await Promise.all(pages.map((page) => logQuarter(page, 'Shared work')));
  }
  const plan = await storedWhen(pages[0], (p) => logged(p, 'Shared work') >= 30, 30000);
  assert.equal(logged(plan, 'Shared work'), 30);
  for (const page of pages) {
    await page.locator('li.commitment', { hasText: 'Shared work' }).getByText('7.5\u00a0h spent').waitFor();
  }
  await context.close();
});

test('two throttled tabs editing one commitment keep both edits: the rename from one, the note from the other', async () => {
  const id = '5f6a7b8c-9d0e-4f1a-8b2c-4d5e6f7a8b9c';
  const context = await app.browser.newContext();
  await seed(context, planWith([{ id, title: 'Shared item', effort: oneOff(4) }]));
  const [a, b] = [await context.newPage(), await context.newPage()];
  const errors = [...watchErrors(a), ...watchErrors(b)];
  for (const page of [a, b]) {
    await openApp(page, `${app.server.url}/commitments/${id}`);
    await throttle(page);
    await page.getByRole('button', { name: 'Edit the commitment' }).click();
  }
  const formA = a.locator('form.commitment-form').first();
  const formB = b.locator('form.commitment-form').first();
  await formB.getByLabel('Notes').fill('note from B');
  await formA.getByLabel('Title').fill('Renamed in A');
  await formA.getByRole('button', { name: 'Save' }).click();
  await storedWhen(a, (p) => p.commitments[0].title === 'Renamed in A');
  // B's form shows the rename in the field B did not touch, and keeps B's note.
  await b.waitForFunction(() => document.querySelector('form.commitment-form input')?.value === 'Renamed in A');
  assert.equal(await formB.getByLabel('Notes').inputValue(), 'note from B');
  await formB.getByRole('button', { name: 'Save' }).click();
  const plan = await storedWhen(b, (p) => p.commitments[0].notes === 'note from B');
  assert.equal(plan.commitments[0].title, 'Renamed in A');
  assert.equal(plan.commitments[0].effort.estimate_hours, 4);
  for (const page of [a, b]) {
    await page.reload();
    await page.getByRole('heading', { name: 'Renamed in A' }).waitFor();
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('erasing everything in one tab reaches the other, which never writes the old plan back', async () => {
  const context = await app.browser.newContext();
  await seed(context, planWith([{ id: '3d4e5f6a-7b8c-4d9e-8f0a-2b3c4d5e6f7a', title: 'Old work', effort: oneOff(5) }]));
  const eraser = await context.newPage();
  const other = await context.newPage();
  await openApp(eraser, `${app.server.url}/data`);
  await openApp(other, `${app.server.url}/commitments`);
  await other.locator('li.commitment', { hasText: 'Old work' }).waitFor();
  await eraser.getByRole('button', { name: 'Erase all data…' }).click();
  await eraser.getByRole('button', { name: 'Yes, erase everything' }).click();
  await other.getByTestId('notice').getByText('Everything was erased in another tab').waitFor();
  assert.equal(await other.locator('li.commitment').count(), 0);
  // The other tab's next change starts the new plan; the old one does not come back.
  await other.getByRole('button', { name: 'Add with details' }).click();
  const form = other.locator('form.commitment-form').first();
  await form.getByLabel('Title').fill('New work');
  await form.getByLabel('Estimate (hours)').fill('2');
  await form.getByRole('button', { name: 'Add' }).click();
  const plan = await storedWhen(other, (p) => p.commitments.length > 0);
  assert.deepEqual(plan.commitments.map((c) => c.title), ['New work']);
  await context.close();
});

test('a stored value made unreadable while the app runs is never written over', async () => {
  const context = await app.browser.newContext();
  await seed(context, planWith([{ id: '4e5f6a7b-8c9d-4e0f-9a1b-3c4d5e6f7a8b', title: 'Some work', effort: oneOff(5) }]));
  const page = await context.newPage();
  await openApp(page, `${app.server.url}/commitments`);
  // Something else on the origin writes over the plan and leaves the revision key be.
  const garbage = '{"format": "plateful-plan", "version": 3, oops';
  await page.evaluate((value) => localStorage.setItem('plateful.plan', value), garbage);
  await logQuarter(page, 'Some work');
  await page.getByTestId('save-banner').getByText(/changed into something Plateful cannot read/).waitFor();
  await page.waitForTimeout(300);
  assert.equal(await stored(page), garbage);
  await context.close();
});

/// Next week holds 32 h of my 40 (80%); three requests start next Monday and are due
/// next Friday: 1 h (33 h, 83%: fits), 4 h (36 h, 90%: full, tight) and 10 h (42 h,
/// 105%: does not fit). Claire asked for the 10 h talk.
function requestsPlan() {
  const { monday, friday } = weeks();
  const next = { start: iso(monday), due: { date: iso(friday), kind: 'soft' } };
  const asked = { state: 'proposed' };
  return planWith([
    { id: '5f6a7b8c-9d0e-4f1a-8b2c-4d5e6f7a8b9c', title: 'Roadmap', effort: oneOff(32), ...next },
    { id: '6a7b8c9d-0e1f-4a2b-9c3d-5e6f7a8b9c0d', title: 'Small favour', effort: oneOff(1), status: asked, ...next },
    { id: '7b8c9d0e-1f2a-4b3c-8d4e-6f7a8b9c0d1e', title: 'Workshop prep', effort: oneOff(4), status: asked, ...next },
    {
      id: '8c9d0e1f-2a3b-4c4d-9e5f-7a8b9c0d1e2f', title: 'Conference talk', effort: oneOff(10), status: asked, ...next,
      requested_by: { person: CLAIRE },
    },
  ]);
}

async function answerFor(page, title) {
  const item = page.locator('li.commitment', { hasText: title });
  await item.getByRole('button', { name: 'Can I say yes?' }).click();
  const answer = item.getByTestId('answer');
  await answer.waitFor();
  return answer;
}

test('can I say yes: each request is answered on hours, with the week before and after', async () => {
  const context = await app.browser.newContext();
  await seed(context, requestsPlan());
  const page = await context.newPage();
  await openApp(page, `${app.server.url}/commitments`);
  const { monday } = weeks();
  const week = `${monday.getUTCDate()} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][monday.getUTCMonth()]}`;
  const cases = [
    ['Small favour', 'fits', 'Fits', `Week of ${week}, you: 32\u00a0h → 33\u00a0h for 40\u00a0h, 80% → 83%`],
    ['Workshop prep', 'tight', 'Tight', `Week of ${week}, you: 32\u00a0h → 36\u00a0h for 40\u00a0h, 80% → 90%`],
    ['Conference talk', 'does-not-fit', 'Does not fit', `Week of ${week}, you: 32\u00a0h → 42\u00a0h for 40\u00a0h, 80% → 105%`],
  ];
  for (const [title, verdict, head, line] of cases) {
    const answer = await answerFor(page, title);
    assert.equal(await answer.getAttribute('data-verdict'), verdict, title);
    assert.equal(await answer.locator('.answer-head').textContent(), head);
    await answer.getByText(line).waitFor();
  }
  // A tight or refused request offers a date at which it fits, and Decline.
  const talk = page.locator('li.commitment', { hasText: 'Conference talk' });
  const offer = talk.getByTestId('counter-offer');
  assert.match(await offer.textContent(), /^Yes, by \w{3}\s\d+\s\w{3}/);
  await talk.getByRole('button', { name: 'Decline' }).waitFor();
  await context.close();
});

test('accepting the counter-offer takes its date, and declining keeps who asked on their page', async () => {
  const context = await app.browser.newContext();
  await seed(context, requestsPlan());
  const page = await context.newPage();
  await openApp(page, `${app.server.url}/commitments`);
  const { friday } = weeks();
  let answer = await answerFor(page, 'Workshop prep');
  await answer.getByTestId('counter-offer').click();
  let plan = await storedWhen(page, (p) => p.commitments.find((c) => c.title === 'Workshop prep').status.state === 'active');
  const workshop = plan.commitments.find((c) => c.title === 'Workshop prep');
  assert.ok(workshop.due.date > iso(friday), `moved to a later date: ${workshop.due.date}`);

  answer = await answerFor(page, 'Conference talk');
  await answer.getByRole('button', { name: 'Decline' }).click();
  plan = await storedWhen(page, (p) => p.commitments.find((c) => c.title === 'Conference talk').status.state === 'dropped');
  const talk = plan.commitments.find((c) => c.title === 'Conference talk');
  assert.equal(talk.status.declined, true);
  assert.deepEqual(talk.requested_by, { person: CLAIRE });
  await page.goto(`${app.server.url}/team/${CLAIRE}`);
  await page.getByTestId('declined').getByText('Conference talk').waitFor();
  await context.close();
});

test('quick add in French reads "par ven" as the due date and says what it understood', async () => {
  const context = await app.browser.newContext({ locale: 'fr-FR' });
  const page = await context.newPage();
  await openApp(page, `${app.server.url}/commitments`);
  await page.getByLabel('Ajout rapide').fill('Préparer le budget 6h par ven');
  const understood = page.getByTestId('understood');
  await understood.getByText('« Préparer le budget »').waitFor();
  await understood.getByText('6\u00a0h').waitFor();
  await understood.getByText(/^pour le ven\.\s\d+\s/).waitFor();
  await page.getByLabel('Ajout rapide').press('Enter');
  const plan = await storedWhen(page, (p) => p.commitments.length === 1);
  const budget = plan.commitments[0];
  assert.equal(budget.title, 'Préparer le budget');
  const due = new Date(`${budget.due.date}T00:00:00Z`);
  assert.equal(due.getUTCDay(), 5, 'a Friday');
  const { today } = weeks();
  const days = (due - today) / 86400000;
  assert.ok(days >= 1 && days <= 7, `the next Friday after today, ${days} days ahead`);
  await context.close();
});

test('settings refuse 0, 2000, -5 and 1e400 at their field, save nothing, and the app still opens', async () => {
  const context = await app.browser.newContext();
  await seed(context, planWith([]));
  const page = await context.newPage();
  await openApp(page, `${app.server.url}/settings`);
  const before = await stored(page);
  const critical = page.getByLabel('Critical above (%)');
  const message = async () => page.locator(`#${await critical.getAttribute('aria-describedby')}`).textContent();
  for (const [typed, expected] of [
    ['0', 'Critical above (%): Must be between 1 and 1000'],
    ['2000', 'Critical above (%): Must be between 1 and 1000'],
    ['-5', 'Critical above (%): Must be between 1 and 1000'],
    ['1e400', 'Critical above (%): Must be a number, like 85'],
    ['90', 'Critical above (%): Must be above “Over above (%)” (100)'],
  ]) {
    await critical.fill(typed);
    await critical.press('Tab');
    await page.waitForFunction(([id, text]) => document.getElementById(id)?.textContent === text, [await critical.getAttribute('aria-describedby'), expected]);
    assert.equal(await message(), expected);
  }
  assert.equal(await stored(page), before, 'nothing saved while the value is wrong');
  const wip = page.getByLabel('Work in progress limit');
  await wip.fill('3');
  await wip.press('Tab');
  await page.locator('.setting', { has: wip }).getByRole('status').getByText('Saved.').waitFor();
  const plan = await storedWhen(page, (p) => p.settings.wip_limit === 3);
  assert.equal(plan.settings.thresholds.critical_percent, 125);
  await page.reload();
  await page.waitForSelector('header.app-header');
  assert.equal(await page.getByTestId('recovery').count(), 0);
  await context.close();
});

test('a tab left open past midnight moves to the new day', async () => {
  const context = await app.browser.newContext();
  const { today } = weeks();
  await seed(context, planWith([{
    id: '9d0e1f2a-3b4c-4d5e-8f6a-8b9c0d1e2f3a', title: 'Due today', effort: oneOff(3),
    due: { date: iso(today), kind: 'soft' },
  }]));
  const page = await context.newPage();
  const late = new Date(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 23, 59, 0);
  await page.clock.install({ time: late });
  await openApp(page, `${app.server.url}/`);
  const warnings = page.getByTestId('warnings');
  assert.equal(await warnings.getByText('“Due today” was due').count(), 0, 'not overdue before midnight');
  await page.clock.fastForward('02:00');
  await warnings.getByText(/“Due today” was due .*, 1 day ago\./).waitFor();
  await context.close();
});

test('no Content-Security-Policy violation was reported by these pages', () => {
  assert.deepEqual(violations, []);
});
