/**
 * "Help near me" on the home page, as a small module script rather than a React island (React alone
 * is ~60 KB; this is a few KB): a postcode or place name, or the browser's location, resolved to a
 * municipality page entirely in the browser by the shared place lookup (src/lib/geo/place-lookup.ts).
 * The place table (/data/places.json, same origin) loads on first focus; the boundaries
 * (/data/map/geometry.json) only when the location button is pressed (src/lib/geo/place-at-position.ts). Without JavaScript the form
 * submits to the A–Z list, whose own small script (place-resolve.ts) answers the same query.
 */
import { closestMunicipalities, findMunicipalities } from '../lib/geo/municipality-search.ts';
import type { Topology } from 'topojson-specification';
import { LOCATED_INSIDE, LOCATED_NEAREST } from '../lib/geo/located.ts';
import { lookupPlace } from '../lib/geo/place-lookup.ts';
import { namesOf, placeUrl, showAnswer, showMessage, text, whereIs, type AnswerContext } from './place-answer.ts';
import { fetchOnce, loadPlaces } from './fetch-once.ts';

function init(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  const list = form.querySelector<HTMLDataListElement>('datalist');
  const status = form.querySelector<HTMLElement>('[data-near-me-status]');
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  const locateRow = form.querySelector<HTMLElement>('[data-near-me-locate]');
  const locate = locateRow?.querySelector<HTMLButtonElement>('button');
  if (!input || !list || !status || !submit || !locateRow || !locate) return;
  const ctx = JSON.parse(form.dataset.context ?? '{}') as AnswerContext;
  const go = (url: string) => window.location.assign(url);
  const busy = (on: boolean) => {
    submit.disabled = on;
    locate.disabled = on;
    if (on)
      status.replaceChildren(Object.assign(document.createElement('p'), { textContent: text(ctx, 'nearMe.loading') }));
  };

  // The location button needs JavaScript, so it shows only now.
  locateRow.hidden = false;
  input.addEventListener('focus', () => void loadPlaces().catch(() => undefined), { once: true });

  // Suggestions as the person types: names that match, or the nearest names for a typo.
  let lastSuggested = '';
  input.addEventListener('input', async () => {
    const query = input.value.trim();
    if (query === lastSuggested) return;
    lastSuggested = query;
    if (query.length < 2 || /^\d/.test(query)) return list.replaceChildren();
    const data = await loadPlaces().catch(() => undefined);
    if (!data || input.value.trim() !== query) return;
    const found = findMunicipalities(query, data.places, 8);
    const places = found.length > 0 ? found : closestMunicipalities(query, data.places, 3).map((c) => c.m);
    list.replaceChildren(
      ...places.map((p) =>
        Object.assign(document.createElement('option'), {
          value: namesOf(p, ctx.lang).split(' / ')[0],
          label: `${namesOf(p, ctx.lang)} (${whereIs(ctx, p)})`,
        }),
      ),
    );
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const query = input.value;
    busy(true);
    try {
      const data = await loadPlaces();
      const answer = lookupPlace(query, data);
      if (answer.kind === 'found') go(placeUrl(ctx, answer.place));
      else showAnswer(ctx, status, answer, query);
    } catch {
      showMessage(ctx, status, text(ctx, 'nearMe.loadFailed'));
    } finally {
      submit.disabled = false;
      locate.disabled = false;
    }
  });

  locate.addEventListener('click', () => {
    if (!('geolocation' in navigator)) return showMessage(ctx, status, text(ctx, 'nearMe.locateFailed'));
    busy(true);
    // The boundaries (and the few KB that test a point against them) load now, on this press only.
    const shapes = Promise.all([
      fetchOnce<Topology>('/data/map/geometry.json'),
      import('../lib/geo/place-at-position.ts'),
    ]);
    shapes.catch(() => undefined);
    navigator.geolocation.getCurrentPosition(
      async (position) => {
        try {
          const [{ places }, [topology, { placeAtPosition, shapesOf }]] = await Promise.all([loadPlaces(), shapes]);
          // The municipality whose boundary contains the position, found here in the browser; the position is never sent anywhere.
          const found = placeAtPosition(
            { lat: position.coords.latitude, lon: position.coords.longitude },
            places,
            shapesOf(topology),
          );
          // The page opens with a one-line confirmation (src/scripts/located.ts), named by this fragment.
          if (found)
            go(
              `${placeUrl(ctx, found.place)}#${found.inside ? LOCATED_INSIDE : `${LOCATED_NEAREST}-${Math.max(1, Math.round(found.km))}`}`,
            );
        } catch {
          showMessage(ctx, status, text(ctx, 'nearMe.loadFailed'));
        } finally {
          submit.disabled = false;
          locate.disabled = false;
        }
      },
      () => {
        submit.disabled = false;
        locate.disabled = false;
        showMessage(ctx, status, text(ctx, 'nearMe.locateFailed'));
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 600_000 },
    );
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-near-me]')) init(form);
