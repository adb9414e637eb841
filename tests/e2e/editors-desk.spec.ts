/**
 * The editors' desk in a real browser. The built /admin/ is checked on the production build (its own
 * headers, nothing of it on public pages); then a keeper edits an entry through Decap's interface,
 * against Decap's local proxy (decap-server, git mode, bound to 127.0.0.1) on a temporary git copy of
 * the entries, with the editorial workflow: the save becomes a branch, `main` stays as it was, and the
 * file on the branch passes the same validation as `npm run validate`.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { test, expect } from './fixtures.ts';
import { localAdminHandler } from '../../src/integrations/editors-desk.ts';
import { readEntryFile } from '../../src/lib/editor/frontmatter.ts';
import { listEntryFiles, validateDirectory } from '../../src/loaders/entry-files.ts';
import { loadMunicipalities } from '../../src/loaders/geo.ts';

const freePort = () =>
  Number(
    execFileSync(
      process.execPath,
      [
        '-e',
        "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { process.stdout.write(String(s.address().port)); s.close(); })",
      ],
      { encoding: 'utf8' },
    ),
  );

test.describe('the built /admin/', () => {
  test('has its own policy and noindex; public pages keep theirs and never load the editor', async ({
    page,
    request,
  }) => {
    const admin = await request.get('/admin/');
    expect(admin.status()).toBe(200);
    const adminPolicy = admin.headers()['content-security-policy']!;
    expect(adminPolicy).toContain("script-src 'self' 'unsafe-eval'");
    expect(admin.headers()['x-robots-tag']).toContain('noindex');
    expect(await admin.text()).toContain('<meta name="robots" content="noindex, nofollow">');
    const config = await (await request.get('/admin/config.yml')).text();
    expect(config).toContain('publish_mode: editorial_workflow');
    expect(config).not.toContain('local_backend');

    const home = await request.get('/nl/');
    expect(home.headers()['content-security-policy']).not.toContain("'unsafe-eval'");
    expect(home.headers()['content-security-policy']).not.toContain("style-src 'self' 'unsafe-inline'");
    expect(await (await request.get('/sitemap.xml')).text()).not.toContain('/admin/');

    // The deployed editor starts from the site's origin alone: its sign-in screen, and no request elsewhere (the fixture fails on one).
    await page.goto('/admin/');
    await expect(page.getByRole('button', { name: /login with github/i })).toBeVisible({ timeout: 60_000 });

    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto('/nl/');
    await page.goto('/en/');
    expect(scripts.filter((url) => url.includes('/admin/'))).toEqual([]);
  });
});

/** A temporary git repository holding a copy of the entries, as a Git host would hold them. */
function contentRepository(): string {
  const repo = mkdtempSync(join(tmpdir(), 'atlas-desk-'));
  cpSync(join('src', 'content', 'initiatives'), join(repo, 'src', 'content', 'initiatives'), { recursive: true });
  git(repo, 'init', '-q', '-b', 'main');
  git(repo, 'add', '.');
  git(repo, 'commit', '-q', '-m', 'entries');
  return repo;
}

function git(repo: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=Atlas test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args],
    { cwd: repo, encoding: 'utf8' },
  );
}

const proxyPort = freePort();
const sitePort = freePort();

