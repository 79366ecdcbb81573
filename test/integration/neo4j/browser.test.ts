/**
 * Neo4j Browser, served by the local Neo4j at /browser/, driven in headless Chromium
 * (Debian's `chromium` through playwright-core): connect over Bolt, run a query, see the result.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type BrowserContext } from 'playwright-core';
import { getConfig } from '../../../src/config.js';
import { testNeo4jKind } from '../../support/graph.js';

const CHROMIUM = '/usr/bin/chromium';
const skip =
  testNeo4jKind() !== 'local'
    ? 'Neo4j Browser is checked on the local Neo4j of the test command (not with NEO4J_URI)'
    : !fs.existsSync(CHROMIUM)
      ? `${CHROMIUM} is missing (apt-get install chromium; .ci/run installs it)`
      : false;

describe('Neo4j Browser on the local Neo4j', { skip }, () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'diplograph-browser-'));
  let context: BrowserContext;

  before(async () => {
    context = await chromium.launchPersistentContext(path.join(tmp, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  after(async () => {
    await context?.close();
  });

  it('loads at /browser/, connects over Bolt with the configured user, and shows the result of RETURN 1', async () => {
    const config = getConfig();
    const page = context.pages()[0] ?? (await context.newPage());
    const response = await page.goto(`http://127.0.0.1:${config.NEO4J_HTTP_PORT}/browser/`);
    assert.equal(response?.status(), 200);

    await page.getByTestId('boltaddress').fill(`bolt://127.0.0.1:${config.NEO4J_BOLT_PORT}`);
    await page.getByTestId('username').fill(config.NEO4J_USER);
    await page.getByTestId('password').fill(config.NEO4J_PASSWORD);
    await page.getByTestId('connect').click();
    await page
      .getByText(/You are connected as user/)
      .first()
      .waitFor({ timeout: 30_000 });

    await page.locator('#monaco-main-editor, [data-testid=activeEditor]').first().click();
    await page.keyboard.type('RETURN 1 AS answer');
    await page.keyboard.press('Control+Enter');
    const table = page.locator('table').filter({ hasText: 'answer' }).first();
    await table.waitFor({ timeout: 30_000 });
    const cells = (await table.locator('td').allTextContents()).map((t) => t.trim());
    assert.ok(cells.includes('1'), `the result table shows 1 (cells: ${JSON.stringify(cells)})`);

    const shot = path.join(tmp, 'neo4j-browser-return-1.png');
    await page.screenshot({ path: shot });
    assert.ok(fs.statSync(shot).size > 10_000);
    console.log(`screenshot of Neo4j Browser: ${shot}`);
  });
});
