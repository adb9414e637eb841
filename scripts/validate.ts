/**
 * npm run validate [folder]: check every entry in src/content/initiatives (or the folder given, or CONTENT_DIR) against the content model and the geo
 * data, print each problem with file, field and a hint, exit 1 when there is any. The build runs the
 * same check (see astro.config.mjs).
 */
import { loadMunicipalities } from '../src/loaders/geo.ts';
import { formatProblems, validateDirectory } from '../src/loaders/entry-files.ts';

const directory = process.argv[2];
const { entries, problems } = directory
  ? validateDirectory(loadMunicipalities(), directory)
  : validateDirectory(loadMunicipalities());
if (problems.length > 0) {
  console.error(`${problems.length} problem(s) in the content:\n${formatProblems(problems)}`);
  process.exit(1);
}
console.log(`All ${entries.length} entries are valid.`);
