// What a person does on the Commitments view and on a commitment's page, in the
// release build, in Chromium, with real localStorage: adding (quick add first, the full
// form behind "Add with details"), the controls of each status, filters and order in
// the address, the progress log corrected, refusals shown, and a 360 px phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { openApp, violations, watchErrors } from './support/browser.mjs';
import { iso, readable } from './support/dates.mjs';
import { EXAMPLE, KEY, seed, stored, storedWhen } from './support/plans.mjs';

const app = useApp();

async function freshPage() {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  return { context, page, errors };
}

/// Opens the full form ("Add with details"), closed by default.
async function openDetails(page) {
  const toggle = page.getByRole('button', { name: 'Add with details' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.locator('form.commitment-form').first().waitFor();
}

async function addCommitment(page, { title, kind, hours, due, important }) {
  await openDetails(page);
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
  assert.match(await talk.textContent(), /12\u00a0h/);
  assert.match(await talk.textContent(), /due 15\u00a0Mar\u00a02027/);
  assert.match(await talk.textContent(), /Important/);
  assert.match(await page.locator('li.commitment', { hasText: '1:1s' }).textContent(), /2\.5\u00a0h\/week/);

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
  await openDetails(page);
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

  // Once refused, each message follows what is typed: fixed, it goes before Add.
  await title.fill('Fixed title');
  await page.waitForFunction((id) => document.getElementById(id)?.textContent === '', titleError);
  assert.notEqual(await title.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.locator(`#${hoursError}`).textContent(), 'Must be a number, like 2.5');
  await hours.fill('3');
  await page.waitForFunction((id) => document.getElementById(id)?.textContent === '', hoursError);
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
  await openDetails(page);
  const form = page.locator('form.commitment-form').first();
  const message = async (label) => page.locator(`#${await form.getByLabel(label).getAttribute('aria-describedby')}`).textContent();

  await form.getByLabel('Title').fill('Planning sessions');
  await form.getByLabel('Effort').selectOption('recurring');
  await form.getByLabel('Hours per week').fill('3');
  await form.getByLabel('Start date').fill('2027-02-01');
  await form.getByLabel('Until (optional)').fill('2027-01-15');
  await form.getByRole('button', { name: 'Add' }).click();
  await form.getByText('Ends (15\u00a0Jan\u00a02027) before it starts (1\u00a0Feb\u00a02027)').waitFor();
  assert.equal(await message('Until (optional)'), 'Ends (15\u00a0Jan\u00a02027) before it starts (1\u00a0Feb\u00a02027)');

  await form.getByLabel('Effort').selectOption('one_off');
  await form.getByLabel('Estimate (hours)').fill('8');
  await form.getByLabel('Due date').fill('2027-01-29');
  await form.getByRole('button', { name: 'Add' }).click();
  await form.getByText('The due date 29\u00a0Jan\u00a02027 is before the start 1\u00a0Feb\u00a02027').waitFor();
  assert.equal(await message('Due date'), 'The due date 29\u00a0Jan\u00a02027 is before the start 1\u00a0Feb\u00a02027');
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
  // Rows by id: an open edit form shows the title in a field, not as text.
  const row = async (title) => page.locator(`#${await page.locator('li.commitment', { hasText: title }).getAttribute('id')}`);
  const talk = await row('Conference talk');
  await talk.getByRole('button', { name: 'More' }).click();
  await talk.getByRole('button', { name: 'Edit Conference talk' }).click();
  await talk.getByLabel('Asked by').fill('Meetup organisers');
  await talk.getByRole('button', { name: 'Save' }).click();
  const edited = await storedWhen(page, (p) => p.commitments[1].requested_by !== null);
  assert.deepEqual(edited.commitments[1].requested_by, { text: 'Meetup organisers' });
  await talk.getByText('asked by Meetup organisers').waitFor();
  const planningItem = await row('Planning sessions');
  await planningItem.getByRole('button', { name: 'More' }).click();
  await planningItem.getByRole('button', { name: 'Edit Planning sessions' }).click();
  const editForm = planningItem.locator('form.commitment-form');
  assert.equal(await editForm.getByLabel('Asked by').inputValue(), 'Me');
  assert.equal(await editForm.getByLabel('Until (optional)').inputValue(), '2027-03-31');
  assert.equal(await editForm.getByLabel('Notes').inputValue(), 'Agenda in the shared doc');
  assert.deepEqual(errors, []);
  await context.close();
});

/// The id of the element that has the focus, and of the row it is in.
const focused = (page) => page.evaluate(() => ({
  id: document.activeElement?.id ?? '',
  row: document.activeElement?.closest('li.commitment')?.id ?? '',
}));

/// The focus once it has settled: the app moves it in the frame after a change lands,
/// which on a loaded machine can come after the change is visible. Waits up to 5 s
/// for `where` (`id` or `row`) to be `expected`, then reports where the focus is.
async function settledFocus(page, where, expected) {
  await page.waitForFunction(([where, expected]) => {
    const element = document.activeElement;
    const found = where === 'id' ? element?.id : element?.closest('li.commitment')?.id;
    return found === expected;
  }, [where, expected], { timeout: 5000 }).catch(() => {});
  return focused(page);
}

const announced = (page, text) => page.waitForFunction(
  (words) => document.querySelector('[data-testid="announcement"]')?.textContent === words, text,
);

test('edit, log hours, wait, delete and undo reach storage, each said aloud with the focus kept on the row', async () => {
  const { context, page, errors } = await freshPage();
  await openApp(page, `${app.server.url}/commitments`);
  await addCommitment(page, { title: 'Q1 roadmap', hours: '16' });
  const item = page.locator('li.commitment').first();
  const rowId = await item.getAttribute('id');

  await item.getByRole('button', { name: 'More' }).click();
  await item.getByRole('button', { name: 'Edit Q1 roadmap' }).click();
  const editForm = item.locator('form.commitment-form');
  await editForm.getByLabel('Title').fill('Q1 roadmap draft');
  await editForm.getByLabel('Estimate (hours)').fill('20');
  await editForm.getByRole('button', { name: 'Save' }).click();
  await item.locator('.commitment-title', { hasText: 'Q1 roadmap draft' }).waitFor();
  assert.equal((await settledFocus(page, 'id', rowId)).id, rowId, 'after saving, the focus is back on the row');

  await item.getByLabel('Hours spent: Q1 roadmap draft').fill('4.5');
  await item.getByRole('button', { name: 'Log' }).click();
  await item.getByText('15.5\u00a0h left').waitFor();
  await announced(page, 'Logged 4.5\u00a0h on “Q1 roadmap draft”.');
  assert.equal((await settledFocus(page, 'row', rowId)).row, rowId, 'logging keeps the focus in the row');

  await item.getByRole('button', { name: 'Waiting', exact: true }).click();
  await item.getByLabel('Waiting on whom?').fill('Legal');
  await item.getByRole('button', { name: 'Mark as waiting' }).click();
  await item.locator('.badge', { hasText: 'Waiting' }).waitFor();
  await announced(page, '“Q1 roadmap draft” is waiting on Legal.');
  await page.waitForFunction((id) => document.activeElement?.id === id, rowId);
  // A waiting row offers what one does while waiting.
  await item.getByRole('button', { name: 'Followed up' }).waitFor();
  await item.getByRole('button', { name: 'Resume' }).waitFor();
  assert.match(await item.textContent(), /waiting on Legal since/);

  const saved = (await storedWhen(page, (plan) => plan.commitments[0]?.status.state === 'waiting')).commitments[0];
  assert.equal(saved.title, 'Q1 roadmap draft');
  assert.equal(saved.effort.estimate_hours, 20);
  assert.equal(saved.progress.length, 1);
  assert.equal(saved.progress[0].hours, 4.5);
  assert.deepEqual(saved.status.waiting_on, { text: 'Legal' });

  await item.getByRole('button', { name: 'Delete Q1 roadmap draft' }).click();
  assert.equal(await page.locator('li.commitment').count(), 0);
  await storedWhen(page, (plan) => plan.commitments.length === 0);
  const toast = page.getByTestId('toast');
  assert.match(await toast.textContent(), /Deleted “Q1 roadmap draft”\./);
  await page.waitForFunction(() => document.activeElement?.id === 'toast-undo');

  await page.keyboard.press('Enter');
  await page.locator('li.commitment').waitFor();
  const restored = await storedWhen(page, (plan) => plan.commitments.length === 1);
  assert.equal(restored.commitments[0].status.state, 'waiting');
  // Changes to one commitment are undone one by one, newest first.
  const undo = page.locator('header button.undo');
  await undo.click();
  await item.locator('.badge', { hasText: 'Active' }).waitFor();
  const active = await storedWhen(page, (plan) => plan.commitments[0]?.status.state === 'active');
  assert.equal(active.commitments[0].progress.length, 1);
  await undo.click();
  const unlogged = await storedWhen(page, (plan) => plan.commitments[0]?.progress.length === 0);
  assert.equal(unlogged.commitments[0].title, 'Q1 roadmap draft');
  assert.equal(unlogged.commitments[0].status.state, 'active');
  assert.deepEqual(errors, []);
  await context.close();
});

const ME = '6f1c2a4e-0b7d-4c55-9a51-2d3e4f5a6b7c';
const ALICE = 'a3b4c5d6-e7f8-4a1b-8c2d-3e4f5a6b7c8d';
const CLAIRE = 'c5d6e7f8-a9b0-4c3d-8e4f-5a6b7c8d9e0f';
const ID = {
  budget: '10000000-0000-4000-8000-000000000001',
  hiring: '10000000-0000-4000-8000-000000000002',
  talk: '10000000-0000-4000-8000-000000000003',
  vendor: '10000000-0000-4000-8000-000000000004',
  blog: '10000000-0000-4000-8000-000000000005',
  notes: '10000000-0000-4000-8000-000000000006',
  migration: '10000000-0000-4000-8000-000000000007',
  offsite: '10000000-0000-4000-8000-000000000008',
};
const DAY = 86400000;

/// Today's local date at midnight UTC, `days` from now.
function day(days) {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) + days * DAY);
}

