/**
 * Recording a keeper's check of an entry (`npm run confirm`): what the command accepts, and the one edit
 * it makes to the entry file, its `verified` block, leaving every other byte as it was.
 *
 * Pure: the known ids, the entry's text and "today" are passed in; scripts/confirm.ts reads and writes.
 */
import { distance } from 'fastest-levenshtein';
import { keysOf } from '../../schemas/vocabularies/labels.ts';
import { verificationMethods, type VerificationMethod } from '../../schemas/vocabularies/evidence-and-verification.ts';
import { isoDay, parseDay } from './freshness.ts';
import { looksPersonal } from './recheck.ts';

export interface ConfirmRequest {
  id: string;
  method: VerificationMethod;
  date: Date;
  source?: string;
  note?: string;
}

/** What a keeper typed: the id and the flags, as text. */
export interface ConfirmArgs {
  id?: string;
  method?: string;
  date?: string;
  source?: string;
  note?: string;
}

/** Up to three known ids nearest to a mistyped one (a shared part first, then by edit distance). */
export function nearestIds(id: string, ids: readonly string[]): string[] {
  const score = (known: string) => (known.includes(id) || id.includes(known) ? -1 : distance(id, known));
  return [...ids].sort((a, b) => score(a) - score(b) || a.localeCompare(b)).slice(0, 3);
}

const methods = keysOf(verificationMethods);

/**
 * The request, or every problem with it, each naming the fix. `lastVerified` is the entry's current
 * verification date: a new check is never older than the last one (a date never moves back).
 */
export function checkConfirm(
  args: ConfirmArgs,
  ids: readonly string[],
  today: Date,
  lastVerified?: (id: string) => Date | undefined,
): { request: ConfirmRequest } | { problems: string[] } {
  const problems: string[] = [];
  const id = args.id?.trim() ?? '';
  if (id === '')
    problems.push(
      'give the entry id first, e.g. npm run confirm -- caprev-fwb --method service-confirmed --date 2027-03-12 --note "…"',
    );
  else if (!ids.includes(id))
    problems.push(
      `no entry has the id "${id}"; did you mean ${nearestIds(id, ids)
        .map((n) => `"${n}"`)
        .join(', ')}? (the id is the file name without .md)`,
    );

  const method = args.method?.trim();
  if (method === undefined) problems.push(`give --method: one of ${methods.join(', ')}`);
  else if (!(methods as string[]).includes(method))
    problems.push(`unknown method "${method}"; use one of ${methods.join(', ')}`);

  let date: Date | undefined;
  if (args.date === undefined)
    problems.push(`give --date: the day of the check as YYYY-MM-DD (today is ${isoDay(today)})`);
  else {
    const parsed = parseDay(args.date);
    if ('problem' in parsed) problems.push(`--date ${parsed.problem}`);
    else if (parsed.date.getTime() > Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()))
      problems.push(
        `--date ${args.date} is in the future (today is ${isoDay(today)}): give the day the service answered or the page was read`,
      );
    else {
      const last = id && lastVerified ? lastVerified(id) : undefined;
      if (last && parsed.date < last)
        problems.push(
          `--date ${args.date} is before the entry's last verification (${isoDay(last)}): a check is recorded on or after it, never back in time`,
        );
      else date = parsed.date;
    }
  }

  const source = args.source?.trim();
  if (source !== undefined && !/^https?:\/\/[^\s/$.?#][^\s]*$/i.test(source))
    problems.push(`--source "${source}" must be a full web address starting with http:// or https://`);
  if ((method === 'service-website' || method === 'public-sources') && !source) {
    problems.push(
      `--method ${method} needs --source: the address of the page you read (${method === 'service-website' ? "the service's own page" : 'the public source'})`,
    );
  }
  const note = args.note?.trim();
  if (method === 'service-confirmed' && !note)
    problems.push(
      '--method service-confirmed needs --note saying how the service confirmed, e.g. --note "reply of 12 March 2027 from info@… to the re-check e-mail"',
    );
  const personal = note?.match(/[^\s<>()"']+@[^\s<>()"']+\.[a-z]{2,}/gi)?.filter(looksPersonal) ?? [];
  if (personal.length > 0)
    problems.push(
      `--note names ${personal.join(', ')}, which looks like a person's address: the note is public in the repository; name the function instead ("the coordinator", "info@…")`,
    );

  if (problems.length > 0 || date === undefined) return { problems };
  return {
    request: {
      id,
      method: method as VerificationMethod,
      date,
      ...(source ? { source } : {}),
      ...(note ? { note } : {}),
    },
  };
}

/** A YAML scalar for a free text: plain when nothing in it could be read as YAML syntax, else double-quoted (JSON's quoting is valid YAML). */
function yamlText(value: string): string {
  return /^[A-Za-z0-9]/.test(value) && !/: |:$| #|['"\n\t]|\s$/.test(value) ? value : JSON.stringify(value);
}

/** The verified block as YAML lines, in the schema's order. */
export function verifiedBlock(request: ConfirmRequest): string[] {
  return [
    'verified:',
    `  date: ${isoDay(request.date)}`,
    `  method: ${request.method}`,
    ...(request.source ? [`  source: ${yamlText(request.source)}`] : []),
    ...(request.note ? [`  note: ${yamlText(request.note)}`] : []),
  ];
}

/**
 * The entry text with its top-level `verified` block replaced (the block ends at the next line that is
 * not indented), or the reason it cannot be: no frontmatter, or no verified block.
 */
export function replaceVerified(text: string, request: ConfirmRequest): { text: string } | { problem: string } {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(newline);
  const end = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  if (end === -1) return { problem: 'the file does not start with frontmatter between two lines of ---' };
  const start = lines.findIndex((line, i) => i > 0 && i < end && /^verified:\s*$/.test(line));
  if (start === -1) {
    const old = lines.slice(1, end).some((line) => line.startsWith('lastVerified:'));
    return {
      problem: old
        ? 'the entry still has lastVerified: run node scripts/codemods/verified.ts first'
        : 'the entry has no verified block at the top level of its frontmatter',
    };
  }
  let stop = start + 1;
  while (stop < end && /^[ \t]/.test(lines[stop] as string)) stop++;
  lines.splice(start, stop - start, ...verifiedBlock(request));
  return { text: lines.join(newline) };
}
