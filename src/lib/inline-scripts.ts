/**
 * The hand-written inline scripts of every page, as the page inlines them (src/layouts/BaseLayout.astro)
 * and as the CSP allows them by hash (astro.config.mjs): one text, so the two cannot drift apart and
 * a changed script cannot silently be blocked. Astro hashes its own scripts; these it does not.
 */
import { createHash } from 'node:crypto';

/** Before first paint: lets CSS show the JavaScript-only controls (the filter panel) without a layout shift. */
export const JS_CLASS_SCRIPT = "document.documentElement.classList.add('js')";

/** Every script the layout inlines by hand. */
export const handWrittenInlineScripts: readonly string[] = [JS_CLASS_SCRIPT];

/** The CSP source for a script's exact text: `sha256-…` (base64), as browsers compare it. */
export function cspHashOf(script: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
}
