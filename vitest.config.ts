import { defineConfig } from 'vitest/config';

// `npx vitest run` runs both projects: the pure tests (tests/unit, `npm run test:unit`) and the build-level
// ones (tests/build, `npm run test:build`). Each folder's vitest.config.ts says how it runs and why.
export default defineConfig({
  test: {
    projects: ['tests/unit/vitest.config.ts', 'tests/build/vitest.config.ts'], // Vitest's own option. one-name: keep
  },
});
