/**
 * What the post-build steps need from each built HTML page, read in one pass and shared: the CSP
 * <meta> (security headers) and the canonical and hreflang links (sitemap). Only the <head> is
 * searched; results are cached per output folder for the rest of the build.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';

export interface PageHead {
  /** Path relative to the output folder, with forward slashes. */
  file: string;
  csp?: string | undefined;
  canonical?: string | undefined;
  alternates: { lang: string; href: string }[];
}

/**
 * A copy of `text` that does not point into the page it was cut from. V8 keeps a matched substring as a
 * slice of the whole page, so holding 33,000 pages' CSP and links kept every page's HTML alive: the
 * 10,097-entry build ran out of memory (4 GB) here. Identical texts (the CSP, the same on most pages)
 * are stored once.
 */
const detached = new Map<string, string>();
function detach(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  let copy = detached.get(text);
  if (copy === undefined) {
    copy = Buffer.from(text, 'utf8').toString('utf8');
    detached.set(copy, copy);
  }
  return copy;
}

export function parseHead(file: string, html: string): PageHead {
  const end = html.indexOf('</head>');
  const head = end === -1 ? html : html.slice(0, end);
  return {
    file,
    csp: detach(/<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(head)?.[1]),
    canonical: detach(/<link rel="canonical" href="([^"]+)"/.exec(head)?.[1]),
    alternates: [...head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => ({
      lang: detach(m[1])!,
      href: detach(m[2])!,
    })),
  };
}

const cache = new Map<string, Promise<PageHead[]>>();

export function readPageHeads(outDir: string): Promise<PageHead[]> {
  let heads = cache.get(outDir);
  if (!heads) {
    heads = (async () => {
      const files = (await readdir(outDir, { recursive: true })).filter((name) => name.endsWith('.html')).sort();
      const result: PageHead[] = new Array(files.length);
      let next = 0;
      // A few reads in flight at once: the disk, not the CPU, is the limit here.
      const worker = async () => {
        while (next < files.length) {
          const i = next++;
          result[i] = parseHead(files[i]!.split(sep).join('/'), await readFile(join(outDir, files[i]!), 'utf8'));
        }
      };
      await Promise.all(Array.from({ length: 16 }, worker));
      return result;
    })();
    cache.set(outDir, heads);
  }
  return heads;
}
