/**
 * npm run new -- --name "…" --country BE|NL [--id …] [--side SIDE (a key of languageSides: nl, fr, de)] [--region BE-VLG|BE-BRU|BE-WAL]
 *                 [--organization "…"] [--dir src/content/initiatives]
 * Scaffolds an entry that passes validation, with every unknown left honestly unknown, and prints
 * what to fill in next. It refuses to overwrite an existing file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { slugify } from '../src/lib/text.ts';
import { languageSides } from '../src/schemas/vocabularies/place-and-kind.ts';
import { initiativesDirectory } from '../src/loaders/entry-files.ts';
import { uiLanguages, type UiLanguage } from '../src/schemas/languages.ts';

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    country: { type: 'string' },
    id: { type: 'string' },
    side: { type: 'string' },
    region: { type: 'string' },
    organization: { type: 'string' },
    dir: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(
    `${message}\nUsage: npm run new -- --name "Name of the service" --country BE|NL [--side ${Object.keys(languageSides).join('|')}] [--region BE-VLG|BE-BRU|BE-WAL] [--organization "…"] [--id …]`,
  );
  process.exit(1);
}

const name = values.name?.trim() || fail('--name is required.');
const country =
  values.country === 'BE' || values.country === 'NL' ? values.country : fail('--country must be BE or NL.');
const side = values.side ?? 'nl';
if (!Object.hasOwn(languageSides, side)) fail(`--side must be ${Object.keys(languageSides).join(', ')}.`);
const region = country === 'NL' ? 'NL' : values.region;
if (country === 'BE' && !['BE-VLG', 'BE-BRU', 'BE-WAL'].includes(region ?? ''))
  fail('--region is required for Belgium: BE-VLG, BE-BRU or BE-WAL.');
const id = values.id ?? slugify(name);
const folder = join(values.dir ?? initiativesDirectory, country.toLowerCase());
const file = join(folder, `${id}.md`);
if (existsSync(file)) fail(`${file} already exists; choose another --id.`);
const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const today = new Date().toISOString().slice(0, 10);
const bodyLanguage = country === 'NL' ? 'nl' : side;
/** What the summary asks for, in each language an entry's texts are written in (the type asks for a new one). */
const summaryTodo: Record<UiLanguage, string> = {
  nl: 'TODO – één tot drie zinnen in eigen woorden.',
  fr: 'TODO – une à trois phrases avec vos propres mots.',
  en: 'TODO – one to three sentences in your own words.',
  de: 'TODO – ein bis drei Sätze in eigenen Worten.',
};

const text = `---
id: ${id}
name: ${q(name)}
# TODO kind: service (people can contact it), professional-network, care-and-safety-house or resource
kind: service
organization:
  name: ${q(values.organization?.trim() || name)}
country: ${country}
languageSide: ${side}
region: ${region}
coverage:
  # TODO: scope (municipalities, arrondissement, province, region, community, country) and its codes
  scope: country
  codes: [${country}]
preventionLevels:
  values: []
workingMethods:
  values: []
targetGroups:
  values: []
languages: []
contact:
  phones: []
status:
  value: unknown
  evidence: TODO – what the status rests on, with the source's date.
confidence: low
summary:
${uiLanguages.map((lang) => `  ${lang}: ${summaryTodo[lang]}`).join('\n')}
bodyLanguage: ${bodyLanguage}
sources:
  - title: TODO – what the source is
    url: https://example.org/TODO
verified:
  date: ${today}
  method: public-sources
  source: https://example.org/TODO
---

## TODO

Describe what the service offers, for whom, how to get in touch, what it costs, and when information
is shared with police or justice — only what the sources say. End with what is not known.
`;
mkdirSync(folder, { recursive: true });
writeFileSync(file, text);
console.log(`Created ${file}.
Next: replace every TODO with what a source states (see CONTRIBUTING.md), set the coverage, then run "npm run validate".`);
