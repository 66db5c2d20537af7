import type { Command } from 'commander';

/** Where the CLI finds the API and who it is there. */
export interface ApiToegang {
  readonly api: string;
  readonly token?: string;
}

/** The `--api` and `--token` options every command that talks to the API takes (with their environment defaults). */
export function metApiToegang(command: Command): Command {
  return command
    .option('--api <url>', 'base URL of the API', process.env['HANDHAVING_API_URL'] ?? 'http://localhost:3000')
    .option('--token <token>', 'bearer token (or HANDHAVING_TOKEN)', process.env['HANDHAVING_TOKEN']);
}

/** The token, or an error saying how to get one (`rol`: the role the command needs, for the dev-token hint). */
export function vereisToken(toegang: ApiToegang, rol: string): string {
  if (!toegang.token) throw new Error(`Geef een token met --token of HANDHAVING_TOKEN (in dev mode: handhaving dev-token --rol ${rol} --gemeente …)`);
  return toegang.token;
}

/**
 * GETs `pad` from the API with the bearer token (`rol`: the role it needs, for the hint when the token is missing); an answer other than 2xx becomes one error line
 * with the status and what the problem+json says (each field and its rule, or the detail).
 */
export async function haalOp(toegang: ApiToegang, pad: string, rol: string): Promise<Response> {
  const response = await fetch(`${toegang.api}${pad}`, { headers: { Authorization: `Bearer ${vereisToken(toegang, rol)}` } });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { detail?: string; errors?: Array<{ field: string; detail: string }> };
    throw new Error(`${response.status}: ${problem.errors?.map((error) => `${error.field}: ${error.detail}`).join('; ') || problem.detail || response.statusText}`);
  }
  return response;
}
