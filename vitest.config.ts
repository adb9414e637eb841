/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Tests run through Astro's Vite config, so import.meta.glob, astro/zod and .astro components resolve as in
// the build. Two projects: `unit` holds the pure tests (tests/unit), `build` the ones that run the build, a
// script or git as a process, or a local server (tests/build). `npx vitest run` runs both; `npm run
// test:unit` only the first.
export default getViteConfig({
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // A child process or `astro build` takes seconds, many more on a busy machine: a generous timeout.
      { extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 180_000 } },
    ],
  },
});
