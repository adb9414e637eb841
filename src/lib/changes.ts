/** The changes page's logic: when each entry file last changed (from git's log) and the newest-first ordering. Pure. */
export interface ChangeItem {
  id: string;
  lastVerified: string;
  lastChanged?: string | undefined;
}

export function newestFirst<T extends ChangeItem>(items: readonly T[], limit = 30): (T & { latest: string })[] {
  return items
    .map((item) => ({ ...item, latest: item.lastChanged && item.lastChanged > item.lastVerified ? item.lastChanged : item.lastVerified }))
    .sort((a, b) => b.latest.localeCompare(a.latest) || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** The `git log` arguments whose output parseGitLog reads: per commit a NUL, the hash, the date, then the files it touched. */
export const gitLogArgs = (path: string) => ['log', '--format=%x00%H %cs', '--name-only', '--no-renames', '--', path];

/**
 * Map of repository-relative file path -> date (YYYY-MM-DD) of the newest commit that touched it.
 * In a shallow clone the oldest commits available (`boundaries`, from .git/shallow) look as if they
 * added every file; what they seem to say is not known, so files seen only there get no date.
 */
export function parseGitLog(log: string, boundaries: ReadonlySet<string> = new Set()): Map<string, string> {
  const dates = new Map<string, string>();
  for (const block of log.split('\0').slice(1)) {
    const [header = '', ...files] = block.trim().split('\n');
    const [hash = '', date = ''] = header.split(' ');
    if (boundaries.has(hash) || !/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
    for (const file of files) if (file && !dates.has(file)) dates.set(file, date);
  }
  return dates;
}
