import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // CLI tests spawn the built binary; a cold Node start plus compromise takes a moment.
    testTimeout: 30_000,
  },
});
