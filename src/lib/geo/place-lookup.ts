/**
 * The place lookup: what a person types (a postcode, a municipality name in any of our languages or an
 * exonym, both in either order, with typos) answered with one municipality, a choice, a "Did you mean
 * …?" or a kind "not found". One rule for near-me (src/scripts/near-me.ts), the A–Z page's resolver, the
 * map's search and the finder. Pure: the data comes in (places.json in the browser, geo.ts at build).
 *
 * When to go straight on and when to ask:
 * - a name that is the exact name of one municipality, and of no part of another, goes there; the same
 *   exact name for two or more (Bergen: Mons and Bergen NH and Bergen L; Zwijndrecht: the Dutch town and
 *   the Belgian municipality merged in 2025 into Beveren-Kruibeke-Zwijndrecht; Deurne: the town in
 *   Noord-Brabant and the district of Antwerpen) asks, naming province and country, larger first;
 * - a name that means a whole region (Brussels, Bruxelles, Brussel) offers its municipalities and the region;
 * - a postcode used in both countries, or split over two municipalities, asks; with a name beside it
 *   (`4000 Liège`, `Hasselt 3500`, `3511 AB Utrecht`) the name chooses among the postcode's places;
 * - several partial matches ask; none gets the nearest names by edit distance as "Did you mean …?".
 */
import {
  closestMunicipalities,
  rankMunicipalities,
  searchKey,
  OTHER_NAME_PENALTY,
  OTHER_NAME_VARIANTS,
  type SearchableMunicipality,
} from './municipality-search.ts';

export type CountryCode = 'BE' | 'NL';

export interface LookupPlace extends SearchableMunicipality {
  country: CountryCode;
  region?: string | undefined;
}

export interface LookupData<P extends LookupPlace> {
  places: readonly P[];
  /** Postcode (4 digits) → municipality codes, per country. */
  postcodes: Record<CountryCode, Record<string, readonly string[]>>;
  /** Names that mean a whole region, by region code (exonyms.csv, use "region"). */
  regions?: Record<string, readonly string[]> | undefined;
}

/** One place offered, with the other name it was found through ("includes Borsbeek"), if any. */
export interface PlaceOption<P> {
  place: P;
  via?: string | undefined;
}

export type PlaceAnswer<P> =
  | { kind: 'found'; place: P; via?: string | undefined }
  /** same-name: one name, several municipalities; postcode: one postcode, several; region: a region's municipalities; several: partial matches. */
  | {
      kind: 'choose';
      reason: 'same-name' | 'postcode' | 'region' | 'several';
      options: PlaceOption<P>[];
      region?: string | undefined;
    }
  /** Nothing matched; these are within a few typing mistakes. `via` is the name that was close when it is not the place's own. */
  | { kind: 'did-you-mean'; options: (PlaceOption<P> & { name: string })[] }
  | { kind: 'not-found'; reason: 'empty' | 'postcode-format' | 'unknown-postcode' | 'unknown-name'; text: string };

export interface ParsedPlaceQuery {
  postcode?: { digits: string; country: CountryCode | 'either' } | undefined;
  /** What is left once the postcode is taken out. */
  name: string;
  /** Digits that cannot be a postcode ("12", "123456"). */
  badNumber?: string | undefined;
  /**
   * When two letters after the digits were read as a Dutch postcode's but a name follows, the other
   * reading: the letters begin the name ("7070 Le Roeulx", "5080 La Bruyère", "8647 Lo-Reninge").
   */
  lettersInName?: { postcode: { digits: string; country: CountryCode | 'either' }; name: string } | undefined;
}

// A postcode at the start or the end: "B-4000", "BE 4000", "NL-3511 AB", "3511AB", "4000". The letters of
// a Dutch postcode must not run into a word ("3500 Hasselt" is a postcode and a name, not "3500 HA").
const leadingPostcode = /^(?:(B|BE|NL)\s*-?\s*)?(\d{4})(?:\s?([A-Z]{2})(?![\p{L}\p{N}]))?(?![\p{N}])/iu;
const trailingPostcode = /(?:^|[\s,])(?:(B|BE|NL)\s*-?\s*)?(\d{4})(?:\s?([A-Z]{2}))?$/iu;

