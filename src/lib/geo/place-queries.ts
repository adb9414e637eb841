/**
 * Place lookup without JavaScript. The home page's form sends `?q=` to the A–Z list; a static host cannot
 * read a query string, but a host's rules can match one exact value and send it to a page. So the build
 * answers every query it can foresee with the same place lookup as the browser (src/lib/geo/place-lookup.ts):
 * each postcode, each name a municipality answers to (official names, English names and exonyms, its
 * localities and former municipalities), and each "postcode name" pair. A query that is one place goes
 * to that place's page; one that asks (Deurne, 1060) goes to the "which one?" page, to the section for
 * that query. The rules are written for each documented host (src/integrations/place-query-rules.ts);
 * what no rule catches lands on the A–Z list, which says that it could not read the word.
 * Pure: the place data comes in.
 */
import type { PlaceRecord, PlacesFile } from './municipalities.ts';
import { OTHER_NAME_VARIANTS, searchKey } from './municipality-search.ts';
import { lookupPlace, type PlaceOption } from './place-lookup.ts';
import { foldText } from '../text.ts';
import { routes } from '../routes.ts';
import { uiLanguages, type UiLanguage } from '../../schemas/languages.ts';

/** A query folded as the rules compare it: lower case, no accents, punctuation as single spaces ("4000 Liège" → "4000 liege"). */
export function placeQueryKey(query: string): string {
  return foldText(query.slice(0, 100));
}

/** One foreseen query and its answer: one place, or the places to choose from. */
export interface PlaceQuery {
  /** What a person would type, as the data writes it ("4000 Liège", "Deurne"). */
  query: string;
  key: string;
  answer: { kind: 'found'; place: PlaceRecord } | { kind: 'choose'; options: PlaceOption<PlaceRecord>[] };
}

/** The names a place answers to, as written (each village's Dutch and French forms apart). */
function namesOf(p: PlaceRecord): string[] {
  return [
    p.nameNl,
    p.nameFr,
    p.nameDe,
    p.nameEn ?? '',
    ...(p.aliases ?? []),
    ...(p.otherNames ?? []).flatMap((n) => n.split(OTHER_NAME_VARIANTS)),
  ].filter(Boolean);
}

/**
 * Every foreseeable query with its answer, once per key. "Postcode name" pairs use only the postcode's
 * places' official names, to keep the rules to what people type.
 *
 * Each answer is lookupPlace's own, asked with only the places that can matter, so the build takes a
 * second rather than a minute: a name can only match a place with a name containing it (every match
 * of municipality-search.ts is a containment, spaces aside), and a pair "postcode name" built from one
 * of the postcode's places is decided among the postcode's places.
 */
export function foreseenPlaceQueries(data: PlacesFile): PlaceQuery[] {
  const byCode = new Map(data.places.map((p) => [p.code, p]));
  const compact = (name: string) => searchKey(name.replace(/\s*\(.*\)\s*$/, '')).replace(/ /g, '');
  const index = data.places.map((p) => ({ p, keys: [...namesOf(p), p.nameNl].map(compact) }));
  const mayMatch = (name: string) => {
    const key = compact(name);
    return index.filter((x) => x.keys.some((k) => k.includes(key))).map((x) => x.p);
  };
  const out = new Map<string, PlaceQuery>();
  const add = (query: string, places: readonly PlaceRecord[]) => {
    const key = placeQueryKey(query);
    if (key === '' || out.has(key)) return;
    const answer = lookupPlace(query, { ...data, places }, 50);
    if (answer.kind === 'found') out.set(key, { query, key, answer: { kind: 'found', place: answer.place } });
    else if (answer.kind === 'choose' && answer.reason !== 'region')
      out.set(key, { query, key, answer: { kind: 'choose', options: answer.options } });
  };
  const pairs: [string, PlaceRecord[]][] = [];
  for (const country of ['BE', 'NL'] as const) {
    for (const [postcode, codes] of Object.entries(data.postcodes[country])) {
      add(postcode, data.places);
      const places = [...new Set([...(data.postcodes.BE[postcode] ?? []), ...(data.postcodes.NL[postcode] ?? [])])]
        .map((c) => byCode.get(c))
        .filter((p): p is PlaceRecord => p !== undefined);
      for (const p of codes.map((c) => byCode.get(c))) {
        if (p)
          for (const name of new Set([p.nameNl, p.nameFr, p.nameDe].filter(Boolean)))
            pairs.push([`${postcode} ${name}`, places]);
      }
    }
  }
  for (const p of data.places) for (const name of namesOf(p)) add(name, mayMatch(name));
  // The short forms people write for an official name with a saint's title ("St. Vith", "St-Niklaas"):
  // the browser's lookup reads them as the full word (municipality-search.ts); the host rules need them written out.
  for (const p of data.places)
    for (const name of [p.nameNl, p.nameFr, p.nameDe])
      for (const short of shortForms(name)) add(short, mayMatch(short));
  for (const [query, places] of pairs) add(query, places);
  return [...out.values()];
}

