// Loads GraphiQL in headless Chromium (Debian's chromium, driven by playwright-core), runs a query and
// prints the result pane's text. Usage: node graphiql-browser.mjs <tests/node folder> <page url> <query>
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [nodeDir, url, query] = process.argv.slice(2);
const { chromium } = createRequire(join(nodeDir, 'package.json'))('playwright-core');

const profile = mkdtempSync(join(tmpdir(), 'graphiql-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  await page.waitForSelector('.graphiql-query-editor .CodeMirror', { timeout: 20000 });
  await page.evaluate((text) => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(text), query);
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(() => document.querySelector('.result-window')?.innerText.includes('"data"'), null, { timeout: 20000 });
  const result = await page.evaluate(() => document.querySelector('.result-window').innerText);
  process.stdout.write(JSON.stringify({ title: await page.title(), result, problems }));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
