import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { heeftRol, TokenVerifier, InvalidToken, type Rol } from '@handhaving/auth';
import type { Request } from 'express';
import { Forbidden, Unauthenticated } from '../problem-details/api-errors';
import { bearerToken, MELD_U_AAN } from './bearer-token';
import { publicRouteKey, rolesKey, type AuthenticatedRequest } from './auth.decorators';

/**
 * Every route needs a valid bearer token unless it is marked @Public(); a route marked
 * @Roles(...) also needs one of those roles. Gemeente scoping is checked where the gemeente is
 * known (the route or the case), so another gemeente's case answers 404, not 403.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(publicRouteKey, targets)) return true;
    const request = context.switchToHttp().getRequest<Request & AuthenticatedRequest>();
    const token = bearerToken(request.headers.authorization);
    if (token === undefined) throw new Unauthenticated(MELD_U_AAN);
    try {
      request.principal = await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof InvalidToken) throw new Unauthenticated(error.message);
      throw error;
    }
    const required = this.reflector.getAllAndOverride<Rol[] | undefined>(rolesKey, targets);
    if (required && !heeftRol(request.principal, ...required)) {
      throw new Forbidden(`Deze handeling vraagt de rol ${required.join(' of ')}; u heeft ${request.principal.rollen.join(', ') || 'geen rol'}`);
    }
    return true;
  }
}
