/**
 * Synthetic entries through the real schema: the valid fixture entry (tests/fixtures/entries/valid-entry.md)
 * with the fields a test changes, parsed by projectSchema (defaults applied, a wrong value fails the test),
 * then placed in a directory entry with the municipalities it serves. Tests of a rule build what they need
 * here instead of depending on this year's content.
 */
import { readFileSync } from 'node:fs';
import { parseEntryFile, type EntryFile } from '../../../src/loaders/entry-files.ts';
import { projectSchema, type Project } from '../../../src/schemas/entry.ts';
import type { DirectoryEntry } from '../../../src/lib/directory/directory.ts';
import { uiLanguages, type UiLanguage } from '../../../src/schemas/vocabularies.ts';

const fixture = 'tests/fixtures/entries/valid-entry.md';
const base = (parseEntryFile(fixture, readFileSync(fixture, 'utf8')) as EntryFile).frontmatter as Record<string, unknown>;

export interface SyntheticEntry {
  id: string;
  /** Frontmatter fields replacing the fixture's (whole top-level values). */
  fields?: Record<string, unknown>;
  served?: string[];
  reach?: DirectoryEntry['reach'];
}

/** A reader text in every UI language (German too, once it is declared), each marked with its language. */
export const inEveryLanguage = (text: string) => Object.fromEntries(uiLanguages.map((lang) => [lang, `${text} (${lang})`])) as Record<UiLanguage, string>;

/** A contact phone as an entry writes it. */
export const phone = (over: Record<string, unknown> = {}) => ({ number: '02 511 11 11', source: 'https://example.org/source', ...over });

/** The status block of an active service, with evidence from `date`. */
export const active = (date: string) => ({ value: 'active', evidence: 'synthetic', evidenceDate: date });

export function project({ id, fields = {} }: Pick<SyntheticEntry, 'id' | 'fields'>): Project {
  const result = projectSchema.safeParse({ ...structuredClone(base), id, name: id, ...fields });
  if (!result.success) throw new Error(`synthetic entry ${id} is not valid: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return result.data;
}

export function directoryEntry(spec: SyntheticEntry): DirectoryEntry {
  return { data: project(spec), served: spec.served ?? ['11002'], reach: spec.reach ?? 'wide', regions: [], provinces: [] };
}
