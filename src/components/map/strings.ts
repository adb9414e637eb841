/** The island's UI strings (src/lib/map/page-content.ts mapIslandStrings) and the one way they are filled in. */
import { format, type FormatValues } from '../../lib/format.ts';

export type Strings = Record<string, string>;

export const fill = (s: Strings, key: string, values?: FormatValues) => format(s[key] ?? '', values);
