// The smoke journey in Firefox ESR on the release build: first run, one instrument,
// a goal with a milestone marked done, a reload that keeps it all, and a backup download.
// Playwright cannot drive Debian's Firefox, so this uses selenium-webdriver with explicit
// driver and browser paths (it never downloads either).
// Usage: node tests/firefox/smoke.mjs   (env: E2E_PORT, E2E_DIST, GECKODRIVER, FIREFOX_BIN)
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir, homedir } from 'node:os';
import { join } from 'node:path';
import { Builder, By, Key, until } from 'selenium-webdriver';
import firefox from 'selenium-webdriver/firefox.js';

const port = Number(process.env.E2E_PORT || 4173);
const dist = process.env.E2E_DIST || 'dist';
const base = `http://127.0.0.1:${port}`;
const binary = process.env.FIREFOX_BIN || '/usr/bin/firefox-esr';
const driverPath = process.env.GECKODRIVER || findGeckodriver();
const WAIT = 15_000;

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

let step = 'starting';
const log = (s) => {
  step = s;
  console.log(`  · ${s}`);
};

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
    if (!process.exitCode) console.error(`\n✗ Firefox smoke journey failed while ${step}:\n  ${e?.message || e}`);
    process.exitCode = 1;
    if (driver) {
      try {
        const dir = 'test-results/firefox';
        execFileSync('mkdir', ['-p', dir]);
        const png = await driver.takeScreenshot();
        (await import('node:fs')).writeFileSync(join(dir, 'failure.png'), png, 'base64');
        const text = await driver.findElement(By.css('body')).getText();
        console.error(`  page (${await driver.getCurrentUrl()}):\n    ${text.slice(0, 800).replace(/\n/g, '\n    ')}`);
        console.error(`  screenshot: ${dir}/failure.png`);
      } catch {}
    }
  } finally {
    if (driver) await driver.quit().catch(() => {});
    server.kill();
    rmSync(downloads, { recursive: true, force: true });
  }
}

/** Waits for the page's h1 to read `text` (a string or RegExp). */
async function heading(driver, text) {
  const h1 = await driver.wait(until.elementLocated(By.css('main h1')), WAIT, 'the page never drew its heading');
  await driver.wait(
    async () => {
      try {
        const t = await driver.findElement(By.css('main h1')).getText();
        return typeof text === 'string' ? t === text : text.test(t);
      } catch {
        return false;
      }
    },
    WAIT,
    `expected the heading “${text}”`,
  ).catch(async (e) => {
    const t = await h1.getText().catch(() => '?');
    throw new Error(`${e.message}, but it reads “${t}”`);
  });
}

async function open(driver, path) {
  await driver.get(base + path);
  await driver.wait(until.elementLocated(By.css('main h1')), WAIT, `${path} never drew its heading`);
}

/** Presses keys on the page, as a person typing without a focused field. */
async function press(driver, keys) {
  for (const k of keys) {
    await driver.actions().sendKeys(k).perform();
  }
}

const byText = (tag, text) => By.xpath(`//${tag}[normalize-space(.)=${JSON.stringify(text)}]`);

async function journey(driver, downloads) {
  log('first run: the welcome');
  await open(driver, '/');
  const name = await driver.findElement(By.id('first-name'));
  await name.sendKeys('Zoë');
  await driver.findElement(By.xpath(`//label[contains(., "I'm changing careers")]`)).click();
  await driver.findElement(byText('button', 'Start my workbook')).click();
  await heading(driver, 'Hello, Zoë');

  log('the satisfaction wheel, by keyboard');
  await open(driver, '/discover/wheel');
  await press(driver, '7568');
  await press(driver, Key.ENTER);
  await press(driver, '4965');
  await press(driver, Key.ENTER);
  await press(driver, '2');
  await press(driver, Key.ENTER);
  await heading(driver, 'Career satisfaction wheel: your results');

  log('a goal through the wizard');
  await open(driver, '/goals/new?title=Learn%20SQL&skill=SQL');
  await driver.findElement(By.xpath(`//*[contains(concat(" ", normalize-space(@class), " "), " wizard-step ")][contains(., "Review")]`)).click();
  await driver.wait(until.elementLocated(byText('button', 'Create goal')), WAIT).click();
  await heading(driver, 'Learn SQL');
  const goalUrl = await driver.getCurrentUrl();

  log('a milestone, marked done');
  const field = await driver.wait(until.elementLocated(By.id('new-milestone-title')), WAIT);
  await field.sendKeys('Pick a course');
  await driver.findElement(byText('button', 'Add milestone')).click();
  const check = await driver.wait(until.elementLocated(By.css('.milestone-check')), WAIT, 'the milestone never appeared');
  await check.click();
  await driver.wait(until.elementLocated(By.css('.celebration')), WAIT, 'marking it done showed no celebration');
  await driver.sleep(700); // the debounced save

  log('reload: everything is still there');
  await driver.navigate().refresh();
  await heading(driver, 'Learn SQL');
  const title = await driver.wait(until.elementLocated(By.css('.milestone-title')), WAIT, 'the milestone is gone after a reload');
  if (!(await title.getText()).includes('Pick a course')) fail(`the milestone reads “${await title.getText()}” after a reload`);
  if (!(await driver.findElement(By.css('.milestone-check')).isSelected())) fail('the milestone is no longer done after a reload');
  await open(driver, '/');
  await heading(driver, 'Hello, Zoë');
  if (goalUrl !== `${base}${new URL(goalUrl).pathname}`) fail(`odd goal address ${goalUrl}`);

  log('export: the backup downloads as a valid file');
  await open(driver, '/data');
  await driver.findElement(byText('button', 'Download backup')).click();
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
  let data;
  try {
    data = JSON.parse(readFileSync(join(downloads, file), 'utf8'));
  } catch (e) {
    fail(`the backup is not valid JSON: ${e.message}`);
  }
  if (data.format !== 'waymark.workbook') fail(`the backup's format is ${data.format}`);
  if (!(data.schema_version > 0)) fail(`the backup's schema_version is ${data.schema_version}`);
  const wb = data.workbook;
  if (wb?.profile?.name !== 'Zoë') fail(`the backup's name is ${wb?.profile?.name}`);
  const goal = (wb.goals?.goals || wb.goals || []).find?.((g) => g.title === 'Learn SQL');
  if (!goal) fail('the backup has no “Learn SQL” goal');
  if (!JSON.stringify(goal).includes('Pick a course')) fail('the backup lost the milestone');
  if (!JSON.stringify(wb).includes('wheel')) fail('the backup has no satisfaction wheel result');
}

await main();
