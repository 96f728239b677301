import { defineConfig } from 'vitest/config';

/**
 * Two projects, both run by `npm test` (= `vitest run`); `npm run test:unit` / `npm run test:integration` run one.
 *   unit         pure in-process tests: numeric kernels, stores, reporters, registry data, the import scan (seconds);
 *   integration  tests that spawn processes (the built CLI, tsx children, headless Chromium), train or load data
 *                in tfjs, or run theorem modules and the CLI end to end (minutes).
 * Integration is test/cli, test/experiments and test/theorems, except their pure tests named in `unitThere`,
 * plus the browser test; everything else under test/ is unit, so a new test file always runs in one project.
 * A global setup fails the run if any test writes into the repository's `.optverify/` (test/setup/repo-store-guard.ts).
 */
const unitThere = ['test/cli/progress.test.ts', 'test/theorems/expectations.test.ts'];
const integrationDirs = ['test/cli/**/*.test.ts', 'test/experiments/**/*.test.ts', 'test/theorems/**/*.test.ts'];
const integrationFiles = ['test/report/browser.test.ts'];
const shared = { testTimeout: 60_000, hookTimeout: 60_000, pool: 'forks' } as const;

export default defineConfig({
  test: {
    maxWorkers: 2,
    globalSetup: ['test/setup/repo-store-guard.ts'],
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          include: ['test/**/*.test.ts'],
          // extglobs: the folders' files other than `unitThere`
          exclude: [
            'test/cli/**/!(progress).test.ts',
            'test/experiments/**',
            'test/theorems/**/!(expectations).test.ts',
            ...integrationFiles,
          ],
        },
      },
      {
        test: {
          ...shared,
          name: 'integration',
          include: [...integrationDirs, ...integrationFiles],
          exclude: unitThere,
        },
      },
    ],
  },
});
