/** The roles of Handhaving's users, as they appear in a token's `roles` claim. */
export const rollen = ['juridisch-medewerker', 'toezichthouder', 'bibob', 'oov-analist', 'beheer'] as const;

export type Rol = (typeof rollen)[number];

export function isRol(value: string): value is Rol {
  return (rollen as readonly string[]).includes(value);
}
