/** What a caller without a usable Authorization header is told. */
export const MELD_U_AAN = 'Meld u aan: stuur een geldig token als "Authorization: Bearer <token>"';

/** The token of an `Authorization: Bearer <token>` header; undefined when there is none or it is another scheme. */
export function bearerToken(header: string | undefined): string | undefined {
  return header ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
}
