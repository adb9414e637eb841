/**
 * The link check's rules and its report: which addresses of an entry are checked, what counts as dead or as
 * moved to another site, the report's shape (JSON, versioned by `format`, and Markdown), and which entries
 * it sends to the re-check queue. Pure: the fetching is scripts/link-check.ts, the files scripts/check-links.ts.
 *
 * The JSON report (`reports/links-YYYY-MM-DD.json`) is read by the re-check queue through
 * `linksToRecheck`; its shape:
 *
 *     { "format": "family-support-atlas/link-report@1", "date": "2026-12-06", "checkedAt": "<ISO time>",
 *       "userAgent": "…", "checked": 212, "fine": 190,
 *       "problems": [ { "url": "https://…", "kind": "dead" | "moved",
 *                       "reason": "http" | "timeout" | "refused" | "dns" | "network" | "redirects" | "off-domain",
 *                       "status": 404, "finalUrl": "https://…", "detail": "HTTP 404 Not Found",
 *                       "uses": [ { "id": "<entry id>", "field": "sources.2.url" } ] } ] }
 */

export const LINK_REPORT_FORMAT = 'family-support-atlas/link-report@1';

/** Where an address is used: the entry and the field, as the entry file names it (`sources.2.url`). */
export interface LinkUse {
  id: string;
  field: string;
}

export type LinkOutcome =
  | { kind: 'fine'; status: number; finalUrl: string }
  /** The address answers, but from another site (a redirect to another domain): the service may have moved, or the page is gone. */
  | { kind: 'moved'; reason: 'off-domain'; status: number; finalUrl: string; detail: string }
  | {
      kind: 'dead';
      reason: 'http' | 'timeout' | 'refused' | 'dns' | 'network' | 'redirects';
      status?: number;
      finalUrl?: string;
      detail: string;
    };

export type LinkProblem = Exclude<LinkOutcome, { kind: 'fine' }> & { url: string; uses: LinkUse[] };

export interface LinkReport {
  format: typeof LINK_REPORT_FORMAT;
  /** The day of the check, YYYY-MM-DD (the report's file name). */
  date: string;
  checkedAt: string;
  userAgent: string;
  /** Addresses checked (each once, however many entries use it). */
  checked: number;
  fine: number;
  problems: LinkProblem[];
}

/** The parts of an entry the link check reads. */
export interface LinkedEntry {
  id: string;
  organization: { url?: string | undefined };
  contact: {
    website?: { url: string; source: string } | undefined;
    phones: { source: string }[];
    email?: { source: string } | undefined;
  };
  sources: { url?: string | undefined }[];
}

const isWebAddress = (value: string | undefined): value is string => value !== undefined && /^https?:\/\//i.test(value);

/** Every web address the entries cite (website, organisation, sources, the source of each contact detail), each with where it is used. */
export function linksOf(entries: readonly LinkedEntry[]): Map<string, LinkUse[]> {
  const links = new Map<string, LinkUse[]>();
  const add = (url: string | undefined, id: string, field: string) => {
    if (!isWebAddress(url)) return;
    const uses = links.get(url) ?? [];
    if (!uses.some((use) => use.id === id && use.field === field)) uses.push({ id, field });
    links.set(url, uses);
  };
  for (const entry of entries) {
    add(entry.contact.website?.url, entry.id, 'contact.website.url');
    add(entry.organization.url, entry.id, 'organization.url');
    entry.sources.forEach((source, index) => add(source.url, entry.id, `sources.${index}.url`));
    add(entry.contact.website?.source, entry.id, 'contact.website.source');
    entry.contact.phones.forEach((phone, index) => add(phone.source, entry.id, `contact.phones.${index}.source`));
    add(entry.contact.email?.source, entry.id, 'contact.email.source');
  }
  return links;
}

/**
 * Whether two addresses are on the same site: the same host, give or take `www.`, or hosts under the same
 * registered name (`onderwijs.vlaanderen.be` and `www.vlaanderen.be`). Approximated by the last two labels,
 * which is right for .be, .nl, .eu, .org and .com; an address by IP is compared whole.
 */
export function sameSite(a: string, b: string): boolean {
  const host = (url: string) => new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  const hostA = host(a);
  const hostB = host(b);
  if (hostA === hostB) return true;
  const isIp = (h: string) => /^[\d.]+$/.test(h) || h.includes(':');
  if (isIp(hostA) || isIp(hostB)) return false;
  const site = (h: string) => h.split('.').slice(-2).join('.');
  return site(hostA) === site(hostB);
}

