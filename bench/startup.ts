/**
 * CLI start-up: median wall time of `verify --help`, `--version` and `list`, each spawned a few times
 * (target < 0.5 s; the command registry loads the theorem registry, mathjs and tfjs only when needed).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../src/cli/main.js', import.meta.url));

/** Median wall time (ms) of spawning the CLI with `args`, over `runs` runs after one warm-up. */
function medianWallMs(args: readonly string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [bin, ...args], { stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`verify ${args.join(' ')} exited ${r.status}`);
    if (i > 0) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function benchStartup(runs = 5): void {
  const rows = [['--help'], ['--version'], ['list']].map(
    (args) => `verify ${args.join(' ')} ${medianWallMs(args, runs).toFixed(0)} ms`,
  );
  console.log(`CLI start-up, median wall of ${runs} spawns: ${rows.join('; ')} (target < 500 ms)`);
}
