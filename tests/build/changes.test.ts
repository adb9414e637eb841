/** The dates of "last changed" read from a real git repository the test makes: git's output and our parser agree. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { gitLogArgs, parseGitLog } from '../../src/lib/changes.ts';

describe('changes', () => {
  test('reads the real output of git log (format and arguments agree)', () => {
    const repo = mkdtempSync(join(tmpdir(), 'fsa-git-'));
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, GIT_COMMITTER_DATE: '2026-03-04T10:00:00Z', GIT_AUTHOR_DATE: '2026-03-04T10:00:00Z' },
      });
    git('init', '-q');
    mkdirSync(join(repo, 'src/content/initiatives/be'), { recursive: true });
    writeFileSync(join(repo, 'src/content/initiatives/be/x.md'), 'x');
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'x');
    expect(parseGitLog(git(...gitLogArgs('src/content/initiatives')))).toEqual(
      new Map([['src/content/initiatives/be/x.md', '2026-03-04']]),
    );
    // The folder moves later; the entry keeps the date of its last real change.
    const later = {
      ...process.env,
      GIT_COMMITTER_DATE: '2026-12-06T10:00:00Z',
      GIT_AUTHOR_DATE: '2026-12-06T10:00:00Z',
    };
    execFileSync('git', ['mv', 'src/content/initiatives', 'src/content/moved'], { cwd: repo });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-qm', 'move'], {
      cwd: repo,
      env: later,
    });
    expect(parseGitLog(git(...gitLogArgs('src/content/moved', 'src/content/initiatives')))).toEqual(
      new Map([['src/content/moved/be/x.md', '2026-03-04']]),
    );
  });
});
