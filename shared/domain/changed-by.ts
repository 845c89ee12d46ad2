// Who changed something and when, in Dutch, for refusals of stale changes and the planning lock
// (issue 12: "Fatima (coördinator) heeft deze sessie om 10:42 verplaatst; het scherm toont nu
// de huidige stand."). Pure: the services pass the audit row's actor and Amsterdam times.
import { formatDateNl } from './dutch-dates';

export const ROLE_NL = { beheerder: 'beheerder', coordinator: 'coördinator', consultant: 'consulent', liaison: 'taalschool' } as const;

/** The same account as a person reads it: "fatima (coördinator)". */
export function accountLabelNl(username: string, role: keyof typeof ROLE_NL): string {
  return `${username} (${ROLE_NL[role]})`;
}

/**
 * An audit actor as a person reads it. On the team server the actor is "username (kind:id)",
 * in the desktop app the profile alone ("coordinator", "consultant:C-01").
 */
export function actorLabelNl(actor: string): string {
  const account = /^(.+) \((coordinator|consultant|liaison)(?::[^)]*)?\)$/.exec(actor);
  if (account) return `${account[1]} (${ROLE_NL[account[2] as keyof typeof ROLE_NL]})`;
  const profile = /^(coordinator|consultant|liaison)(?::.*)?$/.exec(actor);
  if (profile) return profile[1] === 'coordinator' ? 'De coördinator' : profile[1] === 'consultant' ? 'Een consulent' : 'Een taalschool';
  return actor;
}

/** "om 10:42" today, "op wo 25 nov 2026 om 10:42" another day; both Amsterdam 'YYYY-MM-DDTHH:MM:SS'. */
export function atTimeNl(at: string, now: string): string {
  const time = `om ${at.slice(11, 16)}`;
  return at.slice(0, 10) === now.slice(0, 10) ? time : `op ${formatDateNl(at.slice(0, 10))} ${time}`;
}

export type SessionChangeKind = 'moved' | 'changed' | 'participants' | 'pinned' | 'unpinned';

const RELOADED = 'het scherm toont nu de huidige stand.';

/**
 * The refusal of a change made on a stale session. `change` is the recorded change that made the
 * version the caller did not see (null when none was recorded, such as the planner's).
 */
export function staleSessionMessageNl(change: { actor: string; at: string; what: SessionChangeKind } | null, now: string): string {
  if (!change) return `Deze sessie is intussen gewijzigd; ${RELOADED}`;
  const who = actorLabelNl(change.actor);
  const when = atTimeNl(change.at, now);
  const did: Record<SessionChangeKind, string> = {
    moved: `heeft deze sessie ${when} verplaatst`,
    changed: `heeft deze sessie ${when} gewijzigd`,
    participants: `heeft ${when} de deelnemers van deze sessie gewijzigd`,
    pinned: `heeft deze sessie ${when} vastgezet`,
    unpinned: `heeft deze sessie ${when} losgemaakt`,
  };
  return `${who} ${did[change.what] ?? did.changed}; ${RELOADED}`;
}

/** The refusal of a participant form saved on a stale version: "… heeft deze deelnemer om 10:42 gewijzigd; …". */
export function staleParticipantMessageNl(change: { actor: string; at: string } | null, now: string): string {
  if (!change) return `Deze deelnemer is intussen gewijzigd; ${RELOADED}`;
  return `${actorLabelNl(change.actor)} heeft deze deelnemer ${atTimeNl(change.at, now)} gewijzigd; ${RELOADED}`;
}

/** The refusal of a household form saved on a stale version. */
export function staleHouseholdMessageNl(change: { actor: string; at: string } | null, now: string): string {
  if (!change) return `Dit huishouden is intussen gewijzigd; ${RELOADED}`;
  return `${actorLabelNl(change.actor)} heeft dit huishouden ${atTimeNl(change.at, now)} gewijzigd; ${RELOADED}`;
}

/** The refusal of a Beheer form saved on a stale stamp; `what` is "deze ruimte", "deze tolk"... */
export function staleManageMessageNl(what: string, change: { actor: string; at: string } | null, now: string): string {
  if (!change) return `${what[0].toUpperCase()}${what.slice(1)} is intussen gewijzigd; ${RELOADED}`;
  return `${actorLabelNl(change.actor)} heeft ${what} ${atTimeNl(change.at, now)} gewijzigd; ${RELOADED}`;
}

/** "Week 50 wordt gepland door fatima (coördinator) sinds 10:12." */
export function planningLockMessageNl(isoWeek: number, holder: string, since: string, now: string): string {
  const when = since.slice(0, 10) === now.slice(0, 10) ? `sinds ${since.slice(11, 16)}` : `sinds ${formatDateNl(since.slice(0, 10))} ${since.slice(11, 16)}`;
  return `Week ${isoWeek} wordt gepland door ${holder} ${when}. Starten of accepteren kan als die planning is geaccepteerd of verworpen.`;
}
