import type { UnreadableBody } from './api-errors';
import { JSON_BODY_LIMIT_MB } from '../validation/json-body';
import { problemTypes, type Problem } from './problem';

/** What the client changes to send a body the API can read, per reason the body parser gave. */
export function unreadableBodyProblem(exception: UnreadableBody): Problem {
  if (exception.status === 413) {
    return {
      type: problemTypes.tooLarge,
      title: 'Verzoek te groot',
      status: 413,
      detail: `De inhoud van het verzoek is groter dan ${JSON_BODY_LIMIT_MB} MB (na uitpakken). Stuur minder per verzoek, bijvoorbeeld een import in kleinere delen.`,
    };
  }
  if (exception.status === 415 && exception.reason === 'content-type') {
    return {
      type: problemTypes.unsupportedMediaType,
      title: 'Geen JSON',
      status: 415,
      detail: `Elke opdracht van deze API is JSON: stuur de inhoud met Content-Type: application/json (dit verzoek had ${exception.message}).`,
    };
  }
  if (exception.status === 415) {
    return {
      type: problemTypes.unsupportedMediaType,
      title: exception.reason === 'charset.unsupported' ? 'Onbekende tekenset' : 'Onbekende codering',
      status: 415,
      detail:
        exception.reason === 'charset.unsupported'
          ? 'De tekenset (charset) in de Content-Type van het verzoek wordt niet ondersteund. Stuur JSON in utf-8.'
          : 'De Content-Encoding van het verzoek wordt niet ondersteund. Stuur de inhoud onverpakt, of met gzip, deflate of br.',
    };
  }
  return {
    type: problemTypes.unreadableBody,
    title: 'Onleesbaar verzoek',
    status: 400,
    detail:
      exception.reason === 'entity.parse.failed'
        ? `De inhoud van het verzoek is geen geldige JSON (${exception.message}).`
        : 'De inhoud van het verzoek kon niet worden gelezen: past de Content-Encoding bij de inhoud, en is het verzoek volledig verstuurd?',
  };
}
