/**
 * getStaticPaths helpers: one page per UI language, with its localised segment as a route param.
 * Several route files share the shape /[lang]/[segment]/; each emits only its own segment, so they never collide.
 */
import { segments, type Section } from './routes.ts';
import { uiLanguages, type UiLanguage } from '../schemas/languages.ts';

export function languagePaths() {
  return uiLanguages.map((lang) => ({ params: { lang }, props: { lang } }));
}

export function sectionPaths<P extends string>(section: Section, param: P) {
  return uiLanguages.map((lang: UiLanguage) => ({
    params: { lang, [param]: segments[section][lang] } as { lang: UiLanguage } & Record<P, string>,
    props: { lang },
  }));
}

/** Entries per page of the server-rendered index, so the page does not grow with the directory (today all fit on one). */
export const INDEX_PAGE_SIZE = 100;
