/**
 * Astro integration: the editors' desk, a web editor (Decap CMS) at /admin/ for the people who keep the
 * entries. After the build it writes
 *   dist/admin/index.html      the page: no framework, one script, `noindex`
 *   dist/admin/editor.js       Decap, bundled from npm by esbuild (src/scripts/admin/editor.ts), with its licences beside it
 *   dist/admin/config.yml      the configuration, generated from the content model (src/lib/editor/decap-config.ts)
 * In `astro dev` it serves the same three from memory, and, when `npm run edit` set EDITOR_PROXY, a
 * configuration for Decap's local proxy (decap-server), reached through this origin at /admin/api/v1/.
 *
 * No public page links to or loads anything here: the editor's JavaScript is only under /admin/. The
 * page has its own Content-Security-Policy (`adminCsp`), sent as a header for /admin/* by the host
 * (src/integrations/security-headers.ts) and repeated in a <meta> for hosts that send no headers.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { dump } from 'js-yaml';
import { timed } from './build-timings.ts';
import { editorConfig, type EditorBackend } from '../lib/editor/decap-config.ts';
import { siteConfig } from '../site.config.ts';

/** The folder of the editor in the built site (and its path on the site). */
export const adminFolder = 'admin';

/**
 * Origins the editor's backend talks to from the browser, for connect-src: the Git host's API and, for a
 * PKCE sign-in (GitLab, Forgejo), the host that hands out the token. GitHub's OAuth server (base_url) is
 * only opened in a pop-up, never fetched, so it is not listed.
 */
export function backendOrigins(backend: EditorBackend): string[] {
  const defaults: Record<string, string> = { github: 'https://api.github.com', gitlab: 'https://gitlab.com' };
  const root = backend.api_root ?? defaults[backend.name];
  const tokenHost = backend.auth_type === 'pkce' && backend.base_url ? backend.base_url : undefined;
  return [...new Set([root, tokenHost].flatMap((url) => (url ? [new URL(url).origin] : [])))];
}

/**
 * The Content-Security-Policy of /admin/ only (public pages keep theirs, see astro.config.mjs). Each
 * source is here because the editor stops working without it, found by running it in Chromium
 * (tests/e2e/editors-desk.spec.ts fails on any violation):
 * - script-src 'self' 'unsafe-eval': Decap checks its configuration with ajv, which compiles the check
 *   into a function at run time (`new Function`). No inline script: the page loads editor.js only.
 * - style-src 'self' 'unsafe-inline': Decap's interface is styled by emotion, which writes <style>
 *   elements at run time; they cannot be hashed in advance.
 * - img-src 'self', and GitHub's avatar host when the backend is GitHub (the signed-in keeper's picture).
 *   No data: or blob:: Decap's icons are inline SVG, and no field takes a picture or a file.
 * - connect-src: this origin (the local proxy is reached through it) and the Git host's API, nothing else.
 * - frame-ancestors 'none', form-action 'self', base-uri 'self', object-src 'none': as the public pages.
 */
export function adminCsp(backend: EditorBackend = siteConfig.editor.backend): string {
  const avatars = backend.name === 'github' ? ' https://avatars.githubusercontent.com' : '';
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self'${avatars}`,
    `connect-src 'self'${backendOrigins(backend)
      .map((origin) => ` ${origin}`)
      .join('')}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The page: Decap mounts itself into the body. `noindex`: the editor is for keepers, not for search engines. */
export function adminPage(csp: string): string {
  // frame-ancestors is ignored in a <meta>; the header carries it.
  const metaCsp = csp
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-security-policy" content="${metaCsp}">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>Editors’ desk – Family Support Atlas</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="cms-config-url" type="text/yaml" href="/${adminFolder}/config.yml">
</head>
<body>
<noscript>The editors’ desk needs JavaScript. Entries can also be edited as files: see EDITING.md in the repository.</noscript>
<script type="module" src="/${adminFolder}/editor.js"></script>
</body>
</html>
`;
}

/** config.yml as Decap reads it. */
export function configYaml(localBackendUrl?: string): string {
  const config = editorConfig({
    backend: localBackendUrl ? { name: 'proxy', branch: siteConfig.editor.backend.branch } : siteConfig.editor.backend,
    ...(localBackendUrl ? { localBackendUrl } : {}),
  });
  return `# Generated at build from src/schemas/ by src/lib/editor/decap-config.ts: edit the schema, not this file.\n${dump(config, { lineWidth: -1, noRefs: true })}`;
}

