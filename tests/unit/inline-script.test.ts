import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

test('the inline script in BaseLayout is exactly the one whose hash the CSP allows', async () => {
  const layout = readFileSync('src/layouts/BaseLayout.astro', 'utf8');
  const { JS_CLASS_SCRIPT } = await import('../../astro.config.mjs');
  expect(layout).toContain(`<script is:inline>${JS_CLASS_SCRIPT}</script>`);
});
