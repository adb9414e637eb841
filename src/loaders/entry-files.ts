/**
 * Content validation used by the build, `npm run validate` and the tests alike. Every problem names the
 * file, the field and how to fix it; all problems are reported at once so an editor fixes them in one pass.
 *
 * One home for each kind of rule:
 * - what one entry's frontmatter must be: the zod schema (src/schemas/initiative.ts), which Astro's content loader
 *   also applies to every entry;
 * - what only the file can tell (its name, its Markdown body): `fileProblems` below;
 * - what only the whole collection and the geo table can tell (unique ids, successors that exist and do not
 *   loop, codes that exist in the geo data): `collectionProblems` below.
 * Files are read with Astro's own frontmatter parser, called as its glob loader calls it, so the command and
 * the build see the same values (the project's own js-yaml is a newer major that, for one, leaves an
 * unquoted date a string where Astro's reads a Date).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import type { z } from 'astro/zod';
import { unknownCoverageCodes } from '../lib/coverage/served-areas.ts';
import type { Municipality } from '../lib/geo/municipalities.ts';
import { initiativeSchema, type Initiative } from '../schemas/initiative.ts';

/** The entry folder relative to the project root: CONTENT_DIR when set (e.g. the synthetic benchmark build), else src/content/initiatives. */
export const initiativesFolder = process.env.CONTENT_DIR || './src/content/initiatives';

/** The entry folder as an absolute path. */
export const initiativesDirectory = resolve(process.cwd(), initiativesFolder);

export interface Problem {
  file: string;
  field: string;
  message: string;
}

export interface EntryFile {
  file: string;
  frontmatter: unknown;
  body: string;
}

export interface ValidEntry {
  file: string;
  data: Initiative;
  body: string;
}

/**
 * Split a Markdown file into frontmatter and body as Astro's glob loader does (Markdown entry type: the
 * same parseFrontmatter call, the body trimmed); a file without frontmatter or with unreadable YAML
 * becomes a Problem instead of an exception.
 */
export function parseEntryFile(file: string, text: string): EntryFile | Problem {
  try {
    const { frontmatter, rawFrontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
    if (rawFrontmatter === '')
      return { file, field: '(file)', message: 'the file must start with YAML frontmatter between two lines of ---' };
    return { file, frontmatter, body: content.trim() };
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line?: number } };
    const where = typeof mark?.line === 'number' ? ` (line ${mark.line + 1} of the frontmatter)` : '';
    const text = reason ?? (error instanceof Error ? error.message.split('\n')[0] : String(error));
    return { file, field: '(frontmatter)', message: `YAML cannot be read: ${text}${where}` };
  }
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0
    ? '(entry)'
    : path
        .map((part) => (typeof part === 'number' ? `[${part}]` : String(part)))
        .join('.')
        .replace(/\.\[/g, '[');
}

function schemaProblems(file: string, error: z.ZodError): Problem[] {
  // An entry written before verification became a block: one message with the fix, not two.
  const oldVerified = error.issues.some(
    (issue) => issue.code === 'unrecognized_keys' && issue.keys.includes('lastVerified'),
  );
  const issues = oldVerified ? error.issues.filter((issue) => fieldPath(issue.path) !== 'verified') : error.issues;
  return issues.map((issue) => {
    let message = issue.message;
    if (issue.code === 'unrecognized_keys' && issue.keys.includes('lastVerified')) {
      return {
        file,
        field: 'lastVerified',
        message:
          'lastVerified was replaced by a verified block (date, method, optional source and note): run `node scripts/codemods/verified.ts`, or write it by hand as in CONTRIBUTING.md',
      };
    } else if (issue.code === 'unrecognized_keys')
      message = `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling against src/schemas/initiative.ts`;
    else if (issue.code === 'invalid_type' && /received undefined/.test(issue.message))
      message = 'required field is missing';
    return { file, field: fieldPath(issue.path), message };
  });
}

/**
 * What only the file can tell about a schema-valid entry: the id is the file name (Astro's loader keys the
 * entry by the file name, so a different id would be a second name), and the Markdown body, rendered as
 * HTML, carries no raw HTML tags, so content can never inject markup or script.
 */
