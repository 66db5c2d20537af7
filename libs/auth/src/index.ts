export * from './rollen';
export * from './principal';
export * from './token-verifier';
export * from './dev-issuer';
