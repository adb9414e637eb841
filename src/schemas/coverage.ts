/** Where an entry works: the area it serves (scope and codes) and the places it is based. */
import { z } from 'astro/zod';
import { communities, countries, coverageBases, coverageScopes } from './vocabularies/place-and-kind.ts';
import { vocabularyEnum, municipalityCodeSchema, readerText } from './fields.ts';

export const coverageSchema = z
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
      .describe(
        'For a list of municipalities: how the list was established (named by a source, all of a region per source, inferred from the region’s name…).',
      ),
    note: readerText('coverage note', 400)
      .optional()
      .describe('Coverage in words, in nl, fr and en, as the source states it.'),
  })
  .superRefine((coverage, ctx) => {
    if (coverage.scope !== 'unknown' && coverage.codes.length === 0 && coverage.basis !== 'none') {
      ctx.addIssue({
        code: 'custom',
        path: ['codes'],
        message: `scope "${coverage.scope}" needs at least one code (or basis: none when no source lists the municipalities)`,
      });
    }
    if (coverage.scope === 'unknown' && coverage.codes.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['codes'],
        message: 'scope "unknown" takes no codes; choose the scope the codes belong to',
      });
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
        ctx.addIssue({
          code: 'custom',
          path: ['codes', index],
          message: `"${code}" is not a valid code for scope "${coverage.scope}"`,
        });
      }
    });
  });

export const locationSchema = z.strictObject({
  municipality: municipalityCodeSchema,
  address: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe('Street address as a source states it. Leave out when unknown.'),
  confidential: z
    .boolean()
    .default(false)
    .describe('True when the address must not be shown (e.g. a shelter); only the municipality is shown.'),
  source: z.string().trim().min(1).optional().describe('URL or seed that states this address.'),
});
