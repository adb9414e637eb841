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

/**
 * The switches every Chromium this project starts gets (end-to-end tests, benchmarks, Lighthouse): no sandbox
 * (containers), no GPU, and none of Chromium's background services, which would try to reach Google; the
 * machines here refuse that traffic, and the privacy test must only ever see the site's own requests.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
