/**
 * `client:intent`: hydrate an island only when someone reaches for it. The island's server-rendered
 * HTML is a complete, useful picture (the map page's static choropleth); its script (React, Leaflet,
 * the geometry) loads when the user hovers or focuses the island, and the island hydrates when they
 * press a control marked `data-intent-start` (or click inside an element with that attribute).
 * While the script downloads, and if it fails, an element marked `data-intent-status` (a live region)
 * gets the text of its `data-loading-text` or `data-failed-text` attribute; it is emptied before the
 * island hydrates, so the server HTML and React's first render still match.
 *
 * A value lists URL parameters that count as a request already made: `client:intent="level,m"`
 * hydrates at once when the page is opened with ?level=… or ?m=… (a shared link to a map view).
 *
 * Why not client:visible or client:idle: the map island is about a second of script on a mid-range
 * machine; loading it for everyone who opens the page, most of whom read the picture or the table,
 * blocked the main thread and made the page slow to answer (Lighthouse performance 65).
 */
import type { ClientDirective } from 'astro';

const intent: ClientDirective = (load, options, el) => {
  // Astro's load() never rejects: a failed download is reported as an `astro:hydration-error` event on
  // the island, and load() then resolves to a hydrate function that does nothing.
  let failed = false;
  el.addEventListener('astro:hydration-error', (event) => {
    failed = true;
    event.preventDefault(); // the user is told in the status; no console error
  });
  let loading: ReturnType<typeof load> | undefined;
  const warm = () => {
    failed = false;
    loading ??= load().then((hydrate) => {
      // A failed download (offline, blocked) may succeed on the next attempt.
      if (failed) loading = undefined;
      return hydrate;
    });
    return loading;
  };
  let starting = false;
  const begin = async () => {
    if (starting) return;
    starting = true;
    const status = el.querySelector<HTMLElement>('[data-intent-status]');
    const say = (text = '') => {
      if (status) status.textContent = text;
    };
    say(status?.dataset.loadingText);
    const hydrate = await warm();
    if (failed) {
      say(status?.dataset.failedText);
    } else {
      el.removeEventListener('click', start);
      say();
      await hydrate();
    }
    starting = false;
  };
  const start = (event: Event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-intent-start]')) return;
    event.preventDefault();
    void begin();
  };
  el.addEventListener('pointerenter', () => void warm(), { once: true });
  el.addEventListener('focusin', () => void warm(), { once: true });
  el.addEventListener('click', start);
  // Opened from a link that already asks for the island (see the value above): start now.
  const requested = (options.value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const params = new URLSearchParams(window.location.search);
  if (requested.some((name) => params.has(name))) void begin();
};

export default intent;
