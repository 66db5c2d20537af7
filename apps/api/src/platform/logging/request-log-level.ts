import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Marks a request the import dispatches in process for one line of its file. Only code in this
 * process can set it (a symbol, not a header), so no caller can quiet its own requests' log.
 */
export const REGEL_VAN_IMPORT = Symbol('regel-van-import');

type Level = 'error' | 'info' | 'debug';

/**
 * The request log's level: errors as errors; an import's lines that succeeded at debug (a file
 * of 100,000 commands would write 100,000 lines, and the log's I/O took a fifth of the API's
 * time under import; the import request itself is logged, and every command is in the event log);
 * every other request at info.
 */
export function requestLogLevel(request: IncomingMessage, response: ServerResponse, error?: Error): Level {
  if (error !== undefined || response.statusCode >= 500) return 'error';
  if ((request as IncomingMessage & { [REGEL_VAN_IMPORT]?: boolean })[REGEL_VAN_IMPORT] === true && response.statusCode < 400) return 'debug';
  return 'info';
}
