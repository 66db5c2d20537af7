import { CijfersRequest } from '../../../platform/cijfers/cijfers.request.dto';

/** The Bibob figures are asked as every context's are (platform/cijfers/cijfers.request.dto.ts). */
export class BibobCijfersRequest extends CijfersRequest {}
