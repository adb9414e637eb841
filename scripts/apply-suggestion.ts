/**
 * npm run apply-suggestion -- <file> [--dry-run | --yes] [--dir src/content/initiatives] [--today YYYY-MM-DD]
 *
 * Reads a suggestion saved from a mail program (plain text or .eml; src/lib/suggestions/mail-text.ts), finds
 * the entry by its id, shows what would change (field by field, and as a diff of the entry file), validates
 * the changed entry exactly as `npm run validate` and the build do (src/loaders/entry-files.ts), and writes
 * the file only with --yes. --dry-run (and no flag) writes nothing. Exit 1 on any problem, naming the field
 * and the fix; a suggestion that changes nothing says so and exits 0.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parseSuggestion } from '../src/lib/suggestions/message.ts';
import { suggestionText } from '../src/lib/suggestions/mail-text.ts';
import { planSuggestion } from '../src/lib/suggestions/apply.ts';
import { lineDiff } from '../src/lib/suggestions/diff.ts';
import { listEntryFiles, parseEntryFile, initiativesDirectory, validateEntries } from '../src/loaders/entry-files.ts';
import { loadMunicipalities } from '../src/loaders/geo.ts';

export interface ApplyResult {
  exitCode: 0 | 1;
  output: string;
}

/** `contact.phones[0].number` (validate's form) as the message writes it: `contact.phones.0.number`. */
const messagePath = (field: string) => field.replace(/\[(\d+)\]/g, '.$1');

const relationWords = {
  service: 'works at the service',
  visitor: 'visitor',
  unknown: 'did not say whether they work at the service',
} as const;

/** Split a Markdown entry into the text before the frontmatter, the frontmatter, and the rest, as they are. */
function splitEntry(text: string): { open: string; frontmatter: string; rest: string } | undefined {
  const match = /^(---\r?\n)([\s\S]*?\r?\n)(---(?:\r?\n|$)[\s\S]*)$/.exec(text);
  return match ? { open: match[1]!, frontmatter: match[2]!, rest: match[3]! } : undefined;
}

