/**
 * When each entry file last changed, from git history (read once at build). Falls back gracefully:
 * without git or history (a tarball, a CI cache) every date stays unknown, and in a shallow clone
 * only the commits really present count. The changes page then also relies on the last-verified dates.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gitLogArgs, parseGitLog } from '../lib/changes.ts';

// Where the entries live, and the names the folder had before: their history still counts (see parseGitLog).
const entryFolder = 'src/content/initiatives';
const formerEntryFolders = ['src/content/projects']; // one-name: keep (the folder's name until the rename)

let cache: Map<string, string> | undefined;

const git = (args: string[]) =>
  execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });

/** Map of repository-relative file path -> last commit date (YYYY-MM-DD). */
export function lastChangedDates(): Map<string, string> {
  if (cache) return cache;
  try {
    const shallowFile = git(['rev-parse', '--git-path', 'shallow']).trim();
    const boundaries = new Set(
      existsSync(shallowFile) ? readFileSync(shallowFile, 'utf8').split('\n').filter(Boolean) : [],
    );
    cache = parseGitLog(git(gitLogArgs(entryFolder, ...formerEntryFolders)), boundaries);
  } catch {
    cache = new Map(); // no git here: dates stay unknown
  }
  return cache;
}
