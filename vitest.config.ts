import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Integration tests open real SQLite files and spawn processes: two workers suit a 2-core machine.
    maxWorkers: 2,
    // One private PostgreSQL cluster on 127.0.0.1 for the whole run; team-workspace test files each make a database.
    globalSetup: ['tests/helpers/postgres-global.ts'],
  },
});
