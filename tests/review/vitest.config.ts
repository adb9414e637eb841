/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// `npm run review-2026`: the dated reviews of this folder, apart from the unit tests (tests/unit), so a
// keeper's correction of the data never fails `npm test` or the build.
export default getViteConfig({
  test: {
    root: process.cwd(),
    include: ['tests/review/**/*.review.ts'],
    environment: 'node',
  },
});
