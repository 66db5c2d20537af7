import type { Rol } from './rollen';

/** Who is calling, as the verified token says. */
export interface Principal {
  /** The token's subject: a stable user id. */
  readonly userId: string;
  readonly naam?: string;
  readonly rollen: readonly Rol[];
  /** CBS gemeentecodes (e.g. GM0928) this user may see and act for. */
  readonly gemeenten: readonly string[];
}

export function heeftRol(principal: Principal, ...rollen: readonly Rol[]): boolean {
  return rollen.some((rol) => principal.rollen.includes(rol));
}

export function magGemeente(principal: Principal, gemeente: string): boolean {
  return principal.gemeenten.includes(gemeente);
}
