/**
 * What a result card shows beside the name: the rule shared by the server-rendered card
 * (src/components/InitiativeCard.astro) and the search record the finder fills its blank card from
 * (src/components/FinderFilters.astro), so both list the same badges.
 */
import type { Initiative } from '../../schemas/initiative.ts';
import { labelOf } from '../../schemas/vocabularies/labels.ts';
import { preventionLevels, targetGroups } from '../../schemas/vocabularies/practice.ts';
import { type UiLanguage } from '../../schemas/languages.ts';

/** Target groups beyond this many are left to the entry page: a card stays a few lines long. */
export const CARD_TARGET_GROUPS = 4;

/** The card's badges in `lang`: every prevention level, then the first target groups. */
export function cardBadges(
  initiative: Pick<Initiative, 'preventionLevels' | 'targetGroups'>,
  lang: UiLanguage,
): string[] {
  return [
    ...initiative.preventionLevels.values.map((level) => labelOf(preventionLevels, level, lang)),
    ...initiative.targetGroups.values.slice(0, CARD_TARGET_GROUPS).map((group) => labelOf(targetGroups, group, lang)),
  ];
}
