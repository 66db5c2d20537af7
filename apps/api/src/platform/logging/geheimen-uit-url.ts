/*
 * A request's URL as the log may show it: without the secrets a URL can carry. The agenda feed's
 * link holds a signed token in its path (`/api/termijnen/agenda/{token}.ics`: whoever has it reads
 * the medewerker's terms), and a client may put a token in the query string (`?token=`,
 * `?access_token=`) although the API reads tokens only from the Authorization header.
 */

const VERWIJDERD = '[verwijderd]';
const AGENDA = /(\/termijnen\/agenda\/)[^/?#]+(\.ics)/i;
const GEHEIME_PARAMETERS = /([?&](?:token|access_token|id_token|code)=)[^&#]*/gi;

export function geheimenUitUrl(url: string): string {
  return url.replace(AGENDA, `$1${VERWIJDERD}$2`).replace(GEHEIME_PARAMETERS, `$1${VERWIJDERD}`);
}

/** The query parameters that carry a secret, as pino's `redact` names them on a request. */
export const GEHEIME_VELDEN_VAN_VERZOEK = ['req.query.token', 'req.query.access_token', 'req.query.id_token', 'req.query.code'];
