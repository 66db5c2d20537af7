import { Module, type DynamicModule } from '@nestjs/common';
import type { ApiConfig } from './config/api-config';
import { PlatformModule } from './platform/platform.module';

@Module({})
export class AppModule {
  static forRoot(config: ApiConfig): DynamicModule {
    return { module: AppModule, imports: [PlatformModule.forRoot(config)] };
  }
}
