// Prints the release build's cold start to interactive in headless Chromium, and what a
// click costs, on an empty plan and on plans of 1,000 and 5,000 commitments. Run after
// `trunk build --release`:
//   node bench/startup.mjs [runs]
// (The build's sizes are printed by scripts/size-guard.mjs.)
//
// Cold start: a new browser context for every run (empty HTTP cache, no compiled-wasm
// cache, only the plan in localStorage, stored before the visit: bench/plans.mjs); from
// the app's navigation start to the moment its header is in the document, which the
// app renders in the same task that makes it usable.
import { serve } from '../tests/e2e/support/server.mjs';
import { DIST, launch } from '../tests/e2e/support/browser.mjs';
import { generatedPlan, prepare } from './plans.mjs';

const runs = Number(process.argv[2] ?? 9);
// How long a first visit is left before the second: the service worker installs and V8
// caches the wasm's optimised code in that time.
const SETTLE_MS = 1500;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/// Each run's first visit (cold) and the visit after it (again): the same page opened
/// a second time in the same context, once the first has settled, as the app is opened
/// day to day (its service worker serves the files, and V8 has the wasm's compiled
/// code cached).
async function coldStarts(url, plan) {
  const browser = await launch();
  const times = [];
  const again = [];
  let served = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      await context.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.querySelector('header.app-header')) {
            window.__interactive = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      const page = await context.newPage();
      await prepare(page, url, plan);
      await page.goto(url);
      await page.waitForFunction(() => window.__interactive !== undefined);
      times.push(await page.evaluate(() => window.__interactive));
      await page.waitForTimeout(SETTLE_MS);
      await page.goto(url);
      await page.waitForFunction(() => window.__interactive !== undefined);
      again.push(await page.evaluate(() => window.__interactive));
      served += await page.evaluate(() => (navigator.serviceWorker.controller ? 1 : 0));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { times, again, served };
}

/// What a click costs on the page's main thread, read from Chromium's own trace:
///   script: the click's event dispatch, with every listener and the reactive updates
///     it runs (Leptos runs them as microtasks inside the dispatch);
///   to paint: that, plus the style, layout and paint work of the frame that shows it
///     (the wait for the display's next frame is not work, and is left out).
/// Saving to localStorage is scheduled after that frame on purpose, so it is not in
/// either figure.
async function clickCosts(url, plan, runs) {
  const browser = await launch();
  const script = [];
  const toPaint = [];
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await prepare(page, url, plan);
    await page.goto(`${url}/commitments`);
    await page.waitForSelector('li.commitment');
    const item = page.locator('li.commitment').first();
    const log = item.locator('form.log-form');
    // One click outside the trace, so that first-use costs do not count.
    await log.locator('input').fill('0.5');
    await log.getByRole('button').click();
    await page.waitForTimeout(200);
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    for (let i = 0; i < runs; i++) {
      await log.locator('input').fill('0.5');
      await log.getByRole('button').click();
      await page.waitForTimeout(150);
    }
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
    const events = trace.traceEvents.filter((e) => e.ph === 'X' && typeof e.dur === 'number');
    const clicks = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'click');
    const frameWork = ['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'Commit'];
    for (const click of clicks) {
      const end = click.ts + click.dur;
      // The frame's work: rendering steps on the same thread after the click, until
      // the first paint commit.
      const after = events
        .filter((e) => e.tid === click.tid && e.ts >= end && frameWork.includes(e.name))
        .sort((a, b) => a.ts - b.ts);
      const commit = after.find((e) => e.name === 'Commit' || e.name === 'Paint');
      const rendering = after.filter((e) => !commit || e.ts <= commit.ts).reduce((sum, e) => sum + e.dur, 0);
      script.push(click.dur / 1000);
      toPaint.push((click.dur + rendering) / 1000);
    }
  } finally {
    await browser.close();
  }
  return { script, toPaint };
}

const server = await serve(DIST);
try {
  const empty = await coldStarts(server.url);
  const line = (what, times) => `${what}, ${times.length} runs: median ${median(times).toFixed(1)} ms (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`;
  console.log(line('Cold start to interactive, empty plan', empty.times));
  console.log(`${line('Opened again, empty plan', empty.again)}, ${empty.served} served by the service worker`);
  for (const size of [1000, 5000]) {
    const large = generatedPlan(size, 10);
    const n = size.toLocaleString('en');
    console.log(`Plan of ${n} commitments and 10 people: ${(large.length / 1024).toFixed(0)} KiB of JSON`);
    const starts = await coldStarts(server.url, large);
    console.log(line(`Cold start to interactive, ${n} commitments (Today)`, starts.times));
    console.log(`${line(`Opened again, ${n} commitments (Today)`, starts.again)}, ${starts.served} served by the service worker`);
    const costs = await clickCosts(server.url, large, Math.max(runs, 15));
    console.log(line(`Script time of a click, logging hours on one of ${n} commitments`, costs.script));
    console.log(line('Main-thread work from that click to its paint (script, style, layout, paint)', costs.toPaint));
  }
} finally {
  await server.close();
}
