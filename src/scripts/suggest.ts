/**
 * The "suggest a change" form (components/SuggestForm.astro): composes one message from the fields whose
 * value differs from the one the page was built with, in the format of src/lib/suggestions/message.ts,
 * shows it, and offers a mailto: link and a copy button. Sends nothing, stores nothing.
 */
import { formatSuggestion, mailtoHref, type Relation, type SuggestionField } from '../lib/suggestions/message.ts';

type FactControl = HTMLInputElement | HTMLSelectElement;

const looksLikeUrl = (value: string) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(value);
const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
// The characters a phone number may hold; whether the digits fit the numbering plan is for apply-suggestion (libphonenumber is too big for this page).
const looksLikePhone = (value: string) => /^\+?[0-9][0-9 ()./-]{1,22}$/.test(value);

/** The value a control was built with (the entry's current fact). */
function initialValue(control: FactControl): string {
  if (control instanceof HTMLSelectElement)
    return [...control.options].find((option) => option.defaultSelected)?.value ?? '';
  return control.defaultValue;
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function init(form: HTMLFormElement): void {
  const result = document.querySelector<HTMLElement>('[data-suggest-result]');
  const message = result?.querySelector<HTMLTextAreaElement>('[data-suggest-message]');
  const send = result?.querySelector<HTMLAnchorElement>('[data-suggest-send]');
  const copy = result?.querySelector<HTMLButtonElement>('[data-suggest-copy]');
  const status = result?.querySelector<HTMLElement>('[data-suggest-status]');
  const errors = form.querySelector<HTMLElement>('[data-suggest-errors]');
  const errorList = errors?.querySelector('[data-suggest-error-list]');
  if (!result || !message || !send || !copy || !status || !errors || !errorList) return;
  const data = form.dataset;
  if (typeof navigator.clipboard?.writeText === 'function') copy.hidden = false;

  const clearErrors = () => {
    errors.hidden = true;
    errorList.replaceChildren();
    for (const control of form.querySelectorAll('[aria-invalid]')) {
      control.removeAttribute('aria-invalid');
      const describedBy = (control.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .filter((id) => id && !id.endsWith('-error'))
        .join(' ');
      if (describedBy) control.setAttribute('aria-describedby', describedBy);
      else control.removeAttribute('aria-describedby');
    }
    for (const old of form.querySelectorAll('[data-suggest-field-error]')) old.remove();
  };

  const showErrors = (problems: { control?: HTMLElement; text: string }[]) => {
    for (const problem of problems) {
      const item = document.createElement('li');
      if (problem.control?.id) {
        const link = document.createElement('a');
        link.href = `#${problem.control.id}`;
        link.textContent = problem.text;
        item.append(link);
        // Said again beside the field, and tied to it, so a screen reader hears it there too.
        const inline = document.createElement('p');
        inline.id = `${problem.control.id}-error`;
        inline.className = 'suggest__field-error';
        inline.dataset.suggestFieldError = '';
        inline.textContent = problem.text;
        problem.control.insertAdjacentElement('afterend', inline);
        problem.control.setAttribute('aria-invalid', 'true');
        problem.control.setAttribute(
          'aria-describedby',
          `${problem.control.getAttribute('aria-describedby') ?? ''} ${inline.id}`.trim(),
        );
      } else {
        item.textContent = problem.text;
      }
      errorList.append(item);
    }
    errors.hidden = false;
    errors.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors();
    const problems: { control?: HTMLElement; text: string }[] = [];
    const fields: SuggestionField[] = [];
    for (const control of form.querySelectorAll<FactControl>('input[data-kind], select[data-kind]')) {
      const value = control.value.replace(/\s+/g, ' ').trim();
      const was = initialValue(control).replace(/\s+/g, ' ').trim();
      if (value === was) continue;
      const label = control.dataset.label ?? control.name;
      const kind = control.dataset.kind;
      if (value !== '' && kind === 'url' && !looksLikeUrl(value))
        problems.push({ control, text: (data.errorUrl ?? '').replace('{field}', label) });
      if (value !== '' && kind === 'email' && !looksLikeEmail(value))
        problems.push({ control, text: (data.errorEmail ?? '').replace('{field}', label) });
      if (value !== '' && kind === 'tel' && !looksLikePhone(value))
        problems.push({ control, text: (data.errorPhone ?? '').replace('{field}', label) });
      fields.push({
        path: control.name,
        value: value || undefined,
        was: was || null,
        ...(control.dataset.comment ? { comment: control.dataset.comment } : {}),
      });
    }
    const sourceControl = form.querySelector<HTMLInputElement>('input[name="source"]');
    const source = sourceControl?.value.trim() ?? '';
    if (sourceControl && source !== '' && !looksLikeUrl(source))
      problems.push({
        control: sourceControl,
        text: (data.errorUrl ?? '').replace('{field}', sourceControl.dataset.label ?? 'source'),
      });
    const relation = (form.querySelector<HTMLInputElement>('input[name="relation"]:checked')?.value ??
      'unknown') as Relation;
    const note = form.querySelector<HTMLTextAreaElement>('textarea[name="note"]')?.value.trim() ?? '';
    if (fields.length === 0 && note === '') problems.push({ text: data.errorNothing ?? '' });
    if (problems.length > 0) {
      result.hidden = true;
      showErrors(problems);
      return;
    }
    // A phone's comment once, above its first changed line.
    const commented = new Set<string>();
    for (const field of fields) {
      if (field.comment && commented.has(field.comment)) delete field.comment;
      else if (field.comment) commented.add(field.comment);
    }
    const text = formatSuggestion({
      id: data.id ?? '',
      ...(data.page ? { page: data.page } : {}),
      ...(data.language ? { language: data.language } : {}),
      date: today(),
      fields,
      ...(source ? { source } : {}),
      relation,
      ...(note ? { note } : {}),
    });
    message.value = text;
    send.href = mailtoHref(data.address ?? '', data.subject ?? '', text);
    status.textContent = '';
    result.hidden = false;
    result.querySelector<HTMLElement>('h2')?.focus();
  });

  copy.addEventListener('click', async () => {
    status.textContent = '';
    try {
      await navigator.clipboard.writeText(message.value);
      status.textContent = status.dataset.copied ?? '';
    } catch {
      status.textContent = status.dataset.failed ?? '';
      message.select();
    }
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('[data-suggest-form]')) init(form);

export {};
