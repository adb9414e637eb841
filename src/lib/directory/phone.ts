/**
 * Phone numbers: one home for reading, checking and dialling them. Entries write a number as the
 * source prints it, in national form ("088 20 80 080") or international form ("+32 471 91 94 90");
 * the country of the entry says which numbering plan a national number belongs to.
 *
 * - `tel:` links use the international form (+31…, +32…): a national form fails on a foreign SIM
 *   (an expat parent, a cross-border worker), and the international form also works on a local one.
 * - Short numbers (112, 101, 1712, 116 000, the Dutch municipal 14 0xx numbers) have no international
 *   form: in Belgium and the Netherlands every national number starts with the trunk prefix 0, so a
 *   number without 0 or + is a short code, dialled as written and only inside the country.
 * - The text shown is the national form: the form people in the country know and see on posters.
 *
 * Checking uses libphonenumber-js with its "max" metadata (Google's numbering plans, digit patterns
 * per range): this module runs at build time only (schema, pages, exports), never in the browser, so
 * the larger metadata costs visitors nothing and catches a digit too many or too few in a range.
 */
import { parsePhoneNumberFromString, validatePhoneNumberLength, type CountryCode } from 'libphonenumber-js/max';
import type { Country } from '../../schemas/vocabularies/place-and-kind.ts';

const countryNames: Record<Country, string> = { BE: 'Belgian', NL: 'Dutch' };
/** Example numbers from libphonenumber's own metadata (not real services), for error messages. */
const examples: Record<Country, string> = {
  BE: '"012 34 56 78" or "+32 470 12 34 56"',
  NL: '"010 123 4567" or "+31 6 12345678"',
};

/** Short codes: no trunk prefix, at most 6 digits (112, 101, 1712, 116 000, 14 079). */
const shortNumber = /^[1-9][0-9 ]{1,6}$/;

export interface PhoneForms {
  /** The `tel:` URI: international (tel:+3288…) or, for a short number, as dialled (tel:112). */
  tel: string;
  /** As shown on the page: the national form, e.g. "088 20 80 080" or "0471 91 94 90". */
  national: string;
  /** International form for export and structured data, e.g. "+31 88 208 0080"; a short number as written. */
  international: string;
  /** True for a short code that only works inside the country. */
  short: boolean;
  /**
   * What a caller abroad may dial, when the number's range takes calls from abroad (a geographic, mobile
   * or VoIP number, a Dutch 088 number): its international form. Undefined for a short code and for the
   * ranges foreign callers usually cannot reach (0800 free, 0900 paid, the Belgian 070/078 numbers): for
   * those only a number a source prints for callers abroad (the entry's `fromAbroad`) may be shown.
   */
  abroad?: string;
}

function tidy(number: string): string {
  return number.trim().replace(/\s+/g, ' ');
}

/**
 * Why a number cannot be a phone number of `country`, or undefined when it can. Messages say what to
 * fix; the schema shows them with the file and field.
 */
export function phoneProblem(number: string, country: Country): string | undefined {
  const value = tidy(number);
  if (shortNumber.test(value)) return undefined;
  const plan = countryNames[country];
  if (!/^\+?[0-9][0-9 ()./-]*$/.test(value)) {
    return `"${value}" is not a phone number: write only digits, spaces and ( ) . / -, optionally starting with +, as the source prints it, e.g. ${examples[country]}`;
  }
  if (!value.startsWith('+') && !value.startsWith('0')) {
    return `"${value}" is neither a national number (starting with 0) nor an international one (starting with +), nor a short number such as 112; check the digits against the source, e.g. ${examples[country]}`;
  }
  const length = validatePhoneNumberLength(value, country as CountryCode);
  const parsed = parsePhoneNumberFromString(value, country as CountryCode);
  const whose = value.startsWith('+') ? 'this country' : `a ${plan} number`;
  if (length === 'TOO_SHORT')
    return `"${value}" has too few digits for ${whose}; check the digits against the source, e.g. ${examples[country]}`;
  if (length === 'TOO_LONG')
    return `"${value}" has too many digits for ${whose}; check the digits against the source, e.g. ${examples[country]}`;
  if (length === 'INVALID_COUNTRY')
    return `"${value}" starts with an unknown country code; write +32 for Belgium or +31 for the Netherlands`;
  if (!parsed?.isValid()) {
    return `"${value}" is not a valid ${value.startsWith('+') ? 'international' : plan} number (no such range in the numbering plan); check the digits against the source, e.g. ${examples[country]}`;
  }
  return undefined;
}

// The same few hundred numbers are shown on thousands of pages (a national line on every municipality
// page of its country), and parsing one with the full metadata costs about 0.1 ms: each number is read
// once a build. The forms are frozen because callers share them.
const formsCache = new Map<string, Readonly<PhoneForms>>();

/**
 * The forms of a number: what to dial, what to show, what to export. A number the schema accepted
 * always has them; an unreadable one (never in a built page, the schema refuses it) keeps its digits.
 */
export function phoneForms(number: string, country: Country): Readonly<PhoneForms> {
  const key = `${country} ${number}`;
  let forms = formsCache.get(key);
  if (!forms) {
    forms = Object.freeze(readForms(number, country));
    formsCache.set(key, forms);
  }
  return forms;
}

function readForms(number: string, country: Country): PhoneForms {
  const value = tidy(number);
  const digits = value.replace(/\D/g, '');
  if (shortNumber.test(value)) return { tel: `tel:${digits}`, national: value, international: value, short: true };
  const parsed = parsePhoneNumberFromString(value, country as CountryCode);
  if (!parsed?.isValid())
    return {
      tel: `tel:${value.startsWith('+') ? '+' : ''}${digits}`,
      national: value,
      international: value,
      short: false,
    };
  const type = parsed.getType();
  const unreachableFromAbroad =
    type === 'PREMIUM_RATE' || type === 'TOLL_FREE' || type === 'SHARED_COST' || (type === 'UAN' && country === 'BE');
  return {
    tel: `tel:${parsed.number}`,
    // Written nationally by the source: keep its grouping ("0800-2000"), the one people recognise.
    // Written internationally (+32…, 0032…): show the national form of its own country.
    national: /^0[1-9]/.test(value) ? value : parsed.formatNational(),
    international: parsed.formatInternational(),
    short: false,
    ...(unreachableFromAbroad ? {} : { abroad: parsed.formatInternational() }),
  };
}

/** The `tel:` URI of a number: international form, or a short number as dialled. */
export function telHref(number: string, country: Country): string {
  return phoneForms(number, country).tel;
}
