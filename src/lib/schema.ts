/**
 * The content model of one initiative (one Markdown file in src/content/projects/), in one place.
 *
 * Field names follow Open Referral HSDS 3.0 where a plain mapping exists (organization, service,
 * location, service_area, phone, language, assured_date), so the HSDS export is a rename, not a
 * reinterpretation. Objects are strict: an unknown key is a typo and fails the build. Every field is
 * described for the editor who fills it in; messages say how to fix the value.
 */
import { z } from 'astro/zod';
import {
  channels,
  communities,
  confidences,
  contactAudiences,
  costs,
  entryKinds,
  countries,
  coverageBases,
  coverageScopes,
  keysOf,
  languageSides,
  mappingAttributions,
  preventionLevels,
  referralRoutes,
  regions,
  seedDocuments,
  serviceLanguages,
  statuses,
  weekdays,
  targetGroups,
  uiLanguages,
  workingMethods,
  yesNoUnknown,
  type Vocabulary,
} from './vocabularies.ts';
import { phoneProblem } from './phone.ts';

/** z.enum over a vocabulary, with an error that lists the allowed keys. */
function vocabularyEnum<V extends Vocabulary>(vocabulary: V, what: string) {
  const keys = keysOf(vocabulary);
  return z.enum(keys, { error: () => `unknown ${what}; use one of: ${keys.join(', ')}` });
}

export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const belgianMunicipalityCode = /^\d{5}$/;
const dutchMunicipalityCode = /^GM\d{4}$/;

export const municipalityCodeSchema = z
  .string()
  .trim()
  .refine((code) => belgianMunicipalityCode.test(code) || dutchMunicipalityCode.test(code), {
    error: 'municipality code must be a 5-digit Belgian NIS code (e.g. 23088) or a Dutch CBS code (e.g. GM0363)',
  })
  .describe('Municipality code: Belgian NIS code of 2025 (5 digits) or Dutch CBS code (GM + 4 digits).');

const yearSchema = z
  .number({ error: 'give a year as a number, e.g. 2018' })
  .int()
  .min(1950, { error: 'year looks wrong (before 1950)' })
  .max(2100, { error: 'year looks wrong (after 2100)' });

/** Localised short text: the three UI languages, each required. */
const localisedText = (what: string, max: number) =>
  z.strictObject({
    nl: z.string().trim().min(1, { error: `${what} in Dutch (nl) is empty` }).max(max, { error: `${what} (nl) is longer than ${max} characters` }),
    fr: z.string().trim().min(1, { error: `${what} in French (fr) is empty` }).max(max, { error: `${what} (fr) is longer than ${max} characters` }),
    en: z.string().trim().min(1, { error: `${what} in English (en) is empty` }).max(max, { error: `${what} (en) is longer than ${max} characters` }),
  });

/**
 * Text a reader sees, in the three UI languages. A plain string is refused: it would show one language on
 * every page (a Dutch note on the French page), so the editor is told to give all three.
 */
const readerText = (what: string, max: number) =>
  z.strictObject(localisedText(what, max).shape, {
    error: (issue) =>
      issue.code === 'invalid_type'
        ? `${what} must be given in Dutch, French and English: write nl:, fr: and en: on three indented lines below it, not one plain string`
        : undefined,
  });

/** Every contact detail carries where it comes from and when a source last confirmed it. */
const provenance = {
  confirmed: yearSchema.optional().describe('Year a source last confirmed this detail. Leave out when the source is undated.'),
  source: z.string().trim().min(1).describe('URL or seed document (e.g. "seed 002") that states this detail.'),
  officialCurrentPage: z
    .boolean()
    .default(false)
    .describe('True when `source` is the service’s own page or a government page that was live when read but shows no date: it counts as current for the call button. Leave false for copies, directories and press.'),
  verifyBeforePublishing: z
    .boolean()
    .default(false)
    .describe('True when the research dossier marks the detail "verify before publishing": shown with its year, never as the main call button.'),
};

