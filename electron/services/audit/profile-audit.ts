// Audit rows in the caller's name: the actor is the profile (kind:id), the purpose as given.
import type { Profile } from '../../../shared/api/contract';
import type { AuditContext } from '../../../db/repositories/audit';
import { currentActor, nowOf, type ServiceEnv } from '../context';

export function actorOf(p: Profile | null): string {
  if (!p) return 'coördinator';
  return p.id ? `${p.kind}:${p.id}` : p.kind;
}

/** Audit context in the caller's name; without a profile, the app's own user. */
export function profileAudit(env: ServiceEnv, profile: Profile | null, purpose: string): AuditContext {
  // Within a call the actor set around it (which names the account on the team server) wins.
  return { actor: currentActor.getStore() ?? (profile ? actorOf(profile) : (env.actor ?? 'coördinator')), purpose, now: () => nowOf(env) };
}