export async function applySuggestionFile(options: {
  file: string;
  write: boolean;
  directory?: string;
  today?: string;
}): Promise<ApplyResult> {
  const out: string[] = [];
  const fail = (message: string): ApplyResult => ({ exitCode: 1, output: [...out, message].join('\n') });
  let raw: string;
  try {
    raw = readFileSync(options.file, 'utf8');
  } catch (error) {
    return fail(`Cannot read ${options.file}: ${(error as Error).message}`);
  }
  const mail = await suggestionText(raw);
  const read = parseSuggestion(mail.text);
  if (!read.suggestion) return fail(`${options.file}: ${read.problems.map((p) => p.message).join('; ')}`);
  if (read.problems.length > 0) {
    return fail(
      `${options.file}: the message cannot be read as it is:\n${read.problems.map((p) => `  ${p.line ? `line ${p.line}: ` : ''}${p.message}`).join('\n')}\nNothing written.`,
    );
  }
  // A message written without JavaScript has no date line: the day the e-mail was sent dates it.
  const suggestion = {
    ...read.suggestion,
    ...(read.suggestion.date === undefined && mail.sent ? { date: mail.sent } : {}),
  };
  const directory = options.directory ?? initiativesDirectory;
  const files = listEntryFiles(directory);
  const path = files.find((candidate) => basename(candidate) === `${suggestion.id}.md`);
  if (!path)
    return fail(
      `No entry has the id "${suggestion.id}" (the id is the file name without .md, under ${relative(process.cwd(), directory) || '.'}); check the "id:" line of the message.`,
    );
  const shownPath = relative(process.cwd(), path);
  const original = readFileSync(path, 'utf8');
  const parts = splitEntry(original);
  if (!parts)
    return fail(
      `${shownPath}: the entry has no frontmatter between two lines of ---; fix the file first (npm run validate).`,
    );

  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const plan = planSuggestion(parts.frontmatter, suggestion, today);
  out.push(`Suggestion for ${suggestion.id} (${shownPath})`);
  out.push(
    `  from: ${relationWords[suggestion.relation]}; source: ${suggestion.source ?? 'none given'}; written: ${suggestion.date ?? 'undated'}`,
  );
  if (suggestion.note) out.push(`  note: ${suggestion.note.replace(/\n/g, '\n        ')}`);
  for (const field of plan.alreadySo) out.push(`  ${field}: already so in the entry`);

  if (plan.changes.length === 0 && plan.problems.length === 0) {
    out.push('', 'This suggestion changes nothing in the entry. Nothing written.');
    if (suggestion.note) out.push('Read its note: it may ask for something a form field does not hold.');
    return { exitCode: 0, output: out.join('\n') };
  }

  if (plan.changes.length > 0) {
    out.push('', 'Changes:');
    for (const change of plan.changes)
      out.push(
        `  ${change.path}: ${change.from === undefined ? '(none)' : `"${change.from}"`} → ${change.to === undefined ? '(removed)' : `"${change.to}"`}`,
      );
  }
  const updated = `${parts.open}${plan.frontmatter}${parts.rest}`;
  if (updated !== original)
    out.push(
      '',
      `--- ${shownPath}`,
      `+++ ${shownPath} (after the suggestion)`,
      lineDiff(parts.frontmatter.replace(/\n$/, ''), plan.frontmatter.replace(/\n$/, ''), { firstLine: 2 }),
    );

  // The same check as npm run validate and the build: the changed file among all the others (ids, successors).
  const relativeFile = relative(process.cwd(), path);
  const parsed = files.map((file) =>
    file === path
      ? parseEntryFile(relativeFile, updated)
      : parseEntryFile(relative(process.cwd(), file), readFileSync(file, 'utf8')),
  );
  const schemaProblems = validateEntries(parsed, loadMunicipalities()).problems.filter(
    (problem) => problem.file === relativeFile,
  );
  const problems = [
    ...plan.problems,
    ...schemaProblems.map((problem) => ({ field: messagePath(problem.field), message: problem.message })),
  ];

  if (plan.followUps.length > 0) out.push('', 'Still to do by hand:', ...plan.followUps.map((line) => `  - ${line}`));
  if (problems.length > 0) {
    out.push(
      '',
      `${problems.length} problem(s):`,
      ...problems.map((problem) => `  ${problem.field}: ${problem.message}`),
    );
    out.push('', 'Nothing written. Fix the message (or the entry) and run again.');
    return { exitCode: 1, output: out.join('\n') };
  }
  if (!options.write) {
    out.push('', 'The changed entry is valid. Nothing written (dry run): run again with --yes to write it.');
    return { exitCode: 0, output: out.join('\n') };
  }
  writeFileSync(path, updated);
  out.push('', `Written: ${shownPath}. Review it with git diff, then commit.`);
  return { exitCode: 0, output: out.join('\n') };
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean' },
      yes: { type: 'boolean' },
      dir: { type: 'string' },
      today: { type: 'string' },
    },
  });
  const usage = 'Usage: npm run apply-suggestion -- <saved mail or text file> [--dry-run | --yes]';
  if (positionals.length !== 1) {
    console.error(`Give one file: the suggestion as saved from the mail program.\n${usage}`);
    process.exit(1);
  }
  if (values['dry-run'] && values.yes) {
    console.error(`--dry-run and --yes contradict each other; choose one.\n${usage}`);
    process.exit(1);
  }
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today)) {
    console.error('--today must be YYYY-MM-DD.');
    process.exit(1);
  }
  const result = await applySuggestionFile({
    file: positionals[0]!,
    write: values.yes === true,
    ...(values.dir ? { directory: values.dir } : {}),
    ...(values.today ? { today: values.today } : {}),
  });
  (result.exitCode === 0 ? console.log : console.error)(result.output);
  process.exit(result.exitCode);
}
