/** What an entry's facts rest on: one cited source (a web page or a seed document of the project). */
import { z } from 'astro/zod';
import { seedDocuments } from './vocabularies/evidence-and-verification.ts';
import { vocabularyEnum, httpUrl, quotedDate } from './fields.ts';

export const sourceSchema = z
  .strictObject({
    title: z
      .string()
      .trim()
      .min(1, { error: 'a source needs a title that says what it is' })
      .describe('What the source is, e.g. "Family Support inspiration guide, p. 34".'),
    url: httpUrl.optional().describe('Address of the source, when it is online.'),
    seed: vocabularyEnum(seedDocuments, 'seed document')
      .optional()
      .describe('Seed document of the project, by number (000–004).'),
    page: z.string().trim().min(1).optional().describe('Page or section in the source.'),
    date: z
      .string({ error: quotedDate('date') })
      .trim()
      .min(1)
      .optional()
      .describe('Date of the source as it states it (e.g. "2018-03", "undated").'),
    accessed: z.coerce
      .date({ error: 'accessed must be a date like 2026-11-23' })
      .optional()
      .describe('When the source was read.'),
    supports: z.string().trim().min(1).optional().describe('Which facts of this entry the source supports.'),
  })
  .refine((source) => Boolean(source.url ?? source.seed), {
    error: 'a source needs a url or a seed (e.g. seed: "002")',
  });
