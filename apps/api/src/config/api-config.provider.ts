/** DI token of the validated ApiConfig. */
export const ApiConfigToken = Symbol('ApiConfig');
