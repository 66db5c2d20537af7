/*
 * Meldingen (issue 15, item 1): the register of signals about an address or area that reach OOV
 * (meldpunt overlast, meldkamer handhaving, police, RIEC, BRP anomalies, earlier cases).
 */
export {};
