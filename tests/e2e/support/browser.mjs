// Launches Debian's Chromium through playwright-core: no browser is downloaded.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

export const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/// Every Content-Security-Policy violation reported by any page of this process.
export const violations = [];

/// Launches Chromium; every context it opens reports CSP violations into `violations`.
export async function launch() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
      });
    });
    context.on('console', (message) => {
      const text = message.text();
      if (text.startsWith('CSP violation') || text.includes('Content Security Policy')) violations.push(text);
    });
    return context;
  };
  return browser;
}

/// The directory of the release build under test.
export const DIST = process.env.PLATEFUL_DIST ?? 'dist';

/// Opens the app and waits until it is interactive (the header's Undo button exists).
export async function openApp(page, url) {
  await page.goto(url);
  await page.waitForSelector('header.app-header, [data-testid="recovery"]');
}

/// Fails the test on any uncaught error or console error in the page.
export function watchErrors(page) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/// Waits up to 5 s for `predicate` (run in the page, given `arg`) to hold, and never
/// fails: the assertion after it says what was found. The app moves the focus in the
/// frame after a change lands, which on a loaded machine can come after the change is
/// visible.
export async function settled(page, predicate, arg) {
  await page.waitForFunction(predicate, arg, { timeout: 5000 }).catch(() => {});
}
