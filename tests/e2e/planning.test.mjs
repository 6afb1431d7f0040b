// Planning from a plan that overloads next week: the warning with its figures and the
// relief plan on Today, applying its delegation, quick add's verdict before saving,
// the matrix by keyboard alone, and the team heatmap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { openApp, violations, watchErrors, settled } from './support/browser.mjs';
import { seed, stored, storedWhen, person, commitmentMaker } from './support/plans.mjs';
import { iso, readable, weeks } from './support/dates.mjs';

const app = useApp();

const ME = '6f1c2a4e-0b7d-4c55-9a51-2d3e4f5a6b7c';
const ALICE = 'a3b4c5d6-e7f8-4a1b-8c2d-3e4f5a6b7c8d';
const BOB = 'b4c5d6e7-f8a9-4b2c-9d3e-4f5a6b7c8d9e';

function overloadedPlan() {
  const { monday, friday } = weeks();
  const stamp = new Date().toISOString();
  const commitment = commitmentMaker({ start: monday, due: friday, stamp });
  return JSON.stringify({
    format: 'plateful-plan', version: 3, saved_at: stamp, revision: 1,
    plan: {
      people: [person(ME, 'Sam Rivera', 'me', 40), person(ALICE, 'Alice Martin', 'report', 40), person(BOB, 'Bob Chen', 'report', 20)],
      commitments: [
        commitment('0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d', 'Vendor evaluation', ME, 30),
        commitment('1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', 'Architecture RFC', ME, 20, { important: true, due: { date: iso(friday), kind: 'hard' } }),
        commitment('2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f', 'Load tests', BOB, 30, { delegated_by: ME }),
        commitment('3d4e5f6a-7b8c-4d9e-8f0a-2b3c4d5e6f7a', 'Reading list', ME, 0, { start: null, due: null }),
      ],
      big_rocks: [], reviews: [],
    },
  });
}

async function open(path) {
  const context = await app.browser.newContext();
  await seed(context, overloadedPlan());
  const page = await context.newPage();
  const errors = watchErrors(page);
  await openApp(page, `${app.server.url}${path}`);
  return { context, page, errors };
}

test('Today shows next week over capacity with its figures, and applying the delegation clears it', async () => {
  const { context, page, errors } = await open('/');
  const { monday } = weeks();
  const sentence = `Week of ${readable(monday)}: 50\u00a0h planned for 40\u00a0h available (125%), over capacity.`;
  const warnings = page.getByTestId('warnings');
  await warnings.getByText(sentence, { exact: false }).first().waitFor();
  const mine = warnings.locator('li', { hasText: sentence }).filter({ hasNotText: 'Bob Chen:' });
  assert.equal(await mine.count(), 1);
  assert.match(await mine.textContent(), /Heaviest: “Vendor evaluation”, “Architecture RFC”/);
  // Bob's overload is named with his name.
  await warnings.getByText(`Bob Chen: Week of ${readable(monday)}: 30\u00a0h planned for 20\u00a0h available (150%), far over capacity`).waitFor();

  const relief = page.getByTestId('relief');
  const delegate = relief.locator('li', { hasText: 'Delegate “Vendor evaluation” to Alice Martin' });
  assert.match(await delegate.textContent(), /Frees 30\u00a0h/);
  await delegate.getByRole('button', { name: 'Apply' }).click();
  await page.getByTestId('announcement').getByText('Done: Delegate “Vendor evaluation” to Alice Martin.').waitFor();

  await page.waitForFunction((text) => !document.querySelector('[data-testid="warnings"]').textContent.includes(text), sentence);
  const plan = await storedWhen(page, (p) => p.commitments.find((c) => c.title === 'Vendor evaluation').owner !== p.people[0].id);
  const vendor = plan.commitments.find((c) => c.title === 'Vendor evaluation');
  assert.equal(vendor.owner, ALICE);
  assert.equal(vendor.delegated_by, ME);
  assert.equal(await page.getByTestId('relief').count(), 0, 'no relief needed any more');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the load chart gives each week its figures as the arrow keys reach it', async () => {
  const { context, page } = await open('/');
  const { monday } = weeks();
  const bars = page.locator('svg.load-chart g.bar');
  assert.equal(await bars.count(), 12);
  await page.locator('svg.load-chart g.bar[tabindex="0"]').focus();
  await page.keyboard.press('ArrowRight');
  await page.getByTestId('chart-detail').getByText(`Week of ${readable(monday)}: 50\u00a0h planned for 40\u00a0h available (125%)`).waitFor();
  assert.equal(await bars.nth(1).getAttribute('class'), 'bar level-over');
  await settled(page, () => document.activeElement?.dataset.index === '1');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.index), '1');
  await context.close();
});

