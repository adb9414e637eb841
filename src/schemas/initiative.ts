/**
 * The content model of one initiative (one Markdown file in src/content/initiatives/), in one place: its
 * fields and the rules between them. Its parts sit beside it: contact.ts, access.ts, organization.ts,
 * coverage.ts, sources.ts, status-and-verification.ts, built from the field builders of fields.ts.
 *
 * Field names follow Open Referral HSDS 3.0 where a plain mapping exists (organization, service,
 * location, service_area, phone, language, assured_date), so the HSDS export is a rename, not a
 * reinterpretation. Objects are strict: an unknown key is a typo and fails the build. Every field is
 * described for the editor who fills it in; messages say how to fix the value.
 */
import { z } from 'astro/zod';
import { serviceLanguages } from './vocabularies/access-and-contact.ts';
import { confidences } from './vocabularies/evidence-and-verification.ts';
import { initiativeKinds, countries, languageSides, regions, remits } from './vocabularies/place-and-kind.ts';
import { preventionLevels, targetGroups, workingMethods } from './vocabularies/practice.ts';
import { uiLanguages, type UiLanguage } from './languages.ts';
import { phoneProblem } from '../lib/directory/phone.ts';
import { initiativeNameProblem } from '../lib/directory/initiative-name.ts';
import { vocabularyEnum, idPattern, yearSchema, localisedText, readerText, classified, properName } from './fields.ts';
import { phoneNumberSchema, contactSchema } from './contact.ts';
import { coverageSchema, locationSchema } from './coverage.ts';
import { sourceSchema } from './sources.ts';
import { accessSchema } from './access.ts';
import { organizationSchema } from './organization.ts';
import { statusSchema, mapping2018Schema, verifiedSchema } from './status-and-verification.ts';

