/** Run cache: resume after a kill mid-sweep, shards, merge with conflict detection. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MergeConflictError, mergeRuns } from '../../experiments/cache/merge.js';
import { parseShard, selectShard } from '../../experiments/cache/shard.js';
import { configHash, listRuns, readRun, runHash } from '../../experiments/cache/store.js';
import { runSweep } from '../../experiments/cache/sweep.js';

const temp = (): string => mkdtempSync(join(tmpdir(), 'optverify-runs-'));
const configs = Array.from({ length: 6 }, (_, i) => ({ seed: i, lr: 0.001 * (i + 1) }));
const fake = (c: { seed: number; lr: number }) => ({ loss: [c.lr, c.lr / 2], seed: c.seed });

describe('run cache', () => {
  it('should hash configurations independently of key order', () => {
    expect(configHash({ a: 1, b: { c: 2, d: 3 } })).toBe(configHash({ b: { d: 3, c: 2 }, a: 1 }));
    expect(configHash({ a: 1 })).not.toBe(configHash({ a: 2 }));
  });

  it('should resume a sweep killed mid-run without recomputing finished runs or leaving corrupt files', async () => {
    const dir = temp();
    let calls = 0;
    const killed = new Error('SIGKILL (simulated)');
    await expect(
      runSweep(
        configs,
        (c) => {
          calls++;
          if (c.seed === 3) {
            // a writer killed between writing its tmp file and the rename leaves only the tmp file
            writeFileSync(
              join(dir, `${runHash(c, { backend: 'test', namespace: 'test', code: 'c' })}.json.999.tmp`),
              '{"torn":',
            );
            throw killed;
          }
          return fake(c);
        },
        { dir, backend: 'test', namespace: 'test', code: 'c' },
      ),
    ).rejects.toBe(killed);
    expect(calls).toBe(4);
    expect(listRuns(dir)).toHaveLength(3);
    const recomputed: number[] = [];
    const runs = await runSweep(configs, (c) => (recomputed.push(c.seed), fake(c)), {
      dir,
      backend: 'test',
      namespace: 'test',
      code: 'c',
    });
    expect(recomputed).toEqual([3, 4, 5]);
    expect(runs.map((r) => (r.result as { seed: number }).seed)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const h of listRuns(dir)) expect(() => JSON.parse(readFileSync(join(dir, `${h}.json`), 'utf8'))).not.toThrow();
    expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toHaveLength(6);
    const again: number[] = [];
    await runSweep(configs, (c) => (again.push(c.seed), fake(c)), {
      dir,
      backend: 'test',
      namespace: 'test',
      code: 'c',
    });
    expect(again).toEqual([]);
  });

  it('should resume after a real SIGKILL of the sweeping process, recomputing only the runs not on disk', async () => {
    const dir = temp();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('./fixtures/slow-sweep.ts', import.meta.url)), dir],
      { stdio: 'ignore' },
    );
    const finished = () => readdirSync(dir).filter((f) => f.endsWith('.json')).length;
    for (let waited = 0; finished() < 3; waited += 20) {
      if (waited > 30_000) throw new Error('child sweep made no progress');
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const onDisk = listRuns(dir).map((h) => (readRun(dir, h)!.result as { seed: number }).seed);
    expect(onDisk.length).toBeGreaterThanOrEqual(3);
    expect(onDisk.length).toBeLessThan(8);
    const all = Array.from({ length: 8 }, (_, i) => ({ seed: i, lr: 0.001 * (i + 1) }));
    const recomputed: number[] = [];
    const runs = await runSweep(all, (c) => (recomputed.push(c.seed), fake(c)), {
      dir,
      backend: 'test',
      namespace: 'test',
      code: 'c',
    });
    expect(recomputed.sort()).toEqual(all.map((c) => c.seed).filter((x) => !onDisk.includes(x)));
    expect(runs).toHaveLength(8);
    for (const h of listRuns(dir)) expect(() => JSON.parse(readFileSync(join(dir, `${h}.json`), 'utf8'))).not.toThrow();
  }, 60_000);

  it('should split a sweep into disjoint shards that cover it (k/n, 1-based)', () => {
    const items = Array.from({ length: 27 }, (_, i) => i);
    const parts = [1, 2, 3, 4].map((k) => selectShard(items, parseShard(`${k}/4`)));
    expect(parts.flat()).toEqual(items);
    expect(() => parseShard('0/3')).toThrow(RangeError);
    expect(() => parseShard('4/3')).toThrow(RangeError);
  });

  it('should merge shard directories and refuse conflicting results', async () => {
    const [a, b, out] = [temp(), temp(), temp()];
    await runSweep(configs, fake, { dir: a, backend: 'test', namespace: 'test', code: 'c', shard: parseShard('1/2') });
    await runSweep(configs, fake, { dir: b, backend: 'test', namespace: 'test', code: 'c', shard: parseShard('2/2') });
    await runSweep(configs.slice(0, 1), fake, { dir: b, backend: 'test', namespace: 'test', code: 'c' }); // an overlap with identical results
    const summary = mergeRuns([a, b], out);
    expect(summary).toMatchObject({ runs: 6, duplicates: 1, written: 6 });
    const c = temp();
    await runSweep(configs.slice(0, 1), (x) => ({ ...fake(x), loss: [9] }), {
      dir: c,
      backend: 'test',
      namespace: 'test',
      code: 'c',
    });
    const before = listRuns(out).length;
    expect(() => mergeRuns([a, c], out)).toThrow(MergeConflictError);
    expect(listRuns(out)).toHaveLength(before);
    const h = listRuns(c)[0];
    expect(readRun(out, h)?.result).toEqual(fake(configs[0]));
  });
});
