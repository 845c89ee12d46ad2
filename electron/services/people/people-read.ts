// participants.get (the client page) and participants.erasePreview (what "Gegevens
// verwijderen" would remove): read-only, audited as reads (READ_AUDITS).
import type { Handlers } from '../../../shared/api/dispatch';
import type { ApiCtx } from '../../../shared/api/access';
import type { ParticipantDetail, Step } from '../../../shared/api/contract';
import { stepMsg } from '../../../shared/domain/appointment-words';
import { ageInMonths } from '../../../shared/domain/time';
import { whenNl } from '../../../shared/domain/dutch-dates';
import { actorMsg, historyMsg, whyMsg, withoutProposals, type BookingFacts } from '../../../shared/domain/people-history';
import { msg, p as param, renderMsg, type Msg } from '../../../shared/messages';
import type { Db } from '../../../db/connection';
import { listGemeenten, listLocations, listConsultants, listSchools } from '../../../db/repositories/region';
import { listWeeklyTimes } from '../../../db/repositories/availability';
import { trialOutcomesOf } from '../../../db/repositories/trial-outcomes';
import { activityDates } from '../../../db/repositories/sessions';
import {
  auditOfPerson,
  bookingsOfPerson,
  childrenWithCare,
  erasurePlan,
  getHousehold,
  historyLookups,
  householdMemberIds,
  householdVersion,
  listSteps,
  type HistoryLookups,
  type PersonBooking,
} from '../../../db/repositories/people';
import { getParticipant, participantVersion } from '../../../db/repositories/participants';
import type { ServiceDeps } from '../context';
import { termsOf } from '../deadlines/deadlines';
import { callerOf, clientFor } from './client-access';
import { participantHints } from '../participants/hints';
import { overrideNotesOf, type OverrideNote } from '../bookings/override-note';

/** What a booking row of the history is about, from the row and, where it does not say, the database. */
function factsOf(row: { entity: string; details: unknown }, look: HistoryLookups, removed: ReadonlyMap<string, BookingFacts>): BookingFacts {
  if (row.entity !== 'booking') return {};
  const d = (row.details ?? {}) as Record<string, unknown>;
  const s = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : null);
  const sessionId = s('sessionId');
  if (d.type === 'session' && sessionId && !s('start')) {
    const f = look.session(sessionId);
    return f ? { kind: f.kind, start: f.start, end: f.end, language: f.language } : (removed.get(sessionId) ?? {});
  }
  const classId = s('classId');
  if (d.type === 'trialLesson' && classId) {
    const school = look.schoolOfClass(classId);
    return school ? { school } : {};
  }
  const intakeId = s('intakeId');
  const date = s('date');
  if (d.type === 'startklasIntake' && intakeId && date) {
    const t = look.intakeTimes(intakeId);
    return t ? { start: `${date}T${t.start}`, end: `${date}T${t.end}` } : {};
  }
  return {};
}

export function bookingOut(b: PersonBooking): ParticipantDetail['bookings']['past'][number] {
  return withNote(b);
}

/** A booking as the page shows it; `notes` marks one made with "Toch boeken" (by its step; a missed lesson is not marked). */
function withNote(b: PersonBooking, notes?: Map<string, OverrideNote>): ParticipantDetail['bookings']['past'][number] {
  const override = b.missed ? undefined : notes?.get(b.demandId);
  return {
    kind: b.kind,
    label: b.label,
    labelMsg: b.labelMsg,
    start: b.start,
    end: b.end,
    locationName: b.locationName,
    status: b.status,
    missed: b.missed,
    ...(override ? { override } : {}),
  };
}

/** A booking in a sentence: "Proefles Taalschool Noord (B1-ochtend), di 01-12 09:00". */
export function bookingNl(b: Pick<PersonBooking, 'label' | 'start'>): string {
  return `${b.label}, ${whenNl(b.start)}`;
}

/** The client's steps as the page shows them: open and planned in order, then done. */
export function stepsOf(db: Db, participantId: string): Step[] {
  const bookings = bookingsOfPerson(db, participantId);
  const notes = overrideNotesOf(db, participantId);
  return listSteps(db, participantId).map((d) => {
    // A missed trial lesson no longer holds its step: the step is to be booked again.
    const booking = bookings.find((b) => b.demandId === d.id && !b.missed);
    const labelMsg = stepMsg(d);
    return {
      demandId: d.id,
      kind: d.kind,
      label: renderMsg(labelMsg, 'nl'),
      labelMsg,
      school: d.schoolId ? { id: d.schoolId, name: d.schoolName ?? '' } : null,
      status: d.status,
      earliestDate: d.earliestDate,
      dueDate: d.dueDate,
      booking: booking ? withNote(booking, notes) : null,
    };
  });
}

