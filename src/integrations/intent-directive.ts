/** Astro integration: registers the `client:intent` directive (src/directives/intent.ts). */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export function intentDirective(): AstroIntegration {
  return {
    name: 'family-support-atlas:intent-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'intent',
          entrypoint: fileURLToPath(new URL('../directives/intent.ts', import.meta.url)),
        });
      },
    },
  };
}

declare module 'astro' {
  interface AstroClientDirectives {
    /**
     * Hydrate when the user presses a `[data-intent-start]` control inside the island (warm on hover or
     * focus); a string value lists URL parameters that start it at once (comma-separated).
     */
    'client:intent'?: boolean | string;
  }
}
