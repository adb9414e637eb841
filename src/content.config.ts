/**
 * Content collections: wiring only. The model lives in src/lib/schema.ts; the build also runs the
 * cross-entry checks of src/lib/validate.ts (see astro.config.mjs).
 * CONTENT_DIR (a folder, relative to the project root) replaces src/content/projects, e.g. for the
 * synthetic benchmark build (scripts/synthetic-entries.ts); src/lib/validate.ts reads the same variable.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './lib/guide-schema.ts';
import { projectSchema } from './lib/schema.ts';

const projects = defineCollection({
  loader: glob({
    pattern: '**/*.md',
    base: process.env.CONTENT_DIR || './src/content/projects',
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