export function peopleReadHandlers({ db, env }: ServiceDeps): Pick<Handlers<ApiCtx>, 'people.options' | 'participants.get' | 'participants.erasePreview'> {
  return {
    'people.options': (_input, ctx) => {
      const caller = callerOf(ctx);
      const consultants = listConsultants(db).filter((c) => caller.kind === 'coordinator' || c.id === caller.id);
      return {
        gemeenten: listGemeenten(db),
        consultants: consultants.map((c) => ({ id: c.id, name: c.name })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
        schools: listSchools(db).map((s) => ({ id: s.id, name: s.name })),
      };
    },
    'participants.get': ({ id }, ctx) => {
      const p = clientFor(db, callerOf(ctx), id);
      const today = env.today();
      const consultants = new Map(listConsultants(db).map((c) => [c.id, c.name]));
      const schools = new Map(listSchools(db).map((s) => [s.id, s.name]));
      const home = listLocations(db).find((l) => l.id === p.homeLocationId);
      const bookings = bookingsOfPerson(db, p.id);
      // The page's heading tells same-named people apart as the lists do.
      const hint = participantHints(db)(p.id);
      const notes = overrideNotesOf(db, p.id);
      const look = historyLookups(db);
      const historyRows = withoutProposals(auditOfPerson(db, p.id, p.householdId));
      // A removed session's rows say what it was: its earlier rows read the same.
      const removedSessions = new Map<string, BookingFacts>();
      for (const r of historyRows) {
        const d = (r.details ?? {}) as Record<string, unknown>;
        if (r.entity === 'booking' && d.type === 'session' && typeof d.sessionId === 'string' && typeof d.start === 'string' && (d.kind === 'groupInfo' || d.kind === 'toets')) {
          const language = typeof d.language === 'string' ? d.language : null;
          removedSessions.set(d.sessionId, { kind: d.kind, start: d.start, ...(typeof d.end === 'string' ? { end: d.end } : {}), language });
        }
      }
      let household: ParticipantDetail['household'] = null;
      if (p.householdId) {
        const h = getHousehold(db, p.householdId)!;
        household = {
          name: h.name,
          adultsOutside: h.adultsOutside,
          version: householdVersion(db, h.id)?.version ?? 1,
          partners: householdMemberIds(db, h.id)
            .filter((x) => x !== p.id)
            .map((x) => ({ id: x, name: getParticipant(db, x)!.name })),
          children: childrenWithCare(db, h.id).map((c) => {
            const ageMonths = Math.max(0, ageInMonths(c.birthDate, today));
            return { ...c, ageMonths };
          }),
        };
      }
      return {
        person: {
          id: p.id,
          givenName: p.givenName,
          familyName: p.familyName,
          name: p.name,
          ...(hint ? { hint } : {}),
          gemeente: { id: p.gemeenteId, name: p.gemeente },
          homeLocation: { id: p.homeLocationId, name: home?.name ?? '' },
          migrantKind: p.migrantKind,
          koppelingDate: p.koppelingDate,
          registrationDate: p.registrationDate,
          housingDate: p.housingDate,
          pipDate: p.pipDate,
          language: p.language,
          otherLanguages: p.otherLanguages,
          digitalSkill: p.digitalSkill,
          routeIndication: p.routeIndication,
          consultant: p.consultantId ? { id: p.consultantId, name: consultants.get(p.consultantId) ?? '' } : null,
          busy: listWeeklyTimes(db, { kind: 'participant', id: p.id }),
          endedOn: p.endedOn,
          endReason: p.endReason,
          erased: p.erasedOn !== null,
        },
        terms: termsOf(p, today, activityDates(db)),
        household,
        steps: stepsOf(db, p.id),
        bookings: {
          past: bookings.filter((b) => b.missed || b.start.slice(0, 10) < today).map((b) => withNote(b, notes)),
          coming: bookings.filter((b) => !b.missed && b.start.slice(0, 10) >= today).map((b) => withNote(b, notes)),
        },
        trialOutcomes: trialOutcomesOf(db, p.id),
        history: historyRows.map((r) => {
          const whoMsg = actorMsg(r.actor, { consultants, schools });
          const whatMsg = historyMsg(r, factsOf(r, look, removedSessions));
          const why = whyMsg(r);
          return { at: r.at, who: renderMsg(whoMsg, 'nl'), what: renderMsg(whatMsg, 'nl'), why: renderMsg(why, 'nl'), whoMsg, whatMsg, whyMsg: why };
        }),
        version: participantVersion(db, p.id),
      };
    },

    'participants.erasePreview': ({ id }, ctx) => {
      const person = clientFor(db, callerOf(ctx), id, { write: true });
      const plan = erasurePlan(db, person.id, env.today());
      const removesMsg: Msg[] = [msg('erasePreview.personal'), msg('erasePreview.busy'), msg('erasePreview.steps')];
      if (plan.future.length > 0) {
        const bookings = plan.future.map((b) => param.msg(msg('erasePreview.booking', { what: param.msg(b.labelMsg), when: param.span(b.start, b.end) })));
        removesMsg.push(msg('erasePreview.future', { n: plan.future.length, bookings: param.list(bookings) }));
      }
      const h = plan.household;
      if (h?.removed) {
        if (h.children === 0) removesMsg.push(msg('erasePreview.household'));
        else if (h.childcareFromToday > 0) removesMsg.push(msg('erasePreview.householdChildrenCare', { n: h.children, care: h.childcareFromToday }));
        else removesMsg.push(msg('erasePreview.householdChildren', { n: h.children }));
      } else if (h) removesMsg.push(msg('erasePreview.householdLink'));
      const keepsMsg: Msg[] = [plan.pastCount > 0 ? msg('erasePreview.pastKept', { n: plan.pastCount }) : msg('erasePreview.noPast'), msg('erasePreview.auditKept')];
      if (person.endedOn === null) keepsMsg.push(msg('erasePreview.endsToday', { date: param.date(env.today(), true) }));
      const nl = (list: Msg[]) => list.map((m) => renderMsg(m, 'nl'));
      return { removes: nl(removesMsg), keeps: nl(keepsMsg), removesMsg, keepsMsg, futureBookings: plan.future.map(bookingOut), pastBookings: plan.pastCount };
    },
  };
}
