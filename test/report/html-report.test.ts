import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportCommandBody } from '../../src/cli/commands/report.js';
import { figureKinds } from '../../src/report/figures/index.js';
import { fakeIo } from '../helpers/fake-io.js';
import { openStore } from '../../src/runner/store.js';
import { verifyTheorems } from '../../src/runner/verify.js';
import { outcomeZoo, syntheticRegistry, syntheticStore, zooDetails } from './synthetic.js';

let html = '';
let md = '';
let storeDir = '';

beforeAll(async () => {
  const store = await syntheticStore();
  storeDir = dirname(store);
  const io = { ...fakeIo(), cwd: storeDir };
  expect(await reportCommandBody(syntheticRegistry, { all: true, out: 'report.html', store }, io)).toBe(0);
  expect(io.stdout.join('\n')).toMatch(/wrote report\.html \(html\): 2 theorems, 10 checks: .*1 stale, 1 missing/);
  html = readFileSync(join(storeDir, 'report.html'), 'utf8');
  const io2 = fakeIo();
  expect(await reportCommandBody(syntheticRegistry, { format: 'md', store }, io2)).toBe(0);
  md = io2.stdout.join('\n');
});

describe('HTML report from a synthetic store', () => {
  it('should be one self-contained document: no scripts, no external resources', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link |src="http|href="http/i);
  });
  it('should group theorems by paper, with statement (as MathML) and verdict', () => {
    expect(html).toContain('id="paper-gsi"');
    expect(html).toContain('id="paper-ctadam"');
    expect(html).toMatch(/<article class="theorem" id="freshness-demo" data-verdict="incomplete">/);
    expect(html).toMatch(/<article class="theorem" id="figure-zoo" data-verdict="pass">/);
    const math = [...html.matchAll(/<div class="math">(<math[\s\S]*?<\/math>)<\/div>/g)].map((m) => m[1]);
    expect(math).toHaveLength(2);
    // \frac{1-\beta_1}{\sqrt{1-\beta_2}}: a fraction over a root, β with subscript 1 in the numerator
    expect(math[1]).toMatch(/^<math display="block"/);
    expect(math[1]).toMatch(/<mfrac><mrow><mn>1<\/mn><mo>−<\/mo><msub><mi>β<\/mi><mn>1<\/mn><\/msub><\/mrow><msqrt>/);
    expect(math[0]).toMatch(/<mo[^>]*>⟺<\/mo>/);
    // the TeX source travels with it (MathML annotation), no raw TeX is shown as text
    expect(math[1]).toContain('<annotation encoding="application/x-tex">');
    expect(html).not.toMatch(/<p class="statement">[^<]*[_^]\{/);
  });
  it('should show a header with budget, seed, backend, versions and timing', () => {
    const dl = /<dl class="provenance">(.*?)<\/dl>/s.exec(html)?.[1] ?? '';
    expect(dl).toMatch(/<dt>budget<\/dt><dd>quick<\/dd>/);
    expect(dl).toMatch(/<dt>seed<\/dt><dd>\d+<\/dd>/);
    expect(dl).toMatch(/<dt>backend<\/dt><dd>no training check<\/dd>/);
    expect(dl).toMatch(/<dt>versions<\/dt><dd>optverify \S+ · node v\d+/);
    expect(dl).toMatch(/temml 0\.\d+\.\d+/);
    expect(dl).toMatch(/<dt>checks took<\/dt><dd>\d/);
    expect(dl).toMatch(/<dt>results from<\/dt><dd>\d{4}-\d\d-\d\dT/);
  });
  it('should fold passing checks into a closed <details> and keep the rest open', () => {
    const article = /<article class="theorem" id="freshness-demo"[\s\S]*?<\/article>/.exec(html)?.[0] ?? '';
    const [open, folded] = article.split('<details class="passing">');
    expect(folded).toMatch(/^<summary>1 passing check<\/summary>.*id="freshness-demo--fresh_check"/s);
    expect(open).toContain('id="freshness-demo--stale_check"');
    expect(open).not.toContain('id="freshness-demo--fresh_check"');
    expect(html).not.toMatch(/<details[^>]* open/);
  });
  it('should never show a stale result as current', () => {
    const row = /<tr class="stale" id="freshness-demo--stale_check">(.*?)<\/tr>/s.exec(html)?.[1] ?? '';
    expect(row).toContain('badge v-stale">stale');
    expect(row).toContain('was fail');
    expect(row).toContain('was 7');
    expect(row).not.toContain('v-fail');
    expect(html).toMatch(/<tr class="missing" id="freshness-demo--missing_check">.*never run/s);
    expect(html).toMatch(/<tr class="fresh" id="freshness-demo--fresh_check">.*badge v-pass/);
  });
  it('should draw every figure kind as a non-empty inline SVG', () => {
    const figures = [...html.matchAll(/<figure data-check="([^"]+)" data-kind="([^"]+)">(.*?)<\/figure>/gs)];
    const kinds = new Set(figures.map((f) => f[2]));
    for (const k of figureKinds) expect(kinds, `figure kind ${k.id}`).toContain(k.id);
    for (const f of figures) {
      expect(f[3], `${f[1]} ${f[2]}`).toMatch(/^<svg[^>]*width="\d+"/);
      expect((f[3].match(/<path|<rect|<line|<text/g) ?? []).length, `${f[1]} ${f[2]} marks`).toBeGreaterThan(10);
    }
    for (const check of Object.keys(zooDetails))
      expect(
        figures.some((f) => f[1] === check),
        check,
      ).toBe(true);
    // ids stay unique across inlined figures
    const ids = [...html.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('HTML numbers', () => {
  it('should show an infinite margin as ∞ (JSON stores it as null), never "null"', async () => {
    const store = join(storeDir, 'outcomes.ndjson');
    await verifyTheorems([outcomeZoo], { seed: 0, budget: 'quick', store: openStore(store, { reuse: false }) });
    const io = { ...fakeIo(), cwd: storeDir };
    await reportCommandBody([outcomeZoo], { all: true, out: 'outcomes.html', store }, io);
    const out = readFileSync(join(storeDir, 'outcomes.html'), 'utf8');
    const row = /<tr class="fresh" id="outcome-zoo--claim_fail_infinite_margin">(.*?)<\/tr>/s.exec(out)?.[1] ?? '';
    const nums = [...row.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((m) => m[1]);
    expect(nums).toEqual(['1.5', '1', '∞']);
    expect(out).not.toMatch(/>null</);
  });
});

describe('Markdown summary', () => {
  it('should list verdicts per theorem and what needs attention', () => {
    expect(md).toMatch(
      /^## optverify: 8 pass · 0 claim failures · 0 errors · 0 findings · 0 skip · 1 stale · 1 missing \(of 10\)/,
    );
    expect(md).toContain(
      '| gsi | `freshness-demo` | test-freshness | 🟠 incomplete | **holds** — 1 evidence check(s) pass | 1 | 0 | 0 | 0 | 0 | 1 | 1 |',
    );
    expect(md).toMatch(/### Not current \(2\)[\s\S]*`stale_check` \| 🟠 stale \(was fail\) \| was 7/);
    expect(md).not.toMatch(/### (Claim failures|Errors|Findings)/);
    expect(md).toContain('<details><summary>All checks (10)</summary>');
  });
});
