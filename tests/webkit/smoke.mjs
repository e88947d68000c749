// The smoke journey in WebKit (Safari's engine, as Debian ships it: WebKitGTK's
// MiniBrowser driven by WebKitWebDriver) on the release build. It walks what the Firefox
// journey walks (welcome, the wheel, a goal with a milestone done, reload, backup
// download) and then what differs most between engines: a check-in, the calendar file,
// an import, a <dialog>, two windows merging each other's edits through storage events,
// the service worker, and what the Data page says about keeping storage.
//
// Everything it needs it starts itself and always stops: the static server, a private X
// display (Xvfb, which picks its own free display number), and WebKitWebDriver. Ports
// are asked of the system (listen on port 0); every wait is for a condition, none is a
// fixed sleep (not even for the app's save: each change is stored the moment it is made,
// and the reloads here check that). MiniBrowser runs with a private HOME, so its caches, settings and
// downloads live in a temporary folder that is removed at the end.
//
// Usage: node tests/webkit/smoke.mjs   (env: E2E_DIST, WEBKIT_DRIVER, MINIBROWSER)
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Builder, By, Key, until } from 'selenium-webdriver';
import { startDisplay } from './display.mjs';
import { WAIT, configure, currentStep, log, heading, open, reload, byText, firstSteps, reloadKeepsGoal, downloadBackup, checkBackup, showPage } from '../smoke/journey.mjs';

const dist = process.env.E2E_DIST || 'dist';
const driverPath = process.env.WEBKIT_DRIVER || '/usr/bin/WebKitWebDriver';
const miniBrowser = process.env.MINIBROWSER || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const started = performance.now();

function fail(message) {
  throw new Error(message);
}


