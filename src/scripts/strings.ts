/**
 * The UI strings a browser script shows. The page picks the keys the script needs (`pickStrings` in
 * src/i18n/translate.ts, a typed `Pick` of the English keys) into a `data-strings` JSON attribute,
 * under their real key names; the script reads them here, typed the same way, so a key the page does not
 * give fails `tsc` instead of showing the key to a reader. One reader for every script.
 */
import type { UiKey, UiStrings } from '../i18n/translate.ts';
import { format, type FormatValues } from '../lib/format.ts';

/** The strings of `K`, as a page gives them to a script. */
export type Strings<K extends UiKey> = Pick<UiStrings, K>;

/** The strings in `element`'s data-strings attribute (the page wrote them with `pickStrings`). */
export function readStrings<K extends UiKey>(element: HTMLElement): Strings<K> {
  return JSON.parse(element.dataset.strings ?? '{}') as Strings<K>;
}

/** `text(key, values)`: the string of `key`, its `{placeholders}` filled from `values`. */
export function textOf<K extends UiKey>(strings: Strings<K>) {
  return (key: K, values: FormatValues = {}): string => format(strings[key], values);
}