/** Splits a query into a postcode (if any) and a name. */
export function parsePlaceQuery(input: string): ParsedPlaceQuery {
  const text = input.trim().slice(0, 100).replace(/\s+/g, ' ');
  const leading = leadingPostcode.exec(text);
  const found = leading ?? trailingPostcode.exec(text);
  if (found) {
    const [whole, prefix, digits, letters] = found;
    const rest = (leading ? text.slice(whole.length) : text.slice(0, found.index)).replace(/^[\s,-]+|[\s,-]+$/g, '');
    const p = prefix?.toUpperCase();
    // "1011 AB" with a name is Dutch; letters alone are Dutch too. A bare "4000" could be either.
    const country: CountryCode | 'either' = p === 'NL' || letters ? 'NL' : p === 'B' || p === 'BE' ? 'BE' : 'either';
    const parsed: ParsedPlaceQuery = { postcode: { digits: digits!, country }, name: rest };
    if (leading && letters && rest !== '') {
      const afterDigits = text.slice(whole.length - letters.length - (/\s[A-Z]{2}$/i.test(whole) ? 1 : 0)).trim();
      parsed.lettersInName = {
        postcode: { digits: digits!, country: p === 'NL' ? 'NL' : p === 'B' || p === 'BE' ? 'BE' : 'either' },
        name: afterDigits,
      };
    }
    return parsed;
  }
  const number = /^\d+$/.exec(text.replace(/[\s.-]/g, ''));
  if (number) return { name: '', badNumber: number[0] };
  return { name: text };
}

/** Options for a list of places, each with the other name it matched through when `query` is given. */
function optionsFor<P extends LookupPlace>(ranked: { m: P; match: { via?: string | undefined } }[]): PlaceOption<P>[] {
  return ranked.map(({ m, match }) => ({ place: m, via: match.via }));
}

/** The region a name means as a whole ("Brussels" → BE-BRU), if any. */
function regionNamed(name: string, regions: LookupData<LookupPlace>['regions']): string | undefined {
  const key = searchKey(name);
  for (const [code, names] of Object.entries(regions ?? {})) if (names.some((n) => searchKey(n) === key)) return code;
  return undefined;
}

/**
 * The municipalities other than `except` with a part (locality, district, former municipality) whose name
 * is exactly `key`, with that part's name as written. Found from the other names directly, since a
 * municipality whose official name merely contains the word ranks through that name instead.
 */
function exactPartMatches<P extends LookupPlace>(
  key: string,
  places: readonly P[],
  except: readonly P[],
): { m: P; match: { score: number; via?: string | undefined } }[] {
  const found: { m: P; match: { score: number; via?: string | undefined } }[] = [];
  for (const m of places) {
    if (except.includes(m)) continue;
    const via = (m.otherNames ?? []).flatMap((n) => n.split(OTHER_NAME_VARIANTS)).find((n) => searchKey(n) === key);
    if (via) found.push({ m, match: { score: OTHER_NAME_PENALTY, via } });
  }
  return found;
}

/** Answers a query from the place data; see the module comment for when it goes on and when it asks. */
export function lookupPlace<P extends LookupPlace>(input: string, data: LookupData<P>, limit = 8): PlaceAnswer<P> {
  const parsed = parsePlaceQuery(input);
  // "7070 Le Roeulx": if the letters read as part of the name give one place, that is what was meant.
  if (parsed.lettersInName) {
    const other = answerParsed(
      { postcode: parsed.lettersInName.postcode, name: parsed.lettersInName.name },
      input,
      data,
      limit,
    );
    if (other.kind === 'found') return other;
  }
  return answerParsed(parsed, input, data, limit);
}

