// The desk may use any current browser: the built verifier page in WebKit (Debian's
// webkit2gtk-driver: WebKitWebDriver starting its MiniBrowser, under xvfb-run, driven by
// selenium-webdriver). The registry is put where the page keeps it and survives a reload; a genuine
// block verifies, an edited name and a flipped signature are refused by reason, and the whole
// corpus gets the same verdicts as in Chromium. Without WebKitWebDriver, MiniBrowser or xvfb-run
// the suite is skipped LOUDLY (a console message), never passed silently.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Builder, type WebDriver } from 'selenium-webdriver';
import { afterAll, beforeAll, describe } from 'vitest';
import { buildPage, CHECK_PASTE, REGISTRY_STATUS, registryText, SEED_REGISTRY, type PageVerdict } from '../../support/desk-page-driver';
import { buildCorpus, type CorpusEntry } from '../../support/paste-corpus';
import { verifierPageChecks } from '../../support/verifier-page-checks';
import { testDepartment } from '../../../tools/fixtures/desk-signing';

const DRIVER = process.env.SALVAGE_WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.SALVAGE_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB = '/usr/bin/xvfb-run';
const missing = [DRIVER, MINIBROWSER, XVFB].filter((f) => !existsSync(f));
if (missing.length > 0) console.warn(`!!! SKIPPED: desk verifier page in WebKit — missing ${missing.join(', ')} (install Debian's webkit2gtk-driver and xvfb)`);

const freePort = (): Promise<number> => new Promise((resolve, reject) => {
  const s = createServer();
  s.once('error', reject);
  s.listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number };
    s.close(() => resolve(port));
  });
});

async function waitForDriver(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not start');
}

describe.skipIf(missing.length > 0)('desk verifier page in WebKit (WebKitWebDriver + MiniBrowser)', () => {
  let server: ChildProcess;
  let driver: WebDriver;
  let corpus: { benign: CorpusEntry[]; adversarial: CorpusEntry[] };

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'salvage-webkit-'));
    const url = pathToFileURL(await buildPage(path.join(dir, 'salvage-desk-verifier.html'))).href;
    const dept = await testDepartment();
    corpus = await buildCorpus(dept, await testDepartment());
    const port = await freePort();
    // Its own process group, so afterAll ends xvfb-run, the X server, the driver and the browser together.
    server = spawn(XVFB, ['-a', DRIVER, `--port=${port}`], { detached: true, stdio: 'ignore', env: { ...process.env, HOME: dir } });
    await waitForDriver(port);
    driver = await new Builder().usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({ browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } })
      .build();
    await driver.get(url);
    await driver.executeScript(`return (${SEED_REGISTRY})(arguments[0])`, registryText(dept.registry));
    await driver.navigate().refresh();
  }, 120_000);
  afterAll(async () => {
    await driver?.quit().catch(() => undefined);
    if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  });

  const verdict = async (text: string): Promise<PageVerdict | null> =>
    driver.executeAsyncScript(`const done = arguments[arguments.length - 1]; (${CHECK_PASTE})(arguments[0]).then(done, () => done(null));`, text);

  verifierPageChecks({ registryStatus: () => driver.executeScript(`return (${REGISTRY_STATUS})()`), verdict, corpus: () => corpus }, 180_000);
});
