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
  'planner.status': C,
  'proposal.accept': C,
  'proposal.discard': C,
  'session.update': C,
  'session.pin': C,
  'fix.apply': C,
  'history.state': C,
  'history.undo': C,
  'history.redo': C,
  'week.publish': C,
  'export.ics': C,
  'deadlines.list': C,
  'consultant.caseload': CONSULTANT,
  'toets.slots': CONSULTANT,
  'toets.book': CONSULTANT,
  'toets.cancel': CONSULTANT,
  'toets.requestSlot': CONSULTANT,
  'toets.rooms': CONSULTANT,
  'toets.openSlot': CONSULTANT,
  'requests.list': C,
  'requests.resolve': C,
  'trial.options': CONSULTANT,
  'trial.book': CONSULTANT,
  'trial.cancel': CONSULTANT,
  'startklas.register': CONSULTANT,
  'startklas.cancel': CONSULTANT,
  'groupInfo.enlist': CONSULTANT,
  'pip.set': CONSULTANT,
  'school.capacity': LIAISON,
  'school.updateClass': LIAISON,
  'trial.recordOutcome': LIAISON,
};

/** Per client (one HTTP server token, one Electron window): who is using it. */
export interface ClientSession {
  profile: Profile | null;
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
]);
