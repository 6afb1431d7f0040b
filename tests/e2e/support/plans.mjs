// Plans and storage helpers shared by the end-to-end tests.
import { readFileSync } from 'node:fs';

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
/// so a test waits for the write rather than racing it. The predicate runs here, in
/// Node: evaluating it in the page would need `eval`, which the app's policy forbids.
export async function storedWhen(page, holds, timeout = 10000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const text = await stored(page);
    const plan = text ? JSON.parse(text).plan : null;
    if (plan && holds(plan)) return plan;
    if (Date.now() > deadline) throw new Error(`the stored plan never satisfied ${holds}`);
    await new Promise((done) => setTimeout(done, 20));
  }
}