/// A plan with one commitment in each status, two owners, who asked, tags and a log:
/// open work by due date is budget (+3 days), offsite (+10), hiring (+20, Alice's),
/// talk (+30, a request), then blog and vendor (no due date, by title).
function listPlan() {
  const hour = (h) => new Date(Date.now() - h * 3600000).toISOString();
  const person = (id, name, role, capacity) => ({
    id, name, role, weekly_capacity: capacity, working_days: ['mon', 'tue', 'wed', 'thu', 'fri'], time_off: [],
  });
  const oneOff = (hours) => ({ kind: 'one_off', estimate_hours: hours });
  const due = (days) => ({ date: iso(day(days)), kind: 'soft' });
  const commitment = (c) => ({
    notes: '', owner: ME, requested_by: null, status: { state: 'active' }, start: null, due: null,
    important: false, urgent: false, tags: [], delegated_by: null, created_at: hour(48), progress: [], ...c,
  });
  return JSON.stringify({
    format: 'plateful-plan', version: 3, saved_at: hour(0), revision: 1,
    plan: {
      people: [person(ME, 'Sam Rivera', 'me', 40), person(ALICE, 'Alice Martin', 'report', 40), person(CLAIRE, 'Claire Dubois', 'peer', null)],
      commitments: [
        commitment({
          id: ID.budget, title: 'Quarterly budget', effort: oneOff(10), due: due(3), important: true, tags: ['finance'],
          notes: 'Numbers from the finance team', updated_at: hour(3),
          progress: [
            { date: iso(day(-3)), hours: 2, note: 'first draft' },
            { date: iso(day(-2)), hours: 1.5, note: '' },
            { date: iso(day(-1)), hours: 3, note: 'review' },
          ],
        }),
        commitment({
          id: ID.hiring, title: 'Hiring plan', effort: oneOff(30), due: due(20), owner: ALICE, delegated_by: ME,
          requested_by: { text: 'Director' }, updated_at: hour(1),
        }),
        commitment({
          id: ID.talk, title: 'Conference talk', effort: oneOff(12), due: due(30), status: { state: 'proposed' },
          requested_by: { person: CLAIRE }, updated_at: hour(5),
        }),
        commitment({
          id: ID.vendor, title: 'Vendor contract', effort: oneOff(2), updated_at: hour(2),
          status: { state: 'waiting', waiting_on: { person: CLAIRE }, since: iso(day(-10)) },
        }),
        commitment({ id: ID.blog, title: 'Blog post', effort: { kind: 'unestimated' }, status: { state: 'someday' }, updated_at: hour(6) }),
        commitment({ id: ID.notes, title: 'Release notes', effort: oneOff(2), status: { state: 'done', on: iso(day(-2)) }, updated_at: hour(4) }),
        commitment({
          id: ID.migration, title: 'Old migration', effort: oneOff(8), updated_at: hour(7),
          status: { state: 'dropped', on: iso(day(-5)), reason: 'no longer needed' },
        }),
        commitment({ id: ID.offsite, title: 'Team offsite', effort: oneOff(6), due: due(10), tags: ['team'], updated_at: hour(0) }),
      ],
      big_rocks: [], reviews: [], tombstones: [],
    },
  });
}

