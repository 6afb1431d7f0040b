// What a person does on the Commitments view, in the release build, in Chromium, with
// real localStorage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { openApp, violations, watchErrors } from './support/browser.mjs';

import { EXAMPLE, KEY, stored, storedWhen } from './support/plans.mjs';

const app = useApp();

async function freshPage() {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  return { context, page, errors };
}

async function addCommitment(page, { title, kind, hours, due, important }) {
  const form = page.locator('form.commitment-form').first();
  await form.getByLabel('Title').fill(title);
  if (kind) await form.getByLabel('Effort').selectOption(kind);
  if (hours !== undefined) await form.getByLabel(kind === 'recurring' ? 'Hours per week' : 'Estimate (hours)').fill(hours);
  if (due) await form.getByLabel('Due date').fill(due);
  if (important) await form.getByLabel('Important').check();
  await form.getByRole('button', { name: 'Add' }).click();
}


test('two commitments added through the form are still there after a reload', async () => {
  const { context, page, errors } = await freshPage();
  await openApp(page, `${app.server.url}/commitments`);
  const first = JSON.parse(await stored(page));
  assert.deepEqual(first.plan.commitments, [], 'a first visit writes an empty plan, for other tabs to share');

  await addCommitment(page, { title: 'Talk at the meetup', hours: '12', due: '2027-03-15', important: true });
  await addCommitment(page, { title: '1:1s with my reports', kind: 'recurring', hours: '2,5' });

  const items = page.locator('li.commitment');
  await assert.doesNotReject(items.nth(1).waitFor());
  assert.equal(await items.count(), 2);

  await page.reload();
  await page.waitForSelector('li.commitment');
  const titles = await page.locator('.commitment-title').allTextContents();
  assert.deepEqual(titles, ['Talk at the meetup', '1:1s with my reports']);
  const talk = page.locator('li.commitment', { hasText: 'Talk at the meetup' });
  assert.match(await talk.textContent(), /12 h/);
  assert.match(await talk.textContent(), /due 15 Mar 2027/);
  assert.match(await talk.textContent(), /Important/);
  assert.match(await page.locator('li.commitment', { hasText: '1:1s' }).textContent(), /2\.5 h\/week/);

  const file = JSON.parse(await stored(page));
  assert.equal(file.format, 'plateful-plan');
  assert.equal(file.version, 3);
  assert.equal(file.revision, 3, 'one save at the first visit, then one per change');
  assert.deepEqual(file.plan.commitments.map((c) => c.title), ['Talk at the meetup', '1:1s with my reports']);
  assert.deepEqual(file.plan.commitments[0].effort, { kind: 'one_off', estimate_hours: 12 });
  assert.deepEqual(file.plan.commitments[1].effort, { kind: 'recurring', hours_per_week: 2.5 });
  assert.deepEqual(file.plan.commitments[0].due, { date: '2027-03-15', kind: 'soft' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('invalid input is explained next to its field and nothing is saved', async () => {
  const { context, page, errors } = await freshPage();
  await openApp(page, `${app.server.url}/commitments`);
  const form = page.locator('form.commitment-form').first();
  await form.getByLabel('Estimate (hours)').fill('0');
  await form.getByRole('button', { name: 'Add' }).click();

  const title = form.getByLabel('Title');
  assert.equal(await title.getAttribute('aria-invalid'), 'true');
  const titleError = await title.getAttribute('aria-describedby');
  assert.equal(await page.locator(`#${titleError}`).textContent(), 'Must not be empty');
  const hours = form.getByLabel('Estimate (hours)');
  const hoursError = await hours.getAttribute('aria-describedby');
  assert.equal(await page.locator(`#${hoursError}`).textContent(), 'Must be greater than 0');
  assert.equal(await page.locator('li.commitment').count(), 0);
  const empty = await stored(page);
  assert.deepEqual(JSON.parse(empty).plan.commitments, []);

  await title.fill('x'.repeat(201));
  await hours.fill('abc');
  await form.getByRole('button', { name: 'Add' }).click();
  assert.equal(await page.locator(`#${titleError}`).textContent(), 'At most 200 characters (201 typed)');
  assert.equal(await page.locator(`#${hoursError}`).textContent(), 'Must be a number, like 2.5');
  assert.equal(await stored(page), empty, 'refused input saves nothing');

  await title.fill('Fixed title');
  await hours.fill('3');
  await form.getByRole('button', { name: 'Add' }).click();
  await page.locator('li.commitment').waitFor();
  assert.equal(await page.locator(`#${titleError}`).textContent(), '');
  assert.equal(await title.inputValue(), '', 'the form is cleared for the next one');
  assert.deepEqual(errors, []);
  await context.close();
});

test('start, end of recurring work, who asked and notes reach storage; dates out of order are refused at their field', async () => {
  const { context, page, errors } = await freshPage();
  await openApp(page, `${app.server.url}/commitments`);
  const empty = await stored(page);
  const form = page.locator('form.commitment-form').first();
  const message = async (label) => page.locator(`#${await form.getByLabel(label).getAttribute('aria-describedby')}`).textContent();

  await form.getByLabel('Title').fill('Planning sessions');
  await form.getByLabel('Effort').selectOption('recurring');
  await form.getByLabel('Hours per week').fill('3');
  await form.getByLabel('Start date').fill('2027-02-01');
  await form.getByLabel('Until (optional)').fill('2027-01-15');
  await form.getByRole('button', { name: 'Add' }).click();
  await form.getByText('Ends (15 Jan 2027) before it starts (1 Feb 2027)').waitFor();
  assert.equal(await message('Until (optional)'), 'Ends (15 Jan 2027) before it starts (1 Feb 2027)');

  await form.getByLabel('Effort').selectOption('one_off');
  await form.getByLabel('Estimate (hours)').fill('8');
  await form.getByLabel('Due date').fill('2027-01-29');
  await form.getByRole('button', { name: 'Add' }).click();
  await form.getByText('The due date 29 Jan 2027 is before the start 1 Feb 2027').waitFor();
  assert.equal(await message('Due date'), 'The due date 29 Jan 2027 is before the start 1 Feb 2027');
  await form.getByLabel('Notes').fill('x'.repeat(10001));
  await form.getByRole('button', { name: 'Add' }).click();
  assert.equal(await message('Notes'), 'At most 10000 characters (10001 typed)');
  assert.equal(await stored(page), empty, 'refused input saves nothing');

  await form.getByLabel('Effort').selectOption('recurring');
  await form.getByLabel('Hours per week').fill('3');
  await form.getByLabel('Until (optional)').fill('2027-03-31');
  await form.getByLabel('Due date').fill('');
  await form.getByLabel('Asked by').fill('me');
  await form.getByLabel('Notes').fill('Agenda in the shared doc');
  await form.getByRole('button', { name: 'Add' }).click();
  await addCommitment(page, { title: 'Conference talk', hours: '10' });
  const plan = await storedWhen(page, (p) => p.commitments.length === 2);
  const [planning] = plan.commitments;
  const me = plan.people.find((p) => p.role === 'me');
  assert.deepEqual(planning.effort, { kind: 'recurring', hours_per_week: 3, until: '2027-03-31' });
  assert.equal(planning.start, '2027-02-01');
  assert.deepEqual(planning.requested_by, { person: me.id }, 'a person of the plan, by name');
  assert.equal(planning.notes, 'Agenda in the shared doc');

  // Free text for someone outside the plan, and the edit form shows every field back.
  // Rows by position: an open edit form shows the title in a field, not as text.
  const talk = page.locator('li.commitment').nth(1);
  await talk.getByRole('button', { name: 'Edit Conference talk' }).click();
  await talk.getByLabel('Asked by').fill('Meetup organisers');
  await talk.getByRole('button', { name: 'Save' }).click();
  const edited = await storedWhen(page, (p) => p.commitments[1].requested_by !== null);
  assert.deepEqual(edited.commitments[1].requested_by, { text: 'Meetup organisers' });
  const planningItem = page.locator('li.commitment').first();
  await planningItem.getByRole('button', { name: 'Edit Planning sessions' }).click();
  const editForm = planningItem.locator('form.commitment-form');
  assert.equal(await editForm.getByLabel('Asked by').inputValue(), 'Me');
  assert.equal(await editForm.getByLabel('Until (optional)').inputValue(), '2027-03-31');
  assert.equal(await editForm.getByLabel('Notes').inputValue(), 'Agenda in the shared doc');
  assert.deepEqual(errors, []);
  await context.close();
});

test('edit, change status, log hours, delete and undo all reach storage', async () => {
  const { context, page, errors } = await freshPage();
  await openApp(page, `${app.server.url}/commitments`);
  await addCommitment(page, { title: 'Q1 roadmap', hours: '16' });
  const item = page.locator('li.commitment').first();

  await item.getByRole('button', { name: 'Edit Q1 roadmap' }).click();
  const editForm = item.locator('form.commitment-form');
  await editForm.getByLabel('Title').fill('Q1 roadmap draft');
  await editForm.getByLabel('Estimate (hours)').fill('20');
  await editForm.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Q1 roadmap draft').waitFor();

  await item.getByLabel('Hours spent: Q1 roadmap draft').fill('4.5');
  await item.getByRole('button', { name: 'Log' }).click();
  await item.getByText('15.5 h left').waitFor();

  await item.getByLabel('Status: Q1 roadmap draft').selectOption('waiting');
  await item.getByLabel('Waiting on whom?').fill('Legal');
  await item.getByRole('button', { name: 'Mark as waiting' }).click();
  await item.locator('.badge', { hasText: 'Waiting' }).waitFor();

  const saved = (await storedWhen(page, (plan) => plan.commitments[0]?.status.state === 'waiting')).commitments[0];
  assert.equal(saved.title, 'Q1 roadmap draft');
  assert.equal(saved.effort.estimate_hours, 20);
  assert.equal(saved.progress.length, 1);
  assert.equal(saved.progress[0].hours, 4.5);
  assert.equal(saved.status.state, 'waiting');
  assert.deepEqual(saved.status.waiting_on, { text: 'Legal' });

  await item.getByRole('button', { name: 'Delete Q1 roadmap draft' }).click();
  assert.equal(await page.locator('li.commitment').count(), 0);
  await storedWhen(page, (plan) => plan.commitments.length === 0);

  await page.getByRole('button', { name: 'Undo' }).click();
  await page.locator('li.commitment').waitFor();
  const restored = await storedWhen(page, (plan) => plan.commitments.length === 1);
  assert.equal(restored.commitments[0].status.state, 'waiting');
  // Changes to one commitment are undone one by one, newest first.
  await page.getByRole('button', { name: 'Undo' }).click();
  await item.locator('.badge', { hasText: 'Active' }).waitFor();
  const active = await storedWhen(page, (plan) => plan.commitments[0]?.status.state === 'active');
  assert.equal(active.commitments[0].progress.length, 1);
  await page.getByRole('button', { name: 'Undo' }).click();
  const unlogged = await storedWhen(page, (plan) => plan.commitments[0]?.progress.length === 0);
  assert.equal(unlogged.commitments[0].title, 'Q1 roadmap draft');
  assert.equal(unlogged.commitments[0].status.state, 'active');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a corrupt stored value shows the recovery message and stays untouched', async () => {
  const { context, page } = await freshPage();
  await openApp(page, `${app.server.url}/commitments`);
  const corrupt = '{"format":"plateful-plan","version":1,"saved_at":"2026-11-24T10:00:00Z","plan":{"people":[';
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, corrupt]);
  await page.reload();

  const recovery = page.getByTestId('recovery');
  await recovery.waitFor();
  assert.match(await recovery.getByRole('heading', { level: 1 }).textContent(), /could not be opened/);
  assert.match(await recovery.textContent(), /Not valid JSON at line 1, column \d+/);
  assert.equal(await page.locator('form.commitment-form').count(), 0, 'no way to edit over it');

  // Time passes, the page hides and comes back, another reload: the value is untouched.
  await page.waitForTimeout(400);
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await page.reload();
  await recovery.waitFor();
  assert.equal(await stored(page), corrupt);
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).sort()), ['plateful.plan', 'plateful.plan.revision'], 'nothing else was written');

  // Starting fresh keeps the unreadable value under a key of its own first.
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await page.locator('header.app-header').waitFor();
  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  const kept = keys.find((key) => key.startsWith('plateful.plan.unreadable.'));
  assert.ok(kept, `the raw value is kept (keys: ${keys})`);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), kept), corrupt);
  assert.equal(JSON.parse(await stored(page)).format, 'plateful-plan');
  await context.close();
});

test('a plan that fails validation is not replaced either, and the message names the place', async () => {
  const { context, page } = await freshPage();
  await openApp(page, `${app.server.url}/commitments`);
  const broken = EXAMPLE.replace('"estimate_hours": 16.0', '"estimate_hours": 0');
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, broken]);
  await page.reload();
  await page.getByTestId('recovery').waitFor();
  assert.match(
    await page.getByTestId('recovery').textContent(),
    /plan\.commitments\[2\]\.effort\.estimate_hours: must be greater than 0/,
  );
  assert.equal(await stored(page), broken);
  await context.close();
});

test('with storage blocked the app works in memory and says so', async () => {
  const { context, page, errors } = await freshPage();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await openApp(page, `${app.server.url}/commitments`);
  const banner = page.getByTestId('save-banner');
  await banner.waitFor();
  assert.match(await banner.textContent(), /your changes live in this page only/);
  await addCommitment(page, { title: 'Still works', hours: '2' });
  await page.locator('li.commitment', { hasText: 'Still works' }).waitFor();
  assert.ok(await banner.isVisible(), 'the banner stays');
  assert.deepEqual(errors, []);
  await context.close();
});

test('no Content-Security-Policy violation was reported by these pages', () => {
  assert.deepEqual(violations, []);
});
