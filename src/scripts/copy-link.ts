/** The "copy link" control (components/CopyLink.astro): share sheet where there is one, else the clipboard. */
function init(): void {
  for (const box of document.querySelectorAll<HTMLElement>('[data-copy-link]')) {
    const button = box.querySelector('button');
    const status = box.querySelector('[aria-live]');
    if (!button || !status) continue;
    const canShare = typeof navigator.share === 'function';
    const canCopy = typeof navigator.clipboard?.writeText === 'function';
    if (!canShare && !canCopy) continue; // stays hidden: the address bar is the way
    if (canShare) button.textContent = box.dataset.shareLabel ?? button.textContent;
    box.hidden = false;
    button.addEventListener('click', async () => {
      const url = window.location.href;
      status.textContent = '';
      try {
        if (canShare) {
          await navigator.share({ title: document.title, url });
          status.textContent = box.dataset.shared ?? '';
        } else {
          await navigator.clipboard.writeText(url);
          status.textContent = box.dataset.copied ?? '';
        }
      } catch (error) {
        // Closing the share sheet is a choice, not a failure.
        if (error instanceof DOMException && error.name === 'AbortError') return;
        status.textContent = box.dataset.failed ?? '';
      }
    });
  }
}

init();

export {};
