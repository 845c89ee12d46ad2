// Which profile may make which call. Declared beside the contract so that every call has a rule
// (the type below fails to compile when a call is missing) and enforced in one place:
// createDispatch's `authorize` option, fed by authorizeCall.
import type { CallName, Profile, ProfileKind } from './contract';
import type { ApiErrorData } from './errors';

/** 'anyone': no profile needed (choosing one, app info). Otherwise the kinds that may call. */
export type AccessRule = 'anyone' | readonly ProfileKind[];

const C = ['coordinator'] as const;
const CONSULTANT = ['consultant'] as const;
const LIAISON = ['liaison'] as const;
const STAFF = ['coordinator', 'consultant'] as const;

export const ACCESS: { readonly [N in CallName]: AccessRule } = {
  'app.info': 'anyone',
  // The renderer reports its errors whoever uses it, before a profile is chosen too.
  'app.logError': 'anyone',
  // Paths and log lines: the coordinator only (issue 12 narrows paths to administrators).
  'app.log': C,
  'profile.options': 'anyone',
  'profile.select': 'anyone',
  'profile.current': 'anyone',
  'region.overview': C,
  'week.get': C,
  'participants.search': ['coordinator', 'consultant'],
  'week.resources': C,
  'week.layers': C,
  'week.planning': C,
  'week.conflicts': C,
  'week.unplanned': C,
  'planner.start': C,
  'planner.cancel': C,
  'planner.releaseLock': C,
  'planner.status': C,
  'proposal.accept': C,
  'proposal.discard': C,
  'session.update': C,
  'session.pin': C,
  'session.cancel': C,
  'fix.apply': C,
  'history.state': C,
  'history.undo': C,
  'history.redo': C,
  'week.publish': C,
  'week.changes': C,
  'export.ics': C,
  'export.zip': C,
  // A consultant's own calendar only: the handler takes the consultant from the profile.
  'export.ownWeek': CONSULTANT,
  'deadlines.list': C,
  // The coordinator: one participant at a time, to book by hand (the handler requires participantId).
  'consultant.caseload': STAFF,
  // Booking for a client: a consultant their own (the handler checks), the coordinator anyone
  // ("handmatig boeken" from the not-planned list), with the same checks before booking.
  'toets.slots': STAFF,
  'toets.book': STAFF,
  'toets.cancel': STAFF,
  'toets.requestSlot': CONSULTANT,
  'toets.rooms': CONSULTANT,
  'toets.openSlot': CONSULTANT,
  'requests.list': C,
  'requests.resolve': C,
  'trial.options': STAFF,
  'trial.book': STAFF,
  'trial.cancel': STAFF,
  'startklas.options': STAFF,
  'startklas.register': STAFF,
  'startklas.cancel': STAFF,
  'groupInfo.preview': STAFF,
  'groupInfo.enlist': STAFF,
  'pip.set': CONSULTANT,
  'school.capacity': LIAISON,
  'school.updateClass': LIAISON,
  'trial.recordOutcome': LIAISON,
  // A whole trial lesson or intake moment: the coordinator any; a liaison their own school's
  // trial lessons only (the service refuses another school's as not found, and every intake).
  'moment.cancel': ['coordinator', 'liaison'],
  // First start: nobody can have chosen a profile before there is a region, so the two ways to
  // set one up are open to anyone, and the service refuses them once a region exists.
  'setup.createRegion': 'anyone',
  'setup.loadDemo': 'anyone',
  'setup.removeDemo': C,
  // Excel in and out, backups (issue 11): the coordinator's.
  'data.importPreview': C,
  'data.import': C,
  'data.exportRegion': C,
  'data.template': C,
  'data.exportWeek': C,
  'data.backup': C,
  // On the team server the handler also asks for a beheerder account (a restore replaces everyone's data).
  'data.backups': C,
  'data.restore': C,
  // Beheer: the coordinator manages everything; a liaison lists and saves only their own
  // school's classes (enforced in the service, which names no other school).
  'gemeenten.list': C,
  'gemeenten.save': C,
  'gemeenten.remove': C,
  'locations.list': C,
  'locations.save': C,
  'locations.remove': C,
  'travelTimes.list': C,
  'travelTimes.set': C,
  'rooms.list': C,
  'rooms.save': C,
  'rooms.remove': C,
  'consultants.list': C,
  'consultants.save': C,
  'consultants.remove': C,
  'interpreters.list': C,
  'interpreters.save': C,
  'interpreters.remove': C,
  'schools.list': C,
  'schools.save': C,
  'schools.remove': C,
  'classes.list': ['coordinator', 'liaison'],
  'classes.save': ['coordinator', 'liaison'],
  'classes.remove': C,
  'startklasIntakes.list': C,
  'startklasIntakes.save': C,
  'startklasIntakes.remove': C,
  'childcareProviders.list': C,
  'childcareProviders.save': C,
  'childcareProviders.remove': C,
  'settings.get': C,
  'settings.save': C,
  // People (issue 10): the coordinator for everyone, a consultant for their own clients only
  // (enforced in the service: "Deze cliënt hoort niet bij uw caseload."). Never a liaison.
  // Team-server accounts: the coordinator profile, and the handler also asks for a beheerder account.
  'accounts.list': C,
  'accounts.add': C,
  'accounts.setRole': C,
  'accounts.resetPassword': C,
  'accounts.setDisabled': C,
  'accounts.logoutEverywhere': C,
  'accounts.resetTotp': C,
  'accounts.setEmail': C,
  'people.options': STAFF,
  'participants.get': STAFF,
  'participants.save': STAFF,
  'households.save': STAFF,
  'households.link': STAFF,
  'steps.add': STAFF,
  'steps.remove': STAFF,
  'steps.reorder': STAFF,
  'participants.end': STAFF,
  'participants.erasePreview': STAFF,
  'participants.erase': STAFF,
};

