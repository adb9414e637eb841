import type { Fact } from '../../lib/suggestions/facts.ts';

/** The id of a fact's form field in the suggest form (SuggestForm.astro and its parts): its path with dashes. */
export const fieldId = (fact: Fact) => `s-${fact.path.replace(/\./g, '-')}`;
