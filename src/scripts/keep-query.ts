/**
 * The language switch keeps what the visitor set up: the query string of this page (finder search
 * and filters, place, the map's ?m=…) is added to the link to the same page in another language.
 * Pages change their query as people work (history.replaceState), so it is read when the link is
 * about to be used (hover, focus, press), not once at load. Without JavaScript the links still lead
 * to the equivalent page, without the query.
 */
function init(): void {
  for (const nav of document.querySelectorAll<HTMLElement>('[data-keep-query]')) {
    const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[href]')].map((link) => ({
      link,
      base: link.getAttribute('href') ?? '',
    }));
    const update = () => {
      for (const { link, base } of links) link.setAttribute('href', `${base}${window.location.search}`);
    };
    update();
    for (const type of ['pointerdown', 'pointerover', 'focusin', 'keydown']) nav.addEventListener(type, update);
  }
}

init();

export {};
