// Prints the release build's sizes and its cold start to interactive in headless
// Chromium. Run after `trunk build --release`:   node bench/startup.mjs [runs]
//
// Cold start: a new browser context for every run (empty HTTP cache, no compiled-wasm
// cache, empty localStorage); from navigation start to the moment the app's header
// is in the document, which the app renders in the same task that makes it usable.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
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

const server = await serve(DIST);
try {
  console.log('Release build sizes');
  for (const { kind, name, raw, gzip } of sizes()) {
    const label = name.startsWith('bootstrap') ? 'js (bootstrap)' : name === 'sw.js' ? 'js (service worker)' : kind;
    console.log(`  ${label.padEnd(20)} ${kb(raw).padStart(11)} raw  ${kb(gzip).padStart(10)} gzip`);
  }
  const empty = await coldStarts(server.url);
  console.log(`Cold start to interactive, empty plan, ${runs} runs: median ${median(empty).toFixed(0)} ms (min ${Math.min(...empty).toFixed(0)}, max ${Math.max(...empty).toFixed(0)})`);
} finally {
  await server.close();
}
