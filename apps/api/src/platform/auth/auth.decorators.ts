import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal, Rol } from '@handhaving/auth';
import { Unauthenticated } from '../problem-details/api-errors';

export const publicRouteKey = 'handhaving:public';
export const rolesKey = 'handhaving:roles';

/** A route anyone may call without a token (health, documentation). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(publicRouteKey, true);

/** The roles that may call a route; a caller needs one of them. */
export const Roles = (...rollen: Rol[]): MethodDecorator & ClassDecorator => SetMetadata(rolesKey, rollen);

export interface AuthenticatedRequest {
  principal?: Principal;
}

/** The verified caller of this request. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Unauthenticated('Deze route vraagt een aanmelding');
  return principal;
});
