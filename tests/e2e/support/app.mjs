// What every end-to-end test file shares: the release build served on loopback and one
// Chromium for the file's tests, started before the first test and closed after the last.
import { after, before } from 'node:test';
import { serve } from './server.mjs';
import { DIST, launch } from './browser.mjs';

/// Starts the server and the browser for this test file; read `app.server` and
/// `app.browser` inside tests.
export function useApp() {
  const app = { server: null, browser: null };
  before(async () => {
    app.server = await serve(DIST);
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
