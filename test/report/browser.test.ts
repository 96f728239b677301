/** Test it as a person would: open the HTML report in headless Chromium (networking off), screenshot it. */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportCommandBody } from '../../src/cli/commands/report.js';
import { fakeIo } from '../helpers/fake-io.js';
import { syntheticRegistry, syntheticStore } from './synthetic.js';

const chromium = '/usr/bin/chromium';
const run = promisify(execFile);
const artifacts = join(new URL('../..', import.meta.url).pathname, 'test-artifacts');
const flags = (): string[] => [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--proxy-server=127.0.0.1:9', // networking off: anything that tries to leave fails
  '--proxy-bypass-list=<-loopback>',
  `--user-data-dir=${mkdtempSync(join(tmpdir(), 'optverify-chromium-'))}`,
];

describe.runIf(existsSync(chromium))('HTML report in headless Chromium', () => {
  let url = '';
  beforeAll(async () => {
    const store = await syntheticStore();
    const io = { ...fakeIo(), cwd: dirname(store) };
    expect(await reportCommandBody(syntheticRegistry, { all: true, out: 'report.html', store }, io)).toBe(0);
    url = pathToFileURL(join(dirname(store), 'report.html')).href;
  });

  it('should render every figure as a non-empty SVG in the live DOM', async () => {
    const { stdout } = await run(chromium, [...flags(), '--dump-dom', url], { timeout: 30_000, maxBuffer: 64 << 20 });
    const svgs = [...stdout.matchAll(/<svg\b[^>]*>([\s\S]*?)<\/svg>/g)];
    expect(svgs.length).toBeGreaterThanOrEqual(7);
    for (const s of svgs) expect((s[1].match(/<path|<rect|<line|<text/g) ?? []).length).toBeGreaterThan(10);
    expect(stdout).toContain('data-kind="omega-table"');
    expect(stdout).toContain('data-kind="region-map"');
  });

  it('should paint a screenshot (kept as test-artifacts/report.png)', async () => {
    mkdirSync(artifacts, { recursive: true });
    const png = join(artifacts, 'report.png');
    await run(chromium, [...flags(), '--hide-scrollbars', `--screenshot=${png}`, '--window-size=1200,3000', url], {
      timeout: 30_000,
    });
    expect(statSync(png).size).toBeGreaterThan(20_000);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
  });
});
