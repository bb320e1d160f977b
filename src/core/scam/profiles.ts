/**
 * How the simulated target in the attacker's seat reacts to a pretext. A
 * module of its own so a share link can name a profile without loading the seat.
 */
export type TargetProfile = 'cautious' | 'hurried' | 'trusting';
export const TARGET_PROFILES: readonly TargetProfile[] = ['cautious', 'hurried', 'trusting'];

export function isTargetProfile(value: unknown): value is TargetProfile {
  return typeof value === 'string' && (TARGET_PROFILES as readonly string[]).includes(value);
}
