// Offline and installable: the app starts without a network after a first visit, a new
// build is offered as "Update available" and replaces the old one, the manifest makes
// it installable, and nothing breaks the Content-Security-Policy.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve } from './support/server.mjs';
import { DIST, launch, openApp, violations, watchErrors } from './support/browser.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

const buildOf = (page) => page.locator('meta[name="plateful-build"]').getAttribute('content');

test('after a first visit, the app starts offline with its data', async () => {
  const server = await serve(DIST);
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  await openApp(page, `${server.url}/commitments`);
  await controlled(page);
  await page.getByRole('button', { name: 'Add with details' }).click();
  const form = page.locator('form.commitment-form').first();
  await form.getByLabel('Title').fill('Written before the train');
  await form.getByLabel('Estimate (hours)').fill('2');
  await form.getByRole('button', { name: 'Add' }).click();
  await page.locator('li.commitment').waitFor();

  await context.setOffline(true);
  await page.reload();
  await page.locator('li.commitment', { hasText: 'Written before the train' }).waitFor();
  // A route never visited before also starts from the cached shell.
  await page.goto(`${server.url}/data`);
  await page.getByRole('heading', { name: 'Your data' }).waitFor();
  await context.setOffline(false);
  assert.deepEqual(errors.filter((e) => !e.includes('ERR_INTERNET_DISCONNECTED')), []);
  await context.close();
  await server.close();
});

test('a second build served in its place is offered, and a click brings it', async () => {
  const first = mkdtempSync(join(tmpdir(), 'plateful-build-a-'));
  const second = mkdtempSync(join(tmpdir(), 'plateful-build-b-'));
  cpSync(DIST, first, { recursive: true });
  cpSync(DIST, second, { recursive: true });
  const index = join(second, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('</body>', '<!-- the second build -->\n  </body>'));
  execFileSync('node', ['scripts/pwa-postbuild.mjs', second]);

  const server = await serve(first);
  const context = await browser.newContext();
  const page = await context.newPage();
  await openApp(page, server.url);
  await controlled(page);
  const old = await buildOf(page);
  assert.ok(old);
  assert.deepEqual(await page.evaluate(() => caches.keys()), [`plateful-${old}`]);

  server.setRoot(second);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  const banner = page.getByTestId('update-banner');
  await banner.waitFor();
  assert.match(await banner.textContent(), /Update available/);
  await Promise.all([page.waitForEvent('load'), banner.getByRole('button', { name: 'Reload into it' }).click()]);
  await page.waitForSelector('header.app-header');
  const now = await buildOf(page);
  assert.notEqual(now, old);
  assert.equal(await page.evaluate(() => document.documentElement.innerHTML.includes('the second build')), true);
  await page.waitForFunction((name) => caches.keys().then((keys) => keys.length === 1 && keys[0] === name), `plateful-${now}`);
  await context.close();
  await server.close();
});

test('the manifest has what makes the app installable, and its icons load', async () => {
  const server = await serve(DIST);
  const manifest = JSON.parse(await (await fetch(`${server.url}/manifest.webmanifest`)).text());
  assert.equal(manifest.name, 'Plateful');
  assert.equal(manifest.short_name, 'Plateful');
  assert.equal(manifest.start_url, '/');
  assert.equal(manifest.display, 'standalone');
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/);
  assert.match(manifest.background_color, /^#[0-9a-f]{6}$/);
  const wanted = [['192x192', 'any'], ['512x512', 'any'], ['512x512', 'maskable']];
  for (const [sizes, purpose] of wanted) {
    const icon = manifest.icons.find((i) => i.sizes === sizes && i.purpose === purpose);
    assert.ok(icon, `an icon ${sizes} for ${purpose}`);
    const response = await fetch(`${server.url}${icon.src}`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'image/png');
    const png = Buffer.from(await response.arrayBuffer());
    assert.equal(png.subarray(1, 4).toString(), 'PNG');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    assert.equal(`${width}x${height}`, sizes);
  }
  // The page links the manifest, and Chromium reads it without complaint.
  const context = await browser.newContext();
  const page = await context.newPage();
  await openApp(page, server.url);
  const session = await context.newCDPSession(page);
  const { errors, data } = await session.send('Page.getAppManifest');
  assert.deepEqual(errors, []);
  assert.equal(JSON.parse(data).name, 'Plateful');
  await context.close();
  await server.close();
});

test('the page loads nothing from another origin and has no inline script', async () => {
  const server = await serve(DIST);
  const context = await browser.newContext();
  const page = await context.newPage();
  const origins = new Set();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  await openApp(page, server.url);
  await page.waitForLoadState('networkidle');
  origins.delete(server.url);
  assert.deepEqual([...origins].filter((o) => !o.startsWith('blob:') && !o.startsWith('data:')), []);
  const inline = await page.evaluate(() => [...document.scripts].filter((s) => !s.src).length);
  assert.equal(inline, 0);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(policy, /unsafe-inline/);
  await context.close();
  await server.close();
});

test('no Content-Security-Policy violation was reported by these pages', () => {
  assert.deepEqual(violations, []);
});
