/** Where Chromium is: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then chromium on the PATH. */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  for (const candidate of candidates) if (existsSync(candidate)) return candidate;
  try {
    return (
      execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim() ||
      null
    );
  } catch {
    return null;
  }
}
