import { Injectable } from '@nestjs/common';
import type { Principal } from '@handhaving/auth';
import { PinoLogger } from 'nestjs-pino';

/**
 * Who read confidential data, when, and why it was allowed: one structured log line per read,
 * on the `audit` channel, for the municipality's privacy officer. It names the resource, never
 * its content.
 */
@Injectable()
export class AuditLog {
  constructor(private readonly logger: PinoLogger) {
    logger.setContext('audit');
  }

  vertrouwelijkGelezen(principal: Principal, resource: string, gemeente: string): void {
    this.logger.info({ audit: 'vertrouwelijk-gelezen', userId: principal.userId, rollen: principal.rollen, gemeente, resource }, 'confidential data read');
  }

  /** A case's confidential content destroyed with its key (a Bibob toets after its retention term). */
  vertrouwelijkeInhoudVernietigd(principal: Principal, resource: string, gemeente: string, reden: string): void {
    this.logger.info({ audit: 'vertrouwelijke-inhoud-vernietigd', userId: principal.userId, gemeente, resource, reden }, 'confidential content destroyed');
  }

  persoonsgegevensVerwijderd(principal: Principal, resource: string, reden: string): void {
    this.logger.info({ audit: 'persoonsgegevens-verwijderd', userId: principal.userId, resource, reden }, 'personal data erased');
  }
}
