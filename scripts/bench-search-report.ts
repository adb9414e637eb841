/** The search benchmark's report (scripts/bench-search.ts): its measurements as Markdown tables. */
import { kb } from './bench-helpers.ts';
import type { SearchMeasurements } from './bench-search.ts';
import { finderDebounceMs, queries } from './bench-search-runs.ts';

export function toMarkdown(builds: readonly SearchMeasurements[]): string {
  const lines: string[] = [
    `${queries.length} queries (${queries.map((x) => `${x.lang}: "${x.q}"`).join(', ')}), each on a fresh page (new browser context, cache cleared) of the index page of its language. ` +
      `Pagefind: time from the input event in \`#finder-q\` to the first painted result card, which includes the finder's ${finderDebounceMs} ms first-keystroke debounce; requests and bytes are the bytes on the wire (encoded body + headers, Playwright \`request.sizes()\`, Pagefind's worker included) of the requests made after typing. ` +
      `Naive: a script injected into the same page fetches \`/data/initiatives.json\` and filters it by lowercase substring; time from the start of the fetch to the filtered list.`,
    '',
    '| build | entries | engine | median time to first card | p95 time | median bytes | p95 bytes | median bytes, bodies only | median requests | fragment requests, median (max) | queries without a hit |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const m of builds) {
    lines.push(
      `| ${m.label} | ${m.entries} | Pagefind | ${m.pagefind.summary.medianMs} ms | ${m.pagefind.summary.p95Ms} ms | ${kb(m.pagefind.summary.medianBytes)} | ${kb(m.pagefind.summary.p95Bytes)} | ${kb(m.pagefind.summary.medianBodyBytes)} | ${m.pagefind.summary.medianRequests} | ${m.pagefind.summary.medianFragments} (${m.pagefind.summary.maxFragments}) | ${m.pagefind.misses.length === 0 ? 'none' : m.pagefind.misses.join(', ')} |`,
    );
    lines.push(
      `| ${m.label} | ${m.entries} | naive (fetch the export + filter) | ${m.naive.summary.medianMs} ms | ${m.naive.summary.p95Ms} ms | ${kb(m.naive.summary.medianBytes)} | ${kb(m.naive.summary.p95Bytes)} | ${kb(m.naive.summary.medianBodyBytes)} | ${m.naive.summary.medianRequests} | – | ${
        m.naive.runs
          .filter((r) => r.hits === 0)
          .map((r) => r.q)
          .join(', ') || 'none'
      } |`,
    );
  }
  lines.push(
    '',
    '| build | naive / Pagefind, bytes | naive / Pagefind, time | naive / Pagefind, time without the debounce | JS files of the index page before a query (wire) | JS inlined in its HTML (gzip alone) | index page HTML gzip (nl / fr / en) | index page HTML on the wire | index page load event, median (p95) | export gzip | content-encoding seen |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const m of builds) {
    lines.push(
      `| ${m.label} | ${m.ratio.bytes} | ${m.ratio.time} | ${m.ratio.timeWithoutDebounce} | ${kb(m.pageJsBeforeQueryBytes)} | ${kb(m.inlineJs.gzip)} (${m.inlineJs.scripts} scripts) | ${kb(m.indexHtmlGzipBytes.nl)} / ${kb(m.indexHtmlGzipBytes.fr)} / ${kb(m.indexHtmlGzipBytes.en)} | ${kb(m.indexHtmlWireBytes)} | ${m.indexLoadMs.median} ms (${m.indexLoadMs.p95} ms) | ${kb(m.exportGzipBytes)} | ${m.contentEncodings.join(', ') || 'none'} |`,
    );
  }
  if (builds.length > 1) {
    const [a, b] = [builds[0]!, builds[builds.length - 1]!];
    lines.push(
      '',
      `Index page (nl): ${kb(a.indexHtmlGzipBytes.nl)} gzip (${kb(a.indexHtmlRawBytes.nl)} raw) with ${a.entries} entries, ` +
        `${kb(b.indexHtmlGzipBytes.nl)} gzip (${kb(b.indexHtmlRawBytes.nl)} raw) with ${b.entries}: ×${(b.indexHtmlGzipBytes.nl / a.indexHtmlGzipBytes.nl).toFixed(2)} ` +
        `(${b.indexHtmlGzipBytes.nl / a.indexHtmlGzipBytes.nl < 1.25 ? 'it does not grow with the data: the server-rendered list is paginated' : 'it grows with the data'}). ` +
        `Pagefind's bytes per query grow ×${(b.pagefind.summary.medianBytes / a.pagefind.summary.medianBytes).toFixed(1)} (median), the naive export ×${(b.naive.summary.medianBytes / a.naive.summary.medianBytes).toFixed(1)}.`,
    );
  }
  lines.push(
    '',
    '<details><summary>Per query</summary>',
    '',
    '| build | lang | query | Pagefind ms | Pagefind bytes | Pagefind requests | Pagefind fragments | Pagefind results (cards shown) | naive ms | naive bytes | naive matches |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const m of builds) {
    m.pagefind.runs.forEach((p, i) => {
      const n = m.naive.runs[i]!;
      lines.push(
        `| ${m.label} | ${p.lang} | ${p.q} | ${p.ms ?? 'no hit'} | ${kb(p.bytes)} | ${p.requests} | ${p.fragments} | ${p.results ?? '?'} (${p.hits}) | ${n.ms} | ${kb(n.bytes)} | ${n.hits} |`,
      );
    });
  }
  lines.push('', '</details>');
  return lines.join('\n');
}
