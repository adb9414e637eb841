/**
 * npm run edit: edit entries in the browser on this machine, then review and commit them with git.
 *
 * Starts Decap's local proxy (decap-server) on this working copy and the site in dev mode; open the
 * printed address + /admin/. The proxy writes the entry files directly (its "fs" mode: no branch, no
 * commit, nothing switched under your feet), so `git diff` shows each change, `npm run validate` checks
 * it, and you commit it as any hand edit. Both listen on 127.0.0.1 only: decap-server would listen on
 * every network interface unless BIND_HOST says otherwise, and it writes files for whoever reaches it.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A port nobody uses now, on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const proxyPort = await freePort();
const children = [
  spawn(process.execPath, [fileURLToPath(new URL('../node_modules/decap-server/dist/index.js', import.meta.url))], {
    // Its cwd holds no .env (decap-server reads one from there); everything it needs is set here.
    cwd: fileURLToPath(new URL('../node_modules/decap-server/', import.meta.url)),
    env: { ...process.env, PORT: String(proxyPort), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: root },
    stdio: 'inherit',
  }),
  spawn(
    process.execPath,
    [fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url)), 'dev', '--host', '127.0.0.1'],
    {
      cwd: root,
      // src/integrations/editors-desk.ts serves /admin/ in dev and passes the editor's requests to the proxy.
      env: { ...process.env, EDITOR_PROXY: `http://127.0.0.1:${proxyPort}` },
      stdio: 'inherit',
    },
  ),
];
console.log(
  `Editors' desk: open /admin/ on the address Astro prints below. Saved entries are written to src/content/initiatives/;\nreview them with "git diff", check them with "npm run validate", then commit. Ctrl+C stops both servers.`,
);

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));
// One server alone is no use: when either stops, stop the other.
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