/** Decap and the parts it uses, bundled for the browser (one file, minified; licences in editor.js.LEGAL.txt). */
export async function bundleEditor(outFolder: string): Promise<{ bytes: number }> {
  const { build } = await import('esbuild');
  const entry = fileURLToPath(new URL('../scripts/admin/editor.ts', import.meta.url));
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(outFolder, 'editor.js'),
    // Decap's packages read process.env.NODE_ENV and `global` the way webpack builds provided them.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    legalComments: 'linked',
    logLevel: 'error',
    metafile: true,
  });
  const output = Object.entries(result.metafile.outputs).find(([name]) => name.endsWith('editor.js'));
  return { bytes: output?.[1].bytes ?? 0 };
}

/**
 * Serves /admin/ from this machine for local editing: the page, the bundle (`editorJs`), a configuration
 * pointing Decap at the local proxy through this origin, and the proxy itself (POST /admin/api/v1/ →
 * `proxyTarget`). Used by `astro dev` under `npm run edit` and by the browser test.
 */
export function localAdminHandler(options: { proxyTarget: string; editorJs: () => Promise<Buffer> | Buffer }) {
  const csp = adminCsp({ name: 'proxy', branch: 'main' });
  return async (req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (!path.startsWith(`/${adminFolder}/`) && path !== `/${adminFolder}`) return next();
    const send = (type: string, body: string | Buffer) => {
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Security-Policy': csp,
        'Cache-Control': 'no-store',
        'X-Robots-Tag': 'noindex',
      });
      res.end(body);
    };
    if (path === `/${adminFolder}` || path === `/${adminFolder}/` || path === `/${adminFolder}/index.html`)
      return send('text/html; charset=utf-8', adminPage(csp));
    // With a trailing slash: `astro dev` answers a path without one with a 404 before this handler runs (trailingSlash: 'always').
    if (path === `/${adminFolder}/config.yml`)
      return send('text/yaml; charset=utf-8', configYaml(`http://${req.headers.host}/${adminFolder}/api/v1/`));
    if (path === `/${adminFolder}/editor.js`) return send('text/javascript; charset=utf-8', await options.editorJs());
    if (path === `/${adminFolder}/api/v1/` && req.method === 'POST') {
      const target = new URL('/api/v1', options.proxyTarget);
      const upstream = request(
        target,
        { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? 'application/json' } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, {
            'Content-Type': answer.headers['content-type'] ?? 'application/json',
          });
          answer.pipe(res);
        },
      );
      upstream.on('error', (error) => {
        res.writeHead(502, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: `decap-server at ${options.proxyTarget} did not answer: ${error.message}` }));
      });
      req.pipe(upstream);
      return;
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('Not found');
  };
}

export function editorsDesk(): AstroIntegration {
  return {
    name: 'family-support-atlas:editors-desk',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const proxyTarget = process.env.EDITOR_PROXY;
        if (!proxyTarget) return;
        let bundled: Promise<Buffer> | undefined;
        const editorJs = () =>
          (bundled ??= (async () => {
            const folder = join(fileURLToPath(new URL('../../node_modules/.astro/', import.meta.url)), 'admin');
            await bundleEditor(folder);
            return readFileSync(join(folder, 'editor.js'));
          })());
        const handler = localAdminHandler({ proxyTarget, editorJs });
        server.middlewares.use((req, res, next) => void handler(req, res, next).catch(next));
        logger.info(`editors' desk at /${adminFolder}/ (local proxy ${proxyTarget})`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const folder = join(fileURLToPath(dir), adminFolder);
        await timed(logger, "editors' desk", async () => {
          await mkdir(folder, { recursive: true });
          const { bytes } = await bundleEditor(folder);
          await writeFile(join(folder, 'index.html'), adminPage(adminCsp()));
          await writeFile(join(folder, 'config.yml'), configYaml());
          logger.info(
            `/${adminFolder}/: editor.js ${(bytes / 1024).toFixed(0)} KiB, config.yml for the ${siteConfig.editor.backend.name} backend (${siteConfig.editor.backend.repo ?? 'no repository set'})`,
          );
        });
      },
    },
  };
}
