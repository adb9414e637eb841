/** Text helpers shared by slugs, name matching, search and the markup the build writes by hand. */

/** Lower case, accents removed, punctuation to single spaces: "'s-Hertogenbosch" -> "s hertogenbosch". */
export function foldText(value: string): string {
  return (
    value
      // Ligatures do not decompose: "sœurs" -> "soeurs", "Straße" -> "strasse".
      .replace(/œ/g, 'oe')
      .replace(/Œ/g, 'Oe')
      .replace(/æ/g, 'ae')
      .replace(/Æ/g, 'Ae')
      .replace(/ß/g, 'ss')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[’'`]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
  );
}

/** URL slug from a name: "Molenbeek-Saint-Jean" -> "molenbeek-saint-jean", "Liège" -> "liege". */
export function slugify(value: string): string {
  return foldText(value).replace(/ /g, '-');
}

const markupEntities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe inside markup written as a string (SVG, XML, HTML), in element content and in an
 * attribute quoted either way: `Ouders & "kinderen"` -> `Ouders &amp; &quot;kinderen&quot;`.
 */
export function escapeMarkup(value: string): string {
  return value.replace(/[&<>"']/g, (c) => markupEntities[c]!);
}
