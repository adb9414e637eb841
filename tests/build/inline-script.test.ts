/**
 * The layout's inline script runs only if the CSP names its hash. Rendered with Astro's container API
 * and hashed here from the page's own text, so a changed script, an extra one, or a hash of the wrong
 * text fails this test instead of being silently blocked in the browser.
 */
import { createHash } from 'node:crypto';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { expect, test } from 'vitest';
import BaseLayout from '../../src/layouts/BaseLayout.astro';

async function renderedInlineScripts(): Promise<string[]> {
  const container = await AstroContainer.create();
  const html = await container.renderToString(BaseLayout, {
    props: { lang: 'nl', title: 'Test', alternates: { nl: '/nl/', fr: '/fr/', en: '/en/' } },
    request: new Request('https://atlas.example/nl/'),
  });
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/\bsrc=|type="(application\/ld\+json|module)"/.test(attributes ?? ''))
    .map(([, , body]) => body ?? '');
}

test('every script the layout inlines by hand is allowed by the CSP, by the hash of its exact text', async () => {
  const scripts = await renderedInlineScripts();
  expect(scripts).toEqual(["document.documentElement.classList.add('js')"]);
  const { default: config } = await import('../../astro.config.mjs');
  const allowed =
    config.security?.csp && typeof config.security.csp === 'object'
      ? (config.security.csp.scriptDirective?.hashes ?? [])
      : [];
  for (const script of scripts) {
    expect(allowed).toContain(`sha256-${createHash('sha256').update(script).digest('base64')}`);
  }
});
