/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// The build-level tests: what needs Astro's own machinery (`astro build`, an .astro component rendered with the
// container API, which Astro's Vite plugin compiles), a script or git run as a process, or a local HTTP server.
// Each file runs isolated; a child process or a build takes seconds, many more on a busy machine, hence the timeout.
export default getViteConfig({
  test: {
    name: 'build',
    root: process.cwd(),
    include: ['tests/build/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
  },
});
