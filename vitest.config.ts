import { defineConfig } from 'vitest/config';

// Two projects: fast unit/integration tests, and browser journeys that need `npm run build`
// first (the `test` script builds before it runs vitest).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'shared/**/*.test.ts',
            'db/**/*.test.ts',
            'electron/**/*.test.ts',
            'renderer/**/*.test.ts',
            'renderer/**/*.test.tsx',
            'scripts/**/*.test.ts',
            'test/**/*.test.ts',
          ],
          exclude: ['test/e2e/**', 'test/fixtures/**', 'node_modules/**'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
