/*
 * Reading a markdown page's code blocks, for the tests that run them
 * (test/core/api-doc.test.ts).
 */
import { expect } from 'vitest';

export interface CodeBlock {
  /** 1-based position among the page's ```ts blocks. */
  n: number;
  /** The page's line number of the block's first code line. */
  line: number;
  /** The nearest heading above the block. */
  heading: string;
  code: string;
  /** Why the block is not run (`<!-- not run: why -->` just above it), else null. */
  notRun: string | null;
}

/** Every ```ts block of a markdown text, in order. */
export function tsBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split('\n');
  const blocks: CodeBlock[] = [];
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^#{1,6} /.test(line)) heading = line.replace(/^#+ /, '');
    const fence = /^```(\w*)/.exec(line);
    if (!fence) continue;
    const end = lines.findIndex((l, k) => k > i && l.startsWith('```'));
    if (end < 0) throw new Error(`the code block at line ${i + 1} is never closed`);
    if (fence[1] === 'ts') {
      let k = i - 1;
      while (k >= 0 && lines[k]!.trim() === '') k--;
      const marker = /^<!-- not run: (.+?) -->$/.exec(lines[k]?.trim() ?? '');
      blocks.push({
        n: blocks.length + 1,
        line: i + 2,
        heading,
        code: lines.slice(i + 1, end).join('\n') + '\n',
        notRun: marker?.[1] ?? null,
      });
    }
    i = end;
  }
  return blocks;
}

/**
 * An example's printed results: a statement `expr; // → value` shows what
 * `expr` gives. It becomes `shows(expr, value)` on the same line, so errors
 * keep their line numbers. For an object, the value lists the fields shown.
 */
export function withChecks(code: string): { code: string; checks: number } {
  let checks = 0;
  const out = code.replace(/^(\s*)(\S.*?);\s*\/\/ → (.+)$/gm, (_all, indent, expr, value) => {
    checks++;
    return `${indent}__shows(${expr}, ${value});`;
  });
  return { code: out, checks };
}

/** The check `// → value` stands for. */
export function shows(actual: unknown, expected: unknown): void {
  if (typeof expected === 'object' && expected !== null && !Array.isArray(expected)) {
    expect(actual).toMatchObject(expected);
  } else {
    expect(actual).toEqual(expected);
  }
}

/**
 * The page's index of exports: the table under `heading`, one row per
 * module (first column, a path in backticks), listing values and types.
 */
export function exportIndex(
  markdown: string,
  heading: string,
): { module: string; values: string[]; types: string[] }[] {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`no section "${heading}"`);
  const lines = markdown.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const end = lines.findIndex((l, k) => k > first && !l.startsWith('|'));
  const rows = lines.slice(first + 2, end < 0 ? undefined : end);
  const names = (cell: string) => [...cell.matchAll(/`([A-Za-z_$][\w$]*)`/g)].map((m) => m[1]!);
  return rows.map((row) => {
    const [module = '', values = '', types = ''] = row.slice(1, -1).split('|');
    const path = /`([^`]+)`/.exec(module)?.[1];
    if (!path) throw new Error(`no module in the row ${row}`);
    return { module: path, values: names(values), types: names(types) };
  });
}
