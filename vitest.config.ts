import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/services/**/*.test.ts', 'test/scripts/**/*.test.ts', 'test/models/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/integration/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One broker, many topics: files run one at a time to keep a 2-core machine honest.
          fileParallelism: false,
        },
      },
    ],
  },
});
