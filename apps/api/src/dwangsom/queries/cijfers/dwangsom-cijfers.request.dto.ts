import { CijfersRequest } from '../../../platform/cijfers/cijfers.request.dto';

/** The dwangsom figures are asked as every context's are; `bekendOp` is also the day verjaring is judged by. */
export class DwangsomCijfersRequest extends CijfersRequest {}
