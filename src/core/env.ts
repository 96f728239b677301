/** Versions, host and backend for the report's provenance block. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import type { Environment } from './result.js';

const require = createRequire(import.meta.url);
const tracked = ['mathjs', 'nerdamer-prime', 'odex', 'fast-check', 'yargs', '@tensorflow/tfjs'] as const;

export function packageVersion(name: string): string {
  try {
    const main = require.resolve(name);
    let dir = main;
    for (let i = 0; i < 6; i++) {
      dir = dir.slice(0, dir.lastIndexOf('/'));
      try {
        const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name && pkg.version) return pkg.version;
      } catch {
        /* keep walking up */
      }
    }
  } catch {
    /* not installed */
  }
  return 'absent';
}

/** This package's own version, read from its package.json. */
export function selfVersion(): string {
  const here = new URL('.', import.meta.url).pathname;
  for (const up of ['../../package.json', '../../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(here + up, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'optverify' && pkg.version) return pkg.version;
    } catch {
      /* try the next */
    }
  }
  return 'unknown';
}

export function describeEnvironment(opts: { seed: number; budget: string; backend: string }): Environment {
  const versions: Record<string, string> = {};
  for (const n of tracked) versions[n] = packageVersion(n);
  return {
    optverify: selfVersion(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    host: os.hostname(),
    cpus: os.cpus().length,
    versions,
    backend: opts.backend,
    seed: opts.seed,
    budget: opts.budget,
  };
}
