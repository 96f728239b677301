/**
 * Test it as a person would: open the HTML report in headless Chromium (networking off) at 800 and 1280 px,
 * assert that nothing is wider than the viewport, and keep screenshots in test-artifacts/ (gitignored).
 * Skipped where /usr/bin/chromium is absent.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportCommandBody } from '../../src/cli/commands/report.js';
import { defineTheorem } from '../../src/core/define.js';
import type { Measurement } from '../../src/core/theorem.js';
import { openStore } from '../../src/runner/store.js';
import { verifyTheorems } from '../../src/runner/verify.js';
import { fakeIo } from '../helpers/fake-io.js';
import { outcomeZoo, syntheticRegistry, syntheticStore } from './synthetic.js';

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

/** The cells that used to break the layout: a long counterexample, a long method and source, ∞ margins. */
const wide = defineTheorem(
  {
    id: 'wide-cells',
    paper: 'ctadam',
    labels: ['test-layout'],
    title: 'long cells: ‖u_n^{(i)}‖∞ ≤ bound(β_i, γ_i)',
    statement: {
      text: 'A claim whose cells are long: ‖u_n‖∞ ≤ √(1 − β^{n+1})/(1 − γ^{n+1})·(1 − γ)/γ·√(β/(1 − β))·B_n.',
      latex: String.raw`\|u_n\|_\infty \le \frac{\sqrt{1-\beta^{n+1}}}{1-\gamma^{n+1}}\frac{1-\gamma}{\gamma}\sqrt{\frac{\beta}{1-\beta}}\,B_n(\beta,\gamma) \wedge C = \frac{2}{\gamma} - \frac{1}{\beta} - 1`,
    },
    hypotheses: [],
    settings: {},
    expectations: {
      long_cells: {
        expected: 1,
        tolerance: { kind: 'abs', atol: 0.1 },
        source:
          'appendix J last line: ‖Ẇ(t)‖² = ‖Ẇ(0)‖²e^{−2λt} + η∫… (slip for ‖W(t)‖²); spec 003 §1: S_n attained by g_{n−j} ∝ (γ/β)^j; a_very_long_identifier_without_any_break_point_at_all_0123456789',
      },
    },
  },
  [
    {
      name: 'long_cells',
      layer: 'empirical',
      run: (): Measurement => ({
        measured: 3,
        method:
          'max over n ≥ 1 of |u_n|/S_n over 4000 seeded random sequences of 300 steps, (ln|u_{n+h}| − ln|u_{n−h}|)/2h at n = 1000, h = 5, '.repeat(
            3,
          ),
        work: 1,
        counterexample: Object.fromEntries(
          Array.from({ length: 24 }, (_, i) => [`coordinate_${i}_of_the_worst_case`, 0.123456789 * (i + 1)]),
        ),
      }),
    },
  ],
);

/** Injected into a copy of the report (never the report itself): opens every <details>, then records what overflows. */
const probe = `<script>
document.querySelectorAll('details').forEach((d) => { d.open = true; });
const vw = document.documentElement.clientWidth;
const clipped = (e) => { for (let p = e.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };
const over = [];
for (const e of document.body.querySelectorAll('*')) {
  if (clipped(e)) continue;
  const r = e.getBoundingClientRect();
  if (r.width > 0 && (r.right > vw + 0.5 || r.left < -0.5)) over.push(e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className : '') + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
}
// a source is read either in its column (inside the visible part of its scroll box) or folded into the method cell
const cutSources = [...document.querySelectorAll('td.source')].filter((td) => {
  const box = td.closest('.scroll').getBoundingClientRect();
  const r = td.getBoundingClientRect();
  const inColumn = getComputedStyle(td).display !== 'none' && r.right <= box.right + 0.5;
  const inline = td.parentElement.querySelector('.src-inline');
  return !inColumn && !(inline && getComputedStyle(inline).display !== 'none');
}).length;
const scrollers = [...document.querySelectorAll('.scroll')].filter((s) => s.scrollWidth > s.clientWidth + 0.5).length;
const pre = document.createElement('pre');
pre.id = 'layout-probe';
pre.textContent = JSON.stringify({ vw, innerWidth, scrollWidth: document.documentElement.scrollWidth, over, scrollers, cutSources, elements: document.body.querySelectorAll('*').length });
document.body.appendChild(pre);
</script>`;

