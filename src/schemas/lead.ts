/**
 * Leads (src/data/leads/{be,nl}.yaml): services a research dossier named on too weak a footing to be an
 * entry, kept for the next verifier and listed on the data report as unverified. A lead is never help
 * to call, so the model has no contact fields at all: a phone or e-mail cannot slip onto the page.
 * Pure: give it the parsed YAML and the file name, get leads or problems (file, field, fix) back.
 */
import { z } from 'astro/zod';
import { idPattern } from './fields.ts';
import { keysOf, type Vocabulary } from './vocabularies/labels.ts';
import { languageSides } from './vocabularies/place-and-kind.ts';
import { uiLanguages, type UiLanguage } from './languages.ts';

/** Why a lead is not an entry yet, with the sentence the data report shows for it. */
export const leadReasons = {
  'one-source': {
    nl: 'Maar één bron; er is een tweede, onafhankelijke bron nodig.',
    fr: 'Une seule source ; il en faut une deuxième, indépendante.',
    en: 'One source only; needs a second, independent one.',
    de: 'Nur eine Quelle; eine zweite, unabhängige Quelle fehlt noch.',
  },
  'no-recent-source': {
    nl: 'Geen bron van 2021 of later; er is een recente bron nodig.',
    fr: 'Aucune source de 2021 ou plus récente ; il en faut une récente.',
    en: 'No source from 2021 or later; needs a recent one.',
    de: 'Keine Quelle von 2021 oder später; eine aktuelle Quelle fehlt noch.',
  },
  'no-current-contact': {
    nl: 'Geen bron van 2021 of later vermeldt hoe je de dienst bereikt; er is een recente bron met het contact nodig.',
    fr: 'Aucune source de 2021 ou plus récente n’indique comment joindre le service ; il faut une source récente qui donne le contact.',
    en: 'No source from 2021 or later gives its contact; needs a recent source that prints it.',
    de: 'Keine Quelle von 2021 oder später nennt einen Kontakt; eine aktuelle Quelle mit dem Kontakt fehlt noch.',
  },
} as const satisfies Vocabulary;

/** How much the dossier trusted the find (the dossiers' own scale; a lead is never above medium-low). */
export const leadConfidences = {
  'medium-low': { nl: 'Gemiddeld tot laag', fr: 'Moyenne à faible', en: 'Medium to low', de: 'Mittel bis niedrig' },
  low: { nl: 'Laag', fr: 'Faible', en: 'Low', de: 'Niedrig' },
} as const satisfies Vocabulary;

/** The language names the lead file's errors use, for every declared UI language. */
const languageInWords: Record<UiLanguage, string> = { nl: 'Dutch', fr: 'French', en: 'English', de: 'German' };

const text = (what: string, max: number) =>
  z.strictObject(
    Object.fromEntries(
      uiLanguages.map((lang) => [
        lang,
        z
          .string()
          .trim()
          .min(1, { error: `${what} in ${languageInWords[lang]} (${lang}) is empty` })
          .max(max, { error: `${what} (${lang}) is longer than ${max} characters` }),
      ]),
    ) as Record<UiLanguage, z.ZodString>,
    {
      error: (issue) =>
        issue.code === 'invalid_type'
          ? `${what} must be given in every UI language (${uiLanguages.map((lang) => `${lang}:`).join(', ')} on indented lines)`
          : undefined,
    },
  );

const leadSourceSchema = z.strictObject({
  title: z
    .string()
    .trim()
    .min(1, { error: 'a source needs a title that says what it is' })
    .describe('What the source is, e.g. "Gemeente Zele – Hoe pakken we radicalisering aan?".'),
  url: z
    .string()
    .trim()
    .refine((value) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value), {
      error: 'must be a full web address starting with http:// or https://',
    })
    .describe('Address of the source.'),
  date: z
    .string()
    .trim()
    .regex(/^(\d{4}(-\d{2}(-\d{2})?)?|undated)$/, {
      error: 'date must be YYYY, YYYY-MM, YYYY-MM-DD or "undated" (as the source states it)',
    })
    .describe('Date the source states, or "undated".'),
  accessed: z.coerce.date({ error: 'accessed must be a date like 2026-12-01' }).describe('When the source was read.'),
  supports: z
    .string()
    .trim()
    .min(1)
    .describe('What the source says, in the editor’s words (English; not shown to readers).'),
});

