/**
 * On a municipality page reached by "use my location" (near-me adds #located or #located-near-KM, see
 * src/lib/geo/located.ts): shows the one-line confirmation first on the page and moves focus to it, so a
 * screen reader hears which place was taken and how to change it before anything else. The fragment is
 * then removed, so a copied or shared address does not claim the next reader's location.
 */
import { parseLocated } from '../lib/geo/located.ts';

const box = document.querySelector<HTMLElement>('[data-located]');
const located = parseLocated(window.location.hash);
if (box && located) {
  const line = box.querySelector<HTMLElement>(located.inside ? '[data-located-inside]' : '[data-located-near]');
  const template = line?.querySelector<HTMLElement>('[data-template]');
  if (line) {
    if (template && !located.inside)
      template.textContent = (template.dataset.template ?? '').replace('{km}', String(located.km));
    line.hidden = false;
    box.hidden = false;
    history.replaceState(history.state, '', window.location.pathname + window.location.search);
    box.focus();
  }
}
