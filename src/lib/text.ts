/** Text helpers shared by slugs, name matching and search: accent- and case-insensitive folding. */

/** Lower case, accents removed, punctuation to single spaces: "'s-Hertogenbosch" -> "s hertogenbosch". */
export function foldText(value: string): string {
  return value
    // Ligatures do not decompose: "sœurs" -> "soeurs", "Straße" -> "strasse".
    .replace(/œ/g, 'oe').replace(/Œ/g, 'Oe').replace(/æ/g, 'ae').replace(/Æ/g, 'Ae').replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** URL slug from a name: "Molenbeek-Saint-Jean" -> "molenbeek-saint-jean", "Liège" -> "liege". */
export function slugify(value: string): string {
  return foldText(value).replace(/ /g, '-');
}
