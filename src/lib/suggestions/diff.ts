/**
 * A line diff of two texts (an entry's frontmatter before and after a suggestion), as a keeper reads it
 * in a terminal: changed lines with `-` and `+`, two lines of context, `@@ line N @@` before each hunk.
 * Longest common subsequence: frontmatters are a few hundred lines, so the quadratic table is instant.
 */
/** `firstLine` is the file's line number of the texts' first line (2 for a frontmatter after its `---`). */
export function lineDiff(
  before: string,
  after: string,
  { context = 2, firstLine = 1 }: { context?: number; firstLine?: number } = {},
): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const table = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--)
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  }
  const ops: { kind: ' ' | '-' | '+'; line: string; at: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) ops.push({ kind: ' ', line: a[i++]!, at: j++ });
    // Removed lines before added ones, as diff(1) prints them.
    else if (i < a.length && (j >= b.length || table[i + 1]![j]! >= table[i]![j + 1]!))
      ops.push({ kind: '-', line: a[i++]!, at: j });
    else ops.push({ kind: '+', line: b[j]!, at: j++ });
  }
  const shown = new Set<number>();
  ops.forEach((op, index) => {
    if (op.kind === ' ') return;
    for (let k = Math.max(0, index - context); k <= Math.min(ops.length - 1, index + context); k++) shown.add(k);
  });
  const out: string[] = [];
  let previous = -2;
  for (const index of [...shown].sort((x, y) => x - y)) {
    if (index !== previous + 1) out.push(`@@ line ${ops[index]!.at + firstLine} @@`);
    out.push(`${ops[index]!.kind} ${ops[index]!.line}`.trimEnd());
    previous = index;
  }
  return out.join('\n');
}
