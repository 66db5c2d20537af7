import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/**
 * One line of an import file: a command as the API takes it.
 *
 * ```json
 * {"opdracht": "POST /api/beleid/GM0928/versies", "body": {…}, "reeks": "beleid-GM0928", "sleutel": "optional"}
 * ```
 * - `opdracht`: method and path of the API's command endpoint;
 * - `body`: the command, exactly as the API documents it (/api/docs);
 * - `reeks` (optional): lines with the same reeks are sent one after the other, in file order
 *   (use the case id: a case's steps must arrive in order); different reeksen run side by side.
 *   Lines without a reeks form one reeks of their own;
 * - `sleutel` (optional): the Idempotency-Key; by default a hash of the line, so importing the
 *   same file twice appends nothing the second time.
 */
export interface ImportLine {
  readonly opdracht: string;
  readonly body?: unknown;
  readonly reeks?: string;
  readonly sleutel?: string;
}

export interface ImportOptions {
  /** Base URL of the API, e.g. http://localhost:3000 */
  readonly api: string;
  readonly token: string;
  /** Requests in flight at the same time (default 4). */
  readonly parallel?: number;
  /** Commands per request to `POST /api/import` (default 250, at most 1,000); whole reeksen where they fit. */
  readonly perVerzoek?: number;
  readonly onProgress?: (progress: ImportProgress) => void;
}

export interface ImportProgress {
  readonly done: number;
  readonly total: number;
  readonly perSecond: number;
}

export interface RejectedLine {
  readonly line: number;
  readonly status: number;
  readonly reason: string;
}

export interface ImportSummary {
  readonly lines: number;
  /** Commands that appended events now. */
  readonly appended: number;
  /** Commands the API had already processed (same Idempotency-Key): nothing appended. */
  readonly alreadyProcessed: number;
  readonly rejected: readonly RejectedLine[];
  readonly seconds: number;
}

interface ParsedLine {
  readonly number: number;
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
  readonly reeks: string;
  readonly sleutel: string;
}

/** Lines without a reeks are one reeks together: sent in file order. */
const ZONDER_REEKS = 'zonder-reeks';

const commandPattern = /^(POST|PUT|PATCH|DELETE) (\/api\/\S+)$/;

/** Sends every command of an NDJSON file through the API, idempotently; bad lines are reported, not fatal. */
export async function importNdjson(file: string, options: ImportOptions): Promise<ImportSummary> {
  const started = performance.now();
  const rejected: RejectedLine[] = [];
  const reeksen = new Map<string, ParsedLine[]>();
  let lines = 0;
  const input = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const text of input) {
    lines += 1;
    if (text.trim() === '') continue;
    const parsed = parseLine(text, lines);
    if ('reason' in parsed) {
      rejected.push(parsed);
      continue;
    }
    const queue = reeksen.get(parsed.reeks) ?? [];
    queue.push(parsed);
    reeksen.set(parsed.reeks, queue);
  }

  const total = [...reeksen.values()].reduce((sum, queue) => sum + queue.length, 0);
  let done = 0;
  let appended = 0;
  let alreadyProcessed = 0;
  const perVerzoek = Math.min(1000, Math.max(1, options.perVerzoek ?? 250));
  const queues = [...reeksen.values()];
  const tally = (line: ParsedLine, outcome: LineOutcome): void => {
    if (outcome.ok) {
      if (outcome.alreadyProcessed) alreadyProcessed += 1;
      else appended += 1;
    } else {
      rejected.push({ line: line.number, status: outcome.status, reason: outcome.reason });
    }
    done += 1;
  };
  // A worker packs whole reeksen into a request until it is full; a reeks longer than a request
  // goes in several requests by the same worker, one after the other, so its lines keep their order.
  const send = async (batch: readonly ParsedLine[]): Promise<void> => {
    const outcomes = await sendBatch(batch, options);
    batch.forEach((line, i) => tally(line, outcomes[i] as LineOutcome));
    options.onProgress?.({ done, total, perSecond: done / ((performance.now() - started) / 1000) });
  };
  const worker = async (): Promise<void> => {
    for (let next = nextBatch(queues, perVerzoek); next.batch.length > 0; next = nextBatch(queues, perVerzoek)) {
      await send(next.batch);
      for (let rest = next.rest; rest.length > 0; rest = rest.slice(perVerzoek)) await send(rest.slice(0, perVerzoek));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.parallel ?? 4) }, worker));
  rejected.sort((a, b) => a.line - b.line);
  return { lines, appended, alreadyProcessed, rejected, seconds: (performance.now() - started) / 1000 };
}

type LineOutcome = { ok: true; alreadyProcessed: boolean } | { ok: false; status: number; reason: string };

/** Whole reeksen up to `size` lines; a reeks longer than that comes alone, cut after `size`, with its rest. */
function nextBatch(queues: ParsedLine[][], size: number): { batch: ParsedLine[]; rest: ParsedLine[] } {
  const batch: ParsedLine[] = [];
  while (queues.length > 0) {
    const queue = queues[0] as ParsedLine[];
    if (batch.length + queue.length <= size) {
      batch.push(...queue);
      queues.shift();
      continue;
    }
    if (batch.length > 0) break;
    queues.shift();
    return { batch: queue.slice(0, size), rest: queue.slice(size) };
  }
  return { batch, rest: [] };
}

