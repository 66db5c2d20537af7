import { SignJWT, exportJWK, generateKeyPair, importJWK, type JSONWebKeySet, type JWK } from 'jose';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rol } from './rollen';

/**
 * The development issuer: an ES256 key pair kept in the data folder, so that `handhaving
 * dev-token` and an API in dev mode agree without an identity provider. It exists only when
 * dev mode is switched on; production verifies tokens against the municipality's OIDC provider.
 */
export const devIssuer = 'handhaving-dev';
export const devAudience = 'handhaving';

const keyFile = 'dev-issuer-key.json';

export interface DevTokenRequest {
  readonly userId: string;
  readonly naam?: string;
  readonly rollen: readonly Rol[];
  readonly gemeenten: readonly string[];
  /** Lifetime, e.g. `8h`. */
  readonly geldigheid?: string;
}

export class DevIssuer {
  private constructor(
    private readonly privateJwk: JWK,
    readonly jwks: JSONWebKeySet,
  ) {}

  /** Loads the key pair from the data folder, creating it on first use. */
  static async open(dataDir: string): Promise<DevIssuer> {
    const file = join(dataDir, keyFile);
    if (!existsSync(file)) {
      const { privateKey } = await generateKeyPair('ES256', { extractable: true });
      const jwk = { ...(await exportJWK(privateKey)), kid: `dev-${Date.now().toString(36)}`, alg: 'ES256' };
      mkdirSync(dataDir, { recursive: true });
      writeFileSync(file, JSON.stringify(jwk), { mode: 0o600, flag: 'wx' });
    }
    const privateJwk = JSON.parse(readFileSync(file, 'utf8')) as JWK;
    const { d: _private, ...publicJwk } = privateJwk;
    return new DevIssuer(privateJwk, { keys: [publicJwk] });
  }

  async sign(request: DevTokenRequest): Promise<string> {
    const key = await importJWK(this.privateJwk, 'ES256');
    return new SignJWT({ roles: [...request.rollen], gemeenten: [...request.gemeenten], name: request.naam })
      .setProtectedHeader({ alg: 'ES256', kid: this.privateJwk.kid })
      .setSubject(request.userId)
      .setIssuer(devIssuer)
      .setAudience(devAudience)
      .setIssuedAt()
      .setExpirationTime(request.geldigheid ?? '8h')
      .sign(key);
  }
}
