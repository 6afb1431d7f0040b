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
