// The smoke journey's shared steps and helpers, used by tests/firefox/smoke.mjs and
// tests/webkit/smoke.mjs: first run, the wheel by keyboard, a goal with a milestone marked
// done, a reload that keeps it, and the backup's contents. Each runner starts its own
// browser and server, then tells this module where the app is (`configure`).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { By, Key, until } from 'selenium-webdriver';

export const WAIT = 15_000;

const config = {
  /** The served release build, e.g. http://127.0.0.1:4173. */
  base: '',
  /** Stops the journey with a message. */
  fail: (message) => {
    throw new Error(message);
  },
  /** Runs after each page load (open, reload). */
  afterLoad: async () => {},
};

/** Sets any of `base`, `fail`, `afterLoad`. */
export function configure(options) {
  Object.assign(config, options);
}

export const base = () => config.base;
export const fail = (message) => config.fail(message);

let step = 'starting';
export const currentStep = () => step;
export const log = (s) => {
  step = s;
  console.log(`  · ${s}`);
};

/** Waits for the page's h1 to read `text` (a string or RegExp). */
export async function heading(driver, text) {
  await driver.wait(until.elementLocated(By.css('main h1')), WAIT, 'the page never drew its heading');
  let seen = '?';
  await driver
    .wait(
      async () => {
        try {
          seen = await driver.findElement(By.css('main h1')).getText();
          return typeof text === 'string' ? seen === text : text.test(seen);
        } catch {
          return false;
        }
      },
      WAIT,
    )
    .catch(() => {
      throw new Error(`expected the heading “${text}”, but it reads “${seen}”`);
    });
}

export async function open(driver, path) {
  await driver.get(config.base + path);
  await driver.wait(until.elementLocated(By.css('main h1')), WAIT, `${path} never drew its heading`);
  await config.afterLoad(driver);
}

export async function reload(driver) {
  await driver.navigate().refresh();
  await driver.wait(until.elementLocated(By.css('main h1')), WAIT, 'the page never drew its heading after a reload');
  await config.afterLoad(driver);
}

/** Presses keys on the page, as a person typing without a focused field. */
export async function press(driver, keys) {
  for (const k of keys) {
    await driver.actions().sendKeys(k).perform();
  }
}

export const byText = (tag, text) => By.xpath(`//${tag}[normalize-space(.)=${JSON.stringify(text)}]`);

/** First run: the welcome, the wheel by keyboard, a goal through the wizard and a
 * milestone marked done. Returns the goal's address. */
export async function firstSteps(driver) {
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
  return goalUrl;
}

/** Reloads the goal's page and checks the milestone is still there, still done. */
export async function reloadKeepsGoal(driver) {
  log('reload: everything is still there');
  await reload(driver);
  await heading(driver, 'Learn SQL');
  const title = await driver.wait(until.elementLocated(By.css('.milestone-title')), WAIT, 'the milestone is gone after a reload');
  if (!(await title.getText()).includes('Pick a course')) fail(`the milestone reads “${await title.getText()}” after a reload`);
  if (!(await driver.findElement(By.css('.milestone-check')).isSelected())) fail('the milestone is no longer done after a reload');
}

/** Opens the Data page and asks for a backup (the runner waits for the file). */
export async function downloadBackup(driver) {
  log('export: the backup downloads as a valid file');
  await open(driver, '/data');
  await driver.findElement(byText('button', 'Download backup')).click();
}

/** Checks a downloaded backup holds the journey's name, goal, milestone and wheel;
 * returns its workbook. */
export function checkBackup(path) {
  let data;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
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
  return wb;
}

/** After a failure: a screenshot in `dir` and the start of the page's text. */
export async function showPage(driver, dir) {
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'failure.png'), await driver.takeScreenshot(), 'base64');
    const text = await driver.findElement(By.css('body')).getText();
    console.error(`  page (${await driver.getCurrentUrl()}):\n    ${text.slice(0, 800).replace(/\n/g, '\n    ')}`);
    console.error(`  screenshot: ${dir}/failure.png`);
  } catch {}
}
