/**
 * A source's `date` as the entries write it (in English, for the editors: "2018-03", "undated",
 * "undated (stored copy; mentions 2017)", "2019-04 (our dating)", "c. 2020") read into parts that the
 * pages render through the UI strings, so a French page never shows "stored copy" or "our dating".
 * Pure. Anything it does not recognise is kept as the years it mentions, never shown raw.
 */
export interface SourceDate {
  /** A date the source states, as YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  /** The date is ours, read from the content ("our dating"). */
  datedByUs: boolean;
  /** An approximate year ("c. 2020"). */
  circa?: string;
  /** No date on the source. */
  undated: boolean;
  /** Read from an archived copy of the page, not the live page. */
  archived: boolean;
  /** Years or ranges the undated source refers to ("mentions 2017", "2019-2022"). */
  refersTo: string[];
}

export function parseSourceDate(raw: string): SourceDate {
  const text = raw.trim();
  const result: SourceDate = {
    datedByUs: /our dating/i.test(text),
    undated: /^undated/i.test(text),
    archived: /stored copy|archived/i.test(text),
    refersTo: [],
  };
  const leading = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b/.exec(text)?.[1];
  const circa = /^(?:c\.|ca\.|circa|around)\s*(\d{4})/i.exec(text)?.[1];
  if (leading) result.date = leading;
  else if (circa) result.circa = circa;
  else {
    if (!result.undated && !result.archived) result.undated = true;
    // Years and ranges mentioned in the note: "2019-2022", "2024-2025", "2017", "2020 and 2021".
    result.refersTo = [
      ...new Set(
        [...text.matchAll(/\b(\d{4})(?:\s*[-–]\s*(\d{4}))?\b/g)].map((m) => (m[2] ? `${m[1]}–${m[2]}` : m[1]!)),
      ),
    ];
  }
  return result;
}

/** Renders the parts with the page's strings (t = the page translator, list = Intl list formatting). */
export function describeSourceDate(
  raw: string,
  t: (
    key:
      | 'figures.source.undated'
      | 'figures.source.archived'
      | 'figures.source.refersTo'
      | 'figures.source.datedByUs'
      | 'figures.source.circa',
    values?: Record<string, string>,
  ) => string,
  list: (items: string[]) => string,
): string {
  const d = parseSourceDate(raw);
  const parts: string[] = [];
  if (d.date) parts.push(d.datedByUs ? t('figures.source.datedByUs', { date: d.date }) : d.date);
  else if (d.circa) parts.push(t('figures.source.circa', { year: d.circa }));
  else if (d.undated) parts.push(t('figures.source.undated'));
  if (d.archived) parts.push(t('figures.source.archived'));
  if (d.refersTo.length > 0) parts.push(t('figures.source.refersTo', { years: list(d.refersTo) }));
  return parts.join(', ');
}
