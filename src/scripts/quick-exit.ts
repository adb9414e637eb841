/**
 * Quick exit: blank the page at once, then replace this history entry with a neutral site so Back
 * does not return here. Triggered by the visible control or by pressing Shift three times within a
 * second (as GOV.UK does). Without JavaScript the control is still a plain link to the same site.
 */
const SHIFT_PRESSES = 3;
const WINDOW_MS = 1000;

function exitNow(target: string): void {
  document.documentElement.style.visibility = 'hidden';
  document.title = '';
  document.body.replaceChildren();
  window.location.replace(target);
}

function init(): void {
  const control = document.querySelector<HTMLAnchorElement>('a[data-quick-exit]');
  if (!control) return;
  const target = control.href;
  control.addEventListener('click', (event) => {
    event.preventDefault();
    exitNow(target);
  });
  let presses: number[] = [];
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift' || event.repeat) return;
    const now = event.timeStamp;
    presses = [...presses.filter((t) => now - t < WINDOW_MS), now];
    if (presses.length >= SHIFT_PRESSES) exitNow(target);
  });
}

init();

// A module, not a global script: each page script keeps its names to itself.
export {};
