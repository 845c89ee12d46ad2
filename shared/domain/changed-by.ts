// Who changed something and when, for refusals of stale changes (as messages the renderer writes
// in the reader's language) and the planning lock (in Dutch) (issue 12: "Fatima (coördinator) heeft deze sessie om 10:42 verplaatst; het scherm toont nu
// de huidige stand."). Pure: the services pass the audit row's actor and Amsterdam times.
import { msg, p, type Msg, type MsgParam } from '../messages';

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

/** When a change was made, as a message: "om 10:42" today, "op wo 25 nov 2026 om 10:42" another day (Amsterdam 'YYYY-MM-DDTHH:MM:SS'). */
function atTimeMsg(at: string, now: string): Msg {
  const time = p.time(at.slice(11, 16));
  return at.slice(0, 10) === now.slice(0, 10) ? msg('changes.atToday', { time }) : msg('changes.atDay', { date: p.date(at.slice(0, 10), true), time });
}

export type SessionChangeKind = 'moved' | 'changed' | 'participants' | 'pinned' | 'unpinned';

/**
 * The refusal of a change made on a stale session. `change` is the recorded change that made the
 * version the caller did not see (null when none was recorded, such as the planner's).
 */
export function staleSessionMsg(change: { actor: string; at: string; what: SessionChangeKind } | null, now: string): Msg {
  if (!change) return msg('changes.staleSessionUnknown');
  const what: SessionChangeKind = ['moved', 'changed', 'participants', 'pinned', 'unpinned'].includes(change.what) ? change.what : 'changed';
  return msg(`changes.staleSession.${what}`, { who: actorParam(change.actor), when: p.msg(atTimeMsg(change.at, now)) });
}

/** The rows of Beheer a stale refusal can name ("deze ruimte", "this room"). */
export type StaleManageWhat = 'gemeente' | 'location' | 'room' | 'consultant' | 'interpreter' | 'school' | 'class' | 'startklasIntake' | 'childcareProvider' | 'settings';

/** Every row a stale refusal of a form can name: Beheer's, a participant and a household. */
export type StaleWhat = StaleManageWhat | 'participant' | 'household';

/**
 * The refusal of a form saved on a stale version or stamp: "fatima (coördinator) heeft deze ruimte
 * om 10:42 gewijzigd; …" (null: no change was recorded).
 */
export function staleFormMsg(what: StaleWhat, change: { actor: string; at: string } | null, now: string): Msg {
  const row = p.msg(msg(`changes.what.${what}`));
  if (!change) return msg('changes.staleManageUnknown', { what: row });
  return msg('changes.staleManage', { who: actorParam(change.actor), what: row, when: p.msg(atTimeMsg(change.at, now)) });
}

/** An account as a message parameter: "fatima (coördinator)", "fatima (coordinator)". */
export function accountParam(username: string, role: keyof typeof ROLE_NL): MsgParam {
  return p.msg(msg('changes.account', { name: username, role: p.msg(msg(`changes.role.${role}`)) }));
}

/**
 * The refusal while another account plans the week: "Week 50 wordt gepland door fatima
 * (coördinator) sinds 10:12. …". `holder`: the account as a parameter (accountParam), or its stored label.
 */
export function planningLockMsg(isoWeek: number, holder: MsgParam, since: string, now: string): Msg {
  const time = p.time(since.slice(11, 16));
  const when = since.slice(0, 10) === now.slice(0, 10) ? msg('changes.sinceToday', { time }) : msg('changes.sinceDay', { date: p.date(since.slice(0, 10), true), time });
  return msg('changes.planningLock', { week: isoWeek, who: holder, when: p.msg(when) });
}
