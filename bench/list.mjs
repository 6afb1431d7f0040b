// The Commitments view on large plans. Run after `trunk build --release`:
//   node bench/list.mjs [runs]
//
// For plans of 1,000, 2,500 and 5,000 commitments (generated, every one open so that
// the default filter lists them all), in a new browser context each run:
//   ready: from navigation start to the list showing its first rows with the main
//     thread free again (a task queued once the first row is in the document runs);
//   rows: how many rows the document holds then;
//   opened again: the same, visiting the list a second time in the same context once
//     the first visit is over (files from the service worker, the wasm's optimised code
//     cached by V8), as the app is opened day to day;
//   longest task: the longest main-thread task (PerformanceObserver "longtask") while
//     the list is scrolled from top to bottom in steps of one screen, and how many
//     tasks took over 50 ms.
import { serve } from '../tests/e2e/support/server.mjs';
import { DIST, launch } from '../tests/e2e/support/browser.mjs';
import { generatedPlan, prepare } from './plans.mjs';

const runs = Number(process.argv[2] ?? 5);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/// One cold open of `/commitments?status=all` with `plan` stored: ready time, rows
/// in the document, and the longest task while scrolling to the end.
export async function openList(browser, url, plan) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__long.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
    new MutationObserver((_, observer) => {
      if (document.querySelector('li.commitment')) {
        observer.disconnect();
        setTimeout(() => { window.__ready = performance.now(); }, 0);
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  await prepare(page, url, plan);
  await page.goto(`${url}/commitments?status=all`);
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 120_000 });
  const ready = await page.evaluate(() => window.__ready);
  const rows = await page.locator('li.commitment').count();
  await page.evaluate(() => { window.__long = []; });
  // Scroll to the end a screen at a time, letting each frame render.
  for (let step = 0; step < 1000; step++) {
    const done = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    if (done) break;
  }
  await page.waitForTimeout(300);
  const long = await page.evaluate(() => window.__long);
  const longest = Math.max(0, ...long);
  const total = await page.locator('li.commitment').count();
  // Opened again, as day to day: the service worker serves the files and V8 has the
  // wasm's optimised code cached.
  await page.goto(`${url}/commitments?status=all`);
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 120_000 });
  const again = await page.evaluate(() => window.__ready);
  await context.close();
  return { ready, again, rows, longest, long: long.length, total };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve(DIST);
  const browser = await launch();
  try {
    for (const size of [1000, 2500, 5000]) {
      const plan = generatedPlan(size, 10);
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await openList(browser, server.url, plan));
      const ready = results.map((r) => r.ready);
      const again = results.map((r) => r.again);
      console.log(`Commitments view, ${size.toLocaleString('en')} commitments, ${runs} runs: ready median ${median(ready).toFixed(0)} ms (min ${Math.min(...ready).toFixed(0)}, max ${Math.max(...ready).toFixed(0)}), opened again ${median(again).toFixed(0)} ms (min ${Math.min(...again).toFixed(0)}, max ${Math.max(...again).toFixed(0)}); ${results[0].rows} rows then, ${results[0].total} after scrolling to the end; longest task while scrolling: median ${median(results.map((r) => r.longest)).toFixed(0)} ms (max ${Math.max(...results.map((r) => r.longest)).toFixed(0)}), tasks over 50 ms: median ${median(results.map((r) => r.long))}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
