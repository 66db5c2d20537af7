import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type as osType, release } from 'node:os';
import { dirname, join } from 'node:path';

/** The repository's docs/benchmarks.md (this file is libs/testing/src). */
const benchmarksFile = join(__dirname, '..', '..', '..', 'docs', 'benchmarks.md');

/** One line naming the machine, so numbers are never read without their context. */
export function describeMachine(): string {
  const cpu = cpus();
  const commit = gitCommit();
  return [
    `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}`,
    `${Math.round(totalmem() / 2 ** 30)} GiB`,
    `${osType()} ${release()}`,
    `Node ${process.version}`,
    commit ? `commit ${commit}` : undefined,
    `run ${new Date().toISOString()}`,
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * Replaces the section of docs/benchmarks.md that belongs to one benchmark (between its
 * start and end markers) and leaves every other benchmark's section as it was.
 */
export function writeBenchmarkSection(name: string, markdown: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const current = existsSync(benchmarksFile)
    ? readFileSync(benchmarksFile, 'utf8')
    : '# Benchmarks\n\nEach section is written by its `npm run bench:*` script; numbers in one section come from one run.\n';
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? current.slice(0, from) + block + current.slice(to + end.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  mkdirSync(dirname(benchmarksFile), { recursive: true });
  writeFileSync(benchmarksFile, next);
}

/** Formats a rate or count with thin grouping, e.g. 123 456. */
export function formatNumber(value: number, fractionDigits = 0): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: fractionDigits, minimumFractionDigits: fractionDigits });
}

function gitCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}
