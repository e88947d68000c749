// The smoke journey in Firefox ESR on the release build: first run, one instrument,
// a goal with a milestone marked done, a reload that keeps it all, and a backup download.
// Playwright cannot drive Debian's Firefox, so this uses selenium-webdriver with explicit
// driver and browser paths (it never downloads either).
// Usage: node tests/firefox/smoke.mjs   (env: E2E_PORT, E2E_DIST, GECKODRIVER, FIREFOX_BIN)
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { join } from 'node:path';
import { Builder } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';
import { WAIT, configure, currentStep, log, heading, open, firstSteps, reloadKeepsGoal, downloadBackup, checkBackup, showPage } from '../smoke/journey.mjs';

const port = Number(process.env.E2E_PORT || 4173);
const dist = process.env.E2E_DIST || 'dist';
const base = `http://127.0.0.1:${port}`;
const binary = process.env.FIREFOX_BIN || '/usr/bin/firefox-esr';
const driverPath = process.env.GECKODRIVER || findGeckodriver();

function findGeckodriver() {
  try {
    return execFileSync('which', ['geckodriver'], { encoding: 'utf8' }).trim();
  } catch {
    const p = join(homedir(), '.cargo/bin/geckodriver');
    if (existsSync(p)) return p;
    fail('geckodriver is not installed (run scripts/setup.sh)');
  }
}

function fail(message) {
  console.error(`\n✗ Firefox smoke journey: ${message}`);
  process.exitCode = 1;
  throw new Error(message);
}

configure({ base, fail });

/** Firefox preferences: quiet on a closed network, downloads saved without asking. */
function preferences(downloads) {
  return {
    // Nothing leaves 127.0.0.1: every other address goes to a proxy that isn't there.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.no_proxies_on': '127.0.0.1,localhost',
    'network.proxy.allow_hijacking_localhost': false,
    // And nothing tries to: updates, telemetry, safe browsing, captive portal, push…
    'app.update.auto': false,
    'app.update.enabled': false,
    'app.normandy.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage': 'about:blank',
    'browser.newtabpage.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.region.update.enabled': false,
    'browser.region.network.url': '',
    'browser.discovery.enabled': false,
    'browser.ping-centre.telemetry': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.server': '',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.trr.mode': 5,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'media.gmp-manager.url': '',
    'media.gmp-provider.enabled': false,
    'identity.fxaccounts.enabled': false,
    'dom.push.connection.enabled': false,
    'geo.provider.network.url': '',
    'services.settings.server': 'http://127.0.0.1:9/',
    // Downloads go straight to a folder we can read.
    'browser.download.dir': downloads,
    'browser.download.folderList': 2,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.manager.showWhenStarting': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.helperApps.neverAsk.saveToDisk': 'application/json',
  };
}

async function startServer() {
  if (!existsSync(join(dist, 'index.html'))) fail(`${dist}/index.html is missing: run \`make build\` first`);
  const server = spawn(process.execPath, ['scripts/serve-dist.mjs', dist, String(port), '/'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return server;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  fail(`the release build did not start serving on ${base}`);
}

async function main() {
  const downloads = mkdtempSync(join(tmpdir(), 'waymark-ff-'));
  const server = await startServer();
  const options = new firefox.Options().setBinary(binary).addArguments('-headless');
  for (const [k, v] of Object.entries(preferences(downloads))) options.setPreference(k, v);
  // Firefox looks up its remote-settings host unless told this (no pref stops it on ESR).
  process.env.MOZ_REMOTE_SETTINGS_DEVTOOLS = '1';
  const service = new firefox.ServiceBuilder(driverPath);
  let driver;
  try {
    driver = await new Builder().forBrowser('firefox').setFirefoxOptions(options).setFirefoxService(service).build();
    await journey(driver, downloads);
    console.log('✓ Firefox smoke journey passed');
  } catch (e) {
    if (!process.exitCode) console.error(`\n✗ Firefox smoke journey failed while ${currentStep()}:\n  ${e?.message || e}`);
    process.exitCode = 1;
    if (driver) await showPage(driver, 'test-results/firefox');
  } finally {
    if (driver) await driver.quit().catch(() => {});
    server.kill();
    rmSync(downloads, { recursive: true, force: true });
  }
}

async function journey(driver, downloads) {
  const goalUrl = await firstSteps(driver);
  await driver.sleep(700); // the debounced save

  await reloadKeepsGoal(driver);
  await open(driver, '/');
  await heading(driver, 'Hello, Zoë');
  if (goalUrl !== `${base}${new URL(goalUrl).pathname}`) fail(`odd goal address ${goalUrl}`);

  await downloadBackup(driver);
  let file;
  await driver.wait(
    async () => {
      file = readdirSync(downloads).find((f) => f.endsWith('.json'));
      return Boolean(file) && !readdirSync(downloads).some((f) => f.endsWith('.part'));
    },
    WAIT,
    `no backup file arrived in ${downloads}`,
  );
  if (!/^waymark-workbook-\d{4}-\d{2}-\d{2}\.json$/.test(file)) fail(`the backup is named “${file}”`);
  checkBackup(join(downloads, file));
}

await main();
