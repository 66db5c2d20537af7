import { CijfersRequest } from '../../../platform/cijfers/cijfers.request.dto';

/** The Damocles figures are asked as every context's are (platform/cijfers/cijfers.request.dto.ts). */
export class DamoclesCijfersRequest extends CijfersRequest {}