export const initiativeSchema = z
  .strictObject({
    id: z
      .string()
      .regex(idPattern, { error: 'id must be lower-case words joined by hyphens, e.g. "de-touter-hoedsaam"' })
      .describe('Stable id; equals the file name. Never change it once published.'),
    name: properName(initiativeNameProblem).describe(
      'Name of the service as the sources print it (a 2018 fiche title, a published name), the same in every language (HSDS service.name). When it is a description written in one language ("Gemeente Utrecht – zorgen om radicalisering"), keep it here as the original-language label and give shownName. Only the name: a former or later name is alternateName, a probable tie to a 2018 fiche is mapping2018.attribution.',
    ),
    shownName: readerText('shownName', 200)
      .optional()
      .describe(
        'The name as a reader sees it, in nl, fr and en, when name is a description in one language or holds words a reader of another language does not understand ("Je gemeente – aanspreekpunt radicalisering"; en: "Your municipality – radicalisation contact point"). Proper nouns (organisation names, acronyms) stay as they are inside. Shown as the page title and on every card; name stays the proper name in the exports (HSDS).',
      ),
    kind: vocabularyEnum(initiativeKinds, 'kind').describe(
      'What the entry is: a service people can contact, a network or programme for professionals, a Zorg- en Veiligheidshuis, or a resource (film, toolkit, training). Who may contact it is access.whoMayContact.',
    ),
    remit: vocabularyEnum(remits, 'remit')
      .default('specialised')
      .describe(
        'What the service is for. "specialised" (the default): it takes questions about radicalisation or extremism, as a source says. "general": a line that does not, but that a worried family can still turn to (a listening line such as Tele-Onthaal 106, a violence and abuse line such as 1712, general welfare work); every page then calls it a general line, not specialised in radicalisation. When the radicalisation task is only documented in old sources, keep "specialised" and let the status say how old that evidence is.',
      ),
    alternateName: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe(
        'Another name of the service as the sources print it: a former or later name (name: Exits, alternateName: Forsa) or a name in another language.',
      ),
    organization: organizationSchema,
    country: vocabularyEnum(countries, 'country'),
    languageSide: vocabularyEnum(languageSides, 'language side').describe(
      'Language community the entry belongs to (nl, fr or de).',
    ),
    region: vocabularyEnum(regions, 'region')
      .optional()
      .describe(
        'Region where the service is based: BE-VLG, BE-BRU, BE-WAL or NL. Leave out only when no source says (title-only records).',
      ),
    province: z
      .string()
      .regex(/^(\d{5}|PV\d{2})$/, {
        error: 'province must be a NIS province code (e.g. 20001) or a Dutch PV code (e.g. PV27)',
      })
      .optional()
      .describe('Province where the service is based; leave out for Brussels and country-wide services.'),
    coverage: coverageSchema,
    locations: z.array(locationSchema).default([]).describe('Where the service is based (HSDS location).'),
    preventionLevels: classified(preventionLevels, 'prevention level'),
    workingMethods: classified(workingMethods, 'working method'),
    targetGroups: classified(targetGroups, 'target group'),
    languages: z
      .array(vocabularyEnum(serviceLanguages, 'service language'))
      .default([])
      .describe('Languages the service works in; empty when unknown.'),
    contact: contactSchema.default({ phones: [] }),
    access: accessSchema.default({
      whoMayContact: [],
      referral: 'unknown',
      cost: 'unknown',
      channels: [],
      anonymous: 'unknown',
    }),
    status: statusSchema,
    started: yearSchema.optional().describe('Year the service started.'),
    mapping2018: mapping2018Schema.optional(),
    confidence: vocabularyEnum(confidences, 'confidence').describe(
      'How well the sources support this entry (high, medium, low).',
    ),
    summary: localisedText('summary', 600).describe(
      'One to three sentences in Dutch, French and English, in our own words.',
    ),
    bodyLanguage: z
      .enum(uiLanguages, { error: `bodyLanguage must be one of ${uiLanguages.join(', ')}` })
      .describe('Language the Markdown body is written in.'),
    sources: z
      .array(sourceSchema)
      .min(1, { error: 'every entry needs at least one source' })
      .describe('Where every fact comes from.'),
    verified: verifiedSchema,
  })
  .superRefine((entry, ctx) => {
    for (const lang of uiLanguages) {
      const shown = (entry.shownName as Partial<Record<UiLanguage, string>> | undefined)?.[lang];
      const problem = shown === undefined ? undefined : initiativeNameProblem(shown);
      if (problem) ctx.addIssue({ code: 'custom', path: ['shownName', lang], message: problem });
    }
    if (entry.country === 'NL' && entry.region !== undefined && entry.region !== 'NL') {
      ctx.addIssue({ code: 'custom', path: ['region'], message: 'a Dutch entry has region "NL"' });
    }
    if (entry.country === 'BE' && entry.region === 'NL') {
      ctx.addIssue({
        code: 'custom',
        path: ['region'],
        message: 'a Belgian entry has region BE-VLG, BE-BRU or BE-WAL',
      });
    }
    if (
      entry.region === undefined &&
      entry.mapping2018?.attribution !== 'title-only' &&
      entry.coverage.scope !== 'country'
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['region'],
        message:
          'region is required (only country-wide services and title-only records may leave it out when no source says where they are based)',
      });
    }
    if (entry.coverage.scope === 'unknown' && entry.mapping2018?.attribution !== 'title-only') {
      ctx.addIssue({
        code: 'custom',
        path: ['coverage', 'scope'],
        message:
          'coverage "unknown" is only for title-only records of the 2018 mapping; give the scope and codes the sources support',
      });
    }
    // A national number is only readable with its country's numbering plan, so phones are checked here.
    entry.contact.phones.forEach((phone, index) => {
      for (const field of ['number', 'fromAbroad'] as const) {
        const value = phone[field];
        // A value the field's own format check refused is already reported there: one message per mistake.
        const problem =
          value === undefined || !phoneNumberSchema.safeParse(value).success
            ? undefined
            : phoneProblem(value, entry.country);
        if (problem) ctx.addIssue({ code: 'custom', path: ['contact', 'phones', index, field], message: problem });
      }
    });
    if (entry.status.successor === entry.id) {
      ctx.addIssue({
        code: 'custom',
        path: ['status', 'successor'],
        message:
          'an entry cannot be its own successor; name the entry that continues this work, or leave successor out',
      });
    }
    // A day's slack: a keeper east of UTC records "today" before UTC has reached it.
    if (entry.verified.date.getTime() > Date.now() + 24 * 3600 * 1000) {
      ctx.addIssue({
        code: 'custom',
        path: ['verified', 'date'],
        message: `verified.date ${entry.verified.date.toISOString().slice(0, 10)} is in the future: give the day the entry was actually checked (today or earlier)`,
      });
    }
  });

export type InitiativeInput = z.input<typeof initiativeSchema>;
export type Initiative = z.output<typeof initiativeSchema>;
export type ContactPhone = Initiative['contact']['phones'][number];
export type OpeningPeriod = ContactPhone['openingHours'][number];
export type ReaderText = NonNullable<ContactPhone['label']>;
