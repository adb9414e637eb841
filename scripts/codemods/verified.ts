/**
 * node scripts/codemods/verified.ts [file or folder …]: turn each entry's bare `lastVerified: D` into the
 * `verified` block (date and method), keeping every other byte of the file.
 *
 *   lastVerified: 2026-12-01        verified:
 *                            ──>      date: 2026-12-01
 *                                     method: public-sources
 *
 * The method is `public-sources` because that is what the dates it converts record: the 2026 research
 * pass checked every entry against the public sources cited in the dossiers; no service was asked. Only a
 * top-level `lastVerified:` line inside the frontmatter is touched; a file without one (or already
 * converted) is left alone, so running it twice changes nothing. Defaults to the entries and the test
 * fixtures; guides keep their own `lastVerified` (a guide is checked, not confirmed by a service).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const defaults = ['src/content/initiatives', 'tests/fixtures'];

/** The converted text, or undefined when the file has no top-level lastVerified line in its frontmatter. */
export function convertVerified(text: string): string | undefined {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(newline);
  if (lines[0] !== '---') return undefined;
  const end = lines.indexOf('---', 1);
  if (end === -1) return undefined;
  const index = lines.slice(1, end).findIndex((line) => /^lastVerified:\s*\S/.test(line));
  if (index === -1) return undefined;
  const at = index + 1;
  const match = /^lastVerified:\s*['"]?(\d{4}-\d{2}-\d{2})['"]?\s*(#.*)?$/.exec(lines[at] as string);
  if (!match) throw new Error(`line ${at + 1}: "${lines[at]}" is not a date like 2026-11-24; fix it by hand`);
  lines.splice(at, 1, 'verified:', `  date: ${match[1]}`, '  method: public-sources');
  return lines.join(newline);
}

function markdownFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return path.endsWith('.md') ? [path] : [];
  return readdirSync(path)
    .sort()
    .flatMap((name) => markdownFiles(join(path, name)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const targets = process.argv.length > 2 ? process.argv.slice(2) : defaults;
  let changed = 0;
  for (const file of targets.flatMap(markdownFiles)) {
    try {
      const converted = convertVerified(readFileSync(file, 'utf8'));
      if (converted === undefined) continue;
      writeFileSync(file, converted);
      changed++;
    } catch (error) {
      console.error(`${file}: ${(error as Error).message}`);
      process.exitCode = 1;
    }
  }
  console.log(`${changed} file(s) converted to the verified block.`);
}
