import type { Principal } from '@handhaving/auth';

export class BetrokkeneInzienQuery {
  constructor(
    readonly betrokkeneId: string,
    readonly principal: Principal,
  ) {}
}
