// The weekly review from a fixture plan, with the keyboard alone: triage, decisions with
// hours, a reload in the middle that resumes where it was, a follow-up, next week's big
// rock, reflection and pulse, the finish gate that asks for the overload to be accepted,
// and the history that shows the finished review and its figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useApp } from './support/app.mjs';
import { openApp, watchErrors } from './support/browser.mjs';
import { seed, storedWhen } from './support/plans.mjs';
import { iso, readable, weeks } from './support/dates.mjs';
import { mkdirSync } from 'node:fs';

const app = useApp();

const ME = '6f1c2a4e-0b7d-4c55-9a51-2d3e4f5a6b7c';
const ALICE = 'a3b4c5d6-e7f8-4a1b-8c2d-3e4f5a6b7c8d';

/// Me at 40 h a week and Alice; next week holds 70 h of my work (30 + 20 + 20), a
/// request waits in the inbox, and I wait on Legal. In use for three weeks, never
/// reviewed.
function fixturePlan() {
  const { monday, friday } = weeks();
  const created = new Date(Date.now() - 21 * 86400000).toISOString();
  const person = (id, name, role) => ({ id, name, role, weekly_capacity: 40, working_days: ['mon', 'tue', 'wed', 'thu', 'fri'], time_off: [] });
  const commitment = (id, title, hours, extra = {}) => ({
    id, title, notes: '', owner: ME, requested_by: null, status: { state: 'active' },
    effort: hours ? { kind: 'one_off', estimate_hours: hours } : { kind: 'unestimated' },
    start: iso(monday), due: { date: iso(friday), kind: 'soft' }, important: false, urgent: false, tags: [],
    delegated_by: null, created_at: created, updated_at: created, progress: [], ...extra,
  });
  return JSON.stringify({
    format: 'plateful-plan', version: 2, saved_at: created, revision: 1,
    plan: {
      people: [person(ME, 'Sam Rivera', 'me'), person(ALICE, 'Alice Martin', 'report')],
      commitments: [
        commitment('0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d', 'Vendor evaluation', 30),
        commitment('1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', 'Architecture RFC', 20),
        commitment('2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f', 'Hiring plan', 20),
        commitment('3d4e5f6a-7b8c-4d9e-8f0a-2b3c4d5e6f7a', 'Legal sign-off', 0, {
          start: null, due: null,
          status: { state: 'waiting', waiting_on: { text: 'Legal team' }, since: iso(new Date(Date.now() - 10 * 86400000)), last_follow_up: null },
        }),
        commitment('4e5f6a7b-8c9d-4e0f-9a1b-3c4d5e6f7a8b', 'Conference talk', 10, {
          start: null, due: null, status: { state: 'proposed' }, requested_by: { text: 'Meetup organisers' },
        }),
      ],
      big_rocks: [], reviews: [],
    },
  });
}

/// Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would.
async function tabTo(page, target, { back = false, limit = 60 } = {}) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`${target} never got the focus in ${limit} presses`);
}