/** Phone numbers as people write them (national or international), normalised to single spaces. */
export const phoneNumberSchema = z
  .string()
  .trim()
  .transform((value) => value.replace(/\s+/g, ' '))
  .refine((value) => /^\+?[0-9][0-9 ()./-]{1,22}$/.test(value) && value.replace(/\D/g, '').length >= 3, {
    error: 'phone must contain only digits, spaces and ( ) . / - , optionally starting with +, e.g. "+32 470 12 34 56" or "088 20 80 080"',
  })
  .describe('Phone number exactly as the source gives it, national or international form. The entry’s country says which numbering plan a national number belongs to; the whole-entry check below refuses a number that plan does not have.');

const httpUrl = z
  .string()
  .trim()
  .refine((value) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value), {
    error: 'must be a full web address starting with http:// or https://, e.g. "https://www.example.be/"',
  });

/**
 * YAML reads an unquoted full date (2018-03-14) as a date, not as text: a field that keeps the date as the
 * source wrote it is text, so the editor is told to quote it.
 */
const quotedDate = (field: string) => (issue: { input?: unknown }) =>
  issue.input instanceof Date ? `${field} is text: put the date in quotes, e.g. "${issue.input.toISOString().slice(0, 10)}"` : undefined;

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, { error: 'time must be HH:MM, e.g. "09:00" (use "24:00" for midnight at the end of a day)' });

/** One opening period, e.g. Monday, Tuesday, Thursday and Friday 9:00–13:00 (schema.org OpeningHoursSpecification). */
const openingPeriodSchema = z
  .strictObject({
    days: z.array(vocabularyEnum(weekdays, 'day')).min(1, { error: 'name at least one day (mo, tu, we, th, fr, sa, su)' }),
    opens: clockTime,
    closes: clockTime,
  })
  .refine((period) => period.opens < period.closes, { error: 'closes must be later than opens (a line open around the clock is opens "00:00", closes "24:00")' });

const phoneSchema = z.strictObject({
  number: phoneNumberSchema,
  fromAbroad: phoneNumberSchema
    .refine((value) => value.startsWith('+'), { error: 'fromAbroad is the number to call from another country: write it in international form, starting with + (e.g. "+31 30 670 60 01")' })
    .optional()
    .describe('Number to call from outside the country, only when a source prints one (e.g. "+31 30 670 60 01"); never derived by us.'),
  label: readerText('phone label', 120).optional().describe('What this line is for, in nl, fr and en (e.g. nl "Hulplijn", fr "Ligne d’écoute", en "Helpline").'),
  hours: readerText('phone hours', 300).optional().describe('When the line is staffed, in words, in nl, fr and en, as the source states it.'),
  openingHours: z.array(openingPeriodSchema).default([]).describe('The same hours, structured, when the source states them precisely: lets the site say "open now". Empty when unknown.'),
  ...provenance,
});

const websiteSchema = z.strictObject({
  url: httpUrl.describe('Web address of the service or organisation.'),
  ...provenance,
});

const emailSchema = z.strictObject({
  address: z.email({ error: 'e-mail address is not valid, e.g. "info@example.be"' }).describe('E-mail address.'),
  ...provenance,
});

const contactSchema = z
  .strictObject({
    website: websiteSchema.optional(),
    phones: z.array(phoneSchema).default([]),
    email: emailSchema.optional(),
  })
  .describe('Contact details, each only as a cited source states it.');

