import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { openPersonalDataVault, personalDataConfigFromEnv, PersonalDataVault } from '@handhaving/personal-data';
import { ApiConfigToken } from '../../config/api-config.provider';
import type { ApiConfig } from '../../config/api-config';

/** The crypto-shredding vault: personal data is sealed per betrokkene before it reaches an event. */
@Global()
@Module({
  providers: [
    {
      provide: PersonalDataVault,
      inject: [ApiConfigToken],
      useFactory: (config: ApiConfig): Promise<PersonalDataVault> => {
        const logger = new Logger('PersonalData');
        return openPersonalDataVault(config.personalData, { warn: (line) => logger.warn(line) });
      },
    },
  ],
  exports: [PersonalDataVault],
})
export class PersonalDataModule implements OnApplicationShutdown {
  constructor(@Inject(PersonalDataVault) private readonly vault: PersonalDataVault) {}

  async onApplicationShutdown(): Promise<void> {
    await this.vault.close();
  }
}

export { personalDataConfigFromEnv };
