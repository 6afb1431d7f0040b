// Prints the release build's sizes and its cold start to interactive in headless
// Chromium. Run after `trunk build --release`:   node bench/startup.mjs [runs]
//
// Cold start: a new browser context for every run (empty HTTP cache, no compiled-wasm
// cache, empty localStorage); from navigation start to the moment the app's header
// is in the document, which the app renders in the same task that makes it usable.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve } from '../tests/e2e/support/server.mjs';
import { DIST, launch } from '../tests/e2e/support/browser.mjs';

const runs = Number(process.argv[2] ?? 9);

function sizes() {
  const rows = [];
  for (const name of readdirSync(DIST).sort()) {
    const kind = name.endsWith('.wasm') ? 'wasm' : name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : null;
    if (!kind) continue;
    const bytes = readFileSync(join(DIST, name));
    rows.push({ kind, name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return rows;
}

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function coldStarts(url, plan) {
  const browser = await launch();
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      if (plan) {
        await context.addInitScript((text) => {
          if (!localStorage.getItem('plateful.plan')) localStorage.setItem('plateful.plan', text);
        }, plan);
      }
      await context.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.querySelector('header.app-header')) {
            window.__interactive = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => window.__interactive !== undefined);
      times.push(await page.evaluate(() => window.__interactive));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

/// Script time from a click to the next frame: a capture listener notes the click
/// before the app sees it, and a frame callback fires once all the work it caused is
/// done, just before the browser paints.
async function clickToFrame(url, plan, runs) {
  const browser = await launch();
  const times = [];
  try {
    const context = await browser.newContext();
    await context.addInitScript((text) => {
      if (!localStorage.getItem('plateful.plan')) localStorage.setItem('plateful.plan', text);
      document.addEventListener('click', () => {
        const start = performance.now();
        requestAnimationFrame(() => window.__frames.push(performance.now() - start));
      }, true);
      window.__frames = [];
    }, plan);
    const page = await context.newPage();
    await page.goto(`${url}/commitments`);
    await page.waitForSelector('li.commitment');
    const item = page.locator('li.commitment').first();
    const log = item.locator('form.log-form');
    for (let i = 0; i < runs; i++) {
      await log.locator('input').fill('0.5');
      await log.getByRole('button').click();
      await page.waitForFunction((n) => window.__frames.length >= n, i + 1);
    }
    times.push(...(await page.evaluate(() => window.__frames)));
  } finally {
    await browser.close();
  }
  return times;
}

function samplePlan(commitments, people) {
  const now = new Date();
  const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return execFileSync('cargo', ['run', '--release', '-q', '-p', 'plateful-core', '--example', 'sample_plan', '--', String(commitments), String(people), today], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim();
}

const server = await serve(DIST);
try {
  console.log('Release build sizes');
  for (const { kind, name, raw, gzip } of sizes()) {
    const label = name.startsWith('bootstrap') ? 'js (bootstrap)' : name === 'sw.js' ? 'js (service worker)' : kind;
    console.log(`  ${label.padEnd(20)} ${kb(raw).padStart(11)} raw  ${kb(gzip).padStart(10)} gzip`);
  }
  const empty = await coldStarts(server.url);
  const line = (what, times) => `${what}, ${times.length} runs: median ${median(times).toFixed(1)} ms (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`;
  console.log(line('Cold start to interactive, empty plan', empty));
  const large = samplePlan(1000, 10);
  console.log(`Plan of 1,000 commitments and 10 people: ${(large.length / 1024).toFixed(0)} KiB of JSON`);
  console.log(line('Cold start to interactive, 1,000 commitments (Today)', await coldStarts(server.url, large)));
  console.log(line('Script time from a click to the next frame, logging hours on one of 1,000 commitments', await clickToFrame(server.url, large, runs)));
} finally {
  await server.close();
}