export const leadSchema = z.strictObject({
  id: z
    .string()
    .regex(idPattern, { error: 'id must be lower-case words joined by hyphens' })
    .describe('Stable id; the entry file name if the lead is promoted.'),
  name: z
    .string()
    .trim()
    .min(1, { error: 'a lead needs the name its source gives' })
    .describe('Name as the source prints it (a proper name, not translated).'),
  nameLang: z
    .enum(keysOf(languageSides), {
      error: `nameLang must be ${Object.keys(languageSides).join(', ')}: the language of the name, so pages in other languages mark it`,
    })
    .describe('Language of the name.'),
  place: z.string().trim().min(1).describe('Municipality or area, as a place name.'),
  municipality: z
    .string()
    .regex(/^(\d{5}|GM\d{4})$/, { error: 'municipality must be a 2025 NIS code (5 digits) or a CBS code like GM0590' })
    .optional()
    .describe('Municipality code, when the lead belongs to one municipality.'),
  known: text('what is known', 500).describe('What the source tells, in our own words, in nl, fr and en.'),
  reason: z
    .enum(keysOf(leadReasons), { error: `reason must be one of: ${Object.keys(leadReasons).join(', ')}` })
    .describe('Why it is not an entry yet.'),
  confidence: z
    .enum(keysOf(leadConfidences), {
      error: `confidence must be one of: ${Object.keys(leadConfidences).join(', ')} (a higher one makes an entry, not a lead)`,
    })
    .describe('The dossier’s confidence.'),
  dossier: z
    .enum(['be-current-2026', 'nl-verify-2026', 'flanders-2026'])
    .describe('The research dossier the lead comes from.'),
  sources: z
    .array(leadSourceSchema)
    .min(1, { error: 'a lead needs the source that names it' })
    .describe('Where it was found.'),
});

export type Lead = z.output<typeof leadSchema> & { country: 'BE' | 'NL' };

export interface LeadProblem {
  file: string;
  field: string;
  message: string;
}

const fieldPath = (path: readonly PropertyKey[]) =>
  path
    .map((part) => (typeof part === 'number' ? `[${part}]` : String(part)))
    .join('.')
    .replace(/\.\[/g, '[');

/** Validate one leads file (a YAML list). The country is the file's: be.yaml holds Belgian leads, nl.yaml Dutch ones. */
export function parseLeads(file: string, data: unknown): { leads: Lead[]; problems: LeadProblem[] } {
  const country = /(^|\/)be\.yaml$/.test(file) ? 'BE' : /(^|\/)nl\.yaml$/.test(file) ? 'NL' : undefined;
  if (!country)
    return {
      leads: [],
      problems: [{ file, field: '(file)', message: 'a leads file is named be.yaml or nl.yaml, after its country' }],
    };
  if (!Array.isArray(data))
    return {
      leads: [],
      problems: [
        { file, field: '(file)', message: 'the file must be a YAML list of leads, each starting with "- id:"' },
      ],
    };
  const leads: Lead[] = [];
  const problems: LeadProblem[] = [];
  data.forEach((item, index) => {
    const result = leadSchema.safeParse(item);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const message =
          issue.code === 'unrecognized_keys'
            ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: a lead has no contact fields; see src/schemas/lead.ts`
            : issue.message;
        problems.push({ file, field: fieldPath([index, ...issue.path]), message });
      }
      return;
    }
    const codeCountry = result.data.municipality?.startsWith('GM') ? 'NL' : result.data.municipality ? 'BE' : country;
    if (codeCountry !== country)
      problems.push({
        file,
        field: `[${index}].municipality`,
        message: `code ${result.data.municipality} is not in ${country}; move the lead to the other country's file`,
      });
    leads.push({ ...result.data, country });
  });
  const seen = new Set<string>();
  leads.forEach((lead) => {
    if (seen.has(lead.id)) problems.push({ file, field: 'id', message: `duplicate id "${lead.id}"` });
    seen.add(lead.id);
  });
  return { leads, problems };
}
