import { defineConfig } from 'vitest/config';

// The pure tests, on plain Vite: without Astro's config, whose loading (its integrations, the content
// validation) costs seconds before the first test. Vite alone resolves import.meta.glob and astro/zod; a test
// that renders an .astro component belongs in tests/build. Not isolated: the files share one module cache, so
// the geo tables and the schema load once per worker instead of once per file. A test here must therefore
// leave module state and globals as it found them (no mocks, fake timers or environment changes).
export default defineConfig({
  test: {
    name: 'unit',
    root: process.cwd(),
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    isolate: false,
  },
});
