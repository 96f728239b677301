/** Cached training runs are validated on read: a corrupt, mistyped or misplaced run file is dropped with a reason and retrained. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeRuns } from '../../experiments/cache/merge.js';
import { listRuns } from '../../experiments/cache/store.js';
import { runSweep } from '../../experiments/cache/sweep.js';
import { runResultProblem } from '../../experiments/harness/validate.js';

type Cfg = { seed: number; steps: number };
const result = (c: Cfg) => ({
  status: 'ok',
  steps: c.steps,
  model: 'm',
  dataset: 'd',
  loss: [1, 0.5],
  updateNorm: [1, 2],
  updateMax: [1, 2],
  gradNorm: [1, 1],
  tensors: {},
  validation: { loss: 0.5, accuracy: 0.9 },
});

async function sweep(dir: string, configs: Cfg[], code = 'v1') {
  const trained: number[] = [];
  const drops: string[] = [];
  const runs = await runSweep(configs, (c) => (trained.push(c.seed), result(c)), {
    dir,
    backend: 'cpu',
    namespace: 'test',
    code,
    validate: runResultProblem,
    onDrop: (l) => drops.push(l),
  });
  return { runs, trained, drops };
}

describe('run cache validation', () => {
  const configs = [
    { seed: 0, steps: 2 },
    { seed: 1, steps: 2 },
  ];

  it('should reuse valid runs and retrain a run whose updateNorm is the string "NaN"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ov-cv-'));
    await sweep(dir, configs);
    const [f] = readdirSync(dir)
      .filter((x) => x.endsWith('.json'))
      .sort();
    const run = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    run.result.updateNorm = 'NaN';
    writeFileSync(join(dir, f), JSON.stringify(run));
    const again = await sweep(dir, configs);
    expect(again.trained).toHaveLength(1);
    expect(again.drops).toHaveLength(1);
    expect(again.drops[0]).toMatch(/dropped: result\.updateNorm is not a number array/);
  });

  it("should refuse another configuration's content under a run's name, and a torn file", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ov-cv-'));
    const first = await sweep(dir, configs);
    const [a, b] = first.runs.map((r) => `${r.hash}.json`);
    const other = JSON.parse(readFileSync(join(dir, b), 'utf8'));
    writeFileSync(join(dir, a), JSON.stringify({ ...other, hash: a.slice(0, 64) }));
    writeFileSync(join(dir, b), '{"hash": "torn');
    const again = await sweep(dir, configs);
    expect(again.trained.sort()).toEqual([0, 1]);
    expect(again.drops.map((d) => d.replace(/^.*dropped: /, '')).sort()).toEqual([
      'its configuration does not hash to its name',
      'not JSON (torn or corrupt write)',
    ]);
  });

  it("should treat a change of the runner's code fingerprint as a new run, never reusing the old one", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ov-cv-'));
    await sweep(dir, configs, 'v1');
    const changed = await sweep(dir, configs, 'v2');
    expect(changed.trained).toEqual([0, 1]);
    expect(changed.drops).toEqual([]);
  });

  it('should not merge an invalid run file, and name it', async () => {
    const [src, out] = [mkdtempSync(join(tmpdir(), 'ov-cv-')), mkdtempSync(join(tmpdir(), 'ov-cv-'))];
    const first = await runSweep(configs, result, {
      dir: src,
      backend: 'cpu',
      namespace: 'tfjs-train-run',
      code: 'v1',
    });
    const bad = join(src, `${first[0].hash}.json`);
    const run = JSON.parse(readFileSync(bad, 'utf8'));
    writeFileSync(bad, JSON.stringify({ ...run, result: { ...run.result, status: 'weird' } }));
    const s = mergeRuns([src], out);
    expect(s.written).toBe(1);
    expect(s.dropped).toHaveLength(1);
    expect(s.dropped[0]).toMatch(/dropped: result\.status is "weird"/);
    expect(listRuns(out)).toEqual([first[1].hash]);
  });
});
