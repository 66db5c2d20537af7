/** Where the CLI finds the API and who it is there. */
export interface ApiToegang {
  readonly api: string;
  readonly token?: string;
}

/**
 * GETs `pad` from the API with the bearer token; an answer other than 2xx becomes one error line
 * with the status and what the problem+json says (each field and its rule, or the detail).
 */
export async function haalOp(toegang: ApiToegang, pad: string, zonderToken: string): Promise<Response> {
  if (!toegang.token) throw new Error(zonderToken);
  const response = await fetch(`${toegang.api}${pad}`, { headers: { Authorization: `Bearer ${toegang.token}` } });
  if (!response.ok) {
    const problem = (await response.json().catch(() => ({}))) as { detail?: string; errors?: Array<{ field: string; detail: string }> };
    throw new Error(`${response.status}: ${problem.errors?.map((error) => `${error.field}: ${error.detail}`).join('; ') || problem.detail || response.statusText}`);
  }
  return response;
}
