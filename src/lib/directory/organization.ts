/**
 * The organisation behind an entry: what the schema refuses in a proper name, and how a reader and an
 * export see it. `organization.name` is only the proper name, as the sources print it (the same in
 * every language); who runs the service in words when no one organisation does (`description`) and
 * anything said about the organisation (`note`, "with Arktos vzw") are reader text in nl, fr and en.
 * Pure; the schema (src/schemas/initiative.ts) imports it, so it imports no schema value.
 */
import type { UiLanguage } from '../../schemas/languages.ts';
import { textIn, type TextInLanguages } from './evidence.ts';

// Every UI language once the entries carry it; English always (see textIn).
type Localised = TextInLanguages;

/** The organisation fields every part of the site reads (the schema's output type). */
export interface OrganizationFields {
  name?: string | undefined;
  description?: Localised | undefined;
  note?: Localised | undefined;
  url?: string | undefined;
}

/**
 * A placeholder the entries use where the sources name no organisation ("Onbekend (niet
 * geïdentificeerd)", "Inconnue (non identifiée)"): not an organisation, so never exported as one, and
 * shown in the reader's language.
 */
export function isPlaceholderOrganization(name: string): boolean {
  return /^\s*(onbekend|inconnue?|unknown|unidentified|niet geïdentificeerd|non identifiée)\b/i.test(name);
}

/**
 * Why a value is not an organisation's proper name, with the fix, or undefined when it may be one.
 * Catches the editorial notes and descriptions that were once written into the name in one language.
 */
export function organizationNameProblem(name: string): string | undefined {
  const probable =
    /\b(lien probable|porteur probable|verband waarschijnlijk|waarschijnlijk|probable|probablement|probably|likely)\b/i.exec(
      name,
    );
  if (probable) {
    return `“${probable[0]}” is an editorial note, not part of the name: how firmly the 2018 fiche is tied to the organisation is mapping2018.attribution (probable); write only the organisation's name here`;
  }
  const joined = /(?:^|[\s,(–-])(met|avec|with|en samenwerking met|en collaboration avec)\s/i.exec(name);
  if (joined) {
    return `“${joined[1]} …” joins a second organisation to the name: keep the one that runs the service in name and write the partner in organization.note, in nl, fr and en (e.g. nl: met Arktos vzw, fr: avec Arktos vzw, en: with Arktos vzw)`;
  }
  const collective =
    /^\s*(elke|alle|chaque|toutes?|tous|every|all|regionale|regional|gemeenten|communes|municipalities)\b/i.exec(name);
  if (collective) {
    return `“${collective[1]} …” describes who runs the service rather than naming one organisation: leave name out and write organization.description in nl, fr and en (e.g. nl: Elke Nederlandse gemeente, fr: Chaque commune néerlandaise, en: Every Dutch municipality)`;
  }
  const descriptive =
    /\b(anciennement|voorheen|formerly|trekker|ondergebracht bij|voorzitter|réalisateur|diffusion par|soutenu par|animé par|in opdracht van|referentie-CAW|vrouwengroep|service de prévention de)\b/i.exec(
      name,
    );
  if (descriptive) {
    return `“${descriptive[1]}” describes the organisation in one language: write only its proper name here and the description in organization.note, in nl, fr and en`;
  }
  return undefined;
}

/** The proper name of the organisation, or undefined when the sources name none or no single one runs the service. */
export function properOrganizationName(organization: OrganizationFields): string | undefined {
  const { name } = organization;
  return name === undefined || isPlaceholderOrganization(name) ? undefined : name;
}

/**
 * The organisation in words of `lang`: the proper name, or the description when no single
 * organisation runs the service, then the note after a comma ("De Touter vzw, with the City of
 * Antwerp"); `unknownLabel` where the sources identify none (the caller chooses it: the pages'
 * `shownOrganization` in describe.ts passes the UI's "Organisation not identified", exports their own).
 */
export function organizationInWords(organization: OrganizationFields, lang: UiLanguage, unknownLabel: string): string {
  const main =
    (organization.description && textIn(organization.description, lang)) ??
    properOrganizationName(organization) ??
    unknownLabel;
  const note = organization.note && textIn(organization.note, lang);
  // A comma, not brackets: names and notes have brackets of their own ("Service d'Actions Sociales (SAS)").
  return note ? `${main}, ${note}` : main;
}
