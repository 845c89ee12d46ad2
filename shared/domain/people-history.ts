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

/**
 * What a booking row is about, as the service read it beside the row (the session, class or
 * intake may be gone since): the kind, the time, the language of a group information session
 * (a code), the school of a trial lesson. Any part may be unknown.
 */
export interface BookingFacts {
  kind?: 'groupInfo' | 'toets';
  start?: string;
  end?: string;
  language?: string | null;
  school?: string;
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

function str2(details: unknown, key: string): string | undefined {
  const v = str(details, key);
  return v && v.length > 0 ? v : undefined;
}

/** "di 24 nov 09:00–11:00", "di 24 nov om 09:00" or "di 24 nov", as much as is known. */
function whenOf(start: string | undefined, end: string | undefined): MsgParam | null {
  if (!start || !/^\d{4}-\d{2}-\d{2}/.test(start)) return null;
  const time = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(start);
  if (time && end && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(end)) return p.span(start.slice(0, 16), end.slice(0, 16));
  if (time) return p.msg(msg('history.at', { date: p.date(start.slice(0, 10)), time: p.time(start.slice(11, 16)) }));
  return p.date(start.slice(0, 10));
}

/**
 * What was booked, as exactly as the row and its facts allow: "groepsvoorlichting in het
 * Arabisch op di 24 nov 09:00–11:00", "proefles bij Taalhuis op …", "startklas-intake op …";
 * a row that tells nothing more reads as the kind alone.
 */
export function bookingWhatMsg(details: unknown, facts: BookingFacts = {}): Msg {
  const type = str(details, 'type') ?? '';
  const kind = facts.kind ?? (str(details, 'kind') as BookingFacts['kind']);
  const start = facts.start ?? str2(details, 'start') ?? str2(details, 'slotStart') ?? str2(details, 'date');
  const end = facts.end ?? str2(details, 'end');
  const when = whenOf(start, end);
  const known = (BOOKING_TYPES as readonly string[]).includes(type) ? type : 'other';
  const plain = msg(`history.booking.type.${type === 'session' && (kind === 'groupInfo' || kind === 'toets') ? kind : known}`);
  if (!when) return plain;
  if (type === 'session' || type === 'groupInfo' || type === 'toets') {
    const k = type === 'session' ? kind : type;
    if (k === 'groupInfo') {
      const language = facts.language ?? str(details, 'language');
      const langCode = language ? `check.lang.${language}` : '';
      if (language && Object.prototype.hasOwnProperty.call(CATALOG, langCode)) return msg('history.booking.what.groupInfoIn', { language: p.msg(msg(langCode)), when });
      return msg('history.booking.what.groupInfo', { when });
    }
    if (k === 'toets') return msg('history.booking.what.toets', { when });
    return msg('history.booking.what.session', { when });
  }
  if (type === 'trialLesson') return facts.school ? msg('history.booking.what.trialLessonAt', { school: facts.school, when }) : msg('history.booking.what.trialLesson', { when });
  if (type === 'startklasIntake') return msg('history.booking.what.startklasIntake', { when });
  if (type === 'childcare') return msg('history.booking.what.childcare', { when });
  return plain;
}

function stepOf(details: unknown): MsgParam {
  const k = str(details, 'kind');
  return k && (DEMAND_KINDS as readonly string[]).includes(k) ? p.kind(k as DemandKind) : p.msg(msg('history.step.some'));
}

/** What an audit row about a client says. */
export function historyMsg(row: HistoryRowIn, facts?: BookingFacts): Msg {
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
      // Undo and redo write one row per person with the week's change as its type.
      if (row.action === 'update' && !(BOOKING_TYPES as readonly string[]).includes(type)) return msg('history.booking.weekChanged');
      const what = p.msg(bookingWhatMsg(d, facts));
      if (row.action === 'create') return msg('history.booking.created', { what });
      if (row.action === 'delete') return msg('history.booking.cancelled', { what });
      if (str(d, 'status') === 'accepted') return msg('history.booking.accepted', { what });
      if (overrideReason(d) !== null) return msg('history.booking.override', { what });
      if (Array.isArray((d as { fields?: unknown } | null)?.fields)) return msg('history.booking.sessionChanged', { what });
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

/**
 * The purposes the services write in Dutch on audit rows, by their message (the catalogue holds
 * the same Dutch, so an old row reads the same as a new one). Every purpose a service writes is
 * here: electron/services/audit/purposes.test.ts reads the services and fails on one that is not.
 */
export const PURPOSE_CODES: Readonly<Record<string, string>> = {
  'Fictieve demoregio aangemaakt bij eerste start': 'history.why.demoCreated',
  'Demoregio geladen bij eerste start': 'history.why.demoLoaded',
  'Demoregio verwijderd': 'history.why.demoRemoved',
  'Eigen regio ingericht bij eerste start': 'history.why.ownRegion',
  'deelnemer inschrijven': 'history.why.register',
  'deelnemer bewerken': 'history.why.edit',
  'stappen bijwerken': 'history.why.steps',
  'huishouden bijwerken': 'history.why.household',
  'toets boeken': 'history.why.toetsBook',
  'toets annuleren': 'history.why.toetsCancel',
  'toetsmoment openen': 'history.why.toetsOpen',
  'verzoek extra toetsmoment': 'history.why.slotRequest',
  'verzoek afgehandeld': 'history.why.slotRequestDone',
  'proeflessen boeken': 'history.why.trialBook',
  'proefles annuleren': 'history.why.trialCancel',
  'uitslag proefles': 'history.why.trialOutcome',
  'capaciteit taalschool': 'history.why.schoolCapacity',
  'aanmelden startklas': 'history.why.startklasIn',
  'afmelden startklas': 'history.why.startklasOut',
  'wachtlijst startklas': 'history.why.startklasWaiting',
  'aanmelden groepsvoorlichting': 'history.why.groupInfo',
  'PIP vastgesteld': 'history.why.pip',
  'recht op verwijdering (AVG)': 'history.why.erasure',
  'back-up teruggezet': 'history.why.restored',
  'geweigerde aanroep': 'history.why.refusedCall',
  'Wijziging in een gepubliceerde week': 'history.why.publishedWeek',
  'Wijziging in de weekplanning ongedaan gemaakt': 'history.why.undo',
  'Wijziging in de weekplanning opnieuw uitgevoerd': 'history.why.redo',
  'Voorstel weekplanning van de planner opgeslagen': 'history.why.plannerProposal',
  'Voorstel weekplanning opgeslagen': 'history.why.proposalSaved',
  'Voorstel weekplanning geaccepteerd': 'history.why.proposalAccepted',
  'Voorstel weekplanning verworpen': 'history.why.proposalDiscarded',
  'Weekplanning aangepast': 'history.why.weekEdited',
  'Conflict opgelost in de weekplanning': 'history.why.conflictSolved',
  'Sessie geannuleerd in de weekplanning': 'history.why.sessionCancelled',
  'moment annuleren': 'history.why.momentCancelled',
  'Weekplanning gepubliceerd': 'history.why.weekPublished',
  'Weekplanning opnieuw gepubliceerd na wijzigingen': 'history.why.weekRepublished',
  'Agenda van de week gedeeld met tolk of consulent': 'history.why.calendarShared',
  'Agenda’s van de week gedeeld met tolken en consulenten': 'history.why.calendarsShared',
  'Gewijzigde agenda’s gedeeld na publicatie': 'history.why.calendarsChanged',
  'Eigen agenda van de week geëxporteerd': 'history.why.calendarOwn',
  'beheer: gevolgen van een wijziging': 'history.why.manage.consequences',
  'beheer: consulent opslaan': 'history.why.manage.consultantSave',
  'beheer: consulent uit dienst': 'history.why.manage.consultantLeaves',
  'beheer: tolk opslaan': 'history.why.manage.interpreterSave',
  'beheer: tolk buiten gebruik': 'history.why.manage.interpreterOut',
  'beheer: gemeente opslaan': 'history.why.manage.gemeenteSave',
  'beheer: gemeente verwijderen': 'history.why.manage.gemeenteRemove',
  'beheer: locatie opslaan': 'history.why.manage.locationSave',
  'beheer: locatie verwijderen': 'history.why.manage.locationRemove',
  'beheer: reistijd instellen': 'history.why.manage.travelTime',
  'beheer: ruimte opslaan': 'history.why.manage.roomSave',
  'beheer: ruimte verwijderen': 'history.why.manage.roomRemove',
  'beheer: taalschool opslaan': 'history.why.manage.schoolSave',
  'beheer: taalschool verwijderen': 'history.why.manage.schoolRemove',
  'beheer: klas opslaan': 'history.why.manage.classSave',
  'beheer: klas verwijderen': 'history.why.manage.classRemove',
  'beheer: intakemoment startklas opslaan': 'history.why.manage.intakeSave',
  'beheer: intakemoment startklas verwijderen': 'history.why.manage.intakeRemove',
  'beheer: opvangaanbieder opslaan': 'history.why.manage.careSave',
  'beheer: opvangaanbieder verwijderen': 'history.why.manage.careRemove',
  'beheer: instellingen regio': 'history.why.manage.settings',
};

/** Purposes that carry something typed or named after a fixed start: the rest stays as written. */
const PREFIXED: readonly { prefix: string; code: string; param: string }[] = [
  { prefix: 'traject beëindigen: ', code: 'history.why.end', param: 'reason' },
  { prefix: 'import uit ', code: 'history.why.import', param: 'file' },
];

/**
 * Why it was done, from the audit row's purpose: a purpose the services write reads in the
 * reader's language; the reason typed when ending a trajectory stays as typed; anything else
 * (a reason a person typed, a purpose from an older version) as written.
 */
export function purposeMsg(purpose: string): Msg {
  const code = PURPOSE_CODES[purpose];
  if (code) return msg(code);
  for (const x of PREFIXED) if (purpose.startsWith(x.prefix)) return msg(x.code, { [x.param]: purpose.slice(x.prefix.length) });
  return msg('history.why.asWritten', { text: purpose });
}

/** The reason typed with "Toch boeken" on a booking row, or null. */
export function overrideReason(details: unknown): string | null {
  const o = (details as { override?: { reason?: unknown } } | null)?.override;
  return o && typeof o.reason === 'string' ? o.reason : null;
}

/**
 * Why a row was written: a booking made with "Toch boeken" gives the reason typed for it
 * (quoted, as typed); every other row its purpose.
 */
export function whyMsg(row: { purpose: string; details: unknown }): Msg {
  const reason = overrideReason(row.details);
  if (reason !== null) return msg('history.why.override', { reason });
  return purposeMsg(row.purpose);
}

/** Purposes under which only proposals are booked (the planner's stored plan). */
const PROPOSAL_PURPOSES = new Set(['Voorstel weekplanning van de planner opgeslagen', 'Voorstel weekplanning opgeslagen']);

/**
 * A client's history without the planner's proposals that were never accepted: a proposal
 * is no booking, so its "booked" row and the row that discarded or replaced it are left out.
 * An accepted proposal shows as its acceptance ("Boeking vastgesteld"). Rows newest first, as
 * the audit log reads them; a proposal is known by its status (or, in older rows, the planner's
 * purpose) and followed by its session, or by its kind and step.
 */
export function withoutProposals<T extends HistoryRowIn & { purpose: string }>(rowsNewestFirst: readonly T[]): T[] {
  const hidden = new Set<T>();
  // key -> the proposal rows waiting for an acceptance or a removal
  const pending = new Map<string, T[]>();
  const keysOf = (d: unknown): string[] => {
    const type = str(d, 'type') ?? '';
    const keys: string[] = [];
    const session = str(d, 'sessionId');
    if (session) keys.push(`session|${session}`);
    const demand = str(d, 'demandId');
    if (demand) keys.push(`${type}|demand|${demand}`);
    const slot = str(d, 'slotStart');
    if (type === 'childcare' && slot) keys.push(`childcare|${slot}`);
    return keys;
  };
  for (let i = rowsNewestFirst.length - 1; i >= 0; i--) {
    const row = rowsNewestFirst[i]!;
    if (row.entity !== 'booking') continue;
    const d = row.details;
    const type = str(d, 'type') ?? '';
    const keys = keysOf(d);
    if (row.action === 'create') {
      const status = str(d, 'status');
      const proposal = status === 'proposed' || (status === undefined && PROPOSAL_PURPOSES.has(row.purpose));
      if (!proposal) continue;
      hidden.add(row);
      for (const k of keys) pending.set(k, [...(pending.get(k) ?? []), row]);
      continue;
    }
    const matched = keys.filter((k) => pending.has(k));
    if (row.action === 'update' && str(d, 'status') === 'accepted') {
      // Accepted: no longer a proposal. Older seat rows name only their type: all of it.
      const done = matched.length > 0 ? matched : [...pending.keys()].filter((k) => k.startsWith(`${type}|`));
      for (const k of done) for (const r of pending.get(k) ?? []) for (const kk of keysOf(r.details)) pending.delete(kk);
      continue;
    }
    if (row.action === 'delete' && ((d as { proposal?: unknown } | null)?.proposal === true || matched.length > 0)) {
      hidden.add(row);
      for (const k of matched) for (const r of pending.get(k) ?? []) for (const kk of keysOf(r.details)) pending.delete(kk);
    }
  }
  return rowsNewestFirst.filter((r) => !hidden.has(r));
}
