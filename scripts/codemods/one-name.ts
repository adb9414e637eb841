/**
 * node scripts/codemods/one-name.ts [--check]   (Node 24; on an older system Node: npx node scripts/codemods/one-name.ts)
 *
 * Carries out ARCHITECTURE.md's glossary ("Words: one name per thing") on the repository: what the atlas
 * lists is an *initiative* (no more "project"), its kind is `InitiativeKind`, how it is named lives in
 * `initiative-name.ts`, and the coverage report's breakdown is a *report group* (an audience is a reader).
 * one-name: keep-file (this file spells the old names).
 *
 * 1. Moves, with `git mv` (untracked files under a moved folder move too): src/content/projects/ →
 *    src/content/initiatives/, src/schemas/entry.ts → initiative.ts, any service-name(.test).ts →
 *    initiative-name(.test).ts.
 * 2. Rewrites every file in scope (src/, scripts/, tests/, the Markdown docs, root configs; never entry or
 *    guide content, test fixtures, UI strings, data tables, public/ or lock files): moved paths, Astro's
 *    collection name, and identifiers in code only (see one-name-rules.ts). URLs, open-data columns,
 *    JSON fields, frontmatter keys, vocabulary values and UI keys keep their names.
 *
 * Rules are patterns, not a list of files, so it can be run again after a merge brings new uses of an
 * old name; a second run changes nothing. A line it must not touch carries `one-name: keep`. With
 * --check it changes nothing and exits 1 when something would change (a guard for CI). Afterwards:
 * `npm run typecheck`, `npx vitest run`, `npm run validate`, `npm run build`, and read the "still says
 * project" list it prints (strings and comments are left to a person).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { kindOf, moves, renameText, tally, warnings } from './one-name-rules.ts';

const check = process.argv.includes('--check');
const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const files = (...args: string[]) =>
  git('ls-files', '-z', ...args)
    .split('\0')
    .filter(Boolean);

/** Where the rewrite may look: code, tests, docs and configs. */
const inScope = (path: string) =>
  (/^(src|scripts|tests)\//.test(path) ||
    /^[^/]+\.md$/.test(path) ||
    /^i18n-drafts\/README\.md$/.test(path) ||
    /^[^/]+\.(config\.(ts|mjs|js)|json)$/.test(path)) &&
  !/^src\/content\//.test(path) && // entries and guides: their text is content
  !/^src\/i18n\/.*\.json$/.test(path) && // UI strings shown to readers
  !/^src\/data\/geo\//.test(path) && // data tables
  !/^tests\/fixtures\//.test(path) && // fixtures are entry files and official schemas
  !/^package-lock\.json$/.test(path) &&
  /\.(ts|tsx|mts|mjs|js|astro|md|json|ya?ml|css)$/.test(path);

const movedTo = (path: string) => moves.reduce((p, [pattern, to]) => p.replace(pattern, to), path);

// 1. Moves: tracked files with git mv (grouped by target folder when the name stays), untracked ones by rename.
const moved: [string, string][] = [];
const byFolder = new Map<string, string[]>();
for (const path of files()) {
  const to = movedTo(path);
  if (to === path) continue;
  if (existsSync(to)) throw new Error(`${to} exists already; move ${path} by hand`);
  moved.push([path, to]);
  if (path.split('/').pop() === to.split('/').pop())
    byFolder.set(dirname(to), [...(byFolder.get(dirname(to)) ?? []), path]);
  else if (!check) {
    mkdirSync(dirname(to), { recursive: true });
    git('mv', path, to);
  }
}
if (!check) {
  for (const [folder, paths] of byFolder) {
    mkdirSync(folder, { recursive: true });
    for (let i = 0; i < paths.length; i += 200) git('mv', ...paths.slice(i, i + 200), `${folder}/`);
  }
}
for (const path of files('--others', '--exclude-standard')) {
  const to = movedTo(path);
  if (to === path) continue;
  moved.push([path, `${to} (untracked)`]);
  if (!check) {
    mkdirSync(dirname(to), { recursive: true });
    renameSync(path, to);
  }
}
// Folders a move emptied (git does not track folders).
if (!check) {
  for (const folder of new Set(moved.map(([from]) => dirname(from)))) {
    for (let f = folder; f !== '.' && existsSync(f) && readdirSync(f).length === 0; f = dirname(f)) rmdirSync(f);
  }
}

// 2. Rewrites. In --check mode the moves did not happen, so read each file under its old path.
const rewritten: [string, number][] = [];
const stillSays: string[] = [];
for (const path of files()) {
  const target = check ? movedTo(path) : path;
  if (!inScope(target) || !existsSync(path)) continue;
  const before = readFileSync(path, 'utf8');
  const after = renameText(target, before);
  if (after !== before) {
    const a = before.split('\n');
    const b = after.split('\n');
    rewritten.push([target, b.filter((line, i) => line !== a[i]).length]);
    if (!check) writeFileSync(path, after);
  }
  if (kindOf(target) === 'script' || kindOf(target) === 'astro') {
    after.split('\n').forEach((line, i) => {
      if (
        /\b[Pp]rojects?\b/.test(line) &&
        !line.includes('one-name: keep') &&
        !after.includes('one-name: keep-file') &&
        !/project root|projects? list|projectfiche|project[ -]r\b|\.project\(|\bproject: \(/i.test(line)
      ) {
        stillSays.push(`  ${target}:${i + 1}: ${line.trim().slice(0, 120)}`);
      }
    });
  }
}

const verb = check ? 'would move' : 'moved';
console.log(`one-name: ${verb} ${moved.length} file(s)`);
const movedFolders = new Map<string, number>();
for (const [from, to] of moved) {
  const key = `${dirname(from)}/ → ${dirname(to.replace(/ \(untracked\)$/, ''))}/`;
  if (from.split('/').pop() === to.split('/').pop()) movedFolders.set(key, (movedFolders.get(key) ?? 0) + 1);
  else console.log(`  ${from} → ${to}`);
}
for (const [key, count] of movedFolders) console.log(`  ${key} (${count} file(s))`);
console.log(
  `one-name: ${check ? 'would rewrite' : 'rewrote'} ${rewritten.length} file(s), ${rewritten.reduce((n, [, l]) => n + l, 0)} line(s)`,
);
for (const [path, lines] of rewritten) console.log(`  ${path}: ${lines} line(s)`);
console.log(`one-name: renames (occurrences)`);
for (const [rename, count] of [...tally].sort((x, y) => y[1] - x[1])) console.log(`  ${rename}: ${count}`);
if (warnings.length > 0) console.log(`one-name: not understood, finish by hand:\n  ${warnings.join('\n  ')}`);
if (stillSays.length > 0) {
  console.log(
    `one-name: still says "project" in a string or comment (${stillSays.length} line(s)); reword by hand if it means an initiative:`,
  );
  console.log(stillSays.join('\n'));
}
if (check && (moved.length > 0 || rewritten.length > 0)) process.exitCode = 1;
