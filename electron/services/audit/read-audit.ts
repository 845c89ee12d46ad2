// Reads of personal data leave a trace too (AVG): which profile saw whose data, and why. The
// calls that return participant data are listed here with their purpose, so no handler can
// forget it and a new call that reads people is one line. The school's capacity view audits
// inside its handler: its answer carries no participant ids (data minimisation).
import type { CallName, CallOutput, HandlerInput } from '../../../shared/api/contract';
import { amsterdamToUtc } from '../../../shared/domain/amsterdam-time';
import type { Profile } from '../../../shared/api/contract';
import type { Db } from '../../../db/connection';
import { writeTx } from '../../../db/tx';
import { viewedSince, writeAudit, type AuditContext } from '../../../db/repositories/audit';
import type { ServiceEnv } from '../context';
import { profileAudit } from './profile-audit';

interface ReadAudit<N extends CallName> {
  purpose: string;
  /** Participant ids whose data the answer shows (or, for a single client, the input names). */
  ids: (input: HandlerInput<N>, output: CallOutput<N>) => Iterable<string>;
}

type ReadAudits = { [N in CallName]?: ReadAudit<N> };

const refs = (xs: { participant: { id: string } }[]) => xs.map((x) => x.participant.id);

export const READ_AUDITS: ReadAudits = {
  'participants.search': { purpose: 'deelnemers zoeken', ids: (_, o) => o.items.map((p) => p.id) },
  'week.get': { purpose: 'weekplanning bekijken', ids: (_, o) => o.sessions.flatMap((s) => s.participants.map((p) => p.id)) },
  'week.planning': { purpose: 'weekplanning controleren', ids: (_, o) => o.instance.participants.map((p) => p.id) },
  'week.layers': {
    purpose: 'weekplanning bekijken',
    ids: (_, o) => [...o.classSessions.flatMap((c) => c.trialBooked.map((p) => p.id)), ...o.intakes.flatMap((i) => i.booked.map((p) => p.id))],
  },
  'week.conflicts': { purpose: 'conflicten oplossen', ids: (_, o) => o.conflicts.flatMap((c) => c.participants.map((p) => p.id)) },
  'week.changes': { purpose: 'betrokkenen informeren over een gewijzigde week', ids: (_, o) => o.affected.filter((p) => p.role === 'participant').map((p) => p.id) },
  'week.unplanned': { purpose: 'niet-geplande stappen bekijken', ids: (_, o) => refs(o.items) },
  'deadlines.list': { purpose: 'termijnen bewaken', ids: (_, o) => refs(o.items) },
  'requests.list': { purpose: 'verzoeken extra toetsmoment', ids: (_, o) => refs(o.items) },
  'consultant.caseload': { purpose: 'caseload consulent', ids: (_, o) => o.items.map((i) => i.participant.id) },
  'toets.slots': { purpose: 'toets boeken', ids: (i) => [i.participantId] },
  'trial.options': { purpose: 'proeflessen boeken', ids: (i) => [i.participantId] },
  'startklas.options': { purpose: 'aanmelden startklas', ids: (i) => [i.participantId] },
  'groupInfo.preview': { purpose: 'aanmelden groepsvoorlichting', ids: (i) => [i.participantId] },
  'participants.get': { purpose: 'cliëntpagina bekijken', ids: (_, o) => [o.person.id, ...(o.household?.partners.map((x) => x.id) ?? [])] },
  'participants.erasePreview': { purpose: 'gegevens verwijderen (voorbeeld)', ids: (i) => [i.id] },
  // The preview names who would lose their place; the cancel itself writes its own rows.
  'moment.cancel': { purpose: 'moment annuleren (voorbeeld)', ids: (_, o) => (o.confirmed ? [] : o.participants.map((p) => p.id)) },
};

/**
 * Writes the 'view' rows for a finished call, in one transaction (one fsync, not one per row).
 * Most reads repeat one already logged today: those are looked up first, and the write lock is
 * taken only when a row is missing (the transaction looks again before writing).
 */
export function auditRead(db: Db, env: ServiceEnv, profile: Profile | null, name: string, input: unknown, output: unknown): void {
  const entry = (READ_AUDITS as Record<string, ReadAudit<CallName> | undefined>)[name];
  if (!entry) return;
  const ids = new Set(entry.ids(input as never, output as never));
  if (ids.size === 0) return;
  const audit = profileAudit(env, profile, entry.purpose);
  const now = audit.now();
  const missing = unviewed(db, audit, now, ids);
  if (missing.length === 0) return;
  writeTx(db, () => writeViews(db, audit, now, missing, { call: name }));
}

/**
 * A 'view' row for reading a participant's personal data: one per person, profile and purpose
 * a day. A coordinator browsing the week reads the same people again and again; one row a day
 * tells who saw whom and why without the log outgrowing the data it guards.
 */
export function auditView(db: Db, audit: AuditContext, participantIds: Iterable<string>, details?: unknown): void {
  writeViews(db, audit, audit.now(), participantIds, details);
}

/** The participants without a 'view' row by this actor for this purpose on the day of `now`. */
function unviewed(db: Db, audit: AuditContext, now: string, participantIds: Iterable<string>): string[] {
  const dayStart = amsterdamToUtc(`${now.slice(0, 10)}T00:00:00`); // the log is in UTC
  return [...participantIds].filter((id) => !viewedSince(db, id, audit.actor, audit.purpose, dayStart));
}

function writeViews(db: Db, audit: AuditContext, now: string, participantIds: Iterable<string>, details?: unknown): void {
  const stamped: AuditContext = { ...audit, now: () => now };
  for (const id of unviewed(db, audit, now, participantIds)) writeAudit(db, stamped, 'view', 'participant', id, details);
}
