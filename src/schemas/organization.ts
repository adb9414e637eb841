/**
 * The organisation behind an initiative: its proper name, or a description when no single organisation runs
 * it. Part of initiative.ts.
 */
import { z } from 'astro/zod';
import { organizationNameProblem } from '../lib/directory/organization.ts';
import { readerText, httpUrl, properName } from './fields.ts';

export const organizationSchema = z
  .strictObject({
    name: properName(organizationNameProblem)
      .optional()
      .describe(
        'Proper name of the organisation that runs the service, as the sources print it, in its own language (HSDS organization.name), e.g. "De Touter vzw", "Ville de Charleroi". Only the name: no partner, no department description, no editorial note. Leave out when no single organisation runs it (then give description).',
      ),
    description: readerText('organization description', 200)
      .optional()
      .describe(
        'Who runs the service, in words, when no single organisation with a proper name does, in nl, fr and en (e.g. "Every Dutch municipality"). Shown in place of the name; exported without an HSDS organisation record.',
      ),
    note: readerText('organization note', 200)
      .optional()
      .describe(
        'What the reader should know about the organisation beside its name, in nl, fr and en: a partner ("with Arktos vzw"), the department, a former name. Shown after the name and a comma ("De Touter vzw, with the City of Antwerp"). How firmly a 2018 fiche is tied to it is mapping2018.attribution, not a note.',
      ),
    url: httpUrl.optional(),
  })
  .superRefine((organization, ctx) => {
    if (organization.name === undefined && organization.description === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['name'],
        message:
          'give the organisation\'s proper name, or, when no single organisation runs the service, organization.description in nl, fr and en ("Onbekend (niet geïdentificeerd)" when the sources name none)',
      });
    }
    if (organization.name !== undefined && organization.description !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['description'],
        message:
          'give either a proper name or a description, not both: with a name, write what else the reader should know in organization.note',
      });
    }
  })
  .describe('The organisation behind the service.');
