// Drives the portal in headless Chromium (Debian's chromium through playwright-core) against a
// running server and prints one JSON object with what it saw.
// Usage: node portal-browser.mjs <tests/node folder> <scenario> <base url> [<json options>]
// Scenarios: pages, navigation, live, errors, timing, screenshots (see the functions below).
import { createRequire } from 'node:module';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [nodeDir, scenario, base, optionsText] = process.argv.slice(2);
const options = optionsText ? JSON.parse(optionsText) : {};
const require = createRequire(join(resolve(nodeDir), 'package.json'));
const { chromium } = require('playwright-core');
// Injected through the DevTools protocol: the portal's Content-Security-Policy allows no inline script.
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const profile = mkdtempSync(join(tmpdir(), 'portal-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: options.viewport ?? { width: 1366, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const problems = [];
const TIMEOUT = options.timeout ?? 30000;

async function open(path) {
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.on('pageerror', (error) => problems.push(`${path}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !options.allowConsoleErrors) problems.push(`${path}: console: ${message.text()}`);
  });
  await page.goto(base + path);
  return page;
}

/** Waits until the page shows its data: no loading notes left and, when given, the selector. */
async function settled(page, selector) {
  if (selector) await page.waitForSelector(selector, { state: 'attached' });
  await page.waitForFunction(() => !document.querySelector('.loading') && document.getElementById('page-heading'));
}

async function axe(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return result;
}

const texts = (page, selector) => page.$$eval(selector, (nodes) => nodes.map((n) => n.innerText.trim()));
const text = (page, selector) => page.$eval(selector, (n) => n.innerText.trim()).catch(() => null);

/** Every page: its heading, the values the test compares with the API, and axe's WCAG A/AA violations. */
async function pages() {
  const result = {};
  for (const [name, path, selector] of options.pages) {
    const page = await open(path);
    await settled(page, selector);
    result[name] = {
      url: page.url(),
      title: await page.title(),
      heading: await text(page, '#page-heading'),
      testIds: Object.fromEntries(await page.$$eval('[data-testid]', (nodes) => nodes.map((n) => [n.dataset.testid, n.innerText.trim()]))),
      rows: await texts(page, 'main table:not(.chart-table):not(.u-legend) tbody tr'),
      links: await page.$$eval('main a[href]', (nodes) => nodes.map((n) => n.getAttribute('href'))),
      charts: await page.$$eval('figure.chart', (nodes) => nodes.map((n) => ({
        title: n.querySelector('figcaption').innerText,
        canvas: Boolean(n.querySelector('canvas')),
        values: [...n.querySelectorAll('.chart-table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent.trim())),
      }))),
      map: await page.$eval('[data-testid="map-canvas"]', (n) => ({ ...n.dataset })).catch(() => null),
      overflow: await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      violations: options.axe === false ? [] : await axe(page),
    };
    if (options.keyboard && name === options.keyboard) result[name].tabStops = await tabStops(page);
    await page.close();
  }
  return result;
}

async function tabStops(page) {
  const stops = [];
  await page.focus('body');
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(() => {
      const e = document.activeElement;
      return e ? `${e.tagName.toLowerCase()}:${(e.innerText || e.getAttribute('aria-label') || '').trim().slice(0, 40)}` : null;
    }));
  }
  return stops;
}

/** Clicks through the main navigation and into a unit, then goes back, without a page load. */
async function navigation() {
  const page = await open('/');
  await settled(page, '[data-testid="recent-alerts"]');
  await page.evaluate(() => { window.__portalMarker = 'same document'; });
  const visited = [];
  for (const name of ['Pods', 'People', 'Networks', 'Labs', 'Domains', 'Dependency map', 'Overview']) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
    await settled(page);
    visited.push({ link: name, path: new URL(page.url()).pathname, heading: await text(page, '#page-heading'),
      current: await text(page, 'nav[aria-label="Main"] a[aria-current="page"]') });
  }
  // Into a pod from the pods list, then keyboard back to the list.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pods', exact: true }).click();
  await settled(page, 'main table tbody tr');
  const firstPod = page.locator('main table tbody tr th a').first();
  const podName = (await firstPod.innerText()).trim();
  await firstPod.focus();
  await page.keyboard.press('Enter');
  await settled(page, '[data-testid="pod-members"]');
  const pod = { path: new URL(page.url()).pathname, heading: await text(page, '#page-heading'), focused: await page.evaluate(() => document.activeElement?.id) };
  await page.goBack();
  await settled(page, 'main table tbody tr');
  const back = { path: new URL(page.url()).pathname, heading: await text(page, '#page-heading') };
  // A deep link opened directly (the server's SPA fallback) and an unknown page.
  const deep = await open(pod.path);
  await settled(deep, '[data-testid="pod-members"]');
  const deepHeading = await text(deep, '#page-heading');
  const missing = await open('/no/such/page');
  await settled(missing);
  return {
    visited, podName, pod, back, deepHeading,
    missing: await text(missing, '#page-heading'),
    sameDocument: await page.evaluate(() => window.__portalMarker === 'same document'),
  };
}

/** Opens the overview, waits for the live connection, runs the mutation (options.mutation with
 * options.token) and measures until its alert is in the newest alerts, without a reload. */
async function live() {
  const page = await open('/');
  await settled(page, '[data-testid="recent-alerts"]');
  await page.waitForSelector('[data-live="live"]');
  const before = await page.$$eval('[data-testid="recent-alerts"] li', (nodes) => nodes.length);
  await page.evaluate(() => { window.__portalMarker = 'not reloaded'; });
  const started = Date.now();
  const response = await fetch(base + '/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${options.token}` },
    body: JSON.stringify({ query: options.mutation }),
  });
  const mutation = await response.json();
  const answered = Date.now();
  await page.waitForFunction((expected) => [...document.querySelectorAll('[data-testid="recent-alerts"] li.live-new')]
    .some((li) => li.innerText.includes(expected)), options.expect, { timeout: TIMEOUT });
  const appeared = Date.now();
  return {
    mutation,
    msAfterMutation: appeared - answered,
    msTotal: appeared - started,
    before,
    newest: await text(page, '[data-testid="recent-alerts"] li'),
    announcement: await text(page, '[data-testid="alert-announcement"]'),
    reloaded: await page.evaluate(() => window.__portalMarker !== 'not reloaded'),
  };
}

/** The API unreachable, refusing (401) and refusing a field (FORBIDDEN): what the page says. */
async function errors() {
  const result = {};
  const cases = {
    unreachable: (route) => route.abort('connectionrefused'),
    refused: (route) => route.fulfill({ status: 401, contentType: 'application/json', headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' },
      body: JSON.stringify({ errors: [{ message: 'The token has expired.', extensions: { code: 'UNAUTHENTICATED' } }] }) }),
    forbidden: (route) => route.fulfill({ status: 200, contentType: 'application/json',
      body: JSON.stringify({ data: null, errors: [{ message: 'Reading organisation needs a role: sign in.', extensions: { code: 'UNAUTHENTICATED' } }] }) }),
  };
  for (const [name, handler] of Object.entries(cases)) {
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    await page.route('**/graphql', handler);
    await page.goto(base + (options.path ?? '/'));
    await page.waitForSelector('[role="alert"]');
    result[name] = { alert: await text(page, '[role="alert"]'), violations: await axe(page) };
    await page.close();
  }
  return result;
}

/** How long the overview and the map take to show their data (ms from navigation start). */
async function timing() {
  const result = {};
  for (const [name, path, selector] of options.pages) {
    const page = await open(path);
    await settled(page, selector);
    const ms = await page.evaluate(() => performance.now());
    result[name] = { ms: Math.round(ms), heading: await text(page, '#page-heading'),
      testIds: Object.fromEntries(await page.$$eval('[data-testid]', (nodes) => nodes.map((n) => [n.dataset.testid, n.innerText.trim()]))) };
    await page.close();
  }
  return result;
}

/** A full-page PNG of each page into options.folder. */
async function screenshots() {
  mkdirSync(options.folder, { recursive: true });
  const saved = [];
  for (const [name, path, selector] of options.pages) {
    const page = await open(path);
    await settled(page, selector);
    await page.waitForTimeout(600);
    const file = join(options.folder, `${name}.png`);
    await page.screenshot({ path: file, fullPage: options.fullPage ?? true });
    saved.push(file);
    await page.close();
  }
  return { saved };
}

try {
  const scenarios = { pages, navigation, live, errors, timing, screenshots };
  if (!scenarios[scenario]) throw new Error(`Unknown scenario ${scenario}`);
  const result = await scenarios[scenario]();
  process.stdout.write(JSON.stringify({ ...result, problems }));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