const sourceSchema = z
  .strictObject({
    title: z.string().trim().min(1, { error: 'a source needs a title that says what it is' }).describe('What the source is, e.g. "Family Support inspiration guide, p. 34".'),
    url: httpUrl.optional().describe('Address of the source, when it is online.'),
    seed: vocabularyEnum(seedDocuments, 'seed document').optional().describe('Seed document of the project, by number (000–004).'),
    page: z.string().trim().min(1).optional().describe('Page or section in the source.'),
    date: z.string({ error: quotedDate('date') }).trim().min(1).optional().describe('Date of the source as it states it (e.g. "2018-03", "undated").'),
    accessed: z.coerce.date({ error: 'accessed must be a date like 2026-11-23' }).optional().describe('When the source was read.'),
    supports: z.string().trim().min(1).optional().describe('Which facts of this entry the source supports.'),
  })
  .refine((source) => Boolean(source.url ?? source.seed), {
    error: 'a source needs a url or a seed (e.g. seed: "002")',
  });

const coverageSchema = z
  .strictObject({
    scope: vocabularyEnum(coverageScopes, 'coverage scope').describe('How far the service reaches.'),
    codes: z
      .array(z.string().trim().min(1))
      .default([])
      .describe(
        'Codes for the scope: municipality codes (municipalities); NIS arrondissement codes such as 23000 (arrondissement); NIS province codes such as 20001 or Dutch PV20–PV31 (province); BE-VLG, BE-BRU, BE-WAL (region); vl, fr, de (community); BE or NL (country).',
      ),
    basis: vocabularyEnum(coverageBases, 'coverage basis')
      .optional()
      .describe('For a list of municipalities: how the list was established (named by a source, all of a region per source, inferred from the region’s name…).'),
    note: readerText('coverage note', 400).optional().describe('Coverage in words, in nl, fr and en, as the source states it.'),
  })
  .superRefine((coverage, ctx) => {
    if (coverage.scope !== 'unknown' && coverage.codes.length === 0 && coverage.basis !== 'none') {
      ctx.addIssue({ code: 'custom', path: ['codes'], message: `scope "${coverage.scope}" needs at least one code (or basis: none when no source lists the municipalities)` });
    }
    if (coverage.scope === 'unknown' && coverage.codes.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['codes'], message: 'scope "unknown" takes no codes; choose the scope the codes belong to' });
    }
    const patterns: Partial<Record<string, RegExp>> = {
      municipalities: /^(\d{5}|GM\d{4})$/,
      arrondissement: /^\d{2}000$/,
      province: /^(\d{5}|PV\d{2})$/,
      region: /^BE-(VLG|BRU|WAL)$/,
      community: new RegExp(`^(${Object.keys(communities).join('|')})$`),
      country: new RegExp(`^(${Object.keys(countries).join('|')})$`),
    };
    const pattern = patterns[coverage.scope];
    coverage.codes.forEach((code, index) => {
      if (pattern && !pattern.test(code)) {
        ctx.addIssue({ code: 'custom', path: ['codes', index], message: `"${code}" is not a valid code for scope "${coverage.scope}"` });
      }
    });
  });

const locationSchema = z.strictObject({
  municipality: municipalityCodeSchema,
  address: z.string().trim().min(1).optional().describe('Street address as a source states it. Leave out when unknown.'),
  confidential: z.boolean().default(false).describe('True when the address must not be shown (e.g. a shelter); only the municipality is shown.'),
  source: z.string().trim().min(1).optional().describe('URL or seed that states this address.'),
});

/** A list of vocabulary values that may have been inferred from the sources rather than stated by them. */
function classified<V extends Vocabulary>(vocabulary: V, what: string) {
  return z.strictObject({
    values: z.array(vocabularyEnum(vocabulary, what)).default([]).describe(`${what} values; empty when no source says.`),
    inferred: z.boolean().default(false).describe('True when the values are our reading of the sources, not stated by them; shown as inferred.'),
    note: z.string().trim().min(1).optional().describe('Why these values, when inferred.'),
  });
}