async function press(page, target, key) {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

const heading = (page) => page.locator('#step-heading');
const row = (page, title) => page.getByTestId('review-current').locator('li', { hasText: title });
const said = (page) => page.getByTestId('announcement');

/// What has the focus: its tag and id, and its text when it is a heading.
const focused = (page) => page.evaluate(() => {
  const element = document.activeElement;
  return { tag: element.tagName, id: element.id, text: /^H\d$/.test(element.tagName) ? element.textContent.trim() : '' };
});

/// Waits until the live region says `text` and the focus is on the heading `title`.
async function movedOn(page, text, title) {
  await said(page).getByText(text, { exact: true }).waitFor();
  await page.waitForFunction((title) => {
    const element = document.activeElement;
    return /^H\d$/.test(element.tagName) && element.textContent.trim() === title;
  }, title);
}

/// Decides on one commitment of Get current with the keyboard: hours, then the decision
/// by arrow presses in its menu (Keep, Done, Defer, Renegotiate, Delegate, Drop), then
/// the person for a delegation.
async function decide(page, title, { hours, downs = 0, delegateDowns }) {
  const item = row(page, title);
  if (hours) {
    await tabTo(page, item.getByLabel('Hours spent'));
    await page.keyboard.type(hours);
  }
  await tabTo(page, item.getByLabel('Decision'));
  for (let i = 0; i < downs; i++) await page.keyboard.press('ArrowDown');
  if (delegateDowns) {
    await tabTo(page, item.getByLabel('Delegate to'));
    for (let i = 0; i < delegateDowns; i++) await page.keyboard.press('ArrowDown');
  }
  await press(page, item.getByRole('button', { name: 'Decide' }), 'Enter');
  await item.locator('.decided').waitFor();
  return (await item.locator('.decided').textContent()).trim();
}

test('a whole review with the keyboard alone, resumed after a reload, recorded with its figures', async () => {
  const context = await app.browser.newContext();
  await seed(context, fixturePlan());
  const page = await context.newPage();
  const errors = watchErrors(page);
  await openApp(page, `${app.server.url}/`);
  // Never reviewed in three weeks of use: Today says so, and leads to the review.
  const due = page.getByTestId('warnings').locator('li', { hasText: 'review' });
  await due.first().waitFor();
  await press(page, due.getByRole('link', { name: "Start this week's review" }), 'Enter');
  await page.waitForURL(/\/review$/);

  await press(page, page.getByRole('button', { name: "Start this week's review" }), 'Enter');
  await heading(page).getByText('Step 1 of 7: Get clear').waitFor();
  // The new step's heading has the focus, for keyboard and screen reader users.
  assert.equal(await heading(page).evaluate((h) => h === document.activeElement), true);

  // Get clear: decline the talk.
  const talk = page.getByTestId('review-inbox').locator('li', { hasText: 'Conference talk' });
  assert.match(await talk.textContent(), /10\u00a0h · asked by Meetup organisers/);
  await press(page, talk.getByRole('button', { name: 'Decline' }), 'Enter');
  await page.getByTestId('triaged').getByText('Conference talk: Decline').waitFor();
  await page.getByTestId('inbox-empty').waitFor();
  // Nothing left to triage: the focus goes back to the step's heading, never the body.
  await movedOn(page, 'Declined “Conference talk”. Nothing left in this step.', 'Step 1 of 7: Get clear');
  await press(page, page.getByRole('button', { name: /^Next: Get current/ }), 'Enter');

  // Get current: the first decision, then a reload in the middle.
  await heading(page).getByText('Step 2 of 7: Get current').waitFor();
  assert.equal(await row(page, 'Vendor evaluation').count(), 1);
  assert.equal(await row(page, 'Conference talk').count(), 0, 'a declined request is not current work');
  assert.equal(await decide(page, 'Vendor evaluation', { hours: '4' }), 'Decision: Keep, 4\u00a0h logged');
  // The live region says what was decided; the focus is on the next item to decide.
  await movedOn(page, 'Kept “Vendor evaluation”, 4\u00a0h logged.', 'Architecture RFC');
  assert.equal((await focused(page)).id, 'item-1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e');
  await storedWhen(page, (plan) => plan.commitments[0].progress.length === 1);

  await page.reload();
  await heading(page).getByText('Step 2 of 7: Get current').waitFor();
  assert.equal((await row(page, 'Vendor evaluation').locator('.decided').textContent()).trim(), 'Decision: Keep, 4\u00a0h logged');
  assert.equal(await row(page, 'Architecture RFC').getByRole('button', { name: 'Decide' }).count(), 1);

  // A decision undone is offered again, and its hours are gone from the plan.
  assert.equal(await decide(page, 'Architecture RFC', { hours: '2' }), 'Decision: Keep, 2\u00a0h logged');
  await tabTo(page, page.getByRole('button', { name: 'Undo' }), { back: true });
  await page.keyboard.press('Enter');
  await row(page, 'Architecture RFC').getByRole('button', { name: 'Decide' }).waitFor();
  await storedWhen(page, (plan) => plan.commitments[1].progress.length === 0);
  assert.equal(await decide(page, 'Architecture RFC', { hours: '3' }), 'Decision: Keep, 3\u00a0h logged');
  assert.equal(await decide(page, 'Hiring plan', { hours: '25', downs: 1 }), 'Decision: Done, 25\u00a0h logged');
  await movedOn(page, 'Marked “Hiring plan” done, 25\u00a0h logged.', 'Legal sign-off');
  assert.equal(await decide(page, 'Legal sign-off', { downs: 4, delegateDowns: 1 }), 'Decision: Delegate → Alice Martin');
  await movedOn(page, 'Delegated “Legal sign-off” to Alice Martin. Nothing left in this step.', 'Step 2 of 7: Get current');
  await press(page, page.getByRole('button', { name: /^Next: Waiting for/ }), 'Enter');

  // Waiting for: the delegated, waiting sign-off.
  await heading(page).getByText('Step 3 of 7: Waiting for').waitFor();
  const legal = page.getByTestId('review-waiting').locator('li', { hasText: 'Legal sign-off' });
  assert.match(await legal.textContent(), /waiting on Legal team since/);
  await press(page, legal.getByRole('button', { name: 'I followed up' }), 'Enter');
  await legal.getByText('Followed up').waitFor();
  await movedOn(page, 'Followed up on “Legal sign-off”. Nothing left in this step.', 'Step 3 of 7: Waiting for');
  await press(page, page.getByRole('button', { name: /^Next: Look ahead/ }), 'Enter');

  // Look ahead: 26 h + 17 h left for next week, 3 h over.
  await heading(page).getByText('Step 4 of 7: Look ahead').waitFor();
  assert.equal(
    (await page.getByTestId('gate').textContent()).trim(),
    'Next week is over capacity by 3\u00a0h: 43\u00a0h planned for 40\u00a0h available (108%).',
  );
  assert.equal(await page.locator('.load-chart .bar').count(), 4, 'the next four weeks');
  await page.getByTestId('relief').waitFor();
  // The README's picture of the review.
  mkdirSync('docs/screenshots', { recursive: true });
  await page.screenshot({ path: 'docs/screenshots/review.png' });
  assert.equal(await page.getByTestId('warnings').locator('li', { hasText: 'review' }).count(), 0, 'no "review due" inside the review');
  await press(page, page.getByRole('button', { name: /^Next: Big rocks/ }), 'Enter');

  // Big rocks for next week.
  await heading(page).getByText('Step 5 of 7: Big rocks').waitFor();
  await press(page, page.getByRole('checkbox', { name: 'Architecture RFC' }), 'Space');
  await storedWhen(page, (plan) => plan.big_rocks.length === 1);
  await press(page, page.getByRole('button', { name: /^Next: Reflect/ }), 'Enter');

  // Reflect and pulse.
  await heading(page).getByText('Step 6 of 7: Reflect').waitFor();
  await tabTo(page, page.getByLabel('What went well?'));
  await page.keyboard.type('Shipped the hiring plan');
  await tabTo(page, page.getByRole('radio', { name: '1' }));
  await page.keyboard.press('Space');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  assert.equal(await page.getByRole('radio', { name: '4' }).isChecked(), true);
  await press(page, page.getByRole('button', { name: /^Next: Finish/ }), 'Enter');

  // Finish: refused while over, recorded once the overload is accepted.
  await heading(page).getByText('Step 7 of 7: Finish').waitFor();
  await press(page, page.getByRole('button', { name: 'Finish the review' }), 'Enter');
  await page.getByRole('alert').getByText('Next week is still over capacity by 3\u00a0h').waitFor();
  await tabTo(page, page.getByRole('checkbox', { name: 'I accept being over by 3\u00a0h next week' }), { back: true });
  await page.keyboard.press('Space');
  await press(page, page.getByRole('button', { name: 'Finish the review' }), 'Enter');
  await page.waitForURL(/\/review\/history\/[0-9a-f-]{36}$/);

  const record = page.getByTestId('review-record');
  await record.waitFor();
  // The record's heading has the focus, and the live region said the review is kept.
  await page.waitForFunction(() => document.activeElement.tagName === 'H1');
  assert.match((await focused(page)).text, /^Weekly review: Week of /);
  assert.equal((await said(page).textContent()).trim(), 'The review is recorded.');
  const text = await record.textContent();
  assert.match(text, /Pulse 4\/5/);
  assert.match(text, /Accepted being over by 3\u00a0h next week\./);
  assert.match(text, /Hiring plan: Done, 25\u00a0h logged/);
  assert.match(text, /Conference talk/);
  const { monday } = weeks();
  assert.match(text, new RegExp(`${readable(monday)}43\u00a0h40\u00a0h108%`));
  const summary = await page.getByTestId('summary').inputValue();
  assert.match(summary, /^# Weekly review: Week of /);
  assert.match(summary, /\| Week \| Planned \| Available \| % \|/);
  assert.match(summary, /- Vendor evaluation: Keep, 4\u00a0h logged/);
  assert.match(summary, /\*\*What went well\?\*\*\nShipped the hiring plan/);

  // What was stored: the review, its snapshot, and the calibration sample's source.
  const plan = await storedWhen(page, (p) => p.reviews.length === 1);
  const [review] = plan.reviews;
  assert.equal(review.snapshot.length, 4);
  assert.equal(review.snapshot[0].week, iso(monday));
  assert.equal(review.snapshot[0].capacity, 40);
  assert.ok(Math.abs(review.snapshot[0].load - 43) < 1e-9, `next week's load ${review.snapshot[0].load}`);
  assert.equal(review.accepted_overload_hours, 3);
  assert.equal(review.pulse, 4);
  assert.equal(review.entries.length, 4);
  assert.equal(review.triaged.length, 1);
  assert.equal(review.followed_up.length, 1);
  assert.deepEqual(review.big_rocks, ['1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e']);
  const hiring = plan.commitments.find((c) => c.title === 'Hiring plan');
  assert.equal(hiring.status.state, 'done');
  assert.equal(hiring.progress[0].hours, 25);
  // The draft is gone once the review is recorded.
  assert.equal(await page.evaluate(() => localStorage.getItem('plateful.review')), null);

  // History: the review with its figures and the trends; Today no longer asks for one.
  await page.getByRole('link', { name: 'Past reviews' }).click();
  const history = page.getByTestId('review-history');
  await history.waitFor();
  assert.match(await history.textContent(), /Next week's load \(%\) 108% · Decisions 4 · Pulse 4\/5/);
  assert.equal(await page.getByTestId('trends').locator('figure').count(), 5);
  const hours = page.getByTestId('trends').locator('figure', { hasText: 'Hours logged' });
  assert.match(await hours.locator('.bar').first().getAttribute('aria-label'), /: 32\u00a0h$/);
  await page.getByRole('link', { name: 'Today' }).click();
  await page.getByTestId('warnings').waitFor();
  assert.equal(await page.getByTestId('warnings').locator('li', { hasText: 'review' }).count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a review can be discarded, and an unreadable draft is kept aside with a message', async () => {
  const context = await app.browser.newContext();
  await seed(context, fixturePlan());
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('plateful.test.draft')) {
      localStorage.setItem('plateful.review', '{"id": "not a review"');
      sessionStorage.setItem('plateful.test.draft', '1');
    }
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await openApp(page, `${app.server.url}/review`);
  await page.getByRole('alert').getByText('could not be read').waitFor();
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('plateful.review.unreadable.')));
  assert.equal(kept.length, 1);
  assert.match(await page.getByRole('alert').textContent(), new RegExp(`kept aside under ${kept[0].replaceAll('.', '\\.')}`));
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), kept[0]), '{"id": "not a review"');
  // Kept once, under its own key: the draft's key is free for a new review.
  assert.equal(await page.evaluate(() => localStorage.getItem('plateful.review')), null);

  await page.getByRole('button', { name: "Start this week's review" }).click();
  await heading(page).getByText('Step 1 of 7: Get clear').waitFor();
  await page.getByRole('button', { name: 'Discard this review' }).click();
  await page.getByRole('button', { name: "Start this week's review" }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('plateful.review')), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a discarded review comes back with Undo, where it was left, decisions included', async () => {
  const context = await app.browser.newContext();
  await seed(context, fixturePlan());
  const page = await context.newPage();
  const errors = watchErrors(page);
  await openApp(page, `${app.server.url}/review`);
  await press(page, page.getByRole('button', { name: "Start this week's review" }), 'Enter');
  await press(page, page.getByRole('button', { name: /^Next: Get current/ }), 'Enter');
  await heading(page).getByText('Step 2 of 7: Get current').waitFor();
  assert.equal(await decide(page, 'Vendor evaluation', { hours: '4' }), 'Decision: Keep, 4\u00a0h logged');
  const draft = await page.evaluate(() => localStorage.getItem('plateful.review'));
  assert.match(draft, /"step":"get_current"/);

  // Discarded: the draft is gone from storage, the notice offers Undo and has the focus.
  await press(page, page.getByRole('button', { name: 'Discard this review' }), 'Enter');
  const toast = page.getByTestId('toast');
  await toast.getByText('The review was discarded.').waitFor();
  await page.getByRole('button', { name: "Start this week's review" }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('plateful.review')), null);
  // The focus moves in the frame after the notice shows: wait for it, up to 5 s.
  await page.waitForFunction(() => document.activeElement?.id === 'toast-undo', null, { timeout: 5000 }).catch(() => {});
  assert.equal((await focused(page)).id, 'toast-undo');

  // Undo: the same draft is stored again, and the review shows at its step.
  await page.keyboard.press('Enter');
  await heading(page).getByText('Step 2 of 7: Get current').waitFor();
  await said(page).getByText('The review is back where you left it.').waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('plateful.review')), draft);
  assert.equal((await row(page, 'Vendor evaluation').locator('.decided').textContent()).trim(), 'Decision: Keep, 4\u00a0h logged');
  await page.waitForFunction(() => document.activeElement.id === 'step-heading');
  // It is kept after a reload too.
  await page.reload();
  await heading(page).getByText('Step 2 of 7: Get current').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the review fits a 360 px phone at every step, the look-ahead chart and history included', async () => {
  const context = await app.browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await seed(context, fixturePlan());
  const page = await context.newPage();
  const errors = watchErrors(page);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await openApp(page, `${app.server.url}/review`);
  await page.getByRole('button', { name: "Start this week's review" }).click();
  for (const [index, step] of ['Get clear', 'Get current', 'Waiting for', 'Look ahead', 'Big rocks', 'Reflect', 'Finish'].entries()) {
    await heading(page).getByText(`Step ${index + 1} of 7: ${step}`).waitFor();
    if (step === 'Look ahead') await page.locator('.load-chart .bar').first().waitFor();
    assert.equal(await overflow(), 0, `no horizontal scroll at ${step}`);
    if (step === 'Get current') {
      // The decision form with its widest choice open.
      await row(page, 'Vendor evaluation').getByLabel('Decision').selectOption('delegate');
      await row(page, 'Vendor evaluation').getByLabel('Delegate to').waitFor();
      assert.equal(await overflow(), 0, 'no horizontal scroll with a delegation open');
    }
    if (step !== 'Finish') await page.getByRole('button', { name: /^Next: / }).click();
  }
  await page.getByRole('checkbox', { name: /I accept being over/ }).check();
  await page.getByRole('button', { name: 'Finish the review' }).click();
  await page.getByTestId('review-record').waitFor();
  assert.equal(await overflow(), 0, 'no horizontal scroll on the record');
  await page.getByRole('link', { name: 'Past reviews' }).click();
  await page.getByTestId('trends').waitFor();
  assert.equal(await overflow(), 0, 'no horizontal scroll on the history');
  assert.deepEqual(errors, []);
  await context.close();
});
