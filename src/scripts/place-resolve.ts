/**
 * The A–Z page's resolver: a query sent here (`?q=`, from a near-me form submitted before its script
 * loaded) is answered with the same place lookup as the home page. One place: on to its page, replacing
 * this history entry so Back returns to the form. Otherwise the choice, "Did you mean …?" or a kind
 * "not found" is shown above the list, which stays below as the way on. Without JavaScript the page is
 * the plain list with its letter index.
 */
import { lookupPlace } from '../lib/geo/place-lookup.ts';
import { placeUrl, showAnswer, showMessage, text, type AnswerContext } from './place-answer.ts';
import { loadPlaces } from './fetch-once.ts';

async function resolve(status: HTMLElement): Promise<void> {
  const query = new URLSearchParams(window.location.search).get('q')?.trim().slice(0, 100) ?? '';
  if (query === '') return;
  const ctx = JSON.parse(status.dataset.context ?? '{}') as AnswerContext;
  status.replaceChildren(
    Object.assign(document.createElement('p'), {
      textContent: text(ctx, 'place.azResolving', { name: query.slice(0, 60) }),
    }),
  );
  try {
    const answer = lookupPlace(query, await loadPlaces());
    if (answer.kind === 'found') return window.location.replace(placeUrl(ctx, answer.place));
    showAnswer(ctx, status, answer, query);
    status.prepend(
      Object.assign(document.createElement('p'), {
        textContent: text(ctx, 'place.azQuery', { name: query.slice(0, 60) }),
      }),
    );
  } catch {
    showMessage(ctx, status, text(ctx, 'nearMe.loadFailed'), false);
  }
}

const status = document.querySelector<HTMLElement>('[data-place-resolve]');
if (status) void resolve(status);