test.describe('editing an entry through the editor', () => {
  // The page is served by this test's own server (the built editor and the local proxy through one origin).
  test.use({ baseURL: `http://localhost:${sitePort}` });
  // Decap is heavy and the machine is shared: generous limits, every wait on a state.
  test.setTimeout(180_000);

  let repo: string;
  let proxy: ChildProcess;
  let server: Server;

  test.beforeAll(async () => {
    repo = contentRepository();
    // Bound to 127.0.0.1: decap-server listens on every interface unless BIND_HOST says otherwise.
    proxy = spawn(process.execPath, [resolve('node_modules', 'decap-server', 'dist', 'index.js')], {
      cwd: repo,
      env: {
        ...process.env,
        PORT: String(proxyPort),
        BIND_HOST: '127.0.0.1',
        MODE: 'git',
        GIT_REPO_DIRECTORY: repo,
        LOG_LEVEL: 'warn',
      },
      stdio: 'inherit',
    });
    const handler = localAdminHandler({
      proxyTarget: `http://127.0.0.1:${proxyPort}`,
      editorJs: () => readFileSync(join(process.env.ASTRO_OUT_DIR ?? 'dist', 'admin', 'editor.js')),
    });
    server = createServer(
      (req, res) =>
        void handler(req, res, () => {
          res.writeHead(404, { 'Content-Type': 'text/plain' });
          res.end('Not found');
        }),
    );
    await new Promise<void>((resolve) => server.listen(sitePort, '127.0.0.1', resolve));
    await expect
      .poll(
        async () => {
          try {
            const answer = await fetch(`http://127.0.0.1:${proxyPort}/api/v1`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: '{"action":"info"}',
            });
            return ((await answer.json()) as { publish_modes?: string[] }).publish_modes ?? [];
          } catch {
            return [];
          }
        },
        { timeout: 30_000 },
      )
      .toContain('editorial_workflow');
  });

  test.afterAll(async () => {
    proxy?.kill();
    await new Promise((resolve) => server?.close(resolve));
    if (repo) rmSync(repo, { recursive: true, force: true });
  });

  test("a keeper changes a phone's label and hours and records the service's confirmation; the save is a branch for review and the file validates", async ({
    page,
  }) => {
    // Any entry with a labelled phone whose hours are given in words: the test pins the rule, not an entry.
    const files = listEntryFiles(join(repo, 'src', 'content', 'initiatives'));
    type Phone = { label?: Record<string, string>; hours?: Record<string, string> };
    const target = files
      .map((file) => ({
        file,
        data: readEntryFile(readFileSync(file, 'utf8')) as { id: string; contact?: { phones?: Phone[] } },
      }))
      .find(({ data }) => data.contact?.phones?.some((p) => p.label?.nl && p.hours?.nl));
    expect(target, 'an entry with a labelled phone and its hours').toBeTruthy();
    const { file, data } = target!;
    const phoneIndex = data.contact!.phones!.findIndex((p) => p.label?.nl && p.hours?.nl);
    const phone = data.contact!.phones![phoneIndex]!;
    const path = relative(repo, file).split('\\').join('/');
    const collection = path.split('/')[3]!;
    const original = readFileSync(file, 'utf8');
    const newLabel = 'Hulplijn voor ouders';
    const newHours = 'Elke werkdag van 9 tot 17 uur';

    await page.goto('/admin/');
    await page.getByRole('button', { name: 'Login' }).click();
    await page.goto(`/admin/#/collections/${collection}/entries/${data.id}`);
    await expect(page.getByRole('textbox', { name: 'Id', exact: true })).toHaveValue(data.id, { timeout: 60_000 });

    // The Dutch boxes of this entry; the phone's label and hours are the ones holding the file's text.
    const dutch = page.getByRole('textbox', { name: /^Nederlands \(nl\)/ });
    const boxWith = async (value: string) => {
      for (const box of await dutch.all()) if ((await box.inputValue()) === value) return box;
      throw new Error(`no Dutch field holds "${value}"`);
    };
    await (await boxWith(phone.label!.nl!)).fill(newLabel);
    await (await boxWith(phone.hours!.nl!)).fill(newHours);
    // "Confirmed by the service today": the verification block, as the living-atlas rules read it.
    const today = new Date().toISOString().slice(0, 10);
    await page.getByRole('combobox', { name: 'Method', exact: true }).click();
    await page.getByRole('option', { name: /Confirmed by the service/ }).click();
    await page.getByLabel('Date', { exact: true }).fill(today);
    await page.getByRole('button', { name: 'Save' }).click();

    // Editorial workflow: the save is a branch cms/<collection>/<id>; main is untouched until someone publishes.
    const branch = `cms/${collection}/${data.id}`;
    await expect
      .poll(
        () =>
          git(repo, 'branch', '--list', branch).trim() ? git(repo, 'diff', '--name-only', 'main', branch).trim() : '',
        { timeout: 60_000 },
      )
      .toBe(path);
    expect(git(repo, 'show', `main:${path}`)).toBe(original);
    const saved = git(repo, 'show', `${branch}:${path}`);

    // Only those two fields changed in meaning…
    const expected = structuredClone(data) as unknown as {
      contact: { phones: Phone[] };
      verified: Record<string, string>;
    };
    expected.contact.phones[phoneIndex]!.label!.nl = newLabel;
    expected.contact.phones[phoneIndex]!.hours!.nl = newHours;
    expected.verified = { ...expected.verified, date: today, method: 'service-confirmed' };
    expect(readEntryFile(saved)).toEqual(expected);
    // …and in layout every other changed line differs only in quoting (`'2026-11-24'` for 2026-11-24).
    const unquote = (line: string) => line.slice(1).replace(/["']/g, '');
    const diff = git(repo, 'diff', '-U0', 'main', branch)
      .split('\n')
      .filter((l) => /^[-+](?![-+])/.test(l));
    const removed = new Set(diff.filter((l) => l.startsWith('-')).map(unquote));
    const unexplained = diff
      .filter((l) => l.startsWith('+'))
      .filter(
        (l) =>
          !removed.has(unquote(l)) &&
          !l.includes(newLabel) &&
          !l.includes(newHours) &&
          !/^\+ {2}(date|method): /.test(l),
      );
    expect(unexplained).toEqual([]);
    expect(diff.filter((l) => l.startsWith('+')).length).toBeLessThanOrEqual(
      diff.filter((l) => l.startsWith('-')).length,
    );

    // The branch's file passes the same check as `npm run validate`, with the other entries beside it.
    const checkout = mkdtempSync(join(tmpdir(), 'atlas-desk-check-'));
    try {
      cpSync(join(repo, 'src', 'content', 'initiatives'), checkout, { recursive: true });
      writeFileSync(join(checkout, path.split('/').slice(3).join('/')), saved);
      expect(validateDirectory(loadMunicipalities(), checkout).problems).toEqual([]);
    } finally {
      rmSync(checkout, { recursive: true, force: true });
    }
  });
});

test('a file the editor could not have written fails validation, naming file, field and fix', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'atlas-desk-bad-'));
  try {
    cpSync(join('src', 'content', 'initiatives'), folder, { recursive: true });
    const file = listEntryFiles(folder)[0]!;
    const text = readFileSync(file, 'utf8');
    const country = /^country: (\S+)$/m.exec(text)![1]!;
    // An unknown key, a malformed date, a value outside the vocabulary: none is offered by the editor's widgets.
    const broken = text
      .replace(/^country: \S+$/m, 'country: FR')
      .replace(/^sources:\n {2}- /m, 'sources:\n  - accessed: last spring\n    ')
      .replace(/^---\n/, '---\nemial: info@example.be\n');
    writeFileSync(file, broken);
    const { problems } = validateDirectory(loadMunicipalities(), folder);
    const name = relative(process.cwd(), file);
    const about = (field: string) => problems.find((p) => p.file === name && p.field === field);
    expect(about('(entry)')?.message ?? '', 'unknown key').toMatch(/unknown field\(s\) "emial": check the spelling/);
    expect(about('country')?.message ?? '', 'vocabulary').toMatch(new RegExp(`use one of: .*${country}`));
    expect(about('sources[0].accessed')?.message ?? '', 'date').toMatch(/must be a date like \d{4}-\d{2}-\d{2}/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