/** Per client (one HTTP server token, one Electron window): who is using it. */
export interface ClientSession {
  profile: Profile | null;
  /** On the team server: the signed-in account. The profile then follows from it and cannot be chosen. */
  account?: { id: string; username: string; role: 'beheerder' | 'coordinator' | 'consultant' | 'liaison' };
}

/** What every transport passes to dispatch. */
export interface ApiCtx {
  transport: 'ipc' | 'http' | 'test';
  session: ClientSession;
}

/** A caller with no profile chosen yet (in-process callers: tests, benchmarks, the demo). */
export function anonymousCtx(transport: ApiCtx['transport'] = 'test'): ApiCtx {
  return { transport, session: { profile: null } };
}

export const PROFILE_LABEL_NL: Record<ProfileKind, string> = {
  coordinator: 'Coördinator',
  consultant: 'Consulent',
  liaison: 'Taalschool',
};

export function profileOf(ctx: ApiCtx): Profile | null {
  return ctx.session.profile;
}

/** Null when allowed; otherwise the 'forbidden' error to return. */
export function authorizeCall(name: CallName, ctx: ApiCtx): ApiErrorData | null {
  const rule = ACCESS[name];
  if (rule === 'anyone') return null;
  const profile = profileOf(ctx);
  if (!profile) return { code: 'forbidden', message: 'Kies eerst een profiel.' };
  if (!rule.includes(profile.kind)) {
    return { code: 'forbidden', message: `Dit mag het profiel ${PROFILE_LABEL_NL[profile.kind]} niet.` };
  }
  return null;
}

/**
 * Keys a liaison's answers may contain (data minimisation, DOMAIN.md "Privacy"): names, route
 * indication, language and trial-lesson times and outcomes; never household, children, health,
 * BSN, address or another school. A test walks every liaison answer against this list.
 */
export const LIAISON_ALLOWED_KEYS: ReadonlySet<string> = new Set([
  // profile and app info
  'profile',
  'kind',
  'id',
  'name',
  'consultants',
  'schools',
  'version',
  'schemaVersion',
  'dataFile',
  'regionName',
  'today',
  'setup',
  'demoAvailable',
  'logged',
  // capacity
  'school',
  'weekStart',
  'weeks',
  'classes',
  'route',
  'locationName',
  'capacity',
  'placesTaken',
  'placesFree',
  'trialSeats',
  'lessonTimes',
  'weekday',
  'start',
  'end',
  'lessons',
  'trialBooked',
  'trialFree',
  'heatmap',
  'date',
  'dayPart',
  'occupied',
  'trialVisitors',
  'bookingId',
  'routeIndication',
  'language',
  'classId',
  'className',
  'outcome',
  'attended',
  'routeAdvice',
  'class',
  // lessons with more trial lessons booked than the lowered seats (times and counts only)
  'overbooked',
  'booked',
  // Beheer: the liaison's own classes (classes.list) and the outcome of classes.save. The
  // outcome's conflict items (checker sentences that name people) are never sent to a
  // liaison, only their count: 'rule' stays off this list; 'message' is the outcome's own
  // sentence about counts.
  'items',
  'count',
  'schoolId',
  'schoolName',
  'locationId',
  'firstDate',
  'lastDate',
  'active',
  'trialBookings',
  'future',
  'firstWeek',
  'past',
  // a class's stamp (the id of its last change in the audit log, a number naming no one): sent
  // back as expectedStamp, so a save on a form someone changed meanwhile is refused as stale
  'stamp',
  'locations',
  'applied',
  'message',
  // the outcome's sentence as a message (names of things, counts and weeks; a test refuses a
  // person among its parameters)
  'msg',
  'conflicts',
  'weeks',
  // moment.cancel: the lesson (`moment`) and who loses their place there (names, no hint) with their
  // consultant, whom the school may call about it
  'moment',
  'participants',
  'consultant',
  'confirmed',
]);
