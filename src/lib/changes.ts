/** The changes page's logic: when each entry file last changed (from git's log) and the newest-first ordering. Pure. */
export interface ChangeItem {
  id: string;
  lastVerified: string;
  lastChanged?: string | undefined;
}

export function newestFirst<T extends ChangeItem>(items: readonly T[], limit = 30): (T & { latest: string })[] {
  return items
    .map((item) => ({
      ...item,
      latest: item.lastChanged && item.lastChanged > item.lastVerified ? item.lastChanged : item.lastVerified,
    }))
    .sort((a, b) => b.latest.localeCompare(a.latest) || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/**
 * The `git log` arguments whose output parseGitLog reads: per commit a NUL, the hash, the date, then one
 * line per file it touched (status, tab, path; a rename has both paths). Give the entry folder and any
 * name it had before, so a move of the folder is followed, not taken for a change of every entry.
 */
export const gitLogArgs = (...paths: string[]) => [
  'log',
  '--format=%x00%H %cs',
  '--name-status',
  '-M',
  '--',
  ...new Set(paths),
];

/**
 * Map of repository-relative file path -> date (YYYY-MM-DD) of the newest commit that changed it, under
 * the path it has now. A pure move (R100) changes nothing a reader sees, so it carries the older dates
 * over to the new path instead of counting as a change; a move with edits counts as a change.
 * In a shallow clone the oldest commits available (`boundaries`, from .git/shallow) look as if they
 * added every file; what they seem to say is not known, so files seen only there get no date.
 */
export function parseGitLog(log: string, boundaries: ReadonlySet<string> = new Set()): Map<string, string> {
  const dates = new Map<string, string>();
  // The log runs newest first, so a rename is met before the commits that used the old path.
  const nowAt = new Map<string, string>();
  for (const block of log.split('\0').slice(1)) {
    const [header = '', ...lines] = block.trim().split('\n');
    const [hash = '', date = ''] = header.split(' ');
    const known = !boundaries.has(hash) && /^\d{4}-\d{2}-\d{2}$/.test(date);
    for (const line of lines) {
      const [status = '', ...paths] = line.split('\t');
      const last = paths.at(-1);
      if (!last) continue;
      const path = nowAt.get(last) ?? last;
      if (status.startsWith('R') && paths.length === 2) {
        nowAt.set(paths[0]!, path);
        if (status === 'R100') continue;
      }
      if (known && !dates.has(path)) dates.set(path, date);
    }
  }
  return dates;
}
