// What the benchmarks open: generated plans, and a browser context holding one.
import { execFileSync } from 'node:child_process';

/// The plan of `generated_plan(commitments, people, today)` (the core's example), as
/// JSON: every commitment open, spread over the coming weeks.
export function generatedPlan(commitments, people) {
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return execFileSync('cargo', ['run', '--release', '-q', '-p', 'plateful-core', '--example', 'sample_plan', '--', String(commitments), String(people), today], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim();
}

/// Readies a new context's page for a timed visit to the app: a first visit to a page
/// of the same origin that is not the app (a missing file) starts the browser's
/// process for the site and, given a plan, stores it as the app would find it. The
/// app's own start is then timed alone: storing the plan from an init script instead
/// would make the browser compile a script holding the whole plan (2.5 MB at 5,000
/// commitments: about 100 ms) inside the very navigation being timed.
export async function prepare(page, url, plan) {
  // The test server answers a missing file with a page of its own origin ("not found"),
  // whose localStorage is the app's.
  await page.goto(`${url}/before-the-app.txt`);
  const origin = await page.evaluate(() => location.origin);
  if (origin !== new URL(url).origin) throw new Error(`the page before the app is not of ${url}: ${origin}`);
  if (plan) await page.evaluate((text) => localStorage.setItem('plateful.plan', text), plan);
}