export function fileProblems(file: string, data: Initiative, body: string): Problem[] {
  const problems: Problem[] = [];
  const expectedId = file.split('/').pop()?.replace(/\.md$/, '');
  if (expectedId && data.id !== expectedId) {
    problems.push({
      file,
      field: 'id',
      message: `id "${data.id}" must equal the file name "${expectedId}"; rename the file or change the id`,
    });
  }
  const tag = /<\/?[a-zA-Z][^>]*>/.exec(body.replace(/`[^`]*`/g, ''));
  if (tag)
    problems.push({
      file,
      field: '(body)',
      message: `raw HTML "${tag[0].slice(0, 40)}" is not allowed in the body; write Markdown instead`,
    });
  return problems;
}

/**
 * What only the whole collection and the geo table can tell, for entries the schema accepted: ids are
 * unique; a successor is the id of another entry, and following successors ends (no loop); every coverage
 * code, location municipality and province exists in the geo data.
 */
export function collectionProblems(entries: readonly ValidEntry[], municipalities: readonly Municipality[]): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map<string, ValidEntry>();
  for (const entry of entries) {
    const other = byId.get(entry.data.id);
    if (other)
      problems.push({
        file: entry.file,
        field: 'id',
        message: `duplicate id "${entry.data.id}", also used by ${other.file}; give one of them another id and file name`,
      });
    else byId.set(entry.data.id, entry);
  }
  const knownMunicipalities = new Set(municipalities.map((m) => m.code));
  const knownProvinces = new Set(municipalities.map((m) => m.provinceCode));
  for (const { file, data } of entries) {
    const successor = data.status.successor;
    if (successor && successor !== data.id) {
      if (!byId.has(successor)) {
        problems.push({
          file,
          field: 'status.successor',
          message: `successor "${successor}" is not the id of any entry; use the file name (without .md) of the entry that continues this work`,
        });
      } else {
        // Following successors from here must reach an entry without one; a loop would send a reader in circles.
        const chain = [data.id];
        for (
          let next = byId.get(successor);
          next;
          next = next.data.status.successor ? byId.get(next.data.status.successor) : undefined
        ) {
          if (chain.includes(next.data.id)) {
            problems.push({
              file,
              field: 'status.successor',
              message: `successors loop (${[...chain, next.data.id].join(' → ')}); the last entry that continues the work must have no successor`,
            });
            break;
          }
          chain.push(next.data.id);
        }
      }
    }
    for (const code of unknownCoverageCodes(data.coverage, municipalities)) {
      problems.push({
        file,
        field: 'coverage.codes',
        message: `code "${code}" does not exist in the geo data for scope "${data.coverage.scope}"; use a code from src/data/geo/municipalities.csv`,
      });
    }
    data.locations.forEach((location, index) => {
      if (!knownMunicipalities.has(location.municipality)) {
        problems.push({
          file,
          field: `locations[${index}].municipality`,
          message: `municipality code "${location.municipality}" does not exist in the geo data; use a 2025 NIS code or a CBS GM code from src/data/geo/municipalities.csv`,
        });
      }
    });
    if (data.province && !knownProvinces.has(data.province)) {
      problems.push({
        file,
        field: 'province',
        message: `province code "${data.province}" does not exist in the geo data; use a province code from src/data/geo/municipalities.csv`,
      });
    }
  }
  return problems;
}

/** Validate parsed entry files: each against the schema and its file, then all of them as a collection. */
export function validateEntries(
  files: readonly (EntryFile | Problem)[],
  municipalities: readonly Municipality[],
): { entries: ValidEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const entries: ValidEntry[] = [];
  for (const item of files) {
    if ('message' in item) {
      problems.push(item);
      continue;
    }
    const result = initiativeSchema.safeParse(item.frontmatter);
    if (!result.success) {
      problems.push(...schemaProblems(item.file, result.error));
      continue;
    }
    problems.push(...fileProblems(item.file, result.data, item.body));
    entries.push({ file: item.file, data: result.data, body: item.body });
  }
  problems.push(...collectionProblems(entries, municipalities));
  return { entries, problems };
}

/** All Markdown files under a folder, recursively, sorted for stable output. */
export function listEntryFiles(directory: string = initiativesDirectory): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.md')) files.push(path);
    }
  };
  walk(directory);
  return files;
}

/** Read and validate every entry under a folder; file names in problems are relative to the project root. */
export function validateDirectory(municipalities: readonly Municipality[], directory: string = initiativesDirectory) {
  const files = listEntryFiles(directory).map((path) =>
    parseEntryFile(relative(process.cwd(), path), readFileSync(path, 'utf8')),
  );
  return validateEntries(files, municipalities);
}

/** One line per problem: "file: field: message". */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n');
}