function answerParsed<P extends LookupPlace>(
  parsed: ParsedPlaceQuery,
  input: string,
  data: LookupData<P>,
  limit: number,
): PlaceAnswer<P> {
  const text = input.trim().slice(0, 60);
  if (!parsed.postcode && parsed.name === '') {
    return parsed.badNumber
      ? { kind: 'not-found', reason: 'postcode-format', text }
      : { kind: 'not-found', reason: 'empty', text: '' };
  }
  if (!parsed.postcode && !/\p{L}{2,}/u.test(parsed.name))
    return { kind: 'not-found', reason: 'postcode-format', text };
  const byCode = new Map(data.places.map((p) => [p.code, p]));

  let postcodePlaces: P[] | undefined;
  if (parsed.postcode) {
    const { digits, country } = parsed.postcode;
    const countries: CountryCode[] = country === 'either' ? ['BE', 'NL'] : [country];
    postcodePlaces = [...new Set(countries.flatMap((c) => data.postcodes[c][digits] ?? []))]
      .map((code) => byCode.get(code))
      .filter((p): p is P => p !== undefined);
    if (parsed.name === '') {
      if (postcodePlaces.length === 0) return { kind: 'not-found', reason: 'unknown-postcode', text: digits };
      if (postcodePlaces.length === 1) return { kind: 'found', place: postcodePlaces[0]! };
      return { kind: 'choose', reason: 'postcode', options: postcodePlaces.map((place) => ({ place })) };
    }
  }

  const name = parsed.name;
  let ranked = rankMunicipalities(name, data.places);
  if (postcodePlaces) {
    // The postcode narrows the names: "4000 Liège" is Liège, "Hasselt 3500" the Belgian Hasselt.
    const inPostcode = ranked.filter((r) => postcodePlaces!.includes(r.m));
    if (inPostcode.length === 1) return { kind: 'found', place: inPostcode[0]!.m, via: inPostcode[0]!.match.via };
    if (inPostcode.length > 1) ranked = inPostcode;
    else if (postcodePlaces.length > 0) {
      // Name and postcode disagree (or the name has a typo): offer the postcode's places and the best names.
      const byName = ranked.slice(0, 3);
      const options = [
        ...postcodePlaces.map((place) => ({ place })),
        ...optionsFor(byName.filter((r) => !postcodePlaces!.includes(r.m))),
      ];
      return options.length === 1
        ? { kind: 'found', place: options[0]!.place }
        : { kind: 'choose', reason: 'several', options: options.slice(0, limit) };
    }
  } else {
    const region = regionNamed(name, data.regions);
    if (region) {
      const inRegion = data.places.filter((p) => p.region === region);
      // The municipality of the same name first (the City of Brussels), then the others by name.
      const own = ranked.filter((r) => r.match.score === 0 && inRegion.includes(r.m)).map((r) => r.m);
      const rest = inRegion.filter((p) => !own.includes(p)).sort((a, b) => a.nameNl.localeCompare(b.nameNl, 'nl'));
      return { kind: 'choose', reason: 'region', region, options: [...own, ...rest].map((place) => ({ place })) };
    }
  }

  if (ranked.length === 0) {
    const close = closestMunicipalities(name, data.places, 3);
    if (close.length === 0) return { kind: 'not-found', reason: 'unknown-name', text: name.slice(0, 60) };
    return {
      kind: 'did-you-mean',
      options: close.map(({ m, name: closeName }) => ({
        place: m,
        name: closeName,
        via: [m.nameNl, m.nameFr, m.nameDe, m.nameEn, ...(m.aliases ?? [])].includes(closeName) ? undefined : closeName,
      })),
    };
  }
  // Exact names: the official one(s), then every other municipality with a part of exactly that name: a
  // district, village or former municipality (Deurne is a municipality in Noord-Brabant and a district of
  // Antwerpen; Zwijndrecht was merged in 2025 into Beveren-Kruibeke-Zwijndrecht). Which one a person means
  // cannot be known, so the name asks, the larger municipality first: going on to the wrong country's
  // page, with another country's phone numbers, is the mistake this avoids.
  const key = searchKey(name);
  const exactOfficial = ranked.filter((r) => r.match.score === 0);
  const exactOther = ranked.filter((r) => r.match.score === OTHER_NAME_PENALTY);
  const wordMatches = ranked.filter((r) => r.match.score > 0 && r.match.score <= 2);
  if (exactOfficial.length > 0) {
    // With a postcode, only the postcode's places: "7070 Le Roeulx" is Le Roeulx, whatever villages elsewhere are called.
    const parts = exactPartMatches(
      key,
      postcodePlaces ?? data.places,
      exactOfficial.map((r) => r.m),
    );
    const exact = [...exactOfficial, ...parts].sort((a, b) => (b.m.population ?? 0) - (a.m.population ?? 0));
    if (exact.length === 1) return { kind: 'found', place: exact[0]!.m };
    return { kind: 'choose', reason: 'same-name', options: optionsFor(exact).slice(0, limit) };
  }
  if (exactOther.length > 0 && wordMatches.length === 0) {
    if (exactOther.length === 1) return { kind: 'found', place: exactOther[0]!.m, via: exactOther[0]!.match.via };
    return { kind: 'choose', reason: 'same-name', options: optionsFor(exactOther).slice(0, limit) };
  }
  if (ranked.length === 1) return { kind: 'found', place: ranked[0]!.m, via: ranked[0]!.match.via };
  return { kind: 'choose', reason: 'several', options: optionsFor(ranked.slice(0, limit)) };
}
