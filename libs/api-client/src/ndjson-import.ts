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
  /** Reeksen sent at the same time (default 8). */
  readonly parallel?: number;
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
  const queues = [...reeksen.values()];
  const worker = async (): Promise<void> => {
    for (let queue = queues.shift(); queue; queue = queues.shift()) {
      for (const line of queue) {
        const outcome = await send(line, options);
        if (outcome.ok) {
          if (outcome.alreadyProcessed) alreadyProcessed += 1;
          else appended += 1;
        } else {
          rejected.push({ line: line.number, status: outcome.status, reason: outcome.reason });
        }
        done += 1;
        options.onProgress?.({ done, total, perSecond: done / ((performance.now() - started) / 1000) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.parallel ?? 8) }, worker));
  rejected.sort((a, b) => a.line - b.line);
  return { lines, appended, alreadyProcessed, rejected, seconds: (performance.now() - started) / 1000 };
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
  if (line.reeks !== undefined && typeof line.reeks !== 'string') return { line: number, status: 0, reason: 'reeks moet tekst zijn' };
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

async function send(line: ParsedLine, options: ImportOptions): Promise<{ ok: true; alreadyProcessed: boolean } | { ok: false; status: number; reason: string }> {
  let response: Response;
  try {
    response = await fetch(`${options.api}${line.path}`, {
      method: line.method,
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${options.token}`, 'Idempotency-Key': line.sleutel },
      body: JSON.stringify(line.body),
    });
  } catch (error) {
    return { ok: false, status: 0, reason: `de API is niet bereikbaar: ${error instanceof Error ? error.message : String(error)}` };
  }
  const body = (await response.json().catch(() => ({}))) as { alreadyProcessed?: boolean; detail?: string; title?: string; errors?: Array<{ field: string; detail: string }> };
  if (response.ok) return { ok: true, alreadyProcessed: body.alreadyProcessed === true };
  const fields = body.errors?.map((error) => `${error.field}: ${error.detail}`).join('; ');
  return { ok: false, status: response.status, reason: fields || body.detail || body.title || response.statusText };
}
