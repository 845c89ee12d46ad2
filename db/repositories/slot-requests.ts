// A consultant's request for an extra toets slot when none fits their client; the coordinator
// answers it by planning and marks it done. Every request is kept: asking twice gives two rows.
import type { Db } from '../connection';
import type { LaptopKind } from '../../shared/domain/kinds';

export type SlotRequestStatus = 'open' | 'done';

export interface SlotRequestInput {
  id: string;
  participantId: string;
  consultantId: string;
  weekStart: string;
  laptopKind: LaptopKind;
  note: string;
  createdAt: string;
}

export interface SlotRequestRow {
  id: string;
  kind: 'toets';
  participant: { id: string; name: string };
  consultant: { id: string; name: string };
  weekStart: string;
  laptopKind: LaptopKind;
  note: string;
  createdAt: string;
  status: SlotRequestStatus;
}

export function addSlotRequest(db: Db, r: SlotRequestInput): void {
  db.prepare(`INSERT INTO slot_requests (id, kind, participant_id, consultant_id, week_start, laptop_kind, note, created_at) VALUES (?, 'toets', ?, ?, ?, ?, ?, ?)`).run(
    r.id,
    r.participantId,
    r.consultantId,
    r.weekStart,
    r.laptopKind,
    r.note,
    r.createdAt,
  );
}

type RawRequest = Omit<SlotRequestRow, 'participant' | 'consultant'> & { pid: string; pname: string; cid: string; cname: string };

const SELECT_REQUESTS = `SELECT q.id, q.kind, q.participant_id AS pid, trim(p.given_name || ' ' || p.family_name) AS pname, q.consultant_id AS cid, c.name AS cname,
         q.week_start AS weekStart, q.laptop_kind AS laptopKind, q.note, q.created_at AS createdAt, q.status
    FROM slot_requests q JOIN participants p ON p.id = q.participant_id JOIN consultants c ON c.id = q.consultant_id`;

function fromRaw({ pid, pname, cid, cname, ...rest }: RawRequest): SlotRequestRow {
  return { ...rest, participant: { id: pid, name: pname }, consultant: { id: cid, name: cname } };
}

export function getSlotRequest(db: Db, id: string): SlotRequestRow | null {
  const r = db.prepare(`${SELECT_REQUESTS} WHERE q.id = ?`).get(id) as RawRequest | undefined;
  return r ? fromRaw(r) : null;
}

/** Oldest first; only the open ones unless all are asked for. */
export function listSlotRequests(db: Db, filter: { status?: SlotRequestStatus } = {}): SlotRequestRow[] {
  const rows = filter.status
    ? (db.prepare(`${SELECT_REQUESTS} WHERE q.status = ? ORDER BY q.created_at, q.id`).all(filter.status) as RawRequest[])
    : (db.prepare(`${SELECT_REQUESTS} ORDER BY q.created_at, q.id`).all() as RawRequest[]);
  return rows.map(fromRaw);
}

export function markSlotRequestDone(db: Db, id: string): void {
  db.prepare("UPDATE slot_requests SET status = 'done' WHERE id = ?").run(id);
}
