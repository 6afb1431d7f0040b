// A tour of every view, as a phone (360x740) and a desktop (1280x800), in English and
// French: no page scrolls sideways, axe-core finds no serious or critical violation,
// every route has its own title, and a French page holds no English word and no
// decimal point in a figure. The tour also takes the README's screenshot of Today.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { useApp } from './support/app.mjs';
import { openApp, violations, watchErrors } from './support/browser.mjs';
import { EXAMPLE, seed } from './support/plans.mjs';

const app = useApp();
const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

const SIZES = { phone: { width: 360, height: 740 }, desktop: { width: 1280, height: 800 } };

/// The example plan in the language asked, so that the tour sees full views.
function plan(language) {
  const file = JSON.parse(EXAMPLE);
  file.plan.settings = { ...(file.plan.settings ?? {}), language };
  return JSON.stringify(file);
}

const example = JSON.parse(EXAMPLE).plan;
const someone = example.people.find((p) => p.role === 'report').id;
const something = example.commitments[0].id;
const review = example.reviews[0]?.id;

/// Every route, with the title its page must have in each language.
const ROUTES = [
  ['/', 'Today', 'Aujourd\'hui'],
  ['/commitments', 'Commitments', 'Engagements'],
  [`/commitments/${something}`, null, null],
  ['/priorities', 'Priorities', 'Priorités'],
  ['/review', 'Weekly review', 'Revue hebdomadaire'],
  ['/review/history', 'Past reviews', 'Revues passées'],
  ...(review ? [[`/review/history/${review}`, null, null]] : []),
  ['/team', 'Team', 'Équipe'],
  [`/team/${someone}`, null, null],
  ['/settings', 'Settings', 'Réglages'],
  ['/data', 'Your data', 'Vos données'],
];

/// English words that must not appear in the French interface (as whole words).
const ENGLISH = ['Week', 'planned', 'available', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Fits', 'Does not fit', 'Undo', 'Save', 'hours', 'Today', 'Settings', 'Delete', 'Add'];

async function axe(page) {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
}

for (const language of ['en', 'fr']) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`every view in ${language} on a ${size}: no sideways scroll, no serious axe violation, a title each`, async () => {
      const context = await app.browser.newContext({ viewport, locale: language === 'fr' ? 'fr-FR' : 'en-GB' });
      await seed(context, plan(language));
      const page = await context.newPage();
      const errors = watchErrors(page);
      const problems = [];
      for (const [path, en, fr] of ROUTES) {
        await openApp(page, `${app.server.url}${path}`);
        const heading = await page.locator('main h1').first().waitFor({ timeout: 5000 }).then(() => true, () => false);
        if (!heading) problems.push(`${path}: no heading`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) problems.push(`${path}: scrolls sideways by ${overflow} px`);
        const title = await page.title();
        const expected = language === 'fr' ? fr : en;
        if (expected && title !== `${expected} · Plateful`) problems.push(`${path}: title "${title}"`);
        if (!title.endsWith(' · Plateful')) problems.push(`${path}: no page title ("${title}")`);
        const lang = await page.evaluate(() => document.documentElement.lang);
        if (lang !== language) problems.push(`${path}: <html lang="${lang}">`);
        for (const violation of await axe(page)) problems.push(`${path}: ${violation}`);
        if (language === 'fr') {
          const text = await page.evaluate(() => document.body.innerText);
          for (const word of ENGLISH) {
            if (new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(text)) problems.push(`${path}: English "${word}"`);
          }
          const decimal = text.match(/\d\.\d+\s?(h|%|Mo)/);
          if (decimal) problems.push(`${path}: a decimal point in "${decimal[0]}"`);
        }
        if (language === 'en' && size === 'desktop' && path === '/') {
          // The README's picture of Today (the review's is taken by review.test.mjs).
          mkdirSync('docs/screenshots', { recursive: true });
          await page.screenshot({ path: 'docs/screenshots/today.png', fullPage: false });
        }
      }
      assert.deepEqual(problems, []);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('no Content-Security-Policy violation was reported by these pages', () => {
  assert.deepEqual(violations, []);
});
