// Loads GraphiQL in headless Chromium (Debian's chromium, driven by playwright-core), runs each operation
// in turn, waiting until the result pane shows its expected text, and prints the result pane's texts.
// Usage: node graphiql-browser.mjs <tests/node folder> <page url> <operation> <expected text> [<operation> <expected text>...]
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [nodeDir, url, ...operations] = process.argv.slice(2);
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
  const results = [];
  for (let i = 0; i < operations.length; i += 2) {
    const [operation, expected] = operations.slice(i, i + 2);
    await page.evaluate((text) => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(text), operation);
    // GraphiQL parses the editor's text after a debounce, and its fetcher picks HTTP or WebSocket by that parse.
    await page.waitForFunction((text) => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.documentAST?.loc?.source?.body === text, operation, { timeout: 20000 });
    await page.click('.graphiql-execute-button');
    try {
      await page.waitForFunction((text) => document.querySelector('.result-window')?.innerText.includes(text), expected, { timeout: 20000 });
    } catch (error) {
      problems.push(`${operation}: ${error.message}`);
    }
    results.push(await page.evaluate(() => document.querySelector('.result-window').innerText));
  }
  process.stdout.write(JSON.stringify({ title: await page.title(), results, problems }));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