/** What a failed request was, from the error fetch threw (undici puts the system error in `cause`). */
export function classifyError(error: unknown): { reason: 'timeout' | 'refused' | 'dns' | 'network'; detail: string } {
  const name = (error as { name?: string })?.name;
  if (name === 'TimeoutError' || name === 'AbortError')
    return { reason: 'timeout', detail: 'no answer before the time limit' };
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const code = cause?.code ?? (error as { code?: string })?.code ?? '';
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'ETIMEDOUT')
    return { reason: 'timeout', detail: `no answer before the time limit (${code})` };
  if (code === 'ECONNREFUSED') return { reason: 'refused', detail: 'connection refused' };
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME')
    return { reason: 'dns', detail: `the domain name does not resolve (${code})` };
  return { reason: 'network', detail: cause?.message ?? (error instanceof Error ? error.message : String(error)) };
}

/** The report of one check, from the outcome of each address. */
export function buildLinkReport(
  links: ReadonlyMap<string, LinkUse[]>,
  outcomes: ReadonlyMap<string, LinkOutcome>,
  meta: { date: string; checkedAt: string; userAgent: string },
): LinkReport {
  const problems: LinkProblem[] = [];
  let fine = 0;
  for (const [url, uses] of [...links].sort(([a], [b]) => a.localeCompare(b))) {
    const outcome = outcomes.get(url);
    if (!outcome) continue;
    if (outcome.kind === 'fine') fine++;
    else problems.push({ url, ...outcome, uses });
  }
  return { format: LINK_REPORT_FORMAT, ...meta, checked: outcomes.size, fine, problems };
}

const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The report for a person: what is dead and what moved, entry by entry. */
export function linkReportMarkdown(report: LinkReport): string {
  const dead = report.problems.filter((p) => p.kind === 'dead');
  const moved = report.problems.filter((p) => p.kind === 'moved');
  const entries = new Set(report.problems.flatMap((p) => p.uses.map((u) => u.id)));
  const rows = (problems: LinkProblem[], last: (p: LinkProblem) => string) =>
    problems.flatMap((p) =>
      p.uses.map((use) => `| ${use.id} | ${use.field} | ${escapeCell(p.url)} | ${escapeCell(last(p))} |`),
    );
  const lines = [
    `# Link check, ${report.date}`,
    '',
    `${report.checked} addresses checked: ${report.fine} fine, ${dead.length} dead, ${moved.length} moved to another domain. ${entries.size} entries join the re-check queue (npm run recheck).`,
    '',
    `Checked at ${report.checkedAt} as "${report.userAgent}": HEAD, then GET when HEAD is refused; one retry; at most 4 requests at a time.`,
    '',
    '## Dead',
    '',
    ...(dead.length === 0
      ? ['None.']
      : ['| entry | field | address | what happened |', '| --- | --- | --- | --- |', ...rows(dead, (p) => p.detail)]),
    '',
    '## Moved to another domain',
    '',
    ...(moved.length === 0
      ? ['None.']
      : [
          '| entry | field | address | now answers at |',
          '| --- | --- | --- | --- |',
          ...rows(moved, (p) => p.finalUrl ?? ''),
        ]),
    '',
  ];
  return lines.join('\n');
}

/** One entry the link check sends to the re-check queue, with why, in words. */
export interface LinkRecheck {
  id: string;
  links: {
    url: string;
    field: string;
    kind: LinkProblem['kind'];
    reason: LinkProblem['reason'];
    detail: string;
    finalUrl?: string;
  }[];
  /** One line for the queue, e.g. "website dead (HTTP 404); sources.2.url moved to https://…". */
  summary: string;
}

/** Is this JSON a link report this code can read? */
export function isLinkReport(value: unknown): value is LinkReport {
  const report = value as Partial<LinkReport> | null;
  return (
    typeof report === 'object' &&
    report !== null &&
    report.format === LINK_REPORT_FORMAT &&
    Array.isArray(report.problems)
  );
}

/**
 * The entries a link report sends to the re-check queue, each with the addresses in question: a dead
 * website or contact source first (a reader meets those), then sources and the organisation's address.
 */
export function linksToRecheck(report: LinkReport): LinkRecheck[] {
  const byId = new Map<string, LinkRecheck['links']>();
  for (const problem of report.problems) {
    for (const use of problem.uses) {
      const links = byId.get(use.id) ?? [];
      links.push({
        url: problem.url,
        field: use.field,
        kind: problem.kind,
        reason: problem.reason,
        detail: problem.detail,
        ...(problem.finalUrl ? { finalUrl: problem.finalUrl } : {}),
      });
      byId.set(use.id, links);
    }
  }
  const weight = (field: string) => (field.startsWith('contact.') ? 0 : field === 'organization.url' ? 2 : 1);
  return [...byId]
    .map(([id, links]) => {
      links.sort((a, b) => weight(a.field) - weight(b.field) || a.field.localeCompare(b.field));
      const summary = links
        .map((link) =>
          link.kind === 'dead' ? `${link.field} dead (${link.detail})` : `${link.field} moved to ${link.finalUrl}`,
        )
        .join('; ');
      return { id, links, summary };
    })
    .sort((a, b) => weight(a.links[0]!.field) - weight(b.links[0]!.field) || a.id.localeCompare(b.id));
}
