/**
 * Neo4j Browser, served by the local Neo4j at /browser/, driven in headless Chromium
 * (Debian's `chromium` through playwright-core): connect over Bolt, run a query, see the result;
 * after connecting Browser loads Diplograph's style and guide from the local Neo4j, and draws the
 * seed graph around Antony Blinken with captions that say what each node is. The screenshot of that
 * drawing is kept in test-artifacts/.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type BrowserContext } from 'playwright-core';
import { getConfig } from '../../../src/config.js';
import type { Graph } from '../../../src/graph/driver.js';
import { ROOT, SCHEMA_DIR } from '../../../src/paths.js';
import { openTestGraph, testNeo4jKind } from '../../support/graph.js';
import { ingestSeeds } from '../../support/seeds.js';

const ARTIFACTS = path.join(ROOT, 'test-artifacts');

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
  let graph: Graph;

  before(async () => {
    graph = await openTestGraph();
    await ingestSeeds(graph);
    context = await launch('profile');
  });
  /** A Chromium with a profile of its own: a fresh one starts at Browser's connection form. */
  const launch = (profile: string) =>
    chromium.launchPersistentContext(path.join(tmp, profile), {
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
  after(async () => {
    await context?.close();
    await graph?.close();
  });

  const connect = async (ctx: BrowserContext) => {
    const config = getConfig();
    const page = ctx.pages()[0] ?? (await ctx.newPage());
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
    return page;
  };

  it('loads at /browser/, connects over Bolt with the configured user, and shows the result of RETURN 1', async () => {
    const page = await connect(context);
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

  it('the local Neo4j serves the Diplograph style and guide without login', async () => {
    const port = getConfig().NEO4J_HTTP_PORT;
    const grass = await fetch(`http://127.0.0.1:${port}/diplograph/neo4j-browser.grass`);
    assert.equal(grass.status, 200);
    assert.equal(await grass.text(), fs.readFileSync(path.join(SCHEMA_DIR, 'neo4j-browser.grass'), 'utf8'));
    const guide = await fetch(`http://127.0.0.1:${port}/diplograph/guides/diplograph`);
    assert.equal(guide.status, 200);
    assert.match(guide.headers.get('content-type') ?? '', /text\/html/);
    assert.equal((await fetch(`http://127.0.0.1:${port}/diplograph/../conf/neo4j.conf`)).status, 404);
    assert.equal((await fetch(`http://127.0.0.1:${port}/diplograph/other`)).status, 404);
  });

  it('after connecting, loads the style, opens the guide, and draws the seed graph around Antony Blinken with no node captioned by a number', async () => {
    const fresh = await launch('profile-style');
    after(() => fresh.close());
    const page = await connect(fresh);
    // browser.post_connect_cmd: `:play diplograph` opens the guide, `:style URL` the style frame.
    await page.getByText('Diplograph: diplomatic reports as a graph').first().waitFor({ timeout: 30_000 });
    await page.getByText('node.Person').first().waitFor({ timeout: 30_000 });

    await page.locator('#monaco-main-editor, [data-testid=activeEditor]').first().click();
    await page.keyboard.type("MATCH (p:Person {name: 'Antony Blinken'})-[r]-(n) RETURN p, r, n");
    await page.keyboard.press('Control+Enter');
    const nodes = page.locator('svg g.node');
    const expected = (
      await graph.read("MATCH (:Person {name: 'Antony Blinken'})--(n) RETURN count(DISTINCT n) + 1 AS n")
    )[0]!.n as number;
    await page.waitForFunction(
      (n) =>
        (
          globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }
        ).document.querySelectorAll('svg g.node').length >= n,
      expected,
      { timeout: 60_000 },
    );
    await page.waitForTimeout(3_000); // let the force layout settle for the picture
    type El = { querySelectorAll(s: string): Iterable<{ textContent: string | null }> };
    const captions = await nodes.evaluateAll((gs) =>
      (gs as unknown as El[]).map((g) =>
        Array.from(g.querySelectorAll('text.caption'), (t) => t.textContent ?? '')
          .join(' ')
          .trim(),
      ),
    );
    assert.equal(captions.length, expected);
    const numeric = captions.filter((c) => /^[\d.,\s-]*$/.test(c));
    assert.deepEqual(numeric, [], `captions: ${JSON.stringify(captions)}`);
    assert.ok(
      captions.some((c) => c.startsWith('Antony')),
      JSON.stringify(captions),
    );
    assert.ok(
      captions.some((c) => /^2023-06-1\d/.test(c)),
      `a meeting by its date: ${JSON.stringify(captions)}`,
    );

    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const shot = path.join(ARTIFACTS, 'neo4j-browser-blinken.png');
    await page.screenshot({ path: shot, fullPage: true });
    assert.ok(fs.statSync(shot).size > 20_000);
    console.log(`screenshot of the seed graph in Neo4j Browser: ${shot}`);
  });
});