async function seededPage(path = '/commitments', options = {}) {
  const context = await app.browser.newContext(options);
  await seed(context, listPlan());
  const page = await context.newPage();
  const errors = watchErrors(page);
  await openApp(page, `${app.server.url}${path}`);
  return { context, page, errors };
}

const titles = (page) => page.locator('li.commitment .commitment-title').allTextContents();

/// The titles once the list shows exactly `expected`.
async function listShows(page, expected) {
  await page.waitForFunction(
    (want) => JSON.stringify([...document.querySelectorAll('li.commitment .commitment-title')].map((e) => e.textContent)) === want,
    JSON.stringify(expected),
  ).catch(async () => assert.deepEqual(await titles(page), expected));
}

const row = (page, id) => page.locator(`#commitment-${id}`);

test('the list comes first: quick add at the top, the full form closed behind "Add with details"', async () => {
  const { context, page, errors } = await seededPage();
  const quick = page.getByLabel('Quick add');
  await quick.waitFor();
  const toggle = page.getByRole('button', { name: 'Add with details' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('form.commitment-form').first().isVisible(), false, 'the full form is closed');
  // Quick add sits above the list, the list above nothing else.
  const top = async (locator) => (await locator.boundingBox()).y;
  assert.ok(await top(quick) < await top(page.locator('li.commitment').first()));
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const title = page.locator('form.commitment-form').first().getByLabel('Title');
  await title.fill('Draft kept while closed');
  await toggle.click();
  assert.equal(await page.locator('form.commitment-form').first().isVisible(), false);
  // Closed and opened again, the form still holds what was typed.
  await toggle.click();
  assert.equal(await title.inputValue(), 'Draft kept while closed');
  await toggle.click();
  assert.equal(await page.locator('form.commitment-form').first().isVisible(), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('rows say whose the work is and who asked, link to their page, and offer what fits their status', async () => {
  const { context, page, errors } = await seededPage('/commitments?status=all');
  await listShows(page, ['Quarterly budget', 'Team offsite', 'Hiring plan', 'Conference talk', 'Blog post', 'Old migration', 'Release notes', 'Vendor contract']);
  const hiring = row(page, ID.hiring);
  assert.match(await hiring.textContent(), /for Alice Martin/);
  assert.match(await hiring.textContent(), /asked by Director/);
  assert.doesNotMatch(await row(page, ID.budget).textContent(), /for Sam Rivera/, 'my own work does not name me');
  assert.match(await row(page, ID.talk).textContent(), /asked by Claire Dubois/);
  assert.match(await row(page, ID.vendor).textContent(), /waiting on Claire Dubois since/);

  const buttons = async (id) => (await row(page, id).locator('.item-actions button:visible').allTextContents()).map((t) => t.trim());
  assert.deepEqual(await buttons(ID.talk), ['Accept', 'Can I say yes?', 'Decline', 'More', 'Delete']);
  assert.deepEqual(await buttons(ID.budget), ['Log', 'Done', 'Waiting', 'More', 'Delete']);
  assert.deepEqual(await buttons(ID.vendor), ['Followed up', 'Resume', 'More', 'Delete']);
  assert.deepEqual(await buttons(ID.blog), ['Start', 'More', 'Delete']);
  assert.deepEqual(await buttons(ID.notes), ['Reopen', 'More', 'Delete']);
  assert.deepEqual(await buttons(ID.migration), ['Reopen', 'More', 'Delete']);
  assert.match(await row(page, ID.migration).textContent(), /dropped on .*: no longer needed/);

  // While the answer to "can I say yes?" is open, its own Decline replaces the row's.
  await row(page, ID.talk).getByRole('button', { name: 'Can I say yes?' }).click();
  await row(page, ID.talk).getByTestId('answer').waitFor();
  assert.deepEqual(await buttons(ID.talk), ['Accept', 'Can I say yes?', 'More', 'Delete']);

  // Following up keeps the row, says so and keeps the focus on it.
  await row(page, ID.vendor).getByRole('button', { name: 'Followed up' }).click();
  await announced(page, 'Followed up on “Vendor contract” today.');
  await page.waitForFunction((id) => document.activeElement?.id === `commitment-${id}`, ID.vendor);
  const followed = await storedWhen(page, (p) => p.commitments.find((c) => c.id === ID.vendor).status.last_follow_up);
  assert.equal(followed.commitments.find((c) => c.id === ID.vendor).status.last_follow_up, iso(day(0)));

  // Accepting the request makes it active.
  await row(page, ID.talk).getByRole('button', { name: 'Accept' }).click();
  await announced(page, 'Accepted “Conference talk”.');
  await storedWhen(page, (p) => p.commitments.find((c) => c.id === ID.talk).status.state === 'active');

  await row(page, ID.hiring).getByRole('link', { name: 'Hiring plan' }).click();
  await page.waitForURL(`${app.server.url}/commitments/${ID.hiring}`);
  await page.getByRole('heading', { level: 1, name: 'Hiring plan' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('filters and order live in the address: they survive a reload and the back button', async () => {
  const { context, page, errors } = await seededPage();
  const open = ['Quarterly budget', 'Team offsite', 'Hiring plan', 'Conference talk', 'Blog post', 'Vendor contract'];
  await listShows(page, open);
  assert.equal(await page.locator('#filter-status').inputValue(), 'open');

  await page.locator('#filter-status').selectOption('proposed');
  await page.waitForURL(/\/commitments\?status=proposed$/);
  await listShows(page, ['Conference talk']);
  await page.locator('#filter-sort').selectOption('load');
  await page.waitForURL(/\/commitments\?status=proposed&sort=load$/);

  await page.reload();
  await page.waitForSelector('li.commitment');
  assert.equal(await page.locator('#filter-status').inputValue(), 'proposed');
  assert.equal(await page.locator('#filter-sort').inputValue(), 'load');
  await listShows(page, ['Conference talk']);

  await page.goBack();
  await page.waitForURL(/\/commitments\?status=proposed$/);
  assert.equal(await page.locator('#filter-sort').inputValue(), 'due');
  await page.goBack();
  await page.waitForURL(/\/commitments$/);
  assert.equal(await page.locator('#filter-status').inputValue(), 'open');
  await listShows(page, open);
  await page.goForward();
  await page.waitForURL(/\?status=proposed$/);
  await listShows(page, ['Conference talk']);

  // Owner, tag, quadrant and search, each written in the address.
  await page.goto(`${app.server.url}/commitments`);
  await page.locator('#filter-owner').selectOption(ALICE);
  await page.waitForURL(new RegExp(`\\?owner=${ALICE}$`));
  await listShows(page, ['Hiring plan']);
  await page.locator('#filter-owner').selectOption('');
  await page.locator('#filter-tag').selectOption('finance');
  await page.waitForURL(/\?tag=finance$/);
  await listShows(page, ['Quarterly budget']);
  await page.locator('#filter-tag').selectOption('');
  await page.locator('#filter-quadrant').selectOption('do');
  await page.waitForURL(/\?quadrant=do$/);
  await listShows(page, ['Quarterly budget']);
  await page.locator('#filter-quadrant').selectOption('');
  await page.waitForURL(/\/commitments$/);
  await page.locator('#filter-search').fill('finance team');
  await page.waitForURL(/\?q=finance%20team$/);
  await listShows(page, ['Quarterly budget']);
  await page.reload();
  await page.waitForSelector('li.commitment');
  assert.equal(await page.locator('#filter-search').inputValue(), 'finance team');
  await listShows(page, ['Quarterly budget']);

  // A link such as Today's inbox count opens the list filtered.
  await page.goto(`${app.server.url}/commitments?status=proposed`);
  await listShows(page, ['Conference talk']);
  await page.goto(`${app.server.url}/commitments?tag=nothing-has-it`);
  await page.getByText('Nothing matches these filters.').waitFor();
  await page.getByRole('link', { name: 'Show all open work' }).click();
  await listShows(page, open);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the list sorts by due date, by load over the next weeks, or by last change', async () => {
  const { context, page, errors } = await seededPage();
  await listShows(page, ['Quarterly budget', 'Team offsite', 'Hiring plan', 'Conference talk', 'Blog post', 'Vendor contract']);
  await page.locator('#filter-sort').selectOption('load');
  // Hours in the next four weeks: hiring 30, offsite 6, budget 3.5 left, vendor 2 or
  // less; a request and someday work carry none.
  await listShows(page, ['Hiring plan', 'Team offsite', 'Quarterly budget', 'Vendor contract', 'Conference talk', 'Blog post']);
  await page.locator('#filter-sort').selectOption('changed');
  await listShows(page, ['Team offsite', 'Hiring plan', 'Vendor contract', 'Quarterly budget', 'Conference talk', 'Blog post']);
  await page.waitForURL(/\?sort=changed$/);
  // A change moves the commitment to the top.
  await row(page, ID.blog).getByRole('button', { name: 'Start' }).click();
  await listShows(page, ['Blog post', 'Team offsite', 'Hiring plan', 'Vendor contract', 'Quarterly budget', 'Conference talk']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('done work leaves the open list with the focus on the next row, and the status filter shows it again', async () => {
  const { context, page, errors } = await seededPage();
  await listShows(page, ['Quarterly budget', 'Team offsite', 'Hiring plan', 'Conference talk', 'Blog post', 'Vendor contract']);
  assert.equal(await page.getByText('Release notes').count(), 0, 'done work is hidden by default');
  assert.equal(await page.getByText('Old migration').count(), 0, 'dropped work is hidden by default');

  await row(page, ID.offsite).getByRole('button', { name: 'Done' }).click();
  await listShows(page, ['Quarterly budget', 'Hiring plan', 'Conference talk', 'Blog post', 'Vendor contract']);
  await announced(page, 'Marked “Team offsite” done.');
  await page.waitForFunction((id) => document.activeElement?.id === `commitment-${id}`, ID.hiring);
  const done = await storedWhen(page, (p) => p.commitments.find((c) => c.id === ID.offsite).status.state === 'done');
  assert.deepEqual(done.commitments.find((c) => c.id === ID.offsite).status, { state: 'done', on: iso(day(0)) });

  await page.locator('#filter-status').selectOption('done');
  await listShows(page, ['Team offsite', 'Release notes']);
  await page.locator('#filter-status').selectOption('all');
  assert.equal(await page.locator('li.commitment').count(), 8);
  await row(page, ID.notes).getByRole('button', { name: 'Reopen' }).click();
  await announced(page, 'Reopened “Release notes”.');
  await page.waitForFunction((id) => document.activeElement?.id === `commitment-${id}`, ID.notes);
  await storedWhen(page, (p) => p.commitments.find((c) => c.id === ID.notes).status.state === 'active');
  assert.deepEqual(errors, []);
  await context.close();
});

test("a commitment's page shows everything about it, and its progress log can be corrected and trimmed", async () => {
  const { context, page, errors } = await seededPage(`/commitments/${ID.budget}`);
  await page.getByRole('heading', { level: 1, name: 'Quarterly budget' }).waitFor();
  assert.equal(await page.title(), 'Quarterly budget · Plateful');
  const facts = page.locator('dl.facts');
  assert.match(await facts.textContent(), /Active/);
  assert.match(await facts.locator('dd.owner').textContent(), /Sam Rivera/);
  assert.match(await facts.locator('dd.effort').textContent(), /^10\u00a0h · 6\.5\u00a0h spent · 3\.5\u00a0h left$/);
  assert.equal(await page.locator('p.spent').textContent(), '6.5\u00a0h logged, 3.5\u00a0h left');
  assert.equal(await facts.locator('dd.due').textContent(), readable(day(3)));
  assert.equal(await facts.locator('dd.flags').textContent(), 'Important');
  assert.equal(await facts.locator('dd.tags').textContent(), '#finance');
  assert.equal(await facts.locator('dd.notes').textContent(), 'Numbers from the finance team');

  const log = page.locator('ol.progress-log');
  assert.equal(await log.locator('li.entry').count(), 3);
  assert.match(await log.locator('li.entry').first().textContent(), new RegExp(`${readable(day(-3))}.*2\u00a0h.*first draft`));

  // Correct the second entry: 1.5 h becomes 2.5 h with a note.
  // Correct puts the focus on the entry's date (typing before that lands would go to
  // whichever field has the focus then).
  await page.getByRole('button', { name: `Correct the entry of 1.5\u00a0h on ${readable(day(-2))}` }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'entry-1-date');
  const form = log.locator('form.entry-form');
  await form.getByLabel('Hours').fill('2,5');
  await form.getByLabel('Note').fill('figures from Alice');
  await form.getByRole('button', { name: 'Save' }).click();
  await announced(page, `Corrected: 2.5\u00a0h on ${readable(day(-2))}.`);
  await page.waitForFunction(() => document.activeElement?.id === 'entry-1');
  let plan = await storedWhen(page, (p) => p.commitments.find((c) => c.id === ID.budget).progress[1].hours === 2.5);
  assert.deepEqual(plan.commitments.find((c) => c.id === ID.budget).progress[1], { date: iso(day(-2)), hours: 2.5, note: 'figures from Alice' });
  await page.locator('p.spent', { hasText: '7.5\u00a0h logged, 2.5\u00a0h left' }).waitFor();

  // A wrong correction is explained at its field and saves nothing.
  await page.getByRole('button', { name: `Correct the entry of 3\u00a0h on ${readable(day(-1))}` }).click();
  await page.waitForFunction(() => document.activeElement?.id === 'entry-2-date');
  await form.getByLabel('Hours').fill('0');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.getByText('Must be greater than 0').waitFor();
  // Nor more hours than a day holds, on a day that has not come.
  await form.getByLabel('Hours').fill('100000');
  await form.getByLabel('Date').fill(iso(day(1)));
  await form.getByRole('button', { name: 'Save' }).click();
  await form.getByText('Must be today or a day before').waitFor();
  await form.getByText(/^At most 24/).waitFor();
  // A day holds 24 h of the log in all: 2.5 h are logged two days ago.
  await form.getByLabel('Date').fill(iso(day(-2)));
  await form.getByLabel('Hours').fill('22');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.getByText('At most 21.5\u00a0h more that day: 2.5\u00a0h are logged on it already').waitFor();
  await form.getByRole('button', { name: 'Cancel' }).click();

  // Remove the first entry; Undo brings it back.
  await page.getByRole('button', { name: `Remove the entry of 2\u00a0h on ${readable(day(-3))}` }).click();
  plan = await storedWhen(page, (p) => p.commitments.find((c) => c.id === ID.budget).progress.length === 2);
  assert.deepEqual(plan.commitments.find((c) => c.id === ID.budget).progress.map((e) => e.hours), [2.5, 3]);
  assert.match(await page.getByTestId('toast').textContent(), new RegExp(`Removed 2\u00a0h logged on ${readable(day(-3))} from “Quarterly budget”\\.`));
  await page.waitForFunction(() => document.activeElement?.id === 'toast-undo');
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await storedWhen(page, (p) => p.commitments.find((c) => c.id === ID.budget).progress.length === 3);
  await page.getByRole('button', { name: `Remove the entry of 2\u00a0h on ${readable(day(-3))}` }).click();
  await storedWhen(page, (p) => p.commitments.find((c) => c.id === ID.budget).progress.length === 2);

  // Hours added on another day.
  const add = page.locator('form.entry-form').last();
  await add.getByLabel('Date').fill(iso(day(-4)));
  await add.getByLabel('Hours').fill('1');
  await add.getByLabel('Note').fill('kick-off');
  await add.getByRole('button', { name: 'Add to the log' }).click();
  plan = await storedWhen(page, (p) => p.commitments.find((c) => c.id === ID.budget).progress.length === 3);
  assert.deepEqual(plan.commitments.find((c) => c.id === ID.budget).progress[2], { date: iso(day(-4)), hours: 1, note: 'kick-off' });

  // The edit form is on the page too, and the way back leads to the list.
  await page.getByRole('button', { name: 'Edit the commitment' }).click();
  const edit = page.locator('form.commitment-form');
  await edit.getByLabel('Title').fill('Quarterly budget v2');
  await edit.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { level: 1, name: 'Quarterly budget v2' }).waitFor();
  await page.getByRole('link', { name: 'Back to the commitments' }).first().click();
  await page.waitForURL(/\/commitments$/);
  await row(page, ID.budget).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('an unknown address says there is no such commitment, with the way back', async () => {
  const { context, page, errors } = await seededPage('/commitments/10000000-0000-4000-8000-00000000dead');
  await page.getByRole('heading', { level: 1, name: 'No such commitment' }).waitFor();
  assert.equal(await page.title(), 'No such commitment · Plateful');
  await page.getByRole('link', { name: 'Back to the commitments' }).click();
  await page.waitForURL(/\/commitments$/);
  await page.locator('li.commitment').first().waitFor();
  // Deleting from its own page leaves the same message, and Undo brings the page back.
  await page.goto(`${app.server.url}/commitments/${ID.blog}`);
  await page.getByRole('button', { name: 'Delete Blog post' }).click();
  await page.getByRole('heading', { level: 1, name: 'No such commitment' }).waitFor();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Blog post' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

/// Changes the stored plan the way another tab would, without this page hearing of it
/// (a page gets no storage event for its own writes): the next change it makes finds
/// the newer plan first.
async function changeBehindItsBack(page, change) {
  await page.evaluate(([key, source]) => {
    const envelope = JSON.parse(localStorage.getItem(key));
    // The edit comes as data: the page's policy forbids eval.
    const edit = JSON.parse(source);
    const target = envelope.plan.commitments.find((c) => c.id === edit.id);
    if (edit.dropLastEntry) target.progress.pop();
    if (edit.remove) envelope.plan.commitments = envelope.plan.commitments.filter((c) => c.id !== edit.id);
    envelope.revision += 1;
    localStorage.setItem(key, JSON.stringify(envelope));
    const [, writer] = (localStorage.getItem(`${key}.revision`) ?? '').split(' ');
    localStorage.setItem(`${key}.revision`, writer ? `${envelope.revision} ${writer}` : String(envelope.revision));
  }, [KEY, JSON.stringify(change)]);
}

test('a refused command is shown where it was made, never dropped', async () => {
  // Pages that have made no change yet, so that no save of theirs reads storage first.
  const { context, page, errors } = await seededPage(`/commitments/${ID.budget}`);
  const log = page.locator('ol.progress-log');
  await log.locator('li.entry').nth(2).waitFor();
  // Another tab removes the last entry; this one, not knowing yet, removes it too.
  await changeBehindItsBack(page, { id: ID.budget, dropLastEntry: true });
  await page.getByRole('button', { name: `Remove the entry of 3\u00a0h on ${readable(day(-1))}` }).click();
  await page.locator('[role="alert"]', { hasText: 'This entry of the log no longer exists' }).waitFor();
  // The page now shows the log as the other tab left it, and nothing more was removed.
  await page.waitForFunction(() => document.querySelectorAll('ol.progress-log li.entry').length === 2);
  const plan = JSON.parse(await stored(page)).plan;
  assert.equal(plan.commitments.find((c) => c.id === ID.budget).progress.length, 2);

  // In the list: a commitment deleted elsewhere cannot be marked done; the refusal is
  // said aloud, since its row goes with it.
  await page.goto(`${app.server.url}/commitments`);
  await row(page, ID.offsite).waitFor();
  await changeBehindItsBack(page, { id: ID.offsite, remove: true });
  await row(page, ID.offsite).getByRole('button', { name: 'Done' }).click();
  await announced(page, 'This commitment no longer exists');
  await row(page, ID.offsite).waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the list, a row with its menus and the page fit a 360 px phone with no horizontal scroll', async () => {
  const { context, page, errors } = await seededPage('/commitments?status=all', { viewport: { width: 360, height: 740 } });
  await page.locator('li.commitment').first().waitFor();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  // Targets of at least 24 px, and nothing wider than the screen.
  const small = () => page.evaluate(() => [...document.querySelectorAll('main button, main input, main select')]
    .filter((e) => e.offsetParent !== null)
    .filter((e) => { const r = e.getBoundingClientRect(); return r.height < 24 || r.width < 24; })
    .map((e) => e.outerHTML.slice(0, 80)));
  assert.equal(await overflow(), 0);
  await page.getByRole('button', { name: 'Add with details' }).click();
  await page.locator('form.commitment-form').first().getByLabel('Title').fill('A title long enough to wrap over several lines on a phone screen');
  for (const id of [ID.budget, ID.talk, ID.vendor]) await row(page, id).getByRole('button', { name: 'More' }).click();
  await row(page, ID.budget).getByRole('button', { name: 'Waiting', exact: true }).click();
  await row(page, ID.talk).getByRole('button', { name: 'Can I say yes?' }).click();
  await row(page, ID.talk).getByTestId('answer').waitFor();
  assert.equal(await overflow(), 0, 'the list with its forms and menus open');
  assert.deepEqual(await small(), []);

  await page.goto(`${app.server.url}/commitments/${ID.budget}`);
  await page.getByRole('button', { name: 'Edit the commitment' }).click();
  await page.getByRole('button', { name: `Correct the entry of 3\u00a0h on ${readable(day(-1))}` }).click();
  await page.getByRole('button', { name: 'More' }).click();
  await page.locator('form.entry-form').first().waitFor();
  assert.equal(await overflow(), 0, 'the page with its forms open');
  assert.deepEqual(await small(), []);
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
