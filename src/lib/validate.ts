/**
 * Content validation used by the build, `npm run validate` and the tests alike: parse every entry
 * file, check it against the schema, then check what only the whole collection can tell (unique
 * ids, successors that exist, codes that exist in the geo data). Every problem names the file, the
 * field and how to fix it; all problems are reported at once so an editor fixes them in one pass.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import type { z } from 'astro/zod';
import { unknownCoverageCodes } from './coverage.ts';
import type { Municipality } from './geo.ts';
import { projectSchema, type Project } from './schema.ts';

/** The entry folder: src/content/projects, or CONTENT_DIR when set (as in src/content.config.ts). */
export const projectsDirectory = process.env.CONTENT_DIR ? resolve(process.cwd(), process.env.CONTENT_DIR) : join(process.cwd(), 'src', 'content', 'projects');

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
  data: Project;
  body: string;
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Split a Markdown file into YAML frontmatter and body; a YAML error becomes a Problem. */
export function parseEntryFile(file: string, text: string): EntryFile | Problem {
  const match = frontmatterPattern.exec(text);
  if (!match) return { file, field: '(file)', message: 'the file must start with YAML frontmatter between two lines of ---' };
  try {
    return { file, frontmatter: loadYaml(match[1] ?? ''), body: match[2] ?? '' };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { file, field: '(frontmatter)', message: `YAML cannot be read: ${reason}` };
  }
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(entry)' : path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part))).join('.').replace(/\.\[/g, '[');
}

function schemaProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    let message = issue.message;
    if (issue.code === 'unrecognized_keys') message = `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling against src/lib/schema.ts`;
    else if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) message = 'required field is missing';
    return { file, field: fieldPath(issue.path), message };
  });
}

/** Markdown bodies are rendered as HTML: raw HTML tags are refused so content can never inject markup or script. */
function bodyProblems(file: string, body: string): Problem[] {
  const tag = /<\/?[a-zA-Z][^>]*>/.exec(body.replace(/`[^`]*`/g, ''));
  return tag ? [{ file, field: '(body)', message: `raw HTML "${tag[0].slice(0, 40)}" is not allowed in the body; write Markdown instead` }] : [];
}

/** Validate parsed entry files one by one, then as a collection. */
export function validateEntries(files: readonly (EntryFile | Problem)[], municipalities: readonly Municipality[]): { entries: ValidEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const entries: ValidEntry[] = [];
  for (const item of files) {
    if ('message' in item) {
      problems.push(item);
      continue;
    }
    const result = projectSchema.safeParse(item.frontmatter);
    if (!result.success) {
      problems.push(...schemaProblems(item.file, result.error));
      continue;
    }
    problems.push(...bodyProblems(item.file, item.body));
    const expectedId = item.file.split('/').pop()?.replace(/\.md$/, '');
    if (expectedId && result.data.id !== expectedId) {
      problems.push({ file: item.file, field: 'id', message: `id "${result.data.id}" must equal the file name "${expectedId}"` });
    }
    entries.push({ file: item.file, data: result.data, body: item.body });
  }

  const byId = new Map<string, ValidEntry>();
  for (const entry of entries) {
    const other = byId.get(entry.data.id);
    if (other) problems.push({ file: entry.file, field: 'id', message: `duplicate id "${entry.data.id}", also used by ${other.file}` });
    else byId.set(entry.data.id, entry);
  }
  const knownMunicipalities = new Set(municipalities.map((m) => m.code));
  for (const { file, data } of entries) {
    if (data.status.successor && !byId.has(data.status.successor)) {
      problems.push({ file, field: 'status.successor', message: `successor "${data.status.successor}" is not the id of any entry` });
    }
    if (data.status.successor === data.id) {
      problems.push({ file, field: 'status.successor', message: 'an entry cannot be its own successor' });
    }
    for (const code of unknownCoverageCodes(data.coverage, municipalities)) {
      problems.push({ file, field: 'coverage.codes', message: `code "${code}" does not exist in the geo data for scope "${data.coverage.scope}" (see src/data/geo/municipalities.csv)` });
    }
    data.locations.forEach((location, index) => {
      if (!knownMunicipalities.has(location.municipality)) {
        problems.push({ file, field: `locations[${index}].municipality`, message: `municipality code "${location.municipality}" does not exist in the geo data (2025 NIS or CBS GM code)` });
      }
    });
    if (data.province && !municipalities.some((m) => m.provinceCode === data.province)) {
      problems.push({ file, field: 'province', message: `province code "${data.province}" does not exist in the geo data` });
    }
  }
  return { entries, problems };
}

/** All Markdown files under a folder, recursively, sorted for stable output. */
export function listEntryFiles(directory: string = projectsDirectory): string[] {
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
export function validateDirectory(municipalities: readonly Municipality[], directory: string = projectsDirectory) {
  const files = listEntryFiles(directory).map((path) => parseEntryFile(relative(process.cwd(), path), readFileSync(path, 'utf8')));
  return validateEntries(files, municipalities);
}

/** One line per problem: "file: field: message". */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n');
}
