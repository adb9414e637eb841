/**
 * Content collections: wiring only. The model of one entry lives in src/schemas/initiative.ts (Astro's loader
 * applies it to every entry); what only the file or the whole collection can tell is checked by
 * src/loaders/entry-files.ts, which the build runs before loading (src/integrations/content-validation.ts) and
 * `npm run validate` runs alone, with the same frontmatter parser and the same schema.
 * The entry folder (CONTENT_DIR or src/content/initiatives) is decided once, in src/loaders/entry-files.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide.ts';
import { initiativeSchema } from './schemas/initiative.ts';
import { initiativesFolder } from './loaders/entry-files.ts';

const initiatives = defineCollection({
  loader: glob({
    pattern: '**/*.md',
    base: initiativesFolder,
    // The stable id is the file name, whatever sub-folder (be/, nl/) holds it.
    generateId: ({ entry }) => entry.split('/').pop()!.replace(/\.md$/, ''),
  }),
  schema: initiativeSchema,
});

const guides = defineCollection({
  // id = "<lang>/<key>" from the path (the glob loader would otherwise take the localised `slug`).
  loader: glob({
    pattern: '*/*.md',
    base: './src/content/guides',
    generateId: ({ entry }) => entry.replace(/\.md$/, ''),
  }),
  schema: guideSchema,
});

export const collections = { initiatives, guides };
