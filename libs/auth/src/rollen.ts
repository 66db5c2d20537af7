/**
 * The roles of a gemeente's users, as they appear in a token's `roles` claim; each acts only for
 * the gemeenten in the token.
 */
export const rollen = ['juridisch-medewerker', 'toezichthouder', 'bibob', 'oov-analist', 'beheer'] as const;

/**
 * Roles over the installation as a whole rather than a gemeente's cases. `installatiebeheer` runs
 * the scheduler's queue board (/admin/queues), which shows and moves the reminders of every
 * gemeente at once; the API grants it nothing.
 */
export const installatierollen = ['installatiebeheer'] as const;

export type Rol = (typeof rollen)[number] | (typeof installatierollen)[number];

export function isRol(value: string): value is Rol {
  return (rollen as readonly string[]).includes(value) || (installatierollen as readonly string[]).includes(value);
}
