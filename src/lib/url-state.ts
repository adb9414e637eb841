/**
 * How a page's state reads from its query string, for every page that keeps state in the URL (the
 * finder and municipality filters, src/lib/finder/finder-state.ts; the map, src/lib/map/model.ts): facet values
 * given repeated or comma-separated, unknown values dropped, and the reader's audience. One home, so a
 * link shared from one page means the same on the other. Pure and dependency-free: it ships in the
 * finder's small script as well as in the map island.
 */

/** Who is reading: a family (the default) or someone who works with families (src/lib/directory/offered-first.ts orders for each). */
export const audiences = ['family', 'professional'] as const;
export type Audience = (typeof audiences)[number];

/** The audience's parameter: `?for=professional`; absent means a family. */
export const AUDIENCE_PARAM = 'for';

/** The URL value (`?for=professional`); anything else is the default, a family. */
export function audienceOf(value: string | null | undefined): Audience {
  return value === 'professional' ? 'professional' : 'family';
}

/** The audience a query string asks for. */
export function audienceFromParams(params: URLSearchParams): Audience {
  return audienceOf(params.get(AUDIENCE_PARAM));
}

/** Write the audience into params, the default (a family) left out so a plain link stays plain. */
export function setAudienceParam(params: URLSearchParams, audience: Audience): void {
  if (audience === 'family') params.delete(AUDIENCE_PARAM);
  else params.set(AUDIENCE_PARAM, audience);
}

/**
 * The values of a list parameter, given repeated (`?level=a&level=b`) or comma-separated (`?level=a,b`)
 * or both: trimmed, empty ones left out. `values` are the known ones, in order, each once; `unknown`
 * are the rest, in order (a page may say it ignored them instead of silently showing everything).
 */
export function listParam(
  params: URLSearchParams,
  name: string,
  known: ReadonlySet<string> | undefined,
): { values: string[]; unknown: string[] } {
  const values: string[] = [];
  const unknown: string[] = [];
  for (const raw of params.getAll(name).flatMap((v) => v.split(','))) {
    const value = raw.trim();
    if (value === '') continue;
    if (!known?.has(value)) unknown.push(value);
    else if (!values.includes(value)) values.push(value);
  }
  return { values, unknown };
}
