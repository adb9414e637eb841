/** An entry's contact details (website, phones with opening hours, e-mail), each with where it comes from and when a source last confirmed it. */
import { z } from 'astro/zod';
import { weekdays } from './vocabularies/access-and-contact.ts';
import { vocabularyEnum, yearSchema, readerText, httpUrl } from './fields.ts';

/** Every contact detail carries where it comes from and when a source last confirmed it. */
const provenance = {
  confirmed: yearSchema
    .optional()
    .describe('Year a source last confirmed this detail. Leave out when the source is undated.'),
  source: z.string().trim().min(1).describe('URL or seed document (e.g. "seed 002") that states this detail.'),
  officialCurrentPage: z
    .boolean()
    .default(false)
    .describe(
      'True when `source` is the service’s own page or a government page that was live when read but shows no date: it counts as current for the call button. Leave false for copies, directories and press.',
    ),
  verifyBeforePublishing: z
    .boolean()
    .default(false)
    .describe(
      'True when the research dossier marks the detail "verify before publishing": shown with its year, never as the main call button.',
    ),
};

/** Phone numbers as people write them (national or international), normalised to single spaces. */
export const phoneNumberSchema = z
  .string()
  .trim()
  .transform((value) => value.replace(/\s+/g, ' '))
  .refine((value) => /^\+?[0-9][0-9 ()./-]{1,22}$/.test(value) && value.replace(/\D/g, '').length >= 3, {
    error:
      'phone must contain only digits, spaces and ( ) . / - , optionally starting with +, e.g. "+32 470 12 34 56" or "088 20 80 080"',
  })
  .describe(
    'Phone number exactly as the source gives it, national or international form. The entry’s country says which numbering plan a national number belongs to; the whole-entry check below refuses a number that plan does not have.',
  );

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, {
  error: 'time must be HH:MM, e.g. "09:00" (use "24:00" for midnight at the end of a day)',
});

/** One opening period, e.g. Monday, Tuesday, Thursday and Friday 9:00–13:00 (schema.org OpeningHoursSpecification). */
const openingPeriodSchema = z
  .strictObject({
    days: z
      .array(vocabularyEnum(weekdays, 'day'))
      .min(1, { error: 'name at least one day (mo, tu, we, th, fr, sa, su)' }),
    opens: clockTime,
    closes: clockTime,
  })
  .refine((period) => period.opens < period.closes, {
    error: 'closes must be later than opens (a line open around the clock is opens "00:00", closes "24:00")',
  });

const phoneSchema = z.strictObject({
  number: phoneNumberSchema,
  fromAbroad: phoneNumberSchema
    .refine((value) => value.startsWith('+'), {
      error:
        'fromAbroad is the number to call from another country: write it in international form, starting with + (e.g. "+31 30 670 60 01")',
    })
    .optional()
    .describe(
      'Number to call from outside the country, only when a source prints one (e.g. "+31 30 670 60 01"); never derived by us.',
    ),
  label: readerText('phone label', 120)
    .optional()
    .describe('What this line is for, in nl, fr and en (e.g. nl "Hulplijn", fr "Ligne d’écoute", en "Helpline").'),
  hours: readerText('phone hours', 300)
    .optional()
    .describe('When the line is staffed, in words, in nl, fr and en, as the source states it.'),
  openingHours: z
    .array(openingPeriodSchema)
    .default([])
    .describe(
      'The same hours, structured, when the source states them precisely: lets the site say "open now". Empty when unknown.',
    ),
  ...provenance,
});

const websiteSchema = z.strictObject({
  url: httpUrl.describe('Web address of the service or organisation.'),
  ...provenance,
});

const emailSchema = z.strictObject({
  address: z.email({ error: 'e-mail address is not valid, e.g. "info@example.be"' }).describe('E-mail address.'),
  ...provenance,
});

export const contactSchema = z
  .strictObject({
    website: websiteSchema.optional(),
    phones: z.array(phoneSchema).default([]),
    email: emailSchema.optional(),
  })
  .describe('Contact details, each only as a cited source states it.');
