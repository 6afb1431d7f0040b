// Team: the heatmap fits a wide screen with every level coloured and the year said once;
// the people editor adds and removes time off, renames, changes a role (and says why
// when it cannot), removes someone with Undo; a person's page gives their weeks, each
// list's items with figures and links, and the way back; nothing scrolls sideways on a
// phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { openApp, violations, watchErrors, settled } from './support/browser.mjs';
import { seed, storedWhen, person as member, commitmentMaker } from './support/plans.mjs';
import { iso, readable, weeks } from './support/dates.mjs';

const app = useApp();

const ME = '6f1c2a4e-0b7d-4c55-9a51-2d3e4f5a6b7c';
const ALICE = 'a3b4c5d6-e7f8-4a1b-8c2d-3e4f5a6b7c8d';
const BOB = 'b4c5d6e7-f8a9-4b2c-9d3e-4f5a6b7c8d9e';
const CLAIRE = 'c5d6e7f8-a9b0-4c3d-8e4f-5a6b7c8d9e0f';
const DAN = 'd6e7f8a9-b0c1-4d4e-9f5a-6b7c8d9e0f1a';
const LOAD_TESTS = '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';
const ONBOARDING = '4e5f6a7b-8c9d-4e0f-9a1b-3c4d5e6f7a8b';

const DAY = 86400000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const near = (date) => `${WEEKDAYS[date.getUTCDay()]}\u00a0${date.getUTCDate()}\u00a0${MONTHS[date.getUTCMonth()]}`;

function plan() {
  const { monday, friday } = weeks();
  const stamp = new Date().toISOString();
  const commitment = commitmentMaker({ start: monday, due: friday, stamp });
  const asked = { requested_by: { person: BOB } };
  return JSON.stringify({
    format: 'plateful-plan', version: 3, saved_at: stamp, revision: 1,
    plan: {
      people: [
        member(ME, 'Sam Rivera', 'me', 40), member(ALICE, 'Alice Martin', 'report', 40), member(BOB, 'Bob Chen', 'report', 20),
        member(CLAIRE, 'Claire Ng', 'peer', null), member(DAN, 'Dan', 'report', 40),
      ],
      commitments: [
        // Next week: Bob 30 h for 20 h (150 %, critical), Alice 36 h for 40 h (90 %, full).
        commitment(LOAD_TESTS, 'Load tests', BOB, 30, { delegated_by: ME, due: { date: iso(friday), kind: 'hard' } }),
        commitment('5f6a7b8c-9d0e-4f1a-8b2c-4d5e6f7a8b9c', 'Migration plan', ALICE, 36),
        commitment(ONBOARDING, 'Onboarding guide', ME, 6, asked),
        commitment('6a7b8c9d-0e1f-4a2b-9c3d-5e6f7a8b9c0d', 'Conference budget', ME, 4, { ...asked, status: { state: 'proposed' }, start: null, due: null }),
        commitment('7b8c9d0e-1f2a-4b3c-8d4e-6f7a8b9c0d1e', 'Offsite planning', ME, 8, { ...asked, status: { state: 'dropped', on: iso(weeks().today), reason: '', declined: true }, start: null, due: null }),
      ],
      big_rocks: [], reviews: [],
    },
  });
}

async function open(path, viewport = { width: 1280, height: 800 }) {
  const context = await app.browser.newContext({ viewport });
  await seed(context, plan());
  const page = await context.newPage();
  const errors = watchErrors(page);
  await openApp(page, `${app.server.url}${path}`);
  return { context, page, errors };
}

