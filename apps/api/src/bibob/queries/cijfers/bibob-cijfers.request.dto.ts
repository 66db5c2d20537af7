import { DamoclesCijfersRequest } from '../../../damocles/queries/cijfers/cijfers.request.dto';

/** The Bibob figures are asked as every context's are: a gemeente, a year or van and tot, bekendOp, formaat (json or csv), na. */
export class BibobCijfersRequest extends DamoclesCijfersRequest {}
