/**
 * When each entry file last changed, from git history (read once at build). Falls back to no date
 * when git or the history is unavailable (a shallow clone, a tarball): the changes page then relies
 * on the entries' last-verified dates alone.
 */
import { execFileSync } from 'node:child_process';

let cache: Map<string, string> | undefined;

/** Map of repository-relative file path -> last commit date (YYYY-MM-DD). */
export function lastChangedDates(): Map<string, string> {
  if (cache) return cache;
  cache = new Map();
  try {
    const log = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--', 'src/content/projects'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    for (const block of log.split('\0').slice(1)) {
      const [date, ...files] = block.trim().split('\n');
      for (const file of files) if (file && date && !cache.has(file)) cache.set(file, date);
    }
  } catch {
    /* no git here: dates stay unknown */
  }
  return cache;
}