interface Layout {
  vw: number;
  innerWidth: number;
  scrollWidth: number;
  over: string[];
  scrollers: number;
  cutSources: number;
  elements: number;
}

describe.runIf(existsSync(chromium))('HTML report in headless Chromium', () => {
  let url = '';
  let probeUrl = '';
  beforeAll(async () => {
    const store = await syntheticStore();
    await verifyTheorems([wide, outcomeZoo], { seed: 0, budget: 'quick', store: openStore(store, { reuse: false }) });
    const io = { ...fakeIo(), cwd: dirname(store) };
    const registry = [...syntheticRegistry, wide, outcomeZoo];
    expect(await reportCommandBody(registry, { all: true, out: 'report.html', store }, io)).toBe(0);
    const file = join(dirname(store), 'report.html');
    url = pathToFileURL(file).href;
    const probed = join(dirname(store), 'probe.html');
    writeFileSync(probed, readFileSync(file, 'utf8').replace('</body>', `${probe}</body>`));
    probeUrl = pathToFileURL(probed).href;
  }, 60_000);

  it('should render every figure as a non-empty SVG and the statements as MathML in the live DOM', async () => {
    const { stdout } = await run(chromium, [...flags(), '--dump-dom', url], { timeout: 30_000, maxBuffer: 64 << 20 });
    const svgs = [...stdout.matchAll(/<svg\b[^>]*>([\s\S]*?)<\/svg>/g)];
    expect(svgs.length).toBeGreaterThanOrEqual(7);
    for (const s of svgs) expect((s[1].match(/<path|<rect|<line|<text/g) ?? []).length).toBeGreaterThan(10);
    expect(stdout).toContain('data-kind="omega-table"');
    expect(stdout).toContain('data-kind="region-map"');
    expect(stdout).toMatch(/<math display="block"[^>]*>[\s\S]*<mo[^>]*>∧<\/mo>/);
    // margin ∞ of a deviation against a zero allowance, never JSON's null
    expect(stdout).toMatch(/id="outcome-zoo--claim_fail_infinite_margin">.*<td class="num">∞<\/td>/);
    expect(stdout).not.toMatch(/<td class="num">null<\/td>/);
  }, 60_000);

  for (const width of [800, 1280])
    it(`should fit ${width} px: no element wider than the viewport, wide tables scroll inside their box; screenshot kept`, async () => {
      const { stdout } = await run(chromium, [...flags(), `--window-size=${width},2000`, '--dump-dom', probeUrl], {
        timeout: 30_000,
        maxBuffer: 64 << 20,
      });
      const json = /<pre id="layout-probe">(.*?)<\/pre>/s.exec(stdout)?.[1];
      expect(json, 'layout probe ran').toBeDefined();
      const l = JSON.parse(json!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as Layout;
      expect(l.innerWidth).toBe(width);
      expect(l.elements).toBeGreaterThan(1000);
      expect(l.over).toEqual([]);
      expect(l.scrollWidth).toBeLessThanOrEqual(l.vw);
      expect(l.cutSources).toBe(0);
      // from 1280 px up no table needs its scroll bar: the source column is never cut off
      if (width >= 1280) expect(l.scrollers).toBe(0);

      mkdirSync(artifacts, { recursive: true });
      const png = join(artifacts, `report-${width}.png`);
      await run(
        chromium,
        [...flags(), '--hide-scrollbars', `--screenshot=${png}`, `--window-size=${width},3000`, url],
        {
          timeout: 30_000,
        },
      );
      expect(statSync(png).size).toBeGreaterThan(20_000);
      expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    }, 60_000);
});
