/**
 * npm test: unit and build-level tests (vitest), production build, type check, lint, audit, end-to-end tests in
 * Chromium; then one closing line "N passed, N failed" summing the three suites, where a failed type check, lint
 * or audit counts as one failure each. Finds Chromium (or installs Debian's when run as root).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { chromiumPath } from './chromium.mjs';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function ensureChromium() {
  let path = chromiumPath();
  if (path) return path;
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    console.log("No Chromium found; installing Debian's chromium package (running as root)…");
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
    path = chromiumPath();
    if (path) return path;
  }
  console.error(
    'The end-to-end tests need Chromium. Install it (Debian/Ubuntu: "sudo apt-get install chromium") or set CHROMIUM_PATH to a Chromium or Chrome binary, then run "npm test" again.',
  );
  process.exit(1);
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

rmSync('test-results', { recursive: true, force: true });
const chromium = ensureChromium();

// One vitest run, both projects: the pure tests (tests/unit) and the build-level ones (tests/build).
const vitestStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/vitest.json',
]);
const vitest = readJson('test-results/vitest.json');
/** Passed and failed tests of the files under `folder`, from vitest's JSON report. */
function countIn(folder) {
  const tests = (vitest?.testResults ?? [])
    .filter((file) => file.name.includes(`/tests/${folder}/`))
    .flatMap((file) => file.assertionResults);
  return {
    passed: tests.filter((t) => t.status === 'passed').length,
    failed: tests.filter((t) => t.status === 'failed').length,
  };
}
const unit = countIn('unit');
const buildLevel = countIn('build');
// A run that failed without a failed test (a file that does not load, a timeout in a hook) still counts once.
const vitestFailed = vitest
  ? unit.failed + buildLevel.failed + (vitestStatus !== 0 && vitest.numFailedTests === 0 ? 1 : 0)
  : 1;

const buildStatus = run('npm', ['run', 'build']);
// TypeScript strict: `astro check` over the .astro files (UI keys included), then tsc over src, scripts and tests.
const typecheckStatus = run('npm', ['run', 'typecheck']);
if (typecheckStatus !== 0) console.error('Type check failed (see above).');
// ESLint and Prettier (npm run lint); "npm run format" fixes what Prettier reports.
const lintStatus = run('npm', ['run', 'lint']);
if (lintStatus !== 0) console.error('Lint failed (see above; "npm run format" fixes formatting).');
// Security: high or critical advisories in runtime dependencies fail the run (says so when the endpoint is unreachable).
const auditStatus = run('node', ['scripts/audit.mjs']);
let e2ePassed = 0;
let e2eFailed;
if (buildStatus !== 0) {
  console.error('The build failed; end-to-end tests were not run.');
  e2eFailed = 1;
} else {
  const e2eStatus = run('npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium });
  const e2e = readJson('test-results/e2e.json');
  e2ePassed = e2e?.stats?.expected ?? 0;
  e2eFailed = e2e ? (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0) : 1;
  if (e2eStatus !== 0 && e2eFailed === 0) e2eFailed = 1;
}

const passed = unit.passed + buildLevel.passed + e2ePassed;
const failed =
  vitestFailed + e2eFailed + [typecheckStatus, lintStatus, auditStatus].filter((status) => status !== 0).length;
const check = (status) => (status === 0 ? 'passed' : 'failed');
console.log(
  `\nunit: ${unit.passed} passed, ${unit.failed} failed; build-level: ${buildLevel.passed} passed, ${buildLevel.failed} failed; end-to-end: ${e2ePassed} passed, ${e2eFailed} failed`,
);
console.log(`type check ${check(typecheckStatus)}; lint ${check(lintStatus)}; audit ${check(auditStatus)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || !existsSync('dist') ? 1 : 0);
