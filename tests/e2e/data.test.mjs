// Never lose data: export and import, a broken or oversized file, a full storage, a
// corrupt value, two tabs, and text that looks like markup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useApp } from './support/app.mjs';
import { openApp, violations, watchErrors, settled } from './support/browser.mjs';
import { EXAMPLE, KEY, seed, stored, storedWhen } from './support/plans.mjs';

const app = useApp();
const scratch = mkdtempSync(join(tmpdir(), 'plateful-e2e-'));

async function exportPlan(page) {
  await page.goto(`${app.server.url}/data`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export' }).first().click(),
  ]);
  const path = join(scratch, download.suggestedFilename());
  await download.saveAs(path);
  return { name: download.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

test('export, then import in a fresh browser profile, gives the same plan', async () => {
  const first = await app.browser.newContext();
  await seed(first, EXAMPLE);
  const page = await first.newPage();
  const errors = watchErrors(page);
  await openApp(page, `${app.server.url}/commitments`);
  const exported = await exportPlan(page);
  assert.match(exported.name, /^plateful-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(exported.text);
  assert.equal(file.format, 'plateful-plan');
  assert.deepEqual(file.plan, JSON.parse(EXAMPLE).plan, 'the export holds the plan exactly');
  assert.deepEqual(errors, []);
  await first.close();

  const fresh = await app.browser.newContext();
  const other = await fresh.newPage();
  await openApp(other, `${app.server.url}/data`);
  await other.getByLabel('Plan file (.json, up to 5 MB)').setInputFiles(exported.path);
  const preview = other.getByTestId('import-preview');
  await preview.waitFor();
  assert.match(await preview.textContent(), /9 commitments \(1 proposed, 3 active, 1 waiting, 1 someday, 1 done, 2 dropped\)/);
  assert.match(await preview.textContent(), /4 people/);
  await other.getByRole('button', { name: 'Replace my plan' }).click();
  // Said in the Undo notice, which has the focus.
  await other.getByTestId('toast').getByText('Your plan was replaced by the file.').waitFor();
  await settled(other, () => document.activeElement?.id === 'toast-undo');
  assert.equal(await other.evaluate(() => document.activeElement.id), 'toast-undo');
  assert.deepEqual(JSON.parse(await stored(other)).plan, JSON.parse(EXAMPLE).plan);
  await other.goto(`${app.server.url}/commitments?status=all`);
  await other.locator('li.commitment').nth(8).waitFor();
  assert.equal(await other.locator('li.commitment').count(), 9);
  await fresh.close();
});

test('a broken file names the place that is wrong and changes nothing', async () => {
  const context = await app.browser.newContext();
  await seed(context, EXAMPLE);
  const page = await context.newPage();
  await openApp(page, `${app.server.url}/data`);
  const before = await stored(page);
  const broken = join(scratch, 'broken.json');
  writeFileSync(broken, EXAMPLE.replace('"estimate_hours": 16.0', '"estimate_hours": 0'));
  await page.getByLabel('Plan file (.json, up to 5 MB)').setInputFiles(broken);
  const message = page.getByTestId('import-message');
  await message.waitFor();
  assert.equal(
    await message.textContent(),
    'This file cannot be imported: plan.commitments[2].effort.estimate_hours: must be greater than 0. Nothing was changed.',
  );
  const notJson = join(scratch, 'not-json.json');
  writeFileSync(notJson, '{"format": "plateful-plan", "version": 2,');
  await page.getByLabel('Plan file (.json, up to 5 MB)').setInputFiles(notJson);
  await page.getByText(/not valid JSON at line 1, column \d+/i).waitFor();
  assert.equal(await page.getByTestId('import-preview').count(), 0);
  assert.equal(await stored(page), before);
  await context.close();
});

/// Counts every read of a file's contents, by any API, in `window.__reads`.
async function countReads(context) {
  await context.addInitScript(() => {
    window.__reads = 0;
    const text = Blob.prototype.text;
    Blob.prototype.text = function (...args) {
      window.__reads += 1;
      return text.apply(this, args);
    };
    const readAsText = FileReader.prototype.readAsText;
    FileReader.prototype.readAsText = function (...args) {
      window.__reads += 1;
      return readAsText.apply(this, args);
    };
  });
}

test('a file of 5,000,001 bytes is refused before it is read; one of 4,999,000 bytes is read', async () => {
  const context = await app.browser.newContext();
  await seed(context, EXAMPLE);
  await countReads(context);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await openApp(page, `${app.server.url}/data`);
  const before = await stored(page);
  const input = page.getByLabel('Plan file (.json, up to 5 MB)');
  const message = page.getByTestId('import-message');

  const big = join(scratch, 'big.json');
  writeFileSync(big, 'x'.repeat(5_000_001));
  await input.setInputFiles(big);
  await message.getByText(/^This file is/).waitFor();
  assert.equal(
    await message.textContent(),
    'This file is 5\u00a0MB (5,000,001 bytes): Plateful imports plan files of up to 5\u00a0MB (5,000,000 bytes). Nothing was changed.',
  );
  assert.equal(await page.evaluate(() => window.__reads), 0, 'the file was never read');
  assert.equal(await page.getByLabel('Plan file (.json, up to 5 MB)').getAttribute('aria-invalid'), 'true');

  // Just under the limit: read, and shown for Replace or Merge (a plan padded with spaces).
  const padded = join(scratch, 'padded.json');
  writeFileSync(padded, EXAMPLE.trimEnd() + ' '.repeat(4_999_000 - Buffer.byteLength(EXAMPLE.trimEnd())));
  assert.equal(readFileSync(padded).length, 4_999_000);
  await input.setInputFiles(padded);
  await page.getByTestId('import-preview').waitFor();
  assert.equal(await page.evaluate(() => window.__reads), 1);
  assert.equal((await message.textContent()).trim(), '', 'the refusal is gone');
  assert.equal(await stored(page), before, 'nothing changes before Replace or Merge');
  assert.deepEqual(errors, []);
  await context.close();
});

test('an empty file is refused with its reason, in English and in French, and changes nothing', async () => {
  const empty = join(scratch, 'empty.json');
  writeFileSync(empty, '');
  const french = JSON.parse(EXAMPLE);
  french.plan.settings.language = 'fr';
  for (const [plan, label, words] of [
    [EXAMPLE, 'Plan file (.json, up to 5\u00a0MB)', 'This file cannot be imported: the file is empty. Nothing was changed.'],
    [JSON.stringify(french), 'Fichier de plan (.json, 5 Mo au plus)', 'Ce fichier ne peut pas être importé\u00a0: le fichier est vide. Rien n\'a été modifié.'],
  ]) {
    const context = await app.browser.newContext();
    await seed(context, plan);
    const page = await context.newPage();
    await openApp(page, `${app.server.url}/data`);
    const before = await stored(page);
    await page.getByLabel(label).setInputFiles(empty);
    const message = page.getByTestId('import-message');
    await message.getByText(/\S/).waitFor();
    assert.equal(await message.textContent(), words);
    assert.equal(await message.getAttribute('role'), 'alert');
    assert.equal(await page.getByTestId('import-preview').count(), 0);
    assert.equal(await stored(page), before);
    await context.close();
  }
});

test('the refusals of an import read in French too: too large, not JSON, a value out of range', async () => {
  const french = JSON.parse(EXAMPLE);
  french.plan.settings.language = 'fr';
  const context = await app.browser.newContext();
  await seed(context, JSON.stringify(french));
  const page = await context.newPage();
  await openApp(page, `${app.server.url}/data`);
  const input = page.getByLabel('Fichier de plan (.json, 5 Mo au plus)');
  const message = page.getByTestId('import-message');
  const big = join(scratch, 'big-fr.json');
  writeFileSync(big, 'x'.repeat(5_000_001));
  await input.setInputFiles(big);
  await message.getByText(/^Ce fichier fait/).waitFor();
  assert.equal(
    await message.textContent(),
    'Ce fichier fait 5\u00a0Mo (5\u202f000\u202f001 octets)\u00a0: Plateful importe des fichiers de plan de 5\u00a0Mo au plus (5\u202f000\u202f000 octets). Rien n\'a été modifié.',
  );
  const notJson = join(scratch, 'not-json-fr.json');
  writeFileSync(notJson, '{"format": "plateful-plan",');
  await input.setInputFiles(notJson);
  await message.getByText(/^Ce fichier ne peut pas être importé/).waitFor();
  const broken = join(scratch, 'broken-fr.json');
  writeFileSync(broken, EXAMPLE.replace('"estimate_hours": 16.0', '"estimate_hours": 0'));
  await input.setInputFiles(broken);
  await message.getByText(/estimate_hours/).waitFor();
  assert.match(await message.textContent(), /^Ce fichier ne peut pas être importé\u00a0: plan\.commitments\[2\]\.effort\.estimate_hours\u00a0: doit être supérieur à 0\. Rien n'a été modifié\.$/);
  // What is wrong is said in French whatever part of the reader finds it: the JSON,
  // a missing field, a date, the plan's own rules.
  for (const [name, text, said] of [
    ['cut-fr.json', '{"format": "plateful-plan",', /ligne 1, colonne \d+ \(le texte s'arrête avant la fin du JSON\)/],
    ['untitled-fr.json', EXAMPLE.replace('"title": "Q1 roadmap draft",', ''), /plan\.commitments\[2\]\u00a0: le champ `title` manque/],
    ['date-fr.json', EXAMPLE.replace(/("due": \{\s*"date": ")\d{4}-\d\d-\d\d"/, '$12026-02-31"'), /\.due\.date\u00a0: cette date n'existe pas/],
    ['no-me-fr.json', EXAMPLE.replace('"role": "me"', '"role": "report"'), /plan\.people\u00a0: une seule personne doit avoir le rôle «\u00a0me\u00a0» \(il y en a 0\)/],
    // Values and types in words, not serde's (`en` or `fr`, f64).
    ['week-start-fr.json', EXAMPLE.replace('"week_start": "mon"', '"week_start": "lundi"'), /week_start\u00a0: la valeur «\u00a0lundi\u00a0» n'est pas prévue ici\u202f; valeurs possibles\u00a0: «\u00a0mon\u00a0», «\u00a0tue\u00a0», .* ou «\u00a0sun\u00a0»/],
    ['capacity-text-fr.json', EXAMPLE.replace('"weekly_capacity": 38.0', '"weekly_capacity": "38"'), /weekly_capacity\u00a0: le texte «\u00a038\u00a0» là où il faut un nombre/],
  ]) {
    const file = join(scratch, name);
    writeFileSync(file, text);
    await input.setInputFiles(file);
    await page.waitForFunction(
      ([source, flags]) => new RegExp(source, flags).test(document.querySelector('[data-testid="import-message"]')?.textContent ?? ''),
      [said.source, said.flags],
    ).catch(async () => { throw new Error(`${name}: ${await message.textContent()}`); });
    assert.doesNotMatch(await message.textContent(), /missing|expected|must|input is|exactly one| or |f64|string/, name);
  }
  await context.close();
});

test('merging a file adds what is new and keeps the newer copy of the rest', async () => {
  const context = await app.browser.newContext();
  await seed(context, EXAMPLE);
  const page = await context.newPage();
  await openApp(page, `${app.server.url}/data`);
  const incoming = JSON.parse(EXAMPLE);
  incoming.plan.commitments[2].title = 'Q1 roadmap, final';
  incoming.plan.commitments[2].updated_at = '2026-11-24T10:00:00Z';
  incoming.plan.commitments.push({ ...incoming.plan.commitments[7], id: '8c9d0e1f-2a3b-4c4d-9e5f-7a8b9c0d1e2f', title: 'From the other laptop' });
  const file = join(scratch, 'merge.json');
  writeFileSync(file, JSON.stringify(incoming));
  await page.getByLabel('Plan file (.json, up to 5 MB)').setInputFiles(file);
  await page.getByRole('button', { name: 'Merge into my plan' }).click();
  await page.getByTestId('toast').getByText(/Merged: 1 commitment added, 1 updated from the file, 8 kept as they were/).waitFor();
  const plan = JSON.parse(await stored(page)).plan;
  assert.equal(plan.commitments.length, 10);
  assert.equal(plan.commitments[2].title, 'Q1 roadmap, final');
  await context.close();
});

test('storage filled to its quota: a banner, nothing lost in memory, export still works', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  await openApp(page, `${app.server.url}/commitments`);
  await page.getByRole('button', { name: 'Add with details' }).click();
  const form = page.locator('form.commitment-form').first();
  await form.getByLabel('Title').fill('Saved before the disk filled');
  await form.getByLabel('Estimate (hours)').fill('2');
  await form.getByRole('button', { name: 'Add' }).click();
  await page.locator('li.commitment').waitFor();

  const filled = await page.evaluate(() => {
    const chunk = 'x'.repeat(512 * 1024);
    let n = 0;
    let size = chunk.length;
    for (;;) {
      try {
        localStorage.setItem(`filler.${n}`, chunk.slice(0, size));
        n += 1;
      } catch (error) {
        if (size <= 16) return { n, name: error.name };
        size = Math.floor(size / 2);
      }
    }
  });
  assert.equal(filled.name, 'QuotaExceededError');

  await form.getByLabel('Title').fill('Added while storage is full');
  await form.getByLabel('Estimate (hours)').fill('3');
  await form.getByRole('button', { name: 'Add' }).click();
  const banner = page.getByTestId('save-banner');
  await banner.waitFor();
  assert.match(await banner.textContent(), /Storage is full: your latest changes live in this page only/);
  assert.equal(await page.locator('li.commitment').count(), 2, 'both commitments are on screen');
  const kept = JSON.parse(await stored(page));
  assert.equal(kept.plan.commitments.length, 1, 'the last saved plan is intact');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    banner.getByRole('button', { name: 'Export' }).click(),
  ]);
  const path = join(scratch, 'full.json');
  await download.saveAs(path);
  const exported = JSON.parse(readFileSync(path, 'utf8'));
  assert.deepEqual(exported.plan.commitments.map((c) => c.title), ['Saved before the disk filled', 'Added while storage is full']);

  // Space is freed from another page of the site: the change waiting in this page is
  // written at once, without another change or a reload.
  const other = await context.newPage();
  await other.goto(`${app.server.url}/manifest.webmanifest`);
  await other.evaluate((n) => { for (let i = 0; i <= n; i += 1) localStorage.removeItem(`filler.${i}`); }, filled.n);
  await banner.waitFor({ state: 'detached' });
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('plateful.plan')).plan.commitments.length === 2);

  // Full again; this time the space is freed with no event this page hears (the same
  // page frees it): "Try saving again" writes the change.
  const again = await page.evaluate(() => {
    let n = 0;
    for (let size = 512 * 1024; size > 16;) {
      try {
        localStorage.setItem(`filler.${n}`, 'x'.repeat(size));
        n += 1;
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return n;
  });
  await form.getByLabel('Title').fill('Added while full again');
  await form.getByLabel('Estimate (hours)').fill('1');
  await form.getByRole('button', { name: 'Add' }).click();
  await banner.waitFor();
  // The save's own second attempt (a timer, for pages in the background) is over
  // well within a second; after it nothing tries again by itself.
  await page.waitForTimeout(1000);
  await page.evaluate((n) => { for (let i = 0; i <= n; i += 1) localStorage.removeItem(`filler.${i}`); }, again);
  await page.waitForTimeout(500);
  assert.ok(await banner.isVisible(), 'nothing wrote the change yet');
  await banner.getByRole('button', { name: 'Try saving again' }).click();
  await banner.waitFor({ state: 'detached' });
  const saved = JSON.parse(await stored(page));
  assert.deepEqual(saved.plan.commitments.map((c) => c.title).sort(), ['Added while full again', 'Added while storage is full', 'Saved before the disk filled']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a corrupt stored value can be set aside for a backup, and is kept', async () => {
  const context = await app.browser.newContext();
  await seed(context, EXAMPLE);
  const page = await context.newPage();
  await openApp(page, `${app.server.url}/commitments`);
  // Opening a plan with commitments keeps a backup of it, once the first screen is up.
  await page.waitForFunction(() => localStorage.getItem('plateful.plan.backup.1') !== null);
  const backup = await page.evaluate(() => localStorage.getItem('plateful.plan.backup.1'));
  assert.equal(backup, EXAMPLE);
  await page.evaluate((key) => localStorage.setItem(key, '{"format":"plateful-plan","version":2,"plan":'), KEY);
  await page.reload();
  await page.getByTestId('recovery').waitFor();
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await page.locator('li.commitment').first().waitFor();
  // The list shows open work: 6 of the example's 9 commitments (1 done, 2 dropped).
  assert.equal(await page.locator('li.commitment').count(), 6);
  const keys = await page.evaluate(() => Object.keys(localStorage));
  const kept = keys.find((key) => key.startsWith('plateful.plan.unreadable.'));
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), kept), '{"format":"plateful-plan","version":2,"plan":');
  assert.deepEqual(JSON.parse(await stored(page)).plan, JSON.parse(EXAMPLE).plan);
  await context.close();
});

test('two pages editing different commitments alternately 50 times keep all 100 edits', async () => {
  const context = await app.browser.newContext();
  const left = await context.newPage();
  const right = await context.newPage();
  const errors = [...watchErrors(left), ...watchErrors(right)];
  await openApp(left, `${app.server.url}/commitments`);
  const add = async (page, title) => {
    await page.getByRole('button', { name: 'Add with details' }).click();
    const form = page.locator('form.commitment-form').first();
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Estimate (hours)').fill('200');
    await form.getByRole('button', { name: 'Add' }).click();
    await page.locator('li.commitment', { hasText: title }).waitFor();
  };
  await add(left, 'Left work');
  await openApp(right, `${app.server.url}/commitments`);
  await add(right, 'Right work');
  await left.locator('li.commitment', { hasText: 'Right work' }).waitFor();

  const log = async (page, title) => {
    const item = page.locator('li.commitment', { hasText: title });
    // A quarter of an hour each: a day holds 24 h of one commitment's log.
    await item.getByLabel(`Hours spent: ${title}`).fill('0.25');
    await item.getByRole('button', { name: 'Log' }).click();
  };
  for (let i = 0; i < 50; i++) {
    await log(left, 'Left work');
    await log(right, 'Right work');
  }
  const spent = (plan, title) => plan.commitments.find((c) => c.title === title).progress.length;
  const inStorage = await storedWhen(left, (plan) => plan.commitments.every((c) => c.progress.length === 50));
  assert.equal(spent(inStorage, 'Left work'), 50);
  assert.equal(spent(inStorage, 'Right work'), 50);
  for (const page of [left, right]) {
    await page.locator('li.commitment', { hasText: 'Left work' }).getByText('12.5\u00a0h spent').waitFor();
    await page.locator('li.commitment', { hasText: 'Right work' }).getByText('12.5\u00a0h spent').waitFor();
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a title that looks like markup is shown as text and never runs', async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  await openApp(page, `${app.server.url}/commitments`);
  const title = '<img src=x onerror=alert(1)>';
  await page.getByRole('button', { name: 'Add with details' }).click();
  const form = page.locator('form.commitment-form').first();
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Estimate (hours)').fill('1');
  await form.getByRole('button', { name: 'Add' }).click();
  await page.locator('.commitment-title').waitFor();
  assert.equal(await page.locator('.commitment-title').textContent(), title);
  assert.equal(await page.locator('li.commitment img').count(), 0);

  // The same through an imported file.
  const incoming = JSON.parse(EXAMPLE);
  incoming.plan.commitments[0].title = '<script>alert(2)</script>';
  incoming.plan.commitments[0].notes = '<img src=x onerror=alert(3)>';
  const file = join(scratch, 'markup.json');
  writeFileSync(file, JSON.stringify(incoming));
  await page.goto(`${app.server.url}/data`);
  await page.getByLabel('Plan file (.json, up to 5 MB)').setInputFiles(file);
  await page.getByRole('button', { name: 'Replace my plan' }).click();
  await page.goto(`${app.server.url}/commitments`);
  await page.getByText('<script>alert(2)</script>').waitFor();
  assert.equal(await page.locator('main script, main img').count(), 0);
  await page.waitForTimeout(200);
  assert.equal(dialogs, 0);
  await context.close();
});

test('restoring a backup says so in the Undo notice, and Undo brings the plan back', async () => {
  const context = await app.browser.newContext();
  await seed(context, EXAMPLE);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await openApp(page, `${app.server.url}/commitments`);
  await page.waitForFunction(() => localStorage.getItem('plateful.plan.backup.1') !== null);
  await page.getByRole('button', { name: 'Add with details' }).click();
  const form = page.locator('form.commitment-form').first();
  await form.getByLabel('Title').fill('Added after the backup');
  await form.getByLabel('Estimate (hours)').fill('2');
  await form.getByRole('button', { name: 'Add' }).click();
  await storedWhen(page, (plan) => plan.commitments.length === 10);

  await page.getByRole('link', { name: 'Data' }).click();
  const newest = page.getByTestId('backups').locator('li').first();
  assert.match(await newest.textContent(), /^Newest backup: .+, 9 commitments/);
  await newest.getByRole('button', { name: /^Restore Newest backup: / }).click();
  const toast = page.getByTestId('toast');
  await toast.getByText(/^Restored the backup of /).waitFor();
  await settled(page, () => document.activeElement?.id === 'toast-undo');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'toast-undo');
  await storedWhen(page, (plan) => plan.commitments.length === 9);
  assert.deepEqual(JSON.parse(await stored(page)).plan, JSON.parse(EXAMPLE).plan);

  await toast.getByRole('button', { name: 'Undo' }).click();
  const back = await storedWhen(page, (plan) => plan.commitments.length === 10);
  assert.ok(back.commitments.some((c) => c.title === 'Added after the backup'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('storage shows what the keys of the app take of local storage against its 5 MB limit', async () => {
  const context = await app.browser.newContext();
  await seed(context, EXAMPLE);
  const page = await context.newPage();
  await openApp(page, `${app.server.url}/commitments`);
  // The opening backup is written shortly after start; then a large value of the app's.
  await page.waitForFunction(() => localStorage.getItem('plateful.plan.backup.1') !== null);
  await page.evaluate(() => {
    localStorage.setItem('plateful.plan.unreadable.test', 'é'.repeat(1_200_000));
    localStorage.setItem('someone.else', 'x'.repeat(100_000));
  });
  await page.goto(`${app.server.url}/data`);
  const usage = page.getByTestId('storage-usage');
  await usage.waitFor();
  // As browsers count it: UTF-16 units of every key and value under "plateful.".
  const units = await page.evaluate(() => Object.keys(localStorage)
    .filter((key) => key.startsWith('plateful.'))
    .reduce((sum, key) => sum + key.length + localStorage.getItem(key).length, 0));
  assert.ok(units > 1_200_000 && units < 1_300_000, `${units} units`);
  const megabytes = (units / 1e6).toFixed(1).replace(/\.0$/, '');
  const percent = Math.round(units / 5e6 * 100);
  assert.equal(
    await usage.textContent(),
    `Your plan, its backups and the review under way take ${megabytes}\u00a0MB of the 5\u00a0MB a browser keeps for a site's local storage (${percent}%).`,
  );
  const meter = page.locator('meter.storage-meter');
  assert.equal(Number(await meter.getAttribute('value')), units);
  assert.equal(Number(await meter.getAttribute('max')), 5_000_000);
  // Persistence is still asked for and said.
  await page.getByTestId('persistence').getByText(/persistent/i).waitFor();
  await context.close();
});

test('erase everything asks first, then starts again on Today with nothing of the old plan', async () => {
  const context = await app.browser.newContext();
  await seed(context, EXAMPLE);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await openApp(page, `${app.server.url}/data`);
  await page.getByRole('button', { name: 'Erase all data…' }).click();
  // The question comes first, its answer has the focus; Cancel keeps everything.
  await page.getByText(/This deletes your plan and its backups/).waitFor();
  await settled(page, () => document.activeElement?.textContent === 'Yes, erase everything');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Yes, erase everything');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.waitForFunction(() => document.activeElement.id === 'erase-button');
  assert.deepEqual(JSON.parse(await stored(page)).plan, JSON.parse(EXAMPLE).plan);

  await page.getByRole('button', { name: 'Erase all data…' }).click();
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  await page.waitForURL(`${app.server.url}/`);
  await page.getByTestId('announcement').getByText('Everything was erased.', { exact: false }).waitFor();
  // The focus is on Today's heading, not left on the body.
  await page.waitForFunction(() => document.activeElement.tagName === 'H1');
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('plateful.')));
  assert.ok(!keys.some((key) => key.includes('backup')), `no backup is left: ${keys}`);
  // Nothing of the old plan is stored; a fresh one has only me, as on a first visit.
  const left = await stored(page);
  if (left) {
    const { plan } = JSON.parse(left);
    assert.equal(plan.commitments.length, 0);
    assert.equal(plan.people.length, 1);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('Data and Settings fit a 360 px phone, in English and in French', async () => {
  const french = JSON.parse(EXAMPLE);
  french.plan.settings.language = 'fr';
  for (const plan of [EXAMPLE, JSON.stringify(french)]) {
    const context = await app.browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await seed(context, plan);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await openApp(page, `${app.server.url}/commitments`);
    await page.waitForFunction(() => localStorage.getItem('plateful.plan.backup.1') !== null);
    await page.goto(`${app.server.url}/data`);
    await page.getByTestId('storage-usage').waitFor();
    await page.getByTestId('backups').waitFor();
    assert.equal(await overflow(), 0, 'no horizontal scroll on Data');
    // The preview of a file and the confirmation of an erase fit too.
    const file = join(scratch, 'phone.json');
    writeFileSync(file, EXAMPLE);
    await page.locator('#import-file').setInputFiles(file);
    await page.getByTestId('import-preview').waitFor();
    await page.locator('#erase-button').click();
    assert.equal(await overflow(), 0, 'no horizontal scroll with a preview and the erase question');

    await page.goto(`${app.server.url}/settings`);
    await page.locator('#setting-wip_limit, [id^="setting-"]').first().waitFor();
    assert.equal(await overflow(), 0, 'no horizontal scroll on Settings');
    // Every field and menu is within the screen, and big enough to hit.
    // (Checkboxes are reached through their labels.)
    const boxes = await page.evaluate(() => [...document.querySelectorAll('main input:not([type="checkbox"]):not([type="radio"]), main select, main button')]
      .map((element) => { const box = element.getBoundingClientRect(); return { id: element.id || element.textContent, right: box.right, height: box.height, width: box.width }; }));
    for (const box of boxes) {
      assert.ok(box.right <= 360, `${box.id} ends at ${box.right}`);
      assert.ok(box.height >= 24 && box.width >= 24, `${box.id} is ${box.width}x${box.height}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the recovery screen speaks the language of the browser, with its title and lang', async () => {
  for (const [locale, lang, heading] of [['en-GB', 'en', 'Your saved plan could not be opened'], ['fr-FR', 'fr', "Votre plan enregistré n'a pas pu être ouvert"]]) {
    const context = await app.browser.newContext({ locale });
    await seed(context, '{"format":"plateful-plan","version":3,"plan":');
    const page = await context.newPage();
    await openApp(page, `${app.server.url}/`);
    await page.getByTestId('recovery').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.title(), `${heading} · Plateful`);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), heading);
    await context.close();
  }
});

test('no Content-Security-Policy violation was reported by these pages', () => {
  assert.deepEqual(violations, []);
});
