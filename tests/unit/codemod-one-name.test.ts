/** The one-name codemod's rules (scripts/codemods/one-name-rules.ts). one-name: keep-file (it spells the old names on purpose). */
import { describe, expect, test } from 'vitest';
import { moves, renamedIdentifier, renameText } from '../../scripts/codemods/one-name-rules.ts';

const moveOf = (path: string) => moves.reduce((p, [pattern, to]) => p.replace(pattern, to), path);

describe('one-name codemod', () => {
  test('moves the entry folder, the schema and the naming rule, nothing else', () => {
    expect(moveOf('src/content/projects/be/a.md')).toBe('src/content/initiatives/be/a.md');
    expect(moveOf('src/schemas/entry.ts')).toBe('src/schemas/initiative.ts');
    expect(moveOf('src/lib/directory/service-name.ts')).toBe('src/lib/directory/initiative-name.ts');
    expect(moveOf('tests/unit/service-name.test.ts')).toBe('tests/unit/initiative-name.test.ts');
    for (const kept of [
      'src/loaders/entry-files.ts',
      'src/lib/exports/hsds.ts',
      'src/content/guides/en/glossary.md',
      'src/lib/svg/entry-coverage-map.ts',
    ])
      expect(moveOf(kept)).toBe(kept);
  });

  test('renames identifiers built on Project, and leaves look-alikes alone', () => {
    const cases: [string, string][] = [
      ['Project', 'Initiative'],
      ['ProjectInput', 'InitiativeInput'],
      ['projectSchema', 'initiativeSchema'],
      ['projects', 'initiatives'],
      ['projectsFolder', 'initiativesFolder'],
      ['isProject', 'isInitiative'],
      ['buildProjects', 'buildInitiatives'],
      ['entryKinds', 'initiativeKinds'],
      ['projection', 'projection'],
      ['Projection', 'Projection'],
      ['projected', 'projected'],
      ['DirectoryEntry', 'DirectoryEntry'],
      ['audiences', 'audiences'],
    ];
    for (const [from, to] of cases) expect(renamedIdentifier(from), from).toBe(to);
  });

  test('in code: identifiers change, strings and prose comments do not; a projection keeps its project()', () => {
    const source = [
      "import { projectSchema, type Project } from '../schemas/entry.ts';",
      '// The project root; see Project.',
      "const label = 'a project';",
      'export function shown(project: Project): string { return `${project.name} (project)`; }',
      'const xy = projection.project(lon, lat);',
      'const p = { project: (lon: number) => lon };',
      "const ids = (await getCollection('projects')).filter((e) => /project/.test(e.id));",
    ].join('\n');
    expect(renameText('src/lib/x.ts', source)).toBe(
      [
        "import { initiativeSchema, type Initiative } from '../schemas/initiative.ts';",
        '// The project root; see Initiative.',
        "const label = 'a project';",
        'export function shown(initiative: Initiative): string { return `${initiative.name} (project)`; }',
        'const xy = projection.project(lon, lat);',
        'const p = { project: (lon: number) => lon };',
        "const ids = (await getCollection('initiatives')).filter((e) => /project/.test(e.id));",
      ].join('\n'),
    );
  });

  test('in .astro: the frontmatter, expressions and attribute names change; the template text does not', () => {
    const source =
      "---\nimport type { Project } from '../schemas/entry.ts';\nconst { project } = Astro.props;\n---\n<p>A project page</p>\n<Card project={project} />\n<p>{project.name}</p>\n";
    expect(renameText('src/components/X.astro', source)).toBe(
      "---\nimport type { Initiative } from '../schemas/initiative.ts';\nconst { initiative } = Astro.props;\n---\n<p>A project page</p>\n<Card initiative={initiative} />\n<p>{initiative.name}</p>\n",
    );
  });

  test('in .astro: a self-closing script, JSX inside an expression and a style block do not lose the scanner', () => {
    const source =
      '---\nconst project = 1;\n---\n<script is:inline set:html={JSON.stringify(project)} />\n{project ? <meta content="x" /> : (\n  <link href={project} />\n)}\n<style>.project { color: red; }</style>\n<p>{project}</p>\n';
    const renamed = renameText('src/layouts/X.astro', source);
    expect(renamed).toBe(
      source
        .replaceAll('(project)', '(initiative)')
        .replaceAll('{project', '{initiative')
        .replace('const project', 'const initiative'),
    );
    expect(renamed).toContain('<style>.project { color: red; }</style>');
    expect(renameText('src/layouts/X.astro', renamed)).toBe(renamed);
  });

  test('in Markdown only paths and names in backticks change; the report groups only where report groups are meant', () => {
    expect(
      renameText(
        'README.md',
        'Each project lives in `src/content/projects/be/` as a `Project` (see src/schemas/entry.ts).',
      ),
    ).toBe('Each project lives in `src/content/initiatives/be/` as a `Initiative` (see src/schemas/initiative.ts).');
    const report =
      'export const reportAudiences = {};\nexport function f(a: { audiences: number }) { return a.audiences; }';
    expect(renameText('src/lib/coverage/report.ts', report)).toBe(
      'export const reportGroups = {};\nexport function f(a: { groups: number }) { return a.groups; }',
    );
    expect(
      renameText(
        'tests/unit/x.test.ts',
        "expect(area.audiences.parents).toBe(1); expect(a.audiences['young-people']).toBe(0);",
      ),
    ).toBe("expect(area.groups.parents).toBe(1); expect(a.groups['young-people']).toBe(0);");
    const reader = "import { audiences } from '../url-state.ts';\nconst n = audiences.length;";
    expect(renameText('src/lib/map/x.ts', reader)).toBe(reader);
  });

  test('a second run changes nothing, and a line marked one-name: keep is kept', () => {
    const source = "const dir = 'src/content/projects'; // one-name: keep\nconst schema = projectSchema;\n";
    const once = renameText('src/loaders/x.ts', source);
    expect(once).toBe("const dir = 'src/content/projects'; // one-name: keep\nconst schema = initiativeSchema;\n");
    expect(renameText('src/loaders/x.ts', once)).toBe(once);
  });
});