/** "Sankt Vith" → "St. Vith", "St Vith", "St-Vith"; "Sainte-Ode" → "Ste. Ode" …; nothing for a name without such a title. */
export function shortForms(name: string): string[] {
  const match = /^(Sankt|Sint|Saint|Sainte)[-\s](.+)$/.exec(name);
  if (!match) return [];
  const short = match[1] === 'Sainte' ? 'Ste' : 'St';
  return [`${short}. ${match[2]}`, `${short} ${match[2]}`, `${short}-${match[2]}`];
}

/**
 * The values a browser sends for a query typed as `query` in a GET form (application/x-www-form-urlencoded:
 * spaces as "+", other bytes as UTF-8 %XX): as written, in lower case, and without accents, once each.
 * A host that compares the raw value (Netlify, nginx) matches these; case and accents otherwise differ.
 */
export function sentForms(query: string): string[] {
  // URLSearchParams writes exactly what a form sends (the WHATWG urlencoded serializer).
  const encode = (s: string) => new URLSearchParams({ q: s }).toString().slice('q='.length);
  const plain = query.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  return [...new Set([query, query.toLowerCase(), plain, plain.toLowerCase()].map(encode))];
}

/** The anchor of a query's section on the "which one?" page ("deurne", "1060", "4000-liege"). */
export function choiceAnchor(key: string): string {
  return `q-${key.replace(/ /g, '-')}`;
}

/** The "which one?" page a query's section is on: one page per first character ("d" for Deurne, "1" for 1060). */
export function choiceGroup(key: string): string {
  return key[0] ?? '0';
}

/** Where a foreseen query goes in a language: the place's page, or its section of the "which one?" page. */
export function queryTarget(q: PlaceQuery, lang: UiLanguage): string {
  return q.answer.kind === 'found'
    ? routes.municipality(lang, q.answer.place.slug[lang])
    : `${routes.placeChoice(lang, choiceGroup(q.key))}#${choiceAnchor(q.key)}`;
}

/** Whether a query is a postcode and a name together ("4000 Liège"): left out of the Netlify rules, which would otherwise double. */
export function isPostcodeAndName(q: PlaceQuery): boolean {
  return /^\d{4} \D/.test(q.key);
}

/**
 * The rules for every documented host, from the foreseen queries. `table`: A–Z path → folded query →
 * target, read by scripts/serve.mjs (which folds what it receives alike, so case and accents do not
 * matter). `netlify`: `_redirects` lines, one per value a browser sends (forced, "!", since the A–Z page
 * exists and would otherwise shadow the rule), without the postcode-and-name pairs. `nginx`: a `map`
 * from "path?q" to target (nginx compares map strings without case), pairs included.
 */
export function placeQueryRules(queries: readonly PlaceQuery[]): {
  table: Record<string, Record<string, string>>;
  netlify: string[];
  nginx: string[];
} {
  const table: Record<string, Record<string, string>> = {};
  const netlify: string[] = [];
  const nginx: string[] = [];
  for (const lang of uiLanguages) {
    const from = routes.section(lang, 'municipalities');
    const byKey: Record<string, string> = (table[from] = {});
    for (const q of queries) {
      const to = queryTarget(q, lang);
      byKey[q.key] = to;
      const forms = sentForms(q.query);
      if (!isPostcodeAndName(q)) for (const form of forms) netlify.push(`${from} q=${form} ${to} 302!`);
      for (const form of new Set(forms.map((f) => f.toLowerCase()))) nginx.push(`    "${from}?${form}" ${to};`);
    }
  }
  return { table, netlify, nginx };
}

/**
 * The per-language rules a host needs beside the place queries, from the language list: each language's
 * wrong address gets that language's "not found" page with status 404, and its A–Z list takes the place
 * form's `?q=`. `netlify`: `_redirects` lines (a 404 rule applies only where no file exists); `nginx`:
 * `location` blocks to include in the server block (deploy/nginx.conf.example).
 */
export function languageHostRules(): { netlify: string[]; nginx: string[] } {
  const azLists = uiLanguages.map((lang) => routes.section(lang, 'municipalities').slice(1, -1)).join('|');
  return {
    netlify: uiLanguages.map((lang) => `${routes.home(lang)}*  ${routes.home(lang)}404/  404`),
    nginx: [
      `location ~ ^/(${azLists})/$ {`,
      '    if ($place_query_target) {',
      '        return 302 $place_query_target;',
      '    }',
      '    try_files ${uri}index.html =404;',
      '}',
      ...uiLanguages.flatMap((lang) => [
        `location ${routes.home(lang)} {`,
        '    try_files $uri $uri/index.html =404;',
        `    error_page 404 ${routes.home(lang)}404/index.html;`,
        '}',
      ]),
    ],
  };
}
