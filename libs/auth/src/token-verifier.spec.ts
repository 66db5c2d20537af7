import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevIssuer, devAudience, devIssuer } from './dev-issuer';
import { InvalidToken, TokenVerifier } from './token-verifier';

describe('token verification', () => {
  let dataDir: string;
  let issuer: DevIssuer;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'handhaving-auth-'));
    issuer = await DevIssuer.open(dataDir);
    verifier = new TokenVerifier({ jwks: issuer.jwks, issuer: devIssuer, audience: devAudience });
  });

  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('reads the user, their roles and gemeenten from a valid token', async () => {
    const token = await issuer.sign({ userId: 'u-1', naam: 'J. Jansen', rollen: ['juridisch-medewerker'], gemeenten: ['GM0928'] });
    await expect(verifier.verify(token)).resolves.toEqual({
      userId: 'u-1',
      naam: 'J. Jansen',
      rollen: ['juridisch-medewerker'],
      gemeenten: ['GM0928'],
    });
  });

  it('keeps the same key across restarts, so earlier tokens stay valid', async () => {
    const token = await issuer.sign({ userId: 'u-2', rollen: ['beheer'], gemeenten: ['GM0928'] });
    const reopened = await DevIssuer.open(dataDir);
    const again = new TokenVerifier({ jwks: reopened.jwks, issuer: devIssuer, audience: devAudience });
    await expect(again.verify(token)).resolves.toMatchObject({ userId: 'u-2' });
  });

  it('drops roles it does not know and codes that are not gemeentecodes', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const token = await new SignJWT({ roles: ['beheer', 'superuser'], gemeenten: ['GM0928', 'Kerkrade'] })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('u-3')
      .setIssuer('idp')
      .setAudience('handhaving')
      .setExpirationTime('1h')
      .sign(privateKey);
    const idp = new TokenVerifier({ jwks: { keys: [await exportJWK(publicKey)] }, issuer: 'idp', audience: 'handhaving' });
    await expect(idp.verify(token)).resolves.toMatchObject({ rollen: ['beheer'], gemeenten: ['GM0928'] });
  });

  it('refuses a token signed by a key it does not trust', async () => {
    const stranger = (await generateKeyPair('ES256')).privateKey;
    const token = await new SignJWT({ roles: ['beheer'] })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('u-6')
      .setIssuer(devIssuer)
      .setAudience(devAudience)
      .setExpirationTime('1h')
      .sign(stranger);
    await expect(verifier.verify(token)).rejects.toBeInstanceOf(InvalidToken);
  });

  it('refuses a token without expiry, one issued in the future, and one valid longer than the maximum', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const idp = new TokenVerifier({ jwks: { keys: [await exportJWK(publicKey)] }, issuer: 'idp', audience: 'handhaving', maxLevensduurSeconden: 12 * 3600 });
    const nu = Math.floor(Date.now() / 1000);
    const token = (velden: { iat?: number; exp?: number }) => {
      let jwt = new SignJWT({ roles: ['beheer'], gemeenten: ['GM0928'] }).setProtectedHeader({ alg: 'ES256' }).setSubject('u-8').setIssuer('idp').setAudience('handhaving');
      if (velden.iat !== undefined) jwt = jwt.setIssuedAt(velden.iat);
      if (velden.exp !== undefined) jwt = jwt.setExpirationTime(velden.exp);
      return jwt.sign(privateKey);
    };
    await expect(idp.verify(await token({ iat: nu }))).rejects.toThrow(/exp/);
    await expect(idp.verify(await token({ iat: nu + 600, exp: nu + 3600 }))).rejects.toThrow(/future/);
    await expect(idp.verify(await token({ iat: nu, exp: nu + 13 * 3600 }))).rejects.toThrow(/longer than the 43200 s/);
    await expect(idp.verify(await token({ exp: nu + 13 * 3600 }))).rejects.toThrow(/longer/);
    // Within the rules: issued 30 s ahead (clock skew), valid 12 hours.
    await expect(idp.verify(await token({ iat: nu + 30, exp: nu + 12 * 3600 }))).resolves.toMatchObject({ userId: 'u-8' });
  });

  it('refuses an expired token, another audience and another issuer', async () => {
    const expired = await issuer.sign({ userId: 'u-4', rollen: ['beheer'], gemeenten: [], geldigheid: '-1m' });
    await expect(verifier.verify(expired)).rejects.toThrow(/exp/);
    const otherAudience = new TokenVerifier({ jwks: issuer.jwks, issuer: devIssuer, audience: 'iets-anders' });
    const token = await issuer.sign({ userId: 'u-5', rollen: ['beheer'], gemeenten: [] });
    await expect(otherAudience.verify(token)).rejects.toThrow(/aud/);
    const otherIssuer = new TokenVerifier({ jwks: issuer.jwks, issuer: 'https://idp.example', audience: devAudience });
    await expect(otherIssuer.verify(token)).rejects.toThrow(/iss/);
  });
});

describe('token verification cache', () => {
  it('does not accept a cached token after it expired', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'handhaving-auth-cache-'));
    const issuer = await DevIssuer.open(dataDir);
    const verifier = new TokenVerifier({ jwks: issuer.jwks, issuer: devIssuer, audience: devAudience });
    const token = await issuer.sign({ userId: 'u-7', rollen: ['beheer'], gemeenten: [], geldigheid: '2s' });
    await expect(verifier.verify(token)).resolves.toMatchObject({ userId: 'u-7' });
    await expect(verifier.verify(token)).resolves.toMatchObject({ userId: 'u-7' });
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await expect(verifier.verify(token)).rejects.toThrow(/exp/);
    rmSync(dataDir, { recursive: true, force: true });
  });
});
