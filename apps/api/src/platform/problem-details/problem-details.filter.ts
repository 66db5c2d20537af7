import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import { DomainRuleViolation } from '@handhaving/domain-shared';
import { InvalidEventStoreRequest, WrongExpectedRevision } from '@handhaving/event-store';
import type { Request, Response } from 'express';
import { Forbidden, IdInGebruik, InvalidInput, NotFound, PreconditionFailed, TeVeelVerzoeken, Unauthenticated, UnreadableBody } from './api-errors';
import { problemContentType, problemTypes, type Problem } from './problem';
import { unreadableBodyProblem } from './unreadable-body.problem';

/**
 * Every error leaves the API as RFC 9457 problem+json: a stable `type`, a Dutch `title`, the
 * `detail` a user can act on, and for input errors the field and the rule. Unexpected errors are
 * logged with the correlation id and answered without internals.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request>();
    const response = context.getResponse<Response>();
    const problem = { ...this.toProblem(exception), instance: request.originalUrl };
    if (problem.status >= 500) this.logger.error({ err: exception, instance: problem.instance }, 'Unexpected error');
    if (problem.status === 401) response.setHeader('WWW-Authenticate', 'Bearer');
    response.status(problem.status).type(problemContentType).send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown): Problem {
    if (exception instanceof InvalidInput) {
      return {
        type: problemTypes.validation,
        title: 'Ongeldige invoer',
        status: 400,
        detail: 'Een of meer velden voldoen niet aan de regels; zie errors.',
        errors: exception.errors,
      };
    }
    if (exception instanceof InvalidEventStoreRequest) {
      return { type: problemTypes.validation, title: 'Ongeldige invoer', status: 400, detail: exception.message };
    }
    if (exception instanceof DomainRuleViolation) {
      return {
        type: problemTypes.domainRule(exception.rule),
        title: 'Niet toegestaan in deze stap',
        status: 422,
        detail: exception.detail,
        rule: exception.rule,
        errors: exception.field ? [{ field: exception.field, rule: exception.rule, detail: exception.detail }] : undefined,
      };
    }
    if (exception instanceof Unauthenticated) {
      return { type: problemTypes.unauthenticated, title: 'Niet aangemeld', status: 401, detail: exception.message };
    }
    if (exception instanceof Forbidden) {
      return { type: problemTypes.forbidden, title: 'Geen toegang', status: 403, detail: exception.message };
    }
    if (exception instanceof NotFound) {
      return { type: problemTypes.notFound, title: 'Niet gevonden', status: 404, detail: exception.message };
    }
    if (exception instanceof IdInGebruik) {
      const rule = 'zaak-id/in-gebruik';
      return { type: problemTypes.idInGebruik, title: 'Id al in gebruik', status: 409, detail: exception.message, rule, errors: [{ field: exception.field, rule, detail: exception.message }] };
    }
    if (exception instanceof PreconditionFailed) {
      return {
        type: problemTypes.preconditionFailed,
        title: 'Verouderde versie',
        status: 412,
        detail: exception.message,
        currentRevision: exception.actual,
      };
    }
    if (exception instanceof WrongExpectedRevision) {
      return {
        type: problemTypes.conflict,
        title: 'Gelijktijdige wijziging',
        status: 409,
        detail: 'Iemand anders heeft deze zaak zojuist gewijzigd. Haal de zaak opnieuw op en probeer het nog eens.',
      };
    }
    if (exception instanceof TeVeelVerzoeken) {
      return { type: problemTypes.teVeelVerzoeken, title: 'Te veel verzoeken', status: 429, detail: exception.message };
    }
    if (exception instanceof UnreadableBody) return unreadableBodyProblem(exception);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return {
        type: status === HttpStatus.NOT_FOUND ? problemTypes.notFound : `https://httpstatuses.io/${status}`,
        title: status === HttpStatus.NOT_FOUND ? 'Niet gevonden' : exception.message,
        status,
        detail: describeHttpException(exception),
      };
    }
    return {
      type: problemTypes.internal,
      title: 'Interne fout',
      status: 500,
      detail: 'Er ging iets mis aan onze kant. Het is gelogd; noem het correlatie-id aan beheer.',
    };
  }
}

function describeHttpException(exception: HttpException): string {
  const body = exception.getResponse();
  if (typeof body === 'string') return body;
  const message = (body as { message?: unknown }).message;
  return Array.isArray(message) ? message.join('; ') : String(message ?? exception.message);
}
