/**
 * node scripts/synthetic-entries.ts --count N --out DIR [--seed S]
 *
 * Writes a content folder for load tests: a copy of the real entries (src/content/initiatives) plus N
 * synthetic entries in DIR/synthetic/, each valid against the real content model (src/schemas/initiative.ts)
 * and the geo data. Build it with `CONTENT_DIR=DIR npm run build` (scripts/bench.ts does, with --entries N).
 *
 * The synthetic entries are plainly fake and harmless if they ever leak: named "Synthetic initiative
 * 00042", run by "Synthetic organisation 00042", with no contact details at all (no phone, e-mail or
 * URL), and a single source that says it is generated. They are deterministic (seeded PRNG, fixed
 * dates), and varied like the real data: country, region, language side, prevention levels, working
 * methods, target groups, status, and coverage, mostly local (real municipality codes from
 * src/data/geo/municipalities.csv) with some arrondissement, province, region, community and
 * country-wide services. Bodies are a few sentences drawn from a fixed word list.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dump } from 'js-yaml';
import { loadMunicipalities } from '../src/loaders/geo.ts';
import type { Municipality } from '../src/lib/geo/municipalities.ts';
import type { InitiativeInput } from '../src/schemas/initiative.ts';
import { validateDirectory } from '../src/loaders/entry-files.ts';
import { keysOf } from '../src/schemas/vocabularies/labels.ts';
import { preventionLevels, targetGroups, workingMethods } from '../src/schemas/vocabularies/practice.ts';
import { statuses } from '../src/schemas/vocabularies/evidence-and-verification.ts';
import { uiLanguages, type UiLanguage } from '../src/schemas/languages.ts';
import { municipalityName } from '../src/lib/geo/municipality-name.ts';

/** mulberry32: a small, fast, seeded PRNG; the same seed gives the same entries on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
/** 1 to max distinct items, in vocabulary order (as an editor would list them). */
function pickSome<T>(random: Random, items: readonly T[], max: number): T[] {
  const count = 1 + Math.floor(random() * max);
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(pick(random, items));
  return items.filter((item) => chosen.has(item));
}
/** Pick a key by weight. */
function weighted<K extends string>(random: Random, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][];
  let r = random() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [key, weight] of entries) {
    r -= weight;
    if (r < 0) return key;
  }
  return entries[entries.length - 1]![0];
}

/** Each language's summary of a synthetic entry (the type asks for one per language an entry is written in). */
const syntheticSummary: Record<UiLanguage, (number: string, place: string) => string> = {
  nl: (number, place) =>
    `Fictief initiatief ${number} in ${place}, gegenereerd voor een belastingstest. Geen echte dienst.`,
  fr: (number, place) =>
    `Initiative fictive ${number} à ${place}, générée pour un test de charge. Pas un vrai service.`,
  en: (number, place) => `Fictitious initiative ${number} in ${place}, generated for a load test. Not a real service.`,
  de: (number, place) => `Fiktive Initiative ${number} in ${place}, für einen Lasttest erzeugt. Kein echter Dienst.`,
};

/**
 * The fixed word list of the bodies: ordinary words of the domain in nl, fr and en (so searches for
 * them find synthetic entries too, as they would in a larger real directory) and filler words.
 */
export const wordList = [
  'ouders',
  'jongeren',
  'moeders',
  'vaders',
  'gezin',
  'school',
  'begeleiding',
  'radicalisering',
  'preventie',
  'gesprek',
  'parents',
  'jeunes',
  'famille',
  'écoute',
  'accompagnement',
  'radicalisme',
  'prévention',
  'soutien',
  'families',
  'support',
  'helpline',
  'young',
  'people',
  'mothers',
  'network',
  'lorem',
  'ipsum',
  'dolor',
  'amet',
  'veldwerk',
  'overleg',
  'werkgroep',
  'atelier',
  'rencontre',
  'session',
] as const;

const sentence = (random: Random, words: number) => {
  const text = Array.from({ length: words }, () => pick(random, wordList)).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
};

export interface SyntheticEntry {
  id: string;
  /** Folder under DIR/synthetic/: be or nl. */
  folder: 'be' | 'nl';
  frontmatter: InitiativeInput;
  body: string;
}

const scopeWeights = {
  municipalities: 86,
  arrondissement: 5,
  province: 4,
  region: 3,
  community: 1,
  country: 1,
} as const;
const statusWeights: Record<keyof typeof statuses, number> = { active: 70, unknown: 20, ended: 10, merged: 0 };
const confidenceWeights = { high: 3, medium: 5, low: 2 } as const;

