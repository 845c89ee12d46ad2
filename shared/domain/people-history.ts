// A client's history as messages, from the audit log's rows about them: what happened, in words
// without ids or values (the log holds field names, never the data itself), and who did it. The
// renderer writes them in the reader's language; people-history-nl.ts gives the Dutch.
import { msg, p, type Msg, type MsgParam } from '../messages';
import { CATALOG } from '../messages/catalog';
import { DEMAND_KINDS, type DemandKind } from './kinds';

export interface HistoryRowIn {
  action: string;
  entity: string;
  details: unknown;
}

const BOOKING_TYPES = ['session', 'groupInfo', 'toets', 'trialLesson', 'startklasIntake', 'childcare'] as const;
const STATUSES = ['open', 'planned', 'done'] as const;

function fieldsOf(details: unknown): string[] {
  const f = (details as { fields?: unknown } | null)?.fields;
  return Array.isArray(f) ? f.filter((x): x is string => typeof x === 'string') : [];
}

function str(details: unknown, key: string): string | undefined {
  const v = (details as Record<string, unknown> | null)?.[key];
  return typeof v === 'string' ? v : undefined;
}

/** A field as the forms call it; a field the catalogue does not know reads "other details". */
export function fieldMsg(field: string): Msg {
  const code = `history.field.${field}`;
  return msg(Object.prototype.hasOwnProperty.call(CATALOG, code) ? code : 'history.field.other');
}

/** "Gegevens gewijzigd: taal en vaste bezigheden", or without the list when no field is named. */
function changed(details: unknown, plain: string, withFields: string): Msg {
  const codes = [...new Set(fieldsOf(details).map((f) => fieldMsg(f).code))];
  return codes.length > 0 ? msg(withFields, { fields: p.list(codes.map((code) => p.msg(msg(code)))) }) : msg(plain);
}

function stepOf(details: unknown): MsgParam {
  const k = str(details, 'kind');
  return k && (DEMAND_KINDS as readonly string[]).includes(k) ? p.kind(k as DemandKind) : p.msg(msg('history.step.some'));
}

/** What an audit row about a client says. */
export function historyMsg(row: HistoryRowIn): Msg {
  const d = row.details;
  switch (row.entity) {
    case 'participant':
      if (row.action === 'create') return msg('history.participant.created');
      if (row.action === 'delete') return msg((d as { erasure?: boolean } | null)?.erasure ? 'history.participant.erased' : 'history.participant.deleted');
      if (fieldsOf(d).includes('endedOn')) return msg('history.participant.ended');
      if (fieldsOf(d).includes('stepOrder')) return msg('history.participant.stepOrder');
      return changed(d, 'history.participant.changed', 'history.participant.changedFields');
    case 'booking': {
      const type = str(d, 'type') ?? '';
      const what = p.msg(msg(`history.booking.type.${(BOOKING_TYPES as readonly string[]).includes(type) ? type : 'other'}`));
      if (row.action === 'create') return msg('history.booking.created', { what });
      if (row.action === 'delete') return msg('history.booking.cancelled', { what });
      if (str(d, 'status') === 'accepted') return msg('history.booking.accepted', { what });
      return msg('history.booking.weekChanged');
    }
    case 'demand': {
      if (row.action === 'create') return msg('history.step.added', { step: stepOf(d) });
      if (row.action === 'delete') return msg('history.step.removed', { step: stepOf(d) });
      const status = str(d, 'status');
      if (!status) return msg('history.step.updated');
      return msg('history.step.updatedStatus', {
        status: (STATUSES as readonly string[]).includes(status) ? p.msg(msg(`history.status.${status}`)) : p.text(status),
      });
    }
    case 'household':
      if (row.action === 'create') return msg('history.household.created');
      if (row.action === 'delete') return msg('history.household.deleted');
      return changed(d, 'history.household.changed', 'history.household.changedFields');
    case 'child':
      if (row.action === 'create') return msg('history.child.added');
      if (row.action === 'delete') return msg('history.child.removed');
      return changed(d, 'history.child.changed', 'history.child.changedFields');
    default:
      return msg('history.other');
  }
}

export interface ActorNames {
  consultants: ReadonlyMap<string, string>;
  schools: ReadonlyMap<string, string>;
}

/**
 * Who did it, from the audit actor: the profile ('coordinator', 'consultant:C-01',
 * 'liaison:S-1'), on the team server the account with it ('fatima (coordinator)'), or the
 * program itself ('demo', an import). Consultants and schools by name, never by id.
 */
export function actorMsg(actor: string, names: ActorNames): Msg {
  const account = /^(.+) \(([^()]+)\)$/.exec(actor);
  const profile = account ? account[2]! : actor;
  const [kind, id] = profile.split(':');
  if (kind === 'coordinator' || kind === 'coördinator') return account ? msg('history.actor.coordinatorAccount', { name: account[1]! }) : msg('history.actor.coordinator');
  if (kind === 'consultant') {
    const name = names.consultants.get(id ?? '');
    return name ? msg('history.actor.named', { name }) : msg('history.actor.consultant');
  }
  if (kind === 'liaison') {
    const school = names.schools.get(id ?? '');
    return school ? msg('history.actor.school', { school }) : msg('history.actor.someSchool');
  }
  if (kind === 'demo' || kind === 'demo-seed') return msg('history.actor.demo');
  return msg('history.actor.program');
}

/** The purposes the services write in Dutch on rows about a person, by their message (the catalogue holds the same Dutch). */
export const PURPOSE_CODES: Readonly<Record<string, string>> = {
  'Fictieve demoregio aangemaakt bij eerste start': 'history.why.demoCreated',
  'Demoregio geladen bij eerste start': 'history.why.demoLoaded',
  'Eigen regio ingericht bij eerste start': 'history.why.ownRegion',
  'deelnemer inschrijven': 'history.why.register',
  'deelnemer bewerken': 'history.why.edit',
  'stappen bijwerken': 'history.why.steps',
  'huishouden bijwerken': 'history.why.household',
  'toets boeken': 'history.why.toetsBook',
  'toets annuleren': 'history.why.toetsCancel',
  'proeflessen boeken': 'history.why.trialBook',
  'proefles annuleren': 'history.why.trialCancel',
  'uitslag proefles': 'history.why.trialOutcome',
  'aanmelden startklas': 'history.why.startklasIn',
  'afmelden startklas': 'history.why.startklasOut',
  'wachtlijst startklas': 'history.why.startklasWaiting',
  'aanmelden groepsvoorlichting': 'history.why.groupInfo',
  'PIP vastgesteld': 'history.why.pip',
  'recht op verwijdering (AVG)': 'history.why.erasure',
  'Wijziging in een gepubliceerde week': 'history.why.publishedWeek',
  'Wijziging in de weekplanning ongedaan gemaakt': 'history.why.undo',
  'Wijziging in de weekplanning opnieuw uitgevoerd': 'history.why.redo',
  'Voorstel weekplanning van de planner opgeslagen': 'history.why.plannerProposal',
};

const END_PREFIX = 'traject beëindigen: ';

/**
 * Why it was done, from the audit row's purpose: a purpose the services write reads in the
 * reader's language; the reason typed when ending a trajectory stays as typed; anything else as written.
 */
export function purposeMsg(purpose: string): Msg {
  const code = PURPOSE_CODES[purpose];
  if (code) return msg(code);
  if (purpose.startsWith(END_PREFIX)) return msg('history.why.end', { reason: purpose.slice(END_PREFIX.length) });
  return msg('history.why.asWritten', { text: purpose });
}