const accessSchema = z
  .strictObject({
    whoMayContact: z.array(vocabularyEnum(contactAudiences, 'contact audience')).default([]).describe('Who may get in touch directly; empty when unknown.'),
    referral: vocabularyEnum(referralRoutes, 'referral route').default('unknown').describe('Self-referral, or only through a professional or the municipality.'),
    cost: vocabularyEnum(costs, 'cost').default('unknown'),
    channels: z.array(vocabularyEnum(channels, 'channel')).default([]).describe('How contact happens; empty when unknown.'),
    hours: readerText('opening hours', 300).optional().describe('Opening hours as a source states them, in nl, fr and en.'),
    anonymous: vocabularyEnum(yesNoUnknown, 'anonymous value').default('unknown').describe('Whether a first contact can be anonymous.'),
    confidentiality: readerText('confidentiality', 600).optional().describe('When information is shared with police or justice, as a source states it, in nl, fr and en.'),
    note: readerText('access note', 600).optional().describe('Anything else about access, in nl, fr and en.'),
  })
  .describe('What a worried family asks first: who may call, how, at what cost, and what stays confidential.');

const statusSchema = z
  .strictObject({
    value: vocabularyEnum(statuses, 'status'),
    // A plain id, not Astro's reference('projects'): in Astro 7 a dangling reference is only logged, and the
    // value would become { collection, id } in the build but stay a string for `npm run validate`. That the
    // id exists is checked by collectionProblems (src/lib/validate.ts), which fails the build.
    successor: z.string().regex(idPattern, { error: 'successor must be the id of another entry' }).optional().describe('Id of the entry that continues this work (required when merged).'),
    evidence: z.string().trim().min(1, { error: 'say what the status rests on' }).describe('What the status rests on, in English, e.g. "listed on the national government Q&A page".'),
    evidenceDate: z.string({ error: quotedDate('evidenceDate') }).regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'evidenceDate must be YYYY, YYYY-MM or YYYY-MM-DD' }).optional().describe('Date of the newest evidence.'),
  })
  .superRefine((status, ctx) => {
    if (status.value === 'merged' && !status.successor) {
      ctx.addIssue({ code: 'custom', path: ['successor'], message: 'a merged entry needs the id of its successor' });
    }
  });

const mapping2018Schema = z
  .strictObject({
    fiche: z.string().trim().min(1).describe('Fiche title exactly as in the 2018 mapping’s project list.'),
    side: z.enum(['nl', 'fr'], { error: 'side must be nl or fr (the two halves of the 2018 mapping)' }),
    attribution: vocabularyEnum(mappingAttributions, 'attribution').describe('How firmly the fiche is tied to the organisation named here.'),
  })
  .describe('Present only for the 37 fiches of the 2018 Belgian Family Support mapping.');

