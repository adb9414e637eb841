/**
 * Full-text search on the index page with Pagefind, as a small script rather than a React island:
 * the page must stay under 40 KB of JavaScript before the first query, and React alone is ~60 KB.
 * Pagefind's own code and index chunks load only when someone searches. The query lives in the URL
 * (?q=…), so a link can be shared and Back/Forward restore it. Without JavaScript the form still
 * submits, and the full list and the facet pages below do the work.
 */
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search: (query: string) => Promise<{ results: PagefindResult[] }>;
}

const MAX_QUERY = 200;
const SHOWN = 20;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

function init(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-finder]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const list = document.querySelector<HTMLOListElement>('[data-finder-results]');
  const status = document.querySelector<HTMLElement>('[data-finder-status]');
  if (!form || !input || !list || !status) return;
  const text = (key: string) => form.dataset[key] ?? '';
  let timer: number | undefined;
  let run = 0;

  async function search(query: string): Promise<void> {
    const mine = ++run;
    const q = query.trim().slice(0, MAX_QUERY);
    list!.replaceChildren();
    if (q === '') {
      status!.textContent = '';
      return;
    }
    status!.textContent = text('loading');
    try {
      const pf = await loadPagefind();
      const { results } = await pf.search(q);
      const data = await Promise.all(results.slice(0, SHOWN).map((r) => r.data()));
      if (mine !== run) return; // a newer query superseded this one
      for (const item of data) {
        const li = document.createElement('li');
        li.className = 'card';
        const link = document.createElement('a');
        link.href = item.url;
        link.textContent = item.meta.title ?? item.url;
        const heading = document.createElement('h3');
        heading.append(link);
        const excerpt = document.createElement('p');
        // Pagefind's excerpt is our own indexed text, escaped by Pagefind, with <mark> around matches.
        excerpt.innerHTML = item.excerpt;
        li.append(heading, excerpt);
        list!.append(li);
      }
      status!.textContent = results.length === 0 ? text('none').replace('{query}', q) : text('count').replace('{count}', String(results.length));
    } catch {
      if (mine === run) status!.textContent = text('failed');
    }
  }

  const fromUrl = () => new URLSearchParams(window.location.search).get('q') ?? '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = input.value.trim().slice(0, MAX_QUERY);
    const url = new URL(window.location.href);
    if (q) url.searchParams.set('q', q);
    else url.searchParams.delete('q');
    if (url.href !== window.location.href) history.pushState({}, '', url);
    void search(q);
  });
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const url = new URL(window.location.href);
      const q = input.value.trim().slice(0, MAX_QUERY);
      if (q) url.searchParams.set('q', q);
      else url.searchParams.delete('q');
      history.replaceState({}, '', url);
      void search(q);
    }, 250);
  });
  window.addEventListener('popstate', () => {
    input.value = fromUrl();
    void search(input.value);
  });
  if (fromUrl()) {
    input.value = fromUrl();
    void search(input.value);
  }
}

init();

// A module, not a global script: each page script keeps its names to itself.
export {};
