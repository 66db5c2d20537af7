import { HttpException, HttpStatus, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { REGEL_VAN_IMPORT } from '../platform/logging/request-log-level';

/** A line of an import that is itself an import: it would lift the cap on commands per request. */
export class ImportInImport extends HttpException {
  constructor() {
    super({ message: 'opdracht: POST /api/import kan niet in een import' }, HttpStatus.BAD_REQUEST);
    // The problem filter takes the title from the message and the detail from the response.
    this.message = 'Een import kan geen import bevatten';
  }
}

/**
 * Refuses a line of an import that reached the import itself. The router decides, not a
 * comparison of the line's text: Express matches paths without regard to case and light-my-request
 * resolves dot segments (`/api/x/../import`, `/api/%2e/import`) and drops a fragment, so a
 * text check misses spellings the router still takes here. A request the import dispatched
 * carries a mark only this process can set (a symbol); the guard runs before the body is validated.
 */
@Injectable()
export class GeenImportInImport implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if ((context.switchToHttp().getRequest() as { [REGEL_VAN_IMPORT]?: boolean })[REGEL_VAN_IMPORT] === true) throw new ImportInImport();
    return true;
  }
}
