/**
 * What an initiative's truth rests on, apart from its sources: its status and the evidence for it, its tie
 * to a fiche of the 2018 Belgian mapping, and when and how a person last verified it. Part of initiative.ts.
 */
import { z } from 'astro/zod';
import { mappingAttributions, statuses, verificationMethods } from './vocabularies/evidence-and-verification.ts';
import { vocabularyEnum, idPattern, httpUrl, quotedDate } from './fields.ts';

export const statusSchema = z
  .strictObject({
    value: vocabularyEnum(statuses, 'status'),
    // A plain id, not Astro's reference('initiatives'): in Astro 7 a dangling reference is only logged, and the
    // value would become { collection, id } in the build but stay a string for `npm run validate`. That the
    // id exists is checked by collectionProblems (src/loaders/entry-files.ts), which fails the build.
    successor: z
      .string()
      .regex(idPattern, { error: 'successor must be the id of another entry' })
      .optional()
      .describe('Id of the entry that continues this work (required when merged).'),
    evidence: z
      .string()
      .trim()
      .min(1, { error: 'say what the status rests on' })
      .describe('What the status rests on, in English, e.g. "listed on the national government Q&A page".'),
    evidenceDate: z
      .string({ error: quotedDate('evidenceDate') })
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: 'evidenceDate must be YYYY, YYYY-MM or YYYY-MM-DD' })
      .optional()
      .describe('Date of the newest evidence.'),
  })
  .superRefine((status, ctx) => {
    if (status.value === 'merged' && !status.successor) {
      ctx.addIssue({ code: 'custom', path: ['successor'], message: 'a merged entry needs the id of its successor' });
    }
  });

export const mapping2018Schema = z
  .strictObject({
    fiche: z.string().trim().min(1).describe('Fiche title exactly as in the 2018 mapping’s project list.'),
    side: z.enum(['nl', 'fr'], { error: 'side must be nl or fr (the two halves of the 2018 mapping)' }),
    attribution: vocabularyEnum(mappingAttributions, 'attribution').describe(
      'How firmly the fiche is tied to the organisation named here.',
    ),
  })
  .describe('Present only for the 37 fiches of the 2018 Belgian Family Support mapping.');

/**
 * When and how a person last verified the entry, apart from the dates of its sources and from "last
 * changed" (git). The method says what the date vouches for: evidence.ts lets a check with the service
 * or on its own website refresh status and contacts, while a check against public sources rests on the
 * dates of the sources it read.
 */
export const verifiedSchema = z
  .strictObject({
    date: z.coerce
      .date({ error: 'verified.date must be a date like 2026-11-24' })
      .describe('Day a person last verified this entry (HSDS assured_date).'),
    method: vocabularyEnum(verificationMethods, 'verification method').describe(
      'How: service-confirmed (the service answered), service-website (read on its own current site), public-sources (checked against the cited sources).',
    ),
    source: httpUrl
      .optional()
      .describe("The page the check read (the service's own page, or the public source), when there is one."),
    note: z
      .string()
      .trim()
      .min(1)
      .optional()
      .describe(
        "For keepers, in English: how the service confirmed (e-mail of 12 March from the coordinator's functional address), or what was checked.",
      ),
  })
  .describe('When and how a person last verified the entry; record a new check with `npm run confirm`.');
