/**
 * Access: what a worried family asks first about an initiative (who may call, how, at what cost, what stays
 * confidential). Part of initiative.ts.
 */
import { z } from 'astro/zod';
import { channels, contactAudiences, costs, referralRoutes, yesNoUnknown } from './vocabularies/access-and-contact.ts';
import { vocabularyEnum, readerText } from './fields.ts';

export const accessSchema = z
  .strictObject({
    whoMayContact: z
      .array(vocabularyEnum(contactAudiences, 'contact audience'))
      .default([])
      .describe('Who may get in touch directly; empty when unknown.'),
    referral: vocabularyEnum(referralRoutes, 'referral route')
      .default('unknown')
      .describe('Self-referral, or only through a professional or the municipality.'),
    cost: vocabularyEnum(costs, 'cost').default('unknown'),
    channels: z
      .array(vocabularyEnum(channels, 'channel'))
      .default([])
      .describe('How contact happens; empty when unknown.'),
    hours: readerText('opening hours', 300)
      .optional()
      .describe('Opening hours as a source states them, in nl, fr and en.'),
    anonymous: vocabularyEnum(yesNoUnknown, 'anonymous value')
      .default('unknown')
      .describe('Whether a first contact can be anonymous.'),
    confidentiality: readerText('confidentiality', 600)
      .optional()
      .describe('When information is shared with police or justice, as a source states it, in nl, fr and en.'),
    note: readerText('access note', 600).optional().describe('Anything else about access, in nl, fr and en.'),
  })
  .describe('What a worried family asks first: who may call, how, at what cost, and what stays confidential.');
