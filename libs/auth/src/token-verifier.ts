import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JSONWebKeySet, type JWTPayload } from 'jose';
import { isRol } from './rollen';
import type { Principal } from './principal';

export interface TokenVerifierOptions {
  /** Where the identity provider publishes its keys (OIDC `jwks_uri`). */
  readonly jwksUrl?: string;
  /** Keys given directly (the development issuer). */
  readonly jwks?: JSONWebKeySet;
  readonly issuer: string;
  readonly audience: string;
  /** Claim holding the roles; `roles` unless the identity provider uses another name. */
  readonly rolesClaim?: string;
  /** Claim holding the CBS gemeentecodes. */
  readonly gemeentenClaim?: string;
  /** The longest a token may be valid, from its `iat` (else from now) to its `exp`; 24 hours unless set. */
  readonly maxLevensduurSeconden?: number;
}

/** How far the identity provider's clock may run ahead of ours (an `iat` in the future). */
const klokspelingSeconden = 60;
const standaardMaxLevensduurSeconden = 24 * 3600;

/** Why a token was refused, in words a user (or their administrator) can act on. */
export class InvalidToken extends Error {
  override readonly name = 'InvalidToken';
}

const algorithms = ['RS256', 'ES256'];

/** Verified tokens are remembered until they expire (at most this long), so a busy client pays for one signature check. */
const cacheTtlMs = 5 * 60_000;
const maxCachedTokens = 10_000;

/** Verifies OIDC/JWT bearer tokens (RS256 or ES256) and reads the caller from them. */
export class TokenVerifier {
  private readonly keys: ReturnType<typeof createRemoteJWKSet> | ReturnType<typeof createLocalJWKSet>;
  private readonly verified = new Map<string, { readonly principal: Principal; readonly until: number }>();

  constructor(private readonly options: TokenVerifierOptions) {
    if (options.jwks) this.keys = createLocalJWKSet(options.jwks);
    else if (options.jwksUrl) this.keys = createRemoteJWKSet(new URL(options.jwksUrl));
    else throw new Error('A token verifier needs a JWKS URL or keys');
  }

  async verify(token: string): Promise<Principal> {
    const cached = this.verified.get(token);
    if (cached && cached.until > Date.now()) return cached.principal;
    if (cached) this.verified.delete(token);
    const { principal, expiresAt } = await this.verifySignature(token);
    if (this.verified.size >= maxCachedTokens) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, { principal, until: Math.min(expiresAt, Date.now() + cacheTtlMs) });
    return principal;
  }

  private async verifySignature(token: string): Promise<{ principal: Principal; expiresAt: number }> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms,
      }));
    } catch (error) {
      throw new InvalidToken(`The token is not valid: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!payload.sub) throw new InvalidToken('The token has no subject (sub)');
    this.controleerLevensduur(payload);
    const rolesClaim = payload[this.options.rolesClaim ?? 'roles'];
    const gemeentenClaim = payload[this.options.gemeentenClaim ?? 'gemeenten'];
    const rollen = stringList(rolesClaim).filter(isRol);
    const gemeenten = stringList(gemeentenClaim).filter((code) => /^GM\d{4}$/.test(code));
    return {
      principal: { userId: payload.sub, naam: typeof payload['name'] === 'string' ? payload['name'] : undefined, rollen, gemeenten },
      expiresAt: (payload.exp as number) * 1000,
    };
  }

  /**
   * A token must say when it ends (`exp`; jose accepts one without), may not be issued in the
   * future (`iat`, beyond a minute of clock skew), and may not live longer than the maximum: a
   * stolen token stays a short-lived one.
   */
  private controleerLevensduur(payload: JWTPayload): void {
    const nu = Math.floor(Date.now() / 1000);
    if (typeof payload.exp !== 'number') throw new InvalidToken('The token has no expiry (exp): ask the identity provider for tokens that expire');
    if (typeof payload.iat === 'number' && payload.iat > nu + klokspelingSeconden) throw new InvalidToken('The token is issued in the future (iat): check the identity provider\'s clock');
    const levensduur = payload.exp - (typeof payload.iat === 'number' ? payload.iat : nu);
    const maximum = this.options.maxLevensduurSeconden ?? standaardMaxLevensduurSeconden;
    if (levensduur > maximum) throw new InvalidToken(`The token is valid for ${levensduur} s, longer than the ${maximum} s allowed (AUTH_MAX_TOKEN_LIFETIME_SECONDS)`);
  }
}

function stringList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  return [];
}