/** A TCP port nobody is listening on right now, chosen by the system. */
function freePort() {
  return new Promise((done, reject) => {
    const probe = createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** Polls `check` (async, true when done) until it holds or `ms` pass. */
async function waitFor(check, ms, what) {
  const end = Date.now() + ms;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end) fail(`${what} (waited ${ms / 1000} s)`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Spawns a long-running helper and remembers it, so that it is always stopped. */
function helper(children, command, args, options) {
  const child = spawn(command, args, options);
  child.exited = new Promise((r) => child.once('exit', r));
  child.once('error', () => {});
  children.push(child);
  return child;
}

async function stopAll(children) {
  await Promise.all(
    children.map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await child.exited;
      clearTimeout(timer);
    }),
  );
}

async function startServer(children, home) {
  if (!existsSync(join(dist, 'index.html'))) fail(`${dist}/index.html is missing: run \`make build\` first`);
  // Serve a copy: a build finishing in dist/ halfway through would otherwise change the
  // files under the page (and its service worker would offer the update).
  const files = join(home, 'dist');
  cpSync(dist, files, { recursive: true });
  // The port is free when asked; if something takes it before the server binds, the
  // server exits and another port is tried.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const server = helper(children, process.execPath, ['scripts/serve-dist.mjs', files, String(port), '/'], { stdio: 'ignore' });
    const url = `http://127.0.0.1:${port}`;
    const ok = await waitFor(async () => {
      if (server.exitCode !== null) return true;
      return (await fetch(`${url}/`)).ok;
    }, 10_000, `the release build did not start serving on ${url}`).then(() => server.exitCode === null);
    if (ok) return url;
  }
  fail('the release build could not get a port to serve on');
}

/** WebKitWebDriver on a free port and the display; resolves with its address once
 * its /status says it is ready for a session. */
async function startDriver(children, display, home, output) {
  if (!existsSync(driverPath)) fail(`${driverPath} is missing (run scripts/setup.sh: Debian's webkit2gtk-driver)`);
  const env = {
    ...process.env,
    DISPLAY: display,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_DATA_HOME: join(home, '.local/share'),
    // No session bus or accessibility bus to look for on a build machine.
    DBUS_SESSION_BUS_ADDRESS: 'disabled:',
    NO_AT_BRIDGE: '1',
    GTK_A11Y: 'none',
    // No shader cache to write (and to be still writing while the folder is removed).
    MESA_SHADER_CACHE_DISABLE: 'true',
  };
  // No locale from this machine: WebKitGTK turns LANG=C.UTF-8 into the language tag "C",
  // which no browser a person uses reports; with none it says en-US, as Safari does.
  for (const k of ['LANG', 'LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LC_CTYPE']) delete env[k];
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const driver = helper(children, driverPath, [`--port=${port}`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    driver.stdout.on('data', (d) => output.push(String(d)));
    driver.stderr.on('data', (d) => output.push(String(d)));
    const url = `http://127.0.0.1:${port}`;
    await waitFor(async () => {
      if (driver.exitCode !== null) return true;
      const status = await (await fetch(`${url}/status`)).json();
      return status?.value?.ready === true;
    }, 15_000, `WebKitWebDriver did not answer on ${url}/status`);
    if (driver.exitCode === null) return url;
  }
  fail(`WebKitWebDriver would not start:\n${output.join('').slice(-1500)}`);
}

/** What went wrong in the page: a Rust panic (console.error from the panic hook) or an
 * uncaught error or rejection. WebKitWebDriver has no console log and MiniBrowser doesn't
 * print an automated page's console, so the page records these itself, in
 * sessionStorage so that they outlive a navigation; `watch` installs the recorder after
 * each load, so a page that breaks while loading shows as a page that never draws. */
const WATCH = `if (!window.__waymarkWatch) {
  window.__waymarkWatch = true;
  const keep = (what) => {
    const seen = JSON.parse(sessionStorage.getItem('test.errors') || '[]');
    seen.push(String(what).slice(0, 400));
    sessionStorage.setItem('test.errors', JSON.stringify(seen));
  };
  const error = console.error.bind(console);
  console.error = (...args) => { if (/panicked at|RuntimeError|unreachable/.test(args.join(' '))) keep(args.join(' ')); error(...args); };
  addEventListener('error', (e) => keep(e.message || e.error));
  addEventListener('unhandledrejection', (e) => keep('unhandled rejection: ' + (e.reason && e.reason.stack || e.reason)));
  // The app's quiet notices last six seconds: remember each, to check without a race.
  const notice = document.querySelector('.notice');
  if (notice) new MutationObserver(() => {
    const text = notice.textContent.trim();
    if (!text) return;
    const seen = JSON.parse(sessionStorage.getItem('test.notices') || '[]');
    if (seen[seen.length - 1] !== text) sessionStorage.setItem('test.notices', JSON.stringify([...seen, text]));
  }).observe(notice, { childList: true, subtree: true, characterData: true });
}`;

async function watch(driver) {
  await driver.executeScript(WATCH);
}
configure({ afterLoad: watch });

/** Errors recorded in the current window since it was opened. */
async function breakages(driver) {
  return JSON.parse((await driver.executeScript(`return sessionStorage.getItem('test.errors')`)) || '[]');
}

/** Waits until the window has shown a notice containing `text` (since it was opened). */
async function noticed(driver, text, what) {
  await driver
    .wait(async () => JSON.parse((await driver.executeScript(`return sessionStorage.getItem('test.notices')`)) || '[]').some((n) => n.includes(text)), WAIT)
    .catch(() => fail(what));
}

async function noBreakage(driver) {
  const broken = await breakages(driver);
  if (broken.length) fail(`the page reported errors:\n    ${broken.join('\n    ')}`);
}

async function main() {
  const home = mkdtempSync(join(tmpdir(), 'waymark-webkit-'));
  const downloads = join(home, 'Downloads');
  mkdirSync(downloads);
  mkdirSync(join(home, '.config'));
  // MiniBrowser saves downloads to the XDG download folder without asking.
  writeFileSync(join(home, '.config/user-dirs.dirs'), `XDG_DOWNLOAD_DIR="${downloads}"\n`);
  const children = [];
  const output = [];
  let display;
  let driver;
  let version = '?';
  // Interrupted: stop what was started (MiniBrowser goes with its driver), then leave.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      for (const child of children) child.kill('SIGTERM');
      display?.process.kill('SIGTERM');
      rmSync(home, { recursive: true, force: true });
      process.exit(130);
    });
  }
  try {
    configure({ base: await startServer(children, home) });
    display = await startDisplay();
    const driverUrl = await startDriver(children, display.name, home, output);
    driver = await session(driverUrl, true);
    version = (await driver.getCapabilities()).get('browserVersion');
    await journey(driver, downloads);
    await driver.quit();
    driver = undefined;
    // WebKitGTK as it ships, and Safari before 17: no navigator.storage at all.
    driver = await session(driverUrl, false);
    await withoutStorageApi(driver);
    console.log(`✓ WebKit smoke journey passed (WebKitGTK ${version}, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  } catch (e) {
    console.error(`\n✗ WebKit smoke journey failed while ${currentStep()}:\n  ${e?.message || e}`);
    process.exitCode = 1;
    if (driver) {
      try {
        const broken = await breakages(driver);
        if (broken.length) console.error(`  the page reported:\n    ${broken.join('\n    ')}`);
      } catch {}
      await showPage(driver, 'test-results/webkit');
    }
  } finally {
    if (driver) await driver.quit().catch(() => {});
    await stopAll(children);
    if (display) await display.stop();
    // WebKit's helper processes may still be finishing a cache write as they go.
    try {
      rmSync(home, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch (e) {
      console.warn(`  (could not remove ${home}: ${e.message})`);
    }
  }
}

/** A MiniBrowser session; `storageApi` turns on navigator.storage (persist(),
 * estimate()), which Safari has had since 17 and WebKitGTK leaves off by default. */
async function session(driverUrl, storageApi) {
  const driver = await new Builder()
    .usingServer(driverUrl)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': {
        binary: miniBrowser,
        args: ['--automation', ...(storageApi ? ['--features=+StorageAPI,+StorageAPIEstimate'] : [])],
      },
    })
    .build();
  // A load that never finishes fails in seconds, not after WebDriver's five minutes.
  await driver.manage().setTimeouts({ pageLoad: 30_000, script: 15_000 });
  return driver;
}

/** The same, inside an element found earlier. */
const inside = (tag, text) => By.xpath(`.//${tag}[normalize-space(.)=${JSON.stringify(text)}]`);

/** Waits until some element matching `locator` contains `text`. */
async function shows(driver, locator, text, what) {
  await driver
    .wait(
      async () => {
        for (const el of await driver.findElements(locator)) {
          if ((await el.getText().catch(() => '')).includes(text)) return true;
        }
        return false;
      },
      WAIT,
    )
    .catch(() => fail(what || `“${text}” never showed`));
}

/** Waits for a finished download whose name matches `pattern`; returns its name. */
async function downloaded(downloads, pattern, what) {
  let file;
  await waitFor(
    async () => {
      file = readdirSync(downloads).find((f) => pattern.test(f));
      return Boolean(file) && statSync(join(downloads, file)).size > 0;
    },
    WAIT,
    `no ${what} arrived in the download folder (it holds: ${readdirSync(downloads).join(', ') || 'nothing'})`,
  );
  return file;
}

/** Replaces a text field's value the way a person does (select it all, type over it),
 * then leaves it (a change event). The selection is made by script: WebKitWebDriver
 * keeps Control held after a Control+A chord, so the typing after it inserts nothing. */
async function retype(driver, field, text) {
  await field.click();
  await driver.executeScript('arguments[0].select()', field);
  await field.sendKeys(text, Key.TAB);
}

/** A click on the app's own nav link: a route change inside the page, no reload. */
async function navigate(driver, label) {
  const link = await driver.findElement(By.xpath(`//nav[@id="site-nav"]//a[normalize-space(.)=${JSON.stringify(label)}]`));
  // The links sit in groups: on a wide window behind their group's button, on a narrow
  // one behind the Menu button. Open whichever is closed.
  await driver.wait(
    async () => {
      if (await link.isDisplayed()) return true;
      const toggle = await driver.findElement(By.css('.menu-toggle'));
      const opener = (await toggle.isDisplayed())
        ? toggle
        : await link.findElement(By.xpath('ancestor::li[contains(@class, "nav-group")]/button'));
      if ((await opener.getAttribute('aria-expanded')) !== 'true') await opener.click();
      return false;
    },
    WAIT,
    `the “${label}” link never showed`,
  );
  await link.click();
}

async function journey(driver, downloads) {
  const goalPath = new URL(await firstSteps(driver)).pathname;
  // No wait for the save: every change is in this tab's log the moment it is made.

  await reloadKeepsGoal(driver);

  log('a check-in rhythm and a check-in');
  await open(driver, '/checkins');
  await driver.findElement(By.xpath(`//label[contains(., "Every week")]`)).click();
  // The first check-in date starts as today (a date field: WebKit's own control).
  const start = await driver.findElement(By.id('cadence-start')).getAttribute('value');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start)) fail(`the rhythm's first day reads “${start}”`);
  await driver.findElement(byText('button', 'Save my rhythm')).click();
  await shows(driver, By.css('main'), 'You check in every week, starting', 'the rhythm was not saved');
  await driver.findElement(byText('button', 'Check in now')).click();
  const did = await driver.wait(until.elementLocated(By.id('checkin-did')), WAIT, 'the check-in form never opened');
  // The form moves focus to its heading once drawn; type after that, as a person would.
  await driver.wait(async () => (await driver.executeScript('return document.activeElement && document.activeElement.id')) === 'checkin-form-title', WAIT, 'the check-in form never took focus');
  const today = await driver.findElement(By.id('checkin-date')).getAttribute('value');
  if (today !== start) fail(`the check-in is dated “${today}”, the rhythm starts “${start}”`);
  await did.sendKeys('Finished the first SQL lesson');
  await driver.findElement(By.xpath(`//fieldset[legend[contains(., "How confident")]]//label[normalize-space(.)="7"]`)).click();
  await driver.findElement(By.xpath(`//fieldset[legend[contains(., "How much energy")]]//label[normalize-space(.)="6"]`)).click();
  await driver.findElement(byText('button', 'Save check-in')).click();
  await shows(driver, By.css('[role="status"]'), 'Check-in saved', 'saving the check-in said nothing');
  await shows(driver, By.css('main'), 'Finished the first SQL lesson', 'the check-in is not among past check-ins');
  await shows(driver, By.css('main'), 'Confidence 7/10', 'the check-in lost its confidence');
  // Dates are written in the browser's language through its Intl, never as ISO text.
  const words = await driver.findElement(By.css('main')).getText();
  const iso = words.match(/\b\d{4}-\d{2}-\d{2}\b/);
  if (iso) fail(`the check-ins page shows the date ${iso[0]} as ISO text (navigator.language is ${await driver.executeScript('return navigator.language')})`);

  log('the calendar (.ics) downloads');
  await driver.findElement(byText('button', 'Download calendar (.ics)')).click();
  const ics = await downloaded(downloads, /^waymark-calendar-\d{4}-\d{2}-\d{2}\.ics$/, 'calendar file');
  const calendar = readFileSync(join(downloads, ics), 'utf8');
  if (!calendar.startsWith('BEGIN:VCALENDAR\r\n')) fail(`the calendar file starts “${calendar.slice(0, 30)}”`);
  if (!calendar.includes('RRULE:FREQ=WEEKLY')) fail('the calendar file has no weekly check-in');
  if (!calendar.includes(`DTSTART;VALUE=DATE:${start.replaceAll('-', '')}`)) fail(`the calendar's check-ins don't start on ${start}`);

  log('the timeline: weeks start on the locale’s first day (Intl week info)');
  await open(driver, '/timeline');
  await driver.wait(until.elementLocated(By.css('.timeline-chart .axis-label.weekday')), WAIT, 'the timeline marks no week starts');
  const week = await driver.executeScript(`const tag = navigator.language;
    const loc = new Intl.Locale(tag);
    const info = typeof loc.getWeekInfo === 'function' ? loc.getWeekInfo() : loc.weekInfo;
    const first = info ? info.firstDay : 1; // 1 = Monday … 7 = Sunday
    const day = new Date(Date.UTC(2026, 10, 15 + first, 12)); // 2026-11-16 is a Monday
    const name = new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: 'UTC' }).format(day);
    const shown = [...document.querySelectorAll('.timeline-chart .axis-label.weekday')].map((t) => t.textContent);
    return { tag, first, name, shown };`);
  if (!week.shown.length) fail('the timeline marks no week starts');
  if (week.shown.some((n) => n !== week.name)) fail(`weeks in ${week.tag} start on ${week.name} (firstDay ${week.first}), the timeline shows ${week.shown.join(', ')}`);

  await downloadBackup(driver);
  const file = await downloaded(downloads, /^waymark-workbook-\d{4}-\d{2}-\d{2}\.json$/, 'backup file');
  const wb = checkBackup(join(downloads, file));
  if (!JSON.stringify(wb.checkins).includes('Finished the first SQL lesson')) fail('the backup has no check-in');

  log('import: another backup, previewed and merged');
  const incoming = resolve('tests/e2e/data/small.json');
  const theirs = JSON.parse(readFileSync(incoming, 'utf8')).workbook.goals.map((g) => g.title);
  await driver.findElement(By.id('import-file')).sendKeys(incoming);
  await shows(driver, By.css('[aria-label="What the file contains"]'), 'In small.json', 'the file was never previewed');
  await driver.findElement(byText('button', 'Merge into my workbook')).click();
  await shows(driver, By.css('[role="status"]'), 'Merged small.json into your workbook', 'merging said nothing');
  await navigate(driver, 'Goals');
  await heading(driver, 'Goals');
  for (const t of [...theirs, 'Learn SQL']) await shows(driver, By.css('main'), t, `“${t}” is not among the goals after the merge`);

  log('a <dialog>: a damaged program link explains itself');
  await open(driver, '/#program=1.not-a-real-program');
  const dialog = await driver.wait(until.elementLocated(By.css('dialog.program-dialog[open]')), WAIT, 'the program dialog never opened');
  await shows(driver, By.css('dialog.program-dialog'), "This program link can't be opened");
  if (!(await driver.executeScript(`return document.querySelector('dialog.program-dialog').matches(':modal')`))) fail('the dialog is not modal');
  await dialog.findElement(inside('button', 'Close')).click();
  await driver.wait(async () => !(await driver.executeScript(`return document.querySelector('dialog.program-dialog')?.open === true`)), WAIT, 'the dialog did not close');

  log('two windows: each takes in the other’s edit (storage events)');
  const first = await driver.getWindowHandle();
  await open(driver, goalPath);
  await heading(driver, 'Learn SQL');
  await driver.switchTo().newWindow('window');
  const second = await driver.getWindowHandle();
  await open(driver, '/goals');
  await driver.findElement(By.linkText(theirs[0])).click();
  await heading(driver, theirs[0]);
  await retype(driver, await driver.findElement(By.id('edit-title')), 'Edited in window two');
  await heading(driver, 'Edited in window two');
  await driver.switchTo().window(first);
  await noticed(driver, 'another tab', 'window one never took in window two’s edit');
  await retype(driver, await driver.findElement(By.id('edit-title')), 'Edited in window one');
  await heading(driver, 'Edited in window one');
  await navigate(driver, 'Goals');
  await shows(driver, By.css('main'), 'Edited in window two', 'window one’s goal list lacks window two’s edit');
  await driver.switchTo().window(second);
  await noticed(driver, 'another tab', 'window two never took in window one’s edit');
  await navigate(driver, 'Goals');
  await shows(driver, By.css('main'), 'Edited in window one', 'window two’s goal list lacks window one’s edit');
  const logs = await driver.executeScript(`return Object.keys(localStorage).filter((k) => k.startsWith('waymark.log.')).length`);
  if (logs < 2) fail(`expected a change log per window (waymark.log.<tab>), found ${logs}`);
  await noBreakage(driver);
  await driver.close();
  await driver.switchTo().window(first);
  await reload(driver);
  await heading(driver, 'Goals');
  for (const t of ['Edited in window one', 'Edited in window two']) await shows(driver, By.css('main'), t, `“${t}” is gone after a reload`);

  log('offline use: the service worker controls the page');
  await driver.wait(
    () => driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
      navigator.serviceWorker.ready.then(() => done(Boolean(navigator.serviceWorker.controller)), () => done(false));`),
    WAIT,
    'no service worker controls the page',
  );
  const cached = await driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
    caches.keys().then(async (keys) => { let n = 0; for (const k of keys) n += (await (await caches.open(k)).keys()).length; done(n); }, () => done(0));`);
  if (!(cached > 5)) fail(`the service worker cached ${cached} files`);

  log('keeping storage: the Data page tells the truth about persist()');
  await open(driver, '/data');
  const truth = await driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
    if (!navigator.storage || !navigator.storage.persisted) done('missing');
    else navigator.storage.persisted().then((p) => done(String(p)), () => done('error'));`);
  const expected = { true: 'has agreed to keep', false: "hasn't promised to keep", missing: "doesn't say" }[truth];
  if (!expected) fail(`navigator.storage.persisted() gave ${truth}`);
  // The page asks the browser as it opens; the answer arrives a moment later.
  let said = '';
  await driver
    .wait(async () => (said = await driver.findElement(By.css('[data-testid="persist-status"]')).getText()).includes(expected), WAIT)
    .catch(() => fail(`persisted() is ${truth} but the page says “${said}”`));
  const ask = await driver.findElements(byText('button', 'Ask the browser to keep it'));
  if (truth === 'false') {
    if (!ask.length) fail('the browser has not promised, yet the page offers no way to ask');
    await ask[0].click();
    const granted = await driver.executeAsyncScript(`const done = arguments[arguments.length - 1];
      navigator.storage.persist().then((p) => done(p), () => done(false));`);
    await shows(driver, By.css('[role="status"]'), granted ? 'will keep' : 'decided not to promise', `asking gave ${granted}, the page said otherwise`);
    console.log(`    (navigator.storage.persisted() is false; persist() answers ${granted})`);
  } else console.log(`    (navigator.storage.persisted() is ${truth})`);

  log('Safari: the seven-day note, with Home Screen steps and a backup');
  const note = await driver.findElements(By.css('[data-testid="safari-storage"]'));
  if (!note.length) fail('the Data page has no note about Safari clearing storage after seven days');
  const text = await note[0].getText();
  for (const words of ['seven days', 'Home Screen']) if (!text.includes(words)) fail(`the Safari note doesn't mention “${words}”: “${text}”`);
  await note[0].findElement(inside('button', 'Download backup')).catch(() => fail('the Safari note offers no backup'));
  // The backup reminder comes after a week here, not after 30 days.
  await driver.executeScript(`localStorage.setItem('waymark.last_backup', new Date(Date.now() - 8 * 86400000).toISOString())`);
  await reload(driver);
  const reminder = await driver.findElement(By.css('[data-testid="backup-status"]'));
  const reminderText = await reminder.getText();
  if (!reminderText.includes('8 days ago') || !(await reminder.getAttribute('class')).includes('message-warn')) fail(`a backup 8 days old reads “${reminderText}”, without a reminder`);
  await noBreakage(driver);
}

/** A second, short session with WebKitGTK's defaults: without navigator.storage the
 * Data page says it can't tell, and offers no button that could only ever say no. */
async function withoutStorageApi(driver) {
  log('without the Storage API: the Data page says it can’t tell, and asks nothing');
  await open(driver, '/data');
  if (await driver.executeScript('return Boolean(navigator.storage)')) fail('navigator.storage is there with the Storage API turned off');
  await shows(driver, By.css('[data-testid="persist-status"]'), "doesn't say whether it will keep");
  if ((await driver.findElements(byText('button', 'Ask the browser to keep it'))).length) fail('the page offers to ask a browser that has no way to answer');
  await noBreakage(driver);
}

await main();
