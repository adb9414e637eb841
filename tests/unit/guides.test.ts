import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { guideKeys, guideSchema } from '../../src/schemas/guide.ts';
import { parseEntryFile } from '../../src/loaders/entry-files.ts';
import { uiLanguages } from '../../src/schemas/languages.ts';

const root = join(process.cwd(), 'src', 'content', 'guides');
const languages = uiLanguages;

/** The frontmatter as Astro's glob loader reads it (the same parser as the build and `npm run validate`). */
function frontmatter(lang: string, file: string): unknown {
  const parsed = parseEntryFile(`${lang}/${file}`, readFileSync(join(root, lang, file), 'utf8'));
  if ('message' in parsed) throw new Error(`${parsed.file}: ${parsed.field}: ${parsed.message}`);
  return parsed.frontmatter;
}

describe('guidance pages', () => {
  test.each(languages)('%s has every guide, each valid, with its key matching the file name', (lang) => {
    const files = readdirSync(join(root, lang))
      .filter((f) => f.endsWith('.md'))
      .sort();
    expect(files).toEqual([...guideKeys].map((k) => `${k}.md`).sort());
    for (const file of files) {
      const data = guideSchema.parse(frontmatter(lang, file));
      expect(data.key).toBe(file.replace(/\.md$/, ''));
    }
  });
  test('slugs are unique per language', () => {
    for (const lang of languages) {
      const slugs = guideKeys.map((k) => guideSchema.parse(frontmatter(lang, `${k}.md`)).slug);
      expect(new Set(slugs).size).toBe(slugs.length);
    }
  });
});
