import { defineConfig } from 'vitest/config';

// One Vitest run for the whole repo: each workspace is a project, so
// `npm test` at the root runs every suite and `--project NAME` runs one.
export default defineConfig({
  test: {
    reporters: ['default', './tools/slowest-files-reporter.ts'],
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
          root: './packages/domain',
          include: ['src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'sync-client',
          root: './packages/sync-client',
          include: ['src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'sync-server',
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
