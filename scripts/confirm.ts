/**
 * npm run confirm -- <id> --method <service-confirmed|service-website|public-sources> --date YYYY-MM-DD
 *   [--source URL] [--note "…"]
 * Records a keeper's check of one entry: rewrites only its `verified` block (every other byte of the file
 * stays as it was), validates the whole collection with the new block, and writes only when all is valid.
 * Refuses, with the fix and exit code 2, an unknown id (naming the nearest), a malformed or future date,
 * an unknown method, a website or public-sources check without --source, a service's confirmation
 * without a --note saying how it confirmed. The rules are src/lib/directory/confirm.ts's.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { checkConfirm, replaceVerified, type ConfirmArgs } from '../src/lib/directory/confirm.ts';
import { isoDay } from '../src/lib/directory/freshness.ts';
import { formatProblems, listEntryFiles, parseEntryFile, validateEntries } from '../src/loaders/entry-files.ts';
import { loadMunicipalities } from '../src/loaders/geo.ts';

const usage =
  'usage: npm run confirm -- <id> --method <service-confirmed|service-website|public-sources> --date YYYY-MM-DD [--source URL] [--note "how it was confirmed"]';

function fail(lines: string[], code = 2): never {
  console.error(`${lines.join('\n')}\n${usage}`);
  process.exit(code);
}

const args: ConfirmArgs = {};
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const arg = argv[i]!;
  const flag = /^--(method|date|source|note)$/.exec(arg)?.[1] as 'method' | 'date' | 'source' | 'note' | undefined;
  if (flag) {
    const value = argv[++i];
    if (value === undefined) fail([`--${flag} needs a value after it`]);
    args[flag] = value;
  } else if (arg.startsWith('--')) fail([`unknown option "${arg}"`]);
  else if (args.id === undefined) args.id = arg;
  else fail([`one entry at a time: "${arg}" is a second id (or a value without its --flag)`]);
}

const paths = listEntryFiles();
const idOf = (path: string) => path.split('/').pop()!.replace(/\.md$/, '');
const texts = new Map(paths.map((path) => [idOf(path), { path, text: readFileSync(path, 'utf8') }]));
const lastVerified = (id: string) => {
  const match = /^verified:\s*\n\s+date:\s*(\d{4}-\d{2}-\d{2})/m.exec(texts.get(id)?.text ?? '');
  return match ? new Date(`${match[1]}T00:00:00Z`) : undefined;
};
const today = new Date(`${isoDay(new Date())}T00:00:00Z`);
const checked = checkConfirm(args, [...texts.keys()], today, lastVerified);
if ('problems' in checked) fail(checked.problems);
const { request } = checked;
const { path, text } = texts.get(request.id)!;
const replaced = replaceVerified(text, request);
if ('problem' in replaced) fail([`${relative(process.cwd(), path)}: ${replaced.problem}`]);

// The whole collection, with this file changed: a successor or a duplicate id is only visible together.
const files = [...texts.values()].map((f) =>
  parseEntryFile(relative(process.cwd(), f.path), f.path === path ? replaced.text : f.text),
);
const { entries, problems } = validateEntries(files, loadMunicipalities());
if (problems.length > 0) fail([`Not written: the entry would not be valid:\n${formatProblems(problems)}`], 1);
writeFileSync(path, replaced.text);

const entry = entries.find((e) => e.data.id === request.id)!;
console.log(
  `${relative(process.cwd(), path)}: verified on ${isoDay(request.date)} (${request.method}). Review with git diff, then commit.`,
);
const { phones, email } = entry.data.contact;
const flagged = [
  ...phones.map((p) => ({ what: p.number, flag: p.verifyBeforePublishing })),
  ...(email ? [{ what: email.address, flag: email.verifyBeforePublishing }] : []),
]
  .filter((d) => d.flag)
  .map((d) => d.what);
if (request.method !== 'public-sources' && flagged.length > 0) {
  console.log(
    `Still off the call button: ${flagged.join(', ')} (verifyBeforePublishing). If the service confirmed it, remove that flag by hand.`,
  );
}
if (request.method === 'public-sources')
  console.log(
    'A check against public sources does not refresh status or contacts by itself: their dates come from the sources (status.evidenceDate, contact confirmed years).',
  );
