import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { DevIssuer, TokenVerifier, devAudience, devIssuer } from '@handhaving/auth';
import { ApiConfigToken } from '../../config/api-config.provider';
import type { ApiConfig } from '../../config/api-config';
import { AuthGuard } from './auth.guard';

@Global()
@Module({
  providers: [
    {
      provide: TokenVerifier,
      inject: [ApiConfigToken],
      useFactory: async (config: ApiConfig): Promise<TokenVerifier> => {
        const { auth } = config;
        if (auth.mode === 'dev') {
          const issuer = await DevIssuer.open(config.dataDir);
          return new TokenVerifier({ jwks: issuer.jwks, issuer: devIssuer, audience: devAudience });
        }
        return new TokenVerifier({
          jwksUrl: auth.jwksUrl,
          issuer: auth.issuer ?? '',
          audience: auth.audience ?? 'handhaving',
          rolesClaim: auth.rolesClaim,
          gemeentenClaim: auth.gemeentenClaim,
          maxLevensduurSeconden: auth.maxTokenLifetimeSeconds,
        });
      },
    },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [TokenVerifier],
})
export class AuthModule {}