function parseLine(text: string, number: number): ParsedLine | RejectedLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { line: number, status: 0, reason: 'geen geldige JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { line: number, status: 0, reason: 'een regel moet een JSON-object zijn' };
  const line = value as Partial<ImportLine>;
  const match = typeof line.opdracht === 'string' ? commandPattern.exec(line.opdracht) : null;
  if (!match) return { line: number, status: 0, reason: 'opdracht moet "POST /api/…" (of PUT, PATCH, DELETE) zijn' };
  // The API refuses a request whole when one of its lines has the wrong shape: such a line is refused here, alone.
  if (line.body !== undefined && line.body !== null && (typeof line.body !== 'object' || Array.isArray(line.body))) return { line: number, status: 0, reason: 'body moet een JSON-object zijn' };
  if (line.reeks !== undefined && (typeof line.reeks !== 'string' || line.reeks.length > 500)) return { line: number, status: 0, reason: 'reeks moet tekst van hoogstens 500 tekens zijn' };
  if (line.sleutel !== undefined && (typeof line.sleutel !== 'string' || !/^[A-Za-z0-9._~-]{1,200}$/.test(line.sleutel))) {
    return { line: number, status: 0, reason: 'sleutel moet 1 tot 200 tekens zijn: letters, cijfers, . _ ~ of -' };
  }
  return {
    number,
    method: match[1],
    path: match[2],
    body: line.body ?? {},
    reeks: line.reeks ?? '',
    // The line's own content identifies the command: the same line again is the same command.
    sleutel: line.sleutel ?? `import-${createHash('sha256').update(text.trim()).digest('hex').slice(0, 40)}`,
  };
}

async function sendBatch(batch: readonly ParsedLine[], options: ImportOptions): Promise<LineOutcome[]> {
  let response: Response;
  try {
    response = await fetch(`${options.api}/api/import`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${options.token}` },
      body: JSON.stringify({
        opdrachten: batch.map((line) => ({ regel: line.number, opdracht: `${line.method} ${line.path}`, body: line.body, reeks: line.reeks || ZONDER_REEKS, sleutel: line.sleutel })),
      }),
    });
  } catch (error) {
    const causeMessage = (error as { cause?: { message?: unknown } } | null)?.cause?.message;
    const cause = typeof causeMessage === 'string' ? ` (${causeMessage})` : '';
    const reason = `de API is niet bereikbaar: ${error instanceof Error ? error.message : String(error)}${cause}`;
    return batch.map(() => ({ ok: false, status: 0, reason }));
  }
  const answer = (await response.json().catch(() => ({}))) as Problem & { uitkomsten?: Array<{ status: number; body: unknown }> };
  const refusedLines = response.status === 400 ? linesRefused(answer, batch.length) : undefined;
  if (refusedLines) return sendWithout(batch, refusedLines, options);
  if (!response.ok || !Array.isArray(answer.uitkomsten)) {
    const reason = `de import werd geweigerd: ${reasonOf(answer) || response.statusText}`;
    return batch.map(() => ({ ok: false, status: response.status, reason }));
  }
  return answer.uitkomsten.map(({ status, body }) => {
    const outcome = (body ?? {}) as Problem & { alreadyProcessed?: boolean };
    if (status >= 200 && status < 300) return { ok: true, alreadyProcessed: outcome.alreadyProcessed === true };
    return { ok: false, status, reason: reasonOf(outcome) || `status ${status}` };
  });
}

/**
 * The lines a refused request was refused for, with their reasons, when every error names a line
 * (`opdrachten.<index>.…`, as the API's validation names them): those lines are refused alone.
 * Undefined when an error is about the request as a whole.
 */
function linesRefused(problem: Problem, size: number): Map<number, string[]> | undefined {
  const refused = new Map<number, string[]>();
  for (const error of problem.errors ?? []) {
    const match = /^opdrachten\.(\d+)(?:\.(.+))?$/.exec(error.field);
    const index = Number(match?.[1]);
    if (!match || index >= size) return undefined;
    refused.set(index, [...(refused.get(index) ?? []), `${match[2] ?? 'regel'}: ${error.detail}`]);
  }
  return refused.size > 0 ? refused : undefined;
}

/** The refused lines answered with their reasons; the others sent again, without them (a smaller request each time, so this ends). */
async function sendWithout(batch: readonly ParsedLine[], refused: ReadonlyMap<number, readonly string[]>, options: ImportOptions): Promise<LineOutcome[]> {
  const rest = batch.filter((_, index) => !refused.has(index));
  const restOutcomes = rest.length > 0 ? await sendBatch(rest, options) : [];
  let next = 0;
  return batch.map((_, index) => {
    const reasons = refused.get(index);
    return reasons ? { ok: false, status: 400, reason: reasons.join('; ') } : (restOutcomes[next++] as LineOutcome);
  });
}

interface Problem {
  readonly detail?: string;
  readonly title?: string;
  readonly errors?: ReadonlyArray<{ readonly field: string; readonly detail: string }>;
}

function reasonOf(problem: Problem): string {
  return problem.errors?.map((error) => `${error.field}: ${error.detail}`).join('; ') || problem.detail || problem.title || '';
}
