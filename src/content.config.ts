/**
 * Content collections: wiring only. The model of one entry lives in src/lib/schema.ts (Astro's loader
 * applies it to every entry); what only the file or the whole collection can tell is checked by
 * src/lib/validate.ts, which the build runs before loading (src/integrations/content-validation.ts) and
 * `npm run validate` runs alone, with the same frontmatter parser and the same schema.
 * The entry folder (CONTENT_DIR or src/content/projects) is decided once, in src/lib/validate.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './lib/guide-schema.ts';
import { projectSchema } from './lib/schema.ts';
import { projectsFolder } from './lib/validate.ts';

const projects = defineCollection({
  loader: glob({
    pattern: '**/*.md',
    base: projectsFolder,
    // The stable id is the file name, whatever sub-folder (be/, nl/) holds it.
    generateId: ({ entry }) => entry.split('/').pop()!.replace(/\.md$/, ''),
  }),
  schema: projectSchema,
});

const guides = defineCollection({
  // id = "<lang>/<key>" from the path (the glob loader would otherwise take the localised `slug`).
  loader: glob({ pattern: '*/*.md', base: './src/content/guides', generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
  schema: guideSchema,
});

export const collections = { projects, guides };
