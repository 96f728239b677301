/** `verify results merge|list` in-process. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listRuns } from '../../experiments/cache/store.js';
import { runSweep } from '../../experiments/cache/sweep.js';
import { main } from '../../src/cli/main.js';
import { fakeIo } from '../helpers/fake-io.js';

const temp = (): string => mkdtempSync(join(tmpdir(), 'optverify-cli-'));
const configs = [0, 1, 2].map((seed) => ({ seed }));

describe('verify results', () => {
  it('should merge shard directories into --out and list them', async () => {
    const [a, b, out] = [temp(), temp(), temp()];
    await runSweep(configs, (c) => ({ v: c.seed }), {
      dir: a,
      backend: 't',
      namespace: 'test',
      code: 'c',
      shard: { index: 1, total: 2 },
    });
    await runSweep(configs, (c) => ({ v: c.seed }), {
      dir: b,
      backend: 't',
      namespace: 'test',
      code: 'c',
      shard: { index: 2, total: 2 },
    });
    const io = fakeIo();
    expect(await main(['results', 'merge', a, b, '--out', out], io)).toBe(0);
    expect(listRuns(out)).toHaveLength(3);
    expect(io.stdout.join('\n')).toContain('3 written');
    const io2 = { ...fakeIo(), env: { OPTVERIFY_RESULTS_DIR: out } };
    expect(await main(['results', 'list'], io2)).toBe(0);
    expect(io2.stdout.join('\n')).toContain('3 run(s)');
  });

  it('should exit 1 on conflicting results and 2 without directories', async () => {
    const [a, b, out] = [temp(), temp(), temp()];
    await runSweep(configs, (c) => ({ v: c.seed }), { dir: a, backend: 't', namespace: 'test', code: 'c' });
    await runSweep(configs, (c) => ({ v: -c.seed - 1 }), { dir: b, backend: 't', namespace: 'test', code: 'c' });
    const io = fakeIo();
    expect(await main(['results', 'merge', a, b, '--out', out], io)).toBe(1);
    expect(io.stderr.join('\n')).toContain('conflicting');
    expect(listRuns(out)).toHaveLength(0);
    expect(await main(['results', 'merge', '--out', out], fakeIo())).toBe(2);
  });
});
