/**
 * Guidance pages (src/content/guides/<lang>/<key>.md): plain-language explanations drawn from
 * the seed documents, in our own words. The same `key` in three language folders is one page in
 * languages; `slug` is its localised URL segment.
 */
import { z } from 'astro/zod';
import { idPattern } from './fields.ts';
import { seedDocuments } from './vocabularies/evidence-and-verification.ts';
import { keysOf } from './vocabularies/labels.ts';

export const guideKeys = [
  'prevention-levels',
  'glossary',
  'who-does-what-nl',
  'municipal-checklists',
  'who-does-what-be',
] as const;

export const guideSchema = z.strictObject({
  key: z.enum(guideKeys, { error: `key must be one of: ${guideKeys.join(', ')}` }).describe('Same in every language.'),
  title: z.string().trim().min(3).describe('Page title in the file’s language.'),
  description: z.string().trim().min(10).max(200).describe('One sentence for search engines and the guide index.'),
  slug: z
    .string()
    .regex(idPattern, { error: 'slug must be lower-case words joined by hyphens' })
    .describe('Localised URL segment.'),
  order: z.number().int().min(1).describe('Position in the guide index.'),
  sources: z
    .array(
      z.strictObject({
        title: z.string().trim().min(1),
        seed: z.enum(keysOf(seedDocuments)).optional(),
        url: z.string().url().optional(),
      }),
    )
    .min(1, { error: 'a guide needs at least one source' }),
  lastVerified: z.coerce.date(),
});

export type Guide = z.output<typeof guideSchema>;