const noSidewaysScroll = (page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
const person = (page, name) => page.getByTestId('person').filter({ has: page.locator('.person-name', { hasText: name }) });

test('at 1280 px the heatmap fits, colours every level, and says the year once', async () => {
  const { context, page, errors } = await open('/team');
  const { monday, thisMonday } = weeks();
  const heatmap = page.getByTestId('heatmap');
  await heatmap.waitFor();
  const box = page.getByTestId('heatmap-scroll');
  assert.ok(await box.evaluate((el) => el.scrollWidth <= el.clientWidth), 'no sideways scroll at 1280 px');
  assert.ok(await noSidewaysScroll(page));
  const headings = await heatmap.locator('thead th').allTextContents();
  assert.equal(headings.length, 13);
  const starts = Array.from({ length: 12 }, (_, w) => new Date(thisMonday.getTime() + w * 7 * DAY));
  const changes = starts.filter((d, i) => i === 0 || d.getUTCFullYear() !== starts[i - 1].getUTCFullYear()).length;
  assert.equal(await heatmap.locator('thead .year').count(), changes, 'the year once, and again when it changes');
  assert.equal(headings[1], `${thisMonday.getUTCDate()}\u00a0${MONTHS[thisMonday.getUTCMonth()]} ${thisMonday.getUTCFullYear()}`);

  const cell = (name) => heatmap.locator('tr', { hasText: name }).locator('td').nth(1);
  assert.equal(await cell('Alice Martin').getAttribute('data-level'), 'full');
  assert.equal(await cell('Alice Martin').getAttribute('class'), 'cell level-full');
  assert.equal(await cell('Alice Martin').getAttribute('aria-label'),
    `Alice Martin, Week of ${readable(monday)}: 36\u00a0h planned for 40\u00a0h available (90%), full`);
  assert.equal(await cell('Bob Chen').getAttribute('data-level'), 'critical');
  const colour = (locator) => locator.evaluate((el) => getComputedStyle(el).backgroundColor);
  const ok = heatmap.locator('tr', { hasText: 'Sam Rivera' }).locator('td[data-level="ok"]').last();
  const [full, critical, calm] = [await colour(cell('Alice Martin')), await colour(cell('Bob Chen')), await colour(ok)];
  assert.notEqual(full, calm, 'Full is coloured');
  assert.notEqual(full, critical);
  assert.equal(await heatmap.locator('tr', { hasText: 'Claire Ng' }).count(), 0, 'a peer carries no work');
  assert.deepEqual(errors, []);
  await context.close();
});

test('time off is added and removed, a person renamed and given another role, all stored', async () => {
  const { context, page, errors } = await open('/team');
  const { monday } = weeks();
  const wednesday = new Date(monday.getTime() + 2 * DAY);
  const alice = person(page, 'Alice Martin');
  await alice.getByLabel('From', { exact: true }).fill(iso(monday));
  await alice.getByLabel('To', { exact: true }).fill(iso(wednesday));
  await alice.getByRole('button', { name: 'Add time off' }).click();
  const range = `${monday.getUTCDate()}\u00a0${MONTHS[monday.getUTCMonth()]} – ${readable(wednesday)}`;
  await alice.getByTestId('time-off').getByText(range).waitFor();
  let saved = await storedWhen(page, (p) => p.people.find((x) => x.id === ALICE).time_off.length === 1);
  assert.deepEqual(saved.people.find((x) => x.id === ALICE).time_off, [{ from: iso(monday), to: iso(wednesday) }]);
  // Her week shrinks to two days: the heatmap follows.
  const cell = page.getByTestId('heatmap').locator('tr', { hasText: 'Alice Martin' }).locator('td').nth(1);
  await page.waitForFunction(() => document.querySelector('[data-testid="heatmap"]').textContent.includes('225%'));
  assert.equal(await cell.getAttribute('data-level'), 'critical');

  await alice.getByRole('button', { name: `Remove the time off ${range}` }).click();
  await page.getByTestId('toast').getByText(`Removed Alice Martin's time off, ${range}.`).waitFor();
  saved = await storedWhen(page, (p) => p.people.find((x) => x.id === ALICE).time_off.length === 0);
  await alice.getByTestId('time-off').getByText('None planned.').waitFor();
  await settled(page, () => document.activeElement?.id === 'toast-undo');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'toast-undo', 'the keyboard is on Undo');

  // Rename Dan, then make him a peer: he owns nothing, so he stops carrying work.
  const dan = person(page, 'Dan');
  await dan.getByLabel('Name', { exact: true }).fill('Dan Okafor');
  await dan.getByLabel('Name', { exact: true }).press('Tab');
  saved = await storedWhen(page, (p) => p.people.find((x) => x.id === DAN).name === 'Dan Okafor');
  await person(page, 'Dan Okafor').getByLabel('Role', { exact: true }).selectOption('peer');
  await page.getByTestId('announcement').getByText('Dan Okafor is now a peer.').waitFor({ state: 'attached' });
  saved = await storedWhen(page, (p) => p.people.find((x) => x.id === DAN).role === 'peer');
  assert.equal(saved.people.find((x) => x.id === DAN).weekly_capacity, null);
  assert.equal(await page.getByTestId('heatmap').locator('tr', { hasText: 'Dan Okafor' }).count(), 0);

  // Alice still owns work: she cannot become a peer, and the field says why.
  const role = alice.getByLabel('Role', { exact: true });
  await role.selectOption('peer');
  await alice.getByRole('alert').getByText('Still owns 1 commitment (finished ones count): give them to someone else first').waitFor();
  assert.equal(await role.inputValue(), 'report');
  saved = await storedWhen(page, (p) => p.people.find((x) => x.id === DAN).role === 'peer');
  assert.equal(saved.people.find((x) => x.id === ALICE).role, 'report');

  // Removing Claire, then taking it back.
  await person(page, 'Claire Ng').getByRole('button', { name: 'Remove Claire Ng' }).click();
  await page.getByTestId('toast').getByText('Removed Claire Ng from the team.').waitFor();
  await storedWhen(page, (p) => !p.people.some((x) => x.id === CLAIRE));
  await page.getByTestId('toast').getByRole('button', { name: 'Undo' }).click();
  await person(page, 'Claire Ng').waitFor();
  await storedWhen(page, (p) => p.people.some((x) => x.id === CLAIRE));
  // Bob is referred to by work: removing him says why not.
  await person(page, 'Bob Chen').getByRole('button', { name: 'Remove Bob Chen' }).click();
  await person(page, 'Bob Chen').getByRole('alert').getByText(/refer to this person: give them to someone else first/).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('a person\'s page gives their weeks, each list with figures and links, and the way back', async () => {
  const { context, page, errors } = await open(`/team/${BOB}`);
  const { monday, friday } = weeks();
  await page.getByRole('heading', { level: 1, name: /Bob Chen/ }).waitFor();
  assert.equal(await page.title(), 'Bob Chen · Plateful');
  await page.getByTestId('this-week').getByText(/^This week: /).waitFor();
  const next = page.getByTestId('weeks').locator('tbody tr').nth(1);
  assert.deepEqual(await next.locator('th, td').allTextContents(), [`${monday.getUTCDate()}\u00a0${MONTHS[monday.getUTCMonth()]}`, '30\u00a0h', '20\u00a0h', '150%, far over capacity']);
  assert.equal(await next.getAttribute('data-level'), 'critical');

  const carries = page.getByTestId('carries');
  const link = carries.getByRole('link', { name: 'Load tests' });
  assert.equal(await link.getAttribute('href'), `/commitments/${LOAD_TESTS}`);
  await carries.getByText(`30\u00a0h left · due ${near(friday)} (hard)`).waitFor();
  await page.getByTestId('delegated').getByRole('link', { name: 'Load tests' }).waitFor();
  const owed = page.getByTestId('owed').getByRole('link', { name: 'Onboarding guide' });
  assert.equal(await owed.getAttribute('href'), `/commitments/${ONBOARDING}`);
  await page.getByTestId('owed').getByText(`6\u00a0h left · due ${near(friday)}`).waitFor();
  await page.getByTestId('asked').getByRole('link', { name: 'Conference budget' }).waitFor();
  await page.getByTestId('declined').getByText(`declined on ${readable(weeks().today)}`).waitFor();

  await owed.click();
  await page.waitForURL(`**/commitments/${ONBOARDING}`);
  await page.goBack();
  await page.getByRole('link', { name: 'Back to Team' }).click();
  await page.waitForURL(/\/team$/);
  await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('at 360 px nothing scrolls sideways on Team, a person\'s page or Priorities; the heatmap scrolls in its box', async () => {
  const { context, page, errors } = await open('/team', { width: 360, height: 740 });
  await page.getByTestId('heatmap').waitFor();
  assert.ok(await noSidewaysScroll(page), 'Team');
  assert.ok(await page.getByTestId('heatmap-scroll').evaluate((el) => el.scrollWidth > el.clientWidth), 'the heatmap scrolls inside its box');
  const small = await page.locator('.person input[type="checkbox"], .person button, .person select').evaluateAll((all) =>
    all.map((el) => el.getBoundingClientRect()).filter((r) => r.width < 24 || r.height < 24).length);
  assert.equal(small, 0, 'every control of the editor is at least 24 px');
  await page.getByTestId('heatmap').getByRole('link', { name: 'Bob Chen' }).click();
  await page.getByTestId('carries').waitFor();
  assert.ok(await noSidewaysScroll(page), 'a person\'s page');
  await page.goto(`${app.server.url}/priorities`);
  await page.locator('.matrix-item').first().waitFor();
  assert.ok(await noSidewaysScroll(page), 'Priorities');
  assert.deepEqual(errors, []);
  await context.close();
});

test('no Content-Security-Policy violation was reported by these pages', () => {
  assert.deepEqual(violations, []);
});
