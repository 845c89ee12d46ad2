// Who changed something and when, for refusals of stale changes and the planning lock: in Dutch,
// and for Beheer as a message the renderer writes in the reader's language (issue 12: "Fatima (coördinator) heeft deze sessie om 10:42 verplaatst; het scherm toont nu
// de huidige stand."). Pure: the services pass the audit row's actor and Amsterdam times.
import { msg, p, renderMsg, type Msg, type MsgParam } from '../messages';
import { formatDateNl } from './dutch-dates';

export const ROLE_NL = { beheerder: 'beheerder', coordinator: 'coördinator', consultant: 'consulent', liaison: 'taalschool' } as const;

/** The same account as a person reads it: "fatima (coördinator)". */
export function accountLabelNl(username: string, role: keyof typeof ROLE_NL): string {
  return `${username} (${ROLE_NL[role]})`;
}

type ActorRole = 'coordinator' | 'consultant' | 'liaison';

/**
 * An audit actor's parts. On the team server the actor is "username (kind:id)", in the desktop
 * app the profile alone ("coordinator", "consultant:C-01"); anything else is kept as it is.
 */
function actorOf(actor: string): { account: string; role: ActorRole } | { profile: ActorRole } | { raw: string } {
  const account = /^(.+) \((coordinator|consultant|liaison)(?::[^)]*)?\)$/.exec(actor);
  if (account) return { account: account[1], role: account[2] as ActorRole };
  const profile = /^(coordinator|consultant|liaison)(?::.*)?$/.exec(actor);
  if (profile) return { profile: profile[1] as ActorRole };
  return { raw: actor };
}

/** An audit actor as a message parameter, written in the reader's language: "fatima (coördinator)", "De coördinator". */
export function actorParam(actor: string): MsgParam {
  const a = actorOf(actor);
  if ('account' in a) return p.msg(msg('changes.account', { name: a.account, role: p.msg(msg(`changes.role.${a.role}`)) }));
  if ('profile' in a) return p.msg(msg(`changes.profile.${a.profile}`));
  return p.text(a.raw);
}

/** An audit actor as a person reads it, in Dutch. */
export function actorLabelNl(actor: string): string {
  const v = actorParam(actor);
  return v.type === 'msg' ? renderMsg(v.value, 'nl') : v.type === 'text' ? v.value : actor;
}

/** When a change was made, as a message: "om 10:42" today, "op wo 25 nov 2026 om 10:42" another day. */
function atTimeMsg(at: string, now: string): Msg {
  const time = p.time(at.slice(11, 16));
  return at.slice(0, 10) === now.slice(0, 10) ? msg('changes.atToday', { time }) : msg('changes.atDay', { date: p.date(at.slice(0, 10), true), time });
}

/** "om 10:42" today, "op wo 25 nov 2026 om 10:42" another day; both Amsterdam 'YYYY-MM-DDTHH:MM:SS'. */
export function atTimeNl(at: string, now: string): string {
  return renderMsg(atTimeMsg(at, now), 'nl');
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

/** The rows of Beheer a stale refusal can name ("deze ruimte", "this room"). */
export type StaleManageWhat = 'gemeente' | 'location' | 'room' | 'consultant' | 'interpreter' | 'school' | 'class' | 'startklasIntake' | 'childcareProvider' | 'settings';

/** The refusal of a Beheer form saved on a stale stamp: "fatima (coördinator) heeft deze ruimte om 10:42 gewijzigd; …". */
export function staleManageMsg(what: StaleManageWhat, change: { actor: string; at: string } | null, now: string): Msg {
  const row = p.msg(msg(`changes.what.${what}`));
  if (!change) return msg('changes.staleManageUnknown', { what: row });
  return msg('changes.staleManage', { who: actorParam(change.actor), what: row, when: p.msg(atTimeMsg(change.at, now)) });
}

/** "Week 50 wordt gepland door fatima (coördinator) sinds 10:12." */
export function planningLockMessageNl(isoWeek: number, holder: string, since: string, now: string): string {
  const when = since.slice(0, 10) === now.slice(0, 10) ? `sinds ${since.slice(11, 16)}` : `sinds ${formatDateNl(since.slice(0, 10))} ${since.slice(11, 16)}`;
  return `Week ${isoWeek} wordt gepland door ${holder} ${when}. Starten of accepteren kan als die planning is geaccepteerd of verworpen.`;
}