export const projectSchema = z
  .strictObject({
    id: z.string().regex(idPattern, { error: 'id must be lower-case words joined by hyphens, e.g. "de-touter-hoedsaam"' }).describe('Stable id; equals the file name. Never change it once published.'),
    name: z.string().trim().min(2).describe('Name of the service (HSDS service.name).'),
    kind: vocabularyEnum(entryKinds, 'kind').describe('What the entry is: a service people can contact, a network or programme for professionals, a Zorg- en Veiligheidshuis, or a resource (film, toolkit, training). Who may contact it is access.whoMayContact.'),
    alternateName: z.string().trim().min(1).optional().describe('Other or former name.'),
    organization: z
      .strictObject({
        name: z.string().trim().min(2).describe('Organisation that runs the service (HSDS organization.name).'),
        url: httpUrl.optional(),
      })
      .describe('The organisation behind the service.'),
    country: vocabularyEnum(countries, 'country'),
    languageSide: vocabularyEnum(languageSides, 'language side').describe('Language community the entry belongs to (nl, fr or de).'),
    region: vocabularyEnum(regions, 'region').optional().describe('Region where the service is based: BE-VLG, BE-BRU, BE-WAL or NL. Leave out only when no source says (title-only records).'),
    province: z.string().regex(/^(\d{5}|PV\d{2})$/, { error: 'province must be a NIS province code (e.g. 20001) or a Dutch PV code (e.g. PV27)' }).optional().describe('Province where the service is based; leave out for Brussels and country-wide services.'),
    coverage: coverageSchema,
    locations: z.array(locationSchema).default([]).describe('Where the service is based (HSDS location).'),
    preventionLevels: classified(preventionLevels, 'prevention level'),
    workingMethods: classified(workingMethods, 'working method'),
    targetGroups: classified(targetGroups, 'target group'),
    languages: z.array(vocabularyEnum(serviceLanguages, 'service language')).default([]).describe('Languages the service works in; empty when unknown.'),
    contact: contactSchema.default({ phones: [] }),
    access: accessSchema.default({ whoMayContact: [], referral: 'unknown', cost: 'unknown', channels: [], anonymous: 'unknown' }),
    status: statusSchema,
    started: yearSchema.optional().describe('Year the service started.'),
    mapping2018: mapping2018Schema.optional(),
    confidence: vocabularyEnum(confidences, 'confidence').describe('How well the sources support this entry (high, medium, low).'),
    summary: localisedText('summary', 600).describe('One to three sentences in Dutch, French and English, in our own words.'),
    bodyLanguage: z.enum(['nl', 'fr', 'de', 'en'], { error: 'bodyLanguage must be nl, fr, de or en' }).describe('Language the Markdown body is written in.'),
    sources: z.array(sourceSchema).min(1, { error: 'every entry needs at least one source' }).describe('Where every fact comes from.'),
    lastVerified: z.coerce.date({ error: 'lastVerified must be a date like 2026-11-24' }).describe('Date a person last checked this entry against its sources (HSDS assured_date).'),
  })
  .superRefine((entry, ctx) => {
    if (entry.country === 'NL' && entry.region !== undefined && entry.region !== 'NL') {
      ctx.addIssue({ code: 'custom', path: ['region'], message: 'a Dutch entry has region "NL"' });
    }
    if (entry.country === 'BE' && entry.region === 'NL') {
      ctx.addIssue({ code: 'custom', path: ['region'], message: 'a Belgian entry has region BE-VLG, BE-BRU or BE-WAL' });
    }
    if (entry.region === undefined && entry.mapping2018?.attribution !== 'title-only' && entry.coverage.scope !== 'country') {
      ctx.addIssue({ code: 'custom', path: ['region'], message: 'region is required (only country-wide services and title-only records may leave it out when no source says where they are based)' });
    }
    if (entry.coverage.scope === 'unknown' && entry.mapping2018?.attribution !== 'title-only') {
      ctx.addIssue({ code: 'custom', path: ['coverage', 'scope'], message: 'coverage "unknown" is only for title-only records of the 2018 mapping; give the scope and codes the sources support' });
    }
    // A national number is only readable with its country's numbering plan, so phones are checked here.
    entry.contact.phones.forEach((phone, index) => {
      for (const field of ['number', 'fromAbroad'] as const) {
        const value = phone[field];
        // A value the field's own format check refused is already reported there: one message per mistake.
        const problem = value === undefined || !phoneNumberSchema.safeParse(value).success ? undefined : phoneProblem(value, entry.country);
        if (problem) ctx.addIssue({ code: 'custom', path: ['contact', 'phones', index, field], message: problem });
      }
    });
    if (entry.status.successor === entry.id) {
      ctx.addIssue({ code: 'custom', path: ['status', 'successor'], message: 'an entry cannot be its own successor; name the entry that continues this work, or leave successor out' });
    }
    if (entry.lastVerified.getTime() > Date.now() + 24 * 3600 * 1000) {
      ctx.addIssue({ code: 'custom', path: ['lastVerified'], message: 'lastVerified is in the future' });
    }
  });

export type ProjectInput = z.input<typeof projectSchema>;
export type Project = z.output<typeof projectSchema>;
export type ContactPhone = Project['contact']['phones'][number];
export type OpeningPeriod = ContactPhone['openingHours'][number];
export type ReaderText = NonNullable<ContactPhone['label']>;

export { uiLanguages };
