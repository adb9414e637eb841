/**
 * The other names a Belgian municipality answers to: its bpost localities and the municipalities merged
 * into it in 2025, each written with its usual capitals and named once. Pure: the tables come in parsed
 * (municipalities.ts) or as text; reading the files is src/loaders/geo.ts.
 */
import { parseCsvRecords } from '../csv.ts';
import type { Municipality, PostcodeEntry } from './municipalities.ts';
import { OTHER_NAME_VARIANTS } from './municipality-search.ts';
import { foldText } from '../text.ts';

/**
 * Other names a Belgian municipality answers to, by 2025 NIS code: its bpost localities (the villages
 * and former municipalities people still say they live in: "Laken", "Borgerhout") and the names of the
 * municipalities merged into it on 1 January 2025 ("Borsbeek" is now part of Antwerpen). Names equal
 * to one of the municipality's own official names are left out. The Dutch data has no such list.
 * Each entry is one place, named once: the Dutch and French forms of one village are one entry
 * ("Laeken / Laken"), and localities keep their usual capitals ("Jupille-sur-Meuse").
 */
export function parseOtherNames(
  municipalities: readonly Municipality[],
  postcodes: readonly PostcodeEntry[],
  crosswalkCsv: string,
): Map<string, string[]> {
  const officialNames = new Map(
    municipalities.map((m) => [m.code, [m.nameNl, m.nameFr, m.nameDe].filter(Boolean).map(foldText)]),
  );
  const names = new Map<string, Map<string, string>>();
  const add = (code: string, name: string) => {
    const own = officialNames.get(code);
    const folded = foldText(name);
    if (!own || folded === '' || own.includes(folded)) return;
    if (!names.has(code)) names.set(code, new Map());
    if (!names.get(code)!.has(folded)) names.get(code)!.set(folded, name);
  };
  for (const p of postcodes) {
    if (p.country !== 'BE') continue;
    const own = officialNames.get(p.municipality) ?? [];
    // bpost's spelling of the municipality's own name ("Sint-Joost-Ten-Noode" for Sint-Joost-ten-Node) is not another name.
    const localities = (p.localities ?? [])
      .map(usualCapitals)
      .filter((l) => !own.some((o) => isSpellingOf(foldText(l), o)));
    // The Dutch and French form of one village under one postcode ("Laeken; Laken") are one place: one entry.
    const used = new Set<string>();
    for (const locality of localities) {
      if (used.has(locality)) continue;
      const variants = localities.filter(
        (other) => !used.has(other) && (other === locality || isSpellingOf(foldText(other), foldText(locality))),
      );
      for (const v of variants) used.add(v);
      add(p.municipality, variants.sort((a, b) => a.localeCompare(b, 'nl')).join(OTHER_NAME_VARIANTS));
    }
  }
  for (const former of parseFormerMunicipalities(crosswalkCsv))
    for (const name of [former.nameNl, former.nameFr]) add(former.code, name);
  return new Map(
    [...names].map(([code, byFolded]) => [code, [...byFolded.values()].sort((a, b) => a.localeCompare(b, 'nl'))]),
  );
}

/**
 * Two spellings of one name, not two places: equal once the old spellings "ae", "oe", "ue" and doubled
 * letters are written plainly ("Laeken" / "Laken", "Schönberg" / "Schoenberg", "Noode" / "Node").
 * Edit distance would not do: Melden and Welden are one letter apart and two villages.
 */
function isSpellingOf(a: string, b: string): boolean {
  const plain = (s: string) => s.replace(/ae/g, 'a').replace(/oe/g, 'o').replace(/ue/g, 'u').replace(/(.)\1/g, '$1');
  return a !== b && plain(a) === plain(b);
}

// Words written in lower case inside a Belgian place name ("Jupille-sur-Meuse", "Heist-op-den-Berg").
const lowerCaseWords = new Set([
  'sur',
  'sous',
  'lez',
  'lès',
  'lèz',
  'en',
  'et',
  'le',
  'la',
  'les',
  'de',
  'du',
  'des',
  'au',
  'aux',
  'd',
  'l',
  'aan',
  'op',
  'den',
  'der',
  'ten',
  'ter',
  'bij',
  'over',
  'in',
  'het',
]);

/**
 * A locality name with its usual capitals: bpost writes every word capitalised ("Jupille-Sur-Meuse",
 * "Beveren-Aan-De-Ijzer"); articles and prepositions after the first word are lower case, and the Dutch
 * "IJ" is one letter ("Beveren-aan-de-IJzer"). Names already written otherwise are left as they are.
 */
export function usualCapitals(name: string): string {
  return name
    .split(/(?<=[-\s'’])/)
    .map((part, i) => {
      const word = part.replace(/[-\s'’]$/, '');
      if (i > 0 && lowerCaseWords.has(word.toLowerCase()) && /^\p{Lu}\p{Ll}*$/u.test(word)) return part.toLowerCase();
      return part.replace(/^Ij/, 'IJ');
    })
    .join('');
}

/** A Belgian municipality of 2019–2024 that was merged into another on 1 January 2025. */
export interface FormerMunicipality {
  nameNl: string;
  nameFr: string;
  /** The 2025 municipality it is now part of. */
  code: string;
}

/** The municipalities merged away on 1 January 2025, from Statbel's 2019–2024 → 2025 crosswalk. */
export function parseFormerMunicipalities(crosswalkCsv: string): FormerMunicipality[] {
  return parseCsvRecords(crosswalkCsv)
    .filter((row) => row.code_2025 && row.code_2019_2024 !== row.code_2025)
    .map((row) => ({
      nameNl: row.name_nl_2019_2024 ?? '',
      nameFr: row.name_fr_2019_2024 ?? '',
      code: row.code_2025 ?? '',
    }));
}