test('quick add answers with the hours behind it before anything is saved', async () => {
  const { context, page } = await open('/commitments');
  const before = await stored(page);
  const { friday } = weeks();
  const quick = page.getByLabel('Quick add');
  const answer = page.locator('form.quick-add').getByTestId('answer');
  await quick.fill(`Conference talk 60h by ${iso(friday)} @claire !`);
  await page.getByTestId('understood').getByText('“Conference talk”').waitFor();
  await page.getByTestId('understood').getByText('60\u00a0h').waitFor();
  await page.locator('form.quick-add [data-verdict="does-not-fit"]').waitFor();
  // The deadline it cannot meet names the request itself, not yet in the plan.
  await answer.getByText(/At risk: .*“Conference talk”/).waitFor();
  assert.equal(await stored(page), before, 'nothing saved while typing');
  // Even a small request adds hours to a week already over: it never fits.
  await quick.fill('Coffee with Claire 1h');
  await page.locator('form.quick-add [data-verdict="does-not-fit"]').waitFor();
  await answer.getByText(/Week of \d+\s\w+, you: 50\u00a0h → 50\.\d\u00a0h for 40\u00a0h, 125% → 126%/).waitFor();
  // A weekly duty changes every week ahead: the worst four are listed, and every other
  // one is named behind "more weeks".
  await quick.fill('Weekly sync 2h/w');
  const more = answer.locator('details.answer-more');
  await more.locator('summary').getByText(/^\d+ more weeks$/).waitFor();
  const hidden = Number((await more.locator('summary').textContent()).split(' ')[0]);
  assert.equal(await answer.locator(':scope > ul.answer-lines > li', { hasText: /^Week of / }).count(), 4);
  await more.locator('summary').click();
  assert.equal(await more.locator('li', { hasText: /^Week of \d+\s\w+, you: / }).count(), hidden);
  // Alice has room.
  await quick.fill('Coffee with Claire 1h @@alice');
  await page.locator('form.quick-add [data-verdict="fits"]').waitFor();
  await answer.getByText(/, Alice Martin: 0\u00a0h → /).first().waitFor();
  await quick.press('Enter');
  await page.locator('li.commitment', { hasText: 'Coffee with Claire' }).waitFor();
  const plan = await storedWhen(page, (p) => p.commitments.length === 5);
  assert.equal(plan.commitments[4].owner, ALICE);
  await context.close();
});

test('the matrix moves a commitment with the keyboard alone', async () => {
  const { context, page } = await open('/priorities');
  const item = (title) => page.locator('.matrix-item', { hasText: title });
  const quadrantOf = async (title) => item(title).evaluate((el) => el.closest('[data-quadrant]').dataset.quadrant);
  assert.equal(await quadrantOf('Reading list'), 'drop');
  await item('Reading list').focus();
  await page.keyboard.press('ArrowUp');
  await page.waitForFunction(() => document.querySelector('[data-quadrant="schedule"]').textContent.includes('Reading list'));
  // The focus follows the item, so the keys keep working.
  await page.waitForFunction(() => document.activeElement?.textContent.includes('Reading list'));
  await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => document.querySelector('[data-quadrant="do"]').textContent.includes('Reading list'));
  const saved = (await storedWhen(page, (p) => p.commitments.find((c) => c.title === 'Reading list').urgent)).commitments.find((c) => c.title === 'Reading list');
  assert.equal(saved.important, true);
  assert.equal(saved.urgent, true);
  await context.close();
});

test('the team heatmap marks the overloaded report', async () => {
  const { context, page } = await open('/team');
  const { monday } = weeks();
  const row = page.getByTestId('heatmap').locator('tr', { hasText: 'Bob Chen' });
  const cell = row.locator('td').nth(1);
  assert.equal(await cell.getAttribute('data-level'), 'critical');
  assert.equal(await cell.textContent(), '150%');
  assert.match(await cell.getAttribute('aria-label'), new RegExp(`Bob Chen, Week of ${readable(monday)}: 30\u00a0h planned for 20\u00a0h available \\(150%\\), far over capacity`));
  await row.getByRole('link', { name: 'Bob Chen' }).click();
  await page.getByTestId('delegated').getByText('Load tests').waitFor();
  await context.close();
});

test('no Content-Security-Policy violation was reported by these pages', () => {
  assert.deepEqual(violations, []);
});
