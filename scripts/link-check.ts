/**
 * Fetching for `npm run check-links`: one address at a time as a polite client (HEAD first, GET when HEAD
 * is refused or fails, redirects followed by hand so a move to another domain is seen, a time limit, one
 * retry of a failure that may pass), and many addresses with at most `concurrency` requests at once.
 * The rules of what counts as dead or moved are src/lib/links/link-report.ts.
 */
import { classifyError, sameSite, type LinkOutcome } from '../src/lib/links/link-report.ts';

export interface CheckOptions {
  userAgent: string;
  /** Per request, from sending to the response headers. */
  timeoutMs: number;
  /** Pause before the one retry. */
  retryDelayMs?: number;
  maxRedirects?: number;
}

type Attempt =
  | { ok: true; status: number; finalUrl: string; statusText: string }
  | { ok: false; error: unknown }
  | { ok: 'redirects'; finalUrl: string };

async function request(url: string, method: 'HEAD' | 'GET', options: CheckOptions): Promise<Attempt> {
  let current = url;
  for (let hop = 0; hop <= (options.maxRedirects ?? 5); hop++) {
    let response: Response;
    try {
      response = await fetch(current, {
        method,
        redirect: 'manual',
        headers: { 'user-agent': options.userAgent, accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      return { ok: false, error };
    }
    // The body is not needed: only whether the page is there.
    await response.body?.cancel().catch(() => undefined);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      current = new URL(location, current).href;
      continue;
    }
    return { ok: true, status: response.status, finalUrl: current, statusText: response.statusText };
  }
  return { ok: 'redirects', finalUrl: current };
}

async function once(url: string, options: CheckOptions): Promise<LinkOutcome> {
  let attempt = await request(url, 'HEAD', options);
  // Many servers refuse HEAD (405, 501) or answer it wrongly; GET decides.
  if (attempt.ok !== true || attempt.status >= 400) {
    const get = await request(url, 'GET', options);
    // A HEAD that timed out and a GET that failed otherwise: the GET's answer is the more telling one.
    attempt = get;
  }
  if (attempt.ok === 'redirects')
    return {
      kind: 'dead',
      reason: 'redirects',
      finalUrl: attempt.finalUrl,
      detail: `more than ${options.maxRedirects ?? 5} redirects`,
    };
  if (attempt.ok === false) return { kind: 'dead', ...classifyError(attempt.error) };
  if (attempt.status >= 400)
    return {
      kind: 'dead',
      reason: 'http',
      status: attempt.status,
      ...(attempt.finalUrl !== url ? { finalUrl: attempt.finalUrl } : {}),
      detail: `HTTP ${attempt.status}${attempt.statusText ? ` ${attempt.statusText}` : ''}`,
    };
  if (!sameSite(url, attempt.finalUrl))
    return {
      kind: 'moved',
      reason: 'off-domain',
      status: attempt.status,
      finalUrl: attempt.finalUrl,
      detail: `redirects to ${attempt.finalUrl}`,
    };
  return { kind: 'fine', status: attempt.status, finalUrl: attempt.finalUrl };
}

/** One address: checked, and checked once more when it failed in a way that may pass (time-out, network, 5xx, 429). */
export async function checkLink(url: string, options: CheckOptions): Promise<LinkOutcome> {
  const first = await once(url, options);
  const transient =
    first.kind === 'dead' && (first.reason !== 'http' || (first.status ?? 0) >= 500 || first.status === 429);
  if (!transient) return first;
  await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs ?? 1000));
  return once(url, options);
}

/** Every address, at most `concurrency` at a time; `onDone` after each (progress). */
export async function checkLinks(
  urls: readonly string[],
  options: CheckOptions & { concurrency?: number; onDone?: (url: string, outcome: LinkOutcome) => void },
): Promise<Map<string, LinkOutcome>> {
  const outcomes = new Map<string, LinkOutcome>();
  const queue = [...urls];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const outcome = await checkLink(url, options);
      outcomes.set(url, outcome);
      options.onDone?.(url, outcome);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, urls.length) }, worker));
  return outcomes;
}
