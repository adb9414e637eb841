/**
 * One plain sentence under a filter's name, for parents who do not know the prevention sector's words
 * ("tertiary prevention", "working method"). Only the facets whose names need it.
 */
import { translator, type UiKey } from '../../i18n/translate.ts';
import type { UiLanguage } from '../../schemas/languages.ts';

const explained = ['level', 'method', 'target', 'access'] as const;

export function plainExplanation(facet: string, lang: UiLanguage): string | undefined {
  return (explained as readonly string[]).includes(facet)
    ? translator(lang)(`filters.plain.${facet}` as UiKey)
    : undefined;
}
