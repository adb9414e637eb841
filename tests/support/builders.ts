/**
 * One place where tests build entries, through the real schema. A builder starts from the smallest entry
 * the content collection accepts (`minimalEntry`), replaces the top-level fields a test names, and parses
 * the result with initiativeSchema: defaults are applied as in the build, and a fixture that no keeper could
 * write (a merged entry without successor, a Dutch entry in a Belgian region, a date in the future) fails
 * the test that builds it, naming the field. Texts a reader sees are built from uiLanguages, so a language
 * added to that list is filled in every fixture without touching the tests.
 */
import { initiativeSchema, type Initiative, type InitiativeInput } from '../../src/schemas/initiative.ts';
import { uiLanguages, type UiLanguage } from '../../src/schemas/languages.ts';
import type { DirectoryEntry } from '../../src/lib/directory/directory.ts';

/** A text in every UI language: `text(lang)` when given a function, otherwise the same words tagged with the language. */
export function inEveryLanguage(text: string | ((lang: UiLanguage) => string)): Record<UiLanguage, string> {
  return Object.fromEntries(
    uiLanguages.map((lang) => [lang, typeof text === 'function' ? text(lang) : `${text} (${lang})`]),
  ) as Record<UiLanguage, string>;
}

/**
 * The smallest valid entry: a current Belgian family service in Antwerp (11002), one web source, checked
 * against public sources before today. Everything optional is left out, so a test states what it relies on.
 */
export function minimalEntry(id: string): InitiativeInput {
  return {
    id,
    name: `Service ${id}`,
    kind: 'service',
    organization: { name: 'Synthetic organisation' },
    country: 'BE',
    languageSide: 'nl',
    region: 'BE-VLG',
    coverage: { scope: 'municipalities', codes: ['11002'] },
    preventionLevels: {},
    workingMethods: {},
    targetGroups: {},
    status: { value: 'active', evidence: 'synthetic' },
    confidence: 'high',
    summary: inEveryLanguage('A synthetic entry for a test'),
    bodyLanguage: 'nl',
    sources: [{ title: 'A synthetic source', url: 'https://example.org/source' }],
    verified: { date: '2026-11-24', method: 'public-sources' },
  };
}

export interface SyntheticEntry {
  id: string;
  /** Top-level fields replacing the minimal entry's (whole values; a wrong one fails the schema, as in the build). */
  fields?: Record<string, unknown>;
  served?: string[];
  reach?: DirectoryEntry['reach'];
  regions?: DirectoryEntry['regions'];
  provinces?: DirectoryEntry['provinces'];
}

/** A contact phone as an entry writes it. */
export const phone = (over: Record<string, unknown> = {}) => ({
  number: '02 511 11 11',
  source: 'https://example.org/source',
  ...over,
});

/** The status block of an active service, with evidence from `date`. */
export const active = (date: string) => ({ value: 'active', evidence: 'synthetic', evidenceDate: date });

/** An entry as the content collection holds it: the minimal entry with `fields`, parsed by the real schema. */
export function initiative({ id, fields = {} }: Pick<SyntheticEntry, 'id' | 'fields'>): Initiative {
  const result = initiativeSchema.safeParse({ ...minimalEntry(id), ...fields });
  if (!result.success)
    throw new Error(
      `synthetic entry ${id} is not valid: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return result.data;
}

/** A directory entry: the initiative with the municipalities it serves (default: Antwerp, 11002) and its reach. */
export function directoryEntry(spec: SyntheticEntry): DirectoryEntry {
  return {
    data: initiative(spec),
    served: spec.served ?? ['11002'],
    reach: spec.reach ?? 'wide',
    regions: spec.regions ?? [],
    provinces: spec.provinces ?? [],
  };
}
