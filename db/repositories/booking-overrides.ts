// "Toch boeken" afterwards: a booking made against a hard rule keeps its reason in the audit row
// that booked it (details.override). The latest booking row of a step (demand) decides: a later
// rebook without a reason clears the mark.
import type { Db } from '../connection';
import { prepared } from './statements';
import type { Msg } from '../../shared/messages';

export interface BookingOverride {
  demandId: string;
  reason: string;
  /** The problems in Dutch, as recorded. */
  problems: string[];
  /** The same as messages (absent in rows written before they were kept). */
  msgs: Msg[] | null;
  actor: string;
  /** UTC, as the audit log keeps it. */
  at: string;
}

interface Details {
  demandId?: unknown;
  override?: { reason?: unknown; problems?: unknown; msgs?: unknown };
}

/** Per step (demand id) of this participant: the override its current booking was made with, if any. */
export function bookingOverridesOf(db: Db, participantId: string): Map<string, BookingOverride> {
  const rows = prepared(
    db,
    `SELECT actor, at, details FROM audit_log
      WHERE entity = 'booking' AND entity_id = @p AND action IN ('create', 'update') AND details IS NOT NULL
      ORDER BY id`,
  ).all({ p: participantId }) as { actor: string; at: string; details: string }[];
  const latest = new Map<string, BookingOverride | null>();
  for (const r of rows) {
    let d: Details;
    try {
      d = JSON.parse(r.details) as Details;
    } catch {
      continue;
    }
    if (typeof d.demandId !== 'string') continue;
    const o = d.override;
    if (!o || typeof o.reason !== 'string') {
      // A plain booking row of the step replaces an earlier override (a rebook); an override row
      // written right after its booking row (startklas, trial) replaces that one in turn.
      latest.set(d.demandId, null);
      continue;
    }
    latest.set(d.demandId, {
      demandId: d.demandId,
      reason: o.reason,
      problems: Array.isArray(o.problems) ? o.problems.filter((x): x is string => typeof x === 'string') : [],
      msgs: Array.isArray(o.msgs) ? (o.msgs as Msg[]) : null,
      actor: r.actor,
      at: r.at,
    });
  }
  const out = new Map<string, BookingOverride>();
  for (const [k, v] of latest) if (v) out.set(k, v);
  return out;
}
