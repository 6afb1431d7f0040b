// Plans and storage helpers shared by the end-to-end tests.
import { readFileSync } from 'node:fs';
import { iso } from './dates.mjs';

export const KEY = 'plateful.plan';
export const EXAMPLE = readFileSync(new URL('../../../docs/format/example-plan.json', import.meta.url), 'utf8');

export const stored = (page) => page.evaluate((key) => localStorage.getItem(key), KEY);

/// Puts a plan file in storage before any script of the page runs, once per context.
export async function seed(context, text) {
  await context.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem('plateful.test.seeded')) {
      localStorage.setItem(key, value);
      sessionStorage.setItem('plateful.test.seeded', '1');
    }
  }, [KEY, text]);
}

/// The stored plan once `holds(plan)` is true: the app writes right after the next frame,
/// so a test waits for the write rather than racing it. Until then storage may still
/// hold the plan as the test seeded it, without fields the app writes (`settings`), so
/// a predicate that throws on it is "not yet". The predicate runs here, in Node:
/// evaluating it in the page would need `eval`, which the app's policy forbids.
export async function storedWhen(page, holds, timeout = 10000) {
  const deadline = Date.now() + timeout;
  let last = null;
  for (;;) {
    const text = await stored(page);
    const plan = text ? JSON.parse(text).plan : null;
    try {
      if (plan && holds(plan)) return plan;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`the stored plan never satisfied ${holds}${last ? ` (last: ${last.message})` : ''}`);
    }
    await new Promise((done) => setTimeout(done, 20));
  }
}

/// A person of a test plan, working Monday to Friday, with no time off.
export const person = (id, name, role, capacity) => ({
  id, name, role, weekly_capacity: capacity, working_days: ['mon', 'tue', 'wed', 'thu', 'fri'], time_off: [],
});

/// Commitments of a test plan, made at `stamp`: active, from `start` to a soft due date
/// `due` (both `Date`s), `hours` one-off (unestimated without hours), owned by `owner`;
/// `extra` sets any other field.
export function commitmentMaker({ start, due, stamp }) {
  return (id, title, owner, hours, extra = {}) => ({
    id, title, notes: '', owner, requested_by: null, status: { state: 'active' },
    effort: hours ? { kind: 'one_off', estimate_hours: hours } : { kind: 'unestimated' },
    start: iso(start), due: { date: iso(due), kind: 'soft' }, important: false, urgent: false, tags: [],
    delegated_by: null, created_at: stamp, updated_at: stamp, progress: [], ...extra,
  });
}
