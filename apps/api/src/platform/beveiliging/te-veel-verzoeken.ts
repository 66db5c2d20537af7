import { ThrottlerException } from '@nestjs/throttler';

/** A caller over one of its limits: 429 problem+json; the `Retry-After` header says when to try again. */
export class TeVeelVerzoeken extends ThrottlerException {
  constructor(
    detail: string,
    readonly retryAfterSeconds: number,
  ) {
    super(detail);
    // The problem filter takes the title from the message and the detail from the response.
    this.message = 'Te veel verzoeken';
  }
}