/** Entry number `index` (1-based); `random` is the shared seeded generator. */
export function syntheticEntry(index: number, random: Random, municipalities: readonly Municipality[]): SyntheticEntry {
  const number = String(index).padStart(5, '0');
  const id = `synthetic-initiative-${number}`;
  const home = pick(random, municipalities);
  const country = home.country;
  const region = home.region;
  const languageSide =
    region === 'BE-WAL'
      ? home.communities.includes('de')
        ? 'de'
        : 'fr'
      : region === 'BE-BRU'
        ? pick(random, ['nl', 'fr'] as const)
        : 'nl';

  let scope: keyof typeof scopeWeights = weighted(random, scopeWeights);
  if (country === 'NL' && (scope === 'arrondissement' || scope === 'community')) scope = 'province';
  if (scope === 'province' && !home.provinceCode) scope = 'region'; // Brussels has no province
  if (scope === 'region' && country === 'NL') scope = 'country';
  let codes: string[];
  switch (scope) {
    case 'municipalities': {
      const nearby = municipalities.filter(
        (m) => m.code !== home.code && m.provinceCode === home.provinceCode && m.region === home.region,
      );
      const extra = nearby.length === 0 ? 0 : Math.floor(random() * 3);
      codes = [home.code, ...Array.from({ length: extra }, () => pick(random, nearby).code)].filter(
        (code, i, all) => all.indexOf(code) === i,
      );
      break;
    }
    case 'arrondissement':
      codes = [home.arrondissement];
      break;
    case 'province':
      codes = [home.provinceCode];
      break;
    case 'region':
      codes = [region];
      break;
    case 'community':
      codes = [home.communities[0]!];
      break;
    case 'country':
      codes = [country];
      break;
  }

  const status = weighted(random, statusWeights);
  // A language not yet in uiLanguages (German) names the place as English does: the local official name.
  const placeIn = (lang: UiLanguage) =>
    municipalityName(home, (uiLanguages as readonly string[]).includes(lang) ? (lang as UiLanguage) : 'en');
  const day = 1 + Math.floor(random() * 28);
  const month = 1 + Math.floor(random() * 12);
  const frontmatter: InitiativeInput = {
    id,
    name: `Synthetic initiative ${number}`,
    kind: 'service',
    organization: { name: `Synthetic organisation ${number}` },
    country,
    languageSide,
    region,
    ...(home.provinceCode ? { province: home.provinceCode } : {}),
    coverage: { scope, codes, ...(scope === 'municipalities' ? { basis: 'listed' as const } : {}) },
    locations: [{ municipality: home.code }],
    preventionLevels: { values: pickSome(random, keysOf(preventionLevels), 2) },
    workingMethods: { values: pickSome(random, keysOf(workingMethods), 3) },
    targetGroups: { values: pickSome(random, keysOf(targetGroups), 3) },
    languages: [languageSide],
    status: { value: status, evidence: 'Synthetic entry generated for a load test; not a real service.' },
    started: 2000 + Math.floor(random() * 25),
    confidence: weighted(random, confidenceWeights),
    summary: Object.fromEntries(
      uiLanguages.map((lang) => [lang, syntheticSummary[lang](number, placeIn(lang))]),
    ) as InitiativeInput['summary'],
    bodyLanguage: languageSide,
    sources: [
      {
        title: 'Synthetic entry generated by scripts/synthetic-entries.ts (not a real source)',
        seed: '002',
        supports: 'nothing: every field is generated',
      },
    ],
    verified: {
      date: `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      method: 'public-sources',
    },
  };
  const body = [
    '## Synthetic entry',
    '',
    `${sentence(random, 8)} ${sentence(random, 6)} (${placeIn('nl')})`,
    '',
    `${sentence(random, 10)}`,
    '',
  ].join('\n');
  return { id, folder: country === 'NL' ? 'nl' : 'be', frontmatter, body };
}

/** `count` synthetic entries from `seed`, the same for the same arguments. */
export function syntheticEntries(
  count: number,
  municipalities: readonly Municipality[],
  seed = 20260424,
): SyntheticEntry[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => syntheticEntry(i + 1, random, municipalities));
}

/** The Markdown file of an entry: YAML frontmatter and body. */
export function toMarkdown(entry: SyntheticEntry): string {
  return `---\n${dump(entry.frontmatter, { lineWidth: -1, noRefs: true })}---\n\n${entry.body}`;
}

/** Copy the real entries into `out` and add `count` synthetic ones; returns the number of files written. */
export function writeContentFolder(out: string, count: number, seed?: number): number {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(join(process.cwd(), 'src', 'content', 'initiatives'), out, { recursive: true });
  const entries = syntheticEntries(count, loadMunicipalities(), seed);
  for (const entry of entries) {
    const folder = join(out, 'synthetic', entry.folder);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${entry.id}.md`), toMarkdown(entry));
  }
  return entries.length;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string' },
      'no-validate': { type: 'boolean', default: false },
    },
  });
  const count = Number(values.count);
  if (!values.out || !Number.isInteger(count) || count < 0) {
    console.error('usage: node scripts/synthetic-entries.ts --count N --out DIR [--seed S] [--no-validate]');
    process.exit(2);
  }
  const start = performance.now();
  const written = writeContentFolder(values.out, count, values.seed === undefined ? undefined : Number(values.seed));
  console.log(
    `synthetic-entries: ${written} synthetic entries + the real ones written to ${values.out} in ${((performance.now() - start) / 1000).toFixed(1)} s`,
  );
  if (!values['no-validate']) {
    const { entries, problems } = validateDirectory(loadMunicipalities(), values.out);
    if (problems.length > 0) {
      console.error(`synthetic-entries: ${problems.length} problem(s), first: ${JSON.stringify(problems.slice(0, 5))}`);
      process.exit(1);
    }
    console.log(`synthetic-entries: all ${entries.length} entries valid`);
  }
}
