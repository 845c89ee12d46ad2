// participants.get (the client page) and participants.erasePreview (what "Gegevens
// verwijderen" would remove): read-only, audited as reads (READ_AUDITS).
import type { Handlers } from '../../../shared/api/dispatch';
import type { ApiCtx } from '../../../shared/api/access';
import type { ParticipantDetail, Step } from '../../../shared/api/contract';
import { stepMsg } from '../../../shared/domain/appointment-words';
import { daysBetween } from '../../../shared/domain/week';
import { formatDateNl, whenNl } from '../../../shared/domain/dutch-dates';
import { actorMsg, historyMsg, purposeMsg } from '../../../shared/domain/people-history';
import { renderMsg } from '../../../shared/messages';
import type { Db } from '../../../db/connection';
import { listGemeenten, listLocations, listConsultants, listSchools } from '../../../db/repositories/region';
import { listWeeklyTimes } from '../../../db/repositories/availability';
import { trialOutcomesOf } from '../../../db/repositories/trial-outcomes';
import { firstActivityDates } from '../../../db/repositories/sessions';
import {
  auditOfPerson,
  bookingsOfPerson,
  childrenWithCare,
  erasurePlan,
  getHousehold,
  householdMemberIds,
  householdVersion,
  listSteps,
  type PersonBooking,
} from '../../../db/repositories/people';
import { getParticipant, participantVersion } from '../../../db/repositories/participants';
import type { ServiceDeps } from '../context';
import { termsOf } from '../deadlines/deadlines';
import { callerOf, clientFor } from './client-access';

export function bookingOut(b: PersonBooking): ParticipantDetail['bookings']['past'][number] {
  return { kind: b.kind, label: b.label, labelMsg: b.labelMsg, start: b.start, end: b.end, locationName: b.locationName, status: b.status };
}

/** A booking in a sentence: "Proefles Taalschool Noord (B1-ochtend), di 01-12 09:00". */
export function bookingNl(b: Pick<PersonBooking, 'label' | 'start'>): string {
  return `${b.label}, ${whenNl(b.start)}`;
}

/** The client's steps as the page shows them: open and planned in order, then done. */
export function stepsOf(db: Db, participantId: string): Step[] {
  const bookings = bookingsOfPerson(db, participantId);
  return listSteps(db, participantId).map((d) => {
    const booking = bookings.find((b) => b.demandId === d.id);
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
      booking: booking ? bookingOut(booking) : null,
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
          children: childrenWithCare(db, h.id).map((c) => ({ ...c, ageYears: Math.max(0, Math.floor(daysBetween(c.birthDate, today) / 365.25)) })),
        };
      }
      return {
        person: {
          id: p.id,
          givenName: p.givenName,
          familyName: p.familyName,
          name: p.name,
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
        terms: termsOf(p, today, firstActivityDates(db)),
        household,
        steps: stepsOf(db, p.id),
        bookings: {
          past: bookings.filter((b) => b.start.slice(0, 10) < today).map(bookingOut),
          coming: bookings.filter((b) => b.start.slice(0, 10) >= today).map(bookingOut),
        },
        trialOutcomes: trialOutcomesOf(db, p.id),
        history: auditOfPerson(db, p.id, p.householdId).map((r) => {
          const whoMsg = actorMsg(r.actor, { consultants, schools });
          const whatMsg = historyMsg(r);
          return { at: r.at, who: renderMsg(whoMsg, 'nl'), what: renderMsg(whatMsg, 'nl'), why: r.purpose, whoMsg, whatMsg, whyMsg: purposeMsg(r.purpose) };
        }),
        version: participantVersion(db, p.id),
      };
    },

    'participants.erasePreview': ({ id }, ctx) => {
      const p = clientFor(db, callerOf(ctx), id, { write: true });
      const plan = erasurePlan(db, p.id, env.today());
      const removes = [
        'Naam, talen, digitale vaardigheid, route-indicatie en de datums van koppeling, aankomst, huisvesting en PIP.',
        'Vaste bezigheden (werk en andere vaste tijden) en de koppeling aan de consulent.',
        'Open stappen en de plaats op de wachtlijst van de startklas.',
      ];
      if (plan.future.length > 0) removes.push(`${plan.future.length} afspraak/afspraken vanaf vandaag: ${plan.future.map(bookingNl).join('; ')}.`);
      if (plan.household?.removed) {
        removes.push(
          plan.household.children > 0
            ? `Het huishouden met ${plan.household.children} kind(eren) (naam, geboortedatum, opvang- en schooltijden)${plan.household.childcareFromToday > 0 ? ` en ${plan.household.childcareFromToday} geboekte opvangmomenten vanaf vandaag` : ''}.`
            : 'Het huishouden.',
        );
      } else if (plan.household) removes.push('De koppeling aan het huishouden (de partner en de kinderen blijven bij de partner).');
      const keeps = [
        plan.pastCount > 0
          ? `${plan.pastCount} afspraak/afspraken in het verleden blijven staan als "Verwijderde deelnemer", zodat de aantallen kloppen.`
          : 'Er zijn geen afspraken in het verleden.',
        'Het auditlog houdt één regel dat de gegevens zijn verwijderd, zonder persoonsgegevens.',
      ];
      if (p.endedOn === null) keeps.push(`Het traject eindigt op ${formatDateNl(env.today())}.`);
      return { removes, keeps, futureBookings: plan.future.map(bookingOut), pastBookings: plan.pastCount };
    },
  };
}
