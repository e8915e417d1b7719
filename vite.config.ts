import { defineConfig } from 'vitest/config';

// One Vitest run for the whole repo: each workspace is a project, so
// `npm test` at the root runs every suite and `--project NAME` runs one.
export default defineConfig({
  test: {
    reporters: ['default', './tools/slowest-files-reporter.ts'],
    // Vitest's default is one worker per core but one: a single file at a
    // time on a 2-core machine, while most files wait on sockets, databases
    // and child processes.
    maxWorkers: 2,
    projects: [
      {
        // Extends the app's Vite config so `.svelte.ts` rune modules compile in tests.
        extends: './apps/web/vite.config.ts',
        test: {
          name: 'web',
          root: './apps/web',
          include: ['src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'domain',
          // No mocks or module state here: files share a worker's imported modules.
          isolate: false,
          root: './packages/domain',
          include: ['src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'sync-client',
          // No mocks or module state here: files share a worker's imported modules.
          isolate: false,
          root: './packages/sync-client',
          include: ['src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'tools',
          // Repository-wide checks (e.g. no `as unknown as` outside tests).
          root: './tools',
          include: ['**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'sync-server',
          // No mocks or module state here: files share a worker's imported modules.
          isolate: false,
          root: './apps/sync-server',
          include: ['src/**/*.test.ts'],
          environment: 'node',
          // PostgreSQL for the PostgreSQL suites: DATABASE_URL, the default URL, or a throwaway server.
          globalSetup: ['./src/test-support/postgres-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
