// participants.save (the participant form: a new one gets the standard steps) and the household
// calls (households.save, households.link). Everything a change depends on is read inside its
// writeTx; every change writes its audit rows there too.
import type { Handlers } from '../../../shared/api/dispatch';
import type { ApiCtx } from '../../../shared/api/access';
import type { CallOutput, HandlerInput } from '../../../shared/api/contract';
import { ApiError, invalidInput } from '../../../shared/api/errors';
import { msg, p as param } from '../../../shared/messages';
import { standardSteps } from '../../../shared/domain/standard-steps';
import { FIELD_NL } from '../../../shared/domain/people-history-nl';
import { whenNl } from '../../../shared/domain/dutch-dates';
import { writeTx } from '../../../db/tx';
import type { Db } from '../../../db/connection';
import type { AuditContext } from '../../../db/repositories/audit';
import { listConsultants, listGemeenten, listLocations, listSchools } from '../../../db/repositories/region';
import {
  addChild,
  createHousehold,
  createParticipant,
  deleteHousehold,
  lastParticipantSave,
  participantVersion,
  updateParticipant,
  type Participant,
} from '../../../db/repositories/participants';
import { staleFormMsg } from '../../../shared/domain/changed-by';
import { amsterdamToUtc, utcToAmsterdam } from '../../../shared/domain/amsterdam-time';
import { listWeeklyTimes } from '../../../db/repositories/availability';
import {
  addStep,
  childcareFrom,
  childrenWithCare,
  getHousehold,
  householdMemberIds,
  householdVersion,
  markHouseholdSaved,
  removeChild,
  setHouseholdAdultsOutside,
  setParticipantHousehold,
  updateChild,
} from '../../../db/repositories/people';
import { nowOf, type ServiceDeps } from '../context';
import { profileAudit } from '../audit/profile-audit';
import { profileOf } from '../../../shared/api/access';
import { callerOf, clientFor, type Caller } from './client-access';

const many = (n: number, one: string, more: string) => `${n} ${n === 1 ? one : more}`;

/** The place a person lives: the one chosen (in the gemeente), or the gemeente's first woonkern or place. */
function homeLocationFor(db: Db, gemeenteId: string, chosen: string | null): string {
  const places = listLocations(db).filter((l) => l.gemeenteId === gemeenteId);
  if (chosen) {
    if (!places.some((l) => l.id === chosen)) throw invalidInput('homeLocationId', msg('clientForm.homeNotInGemeente'));
    return chosen;
  }
  const home = places.find((l) => l.kind === 'woonkern') ?? places[0];
  if (!home) throw invalidInput('gemeenteId', msg('clientForm.gemeenteWithoutPlace'));
  return home.id;
}

function consultantFor(db: Db, caller: Caller, chosen: string | null): string | null {
  if (caller.kind === 'consultant') {
    if (chosen !== null && chosen !== caller.id) throw invalidInput('consultantId', msg('clientForm.consultantSelfOnly'));
    return caller.id;
  }
  // The coordinator may leave a client without consultant for now.
  if (chosen === null) return null;
  if (!listConsultants(db).some((c) => c.id === chosen)) throw invalidInput('consultantId', msg('clientForm.consultantUnknown'));
  return chosen;
}

/** A household can take this partner: not in another household that holds others or children. */
function freeToJoin(db: Db, partner: Participant, householdId: string | null): void {
  if (!partner.householdId || partner.householdId === householdId) return;
  const others = householdMemberIds(db, partner.householdId).filter((x) => x !== partner.id);
  if (others.length > 0 || childrenWithCare(db, partner.householdId).length > 0) {
    throw new ApiError({ code: 'conflict', field: 'partnerId', msg: msg('clientForm.partnerElsewhere', { who: param.person(partner.name) }) });
  }
}

export function peopleWriteHandlers({ db, env, events }: ServiceDeps): Pick<Handlers<ApiCtx>, 'participants.save' | 'households.save' | 'households.link'> {
  const changed = () => events.emit({ type: 'data.changed', area: 'participants' });

  // What the save depends on (the client being the caller's, the gemeente and place) is read in its transaction.
  function saveParticipant(input: HandlerInput<'participants.save'>, ctx: ApiCtx): CallOutput<'participants.save'> {
    const caller = callerOf(ctx);
    const profile = profileOf(ctx);
    const before = input.id ? clientFor(db, caller, input.id, { write: true }) : null;
    // Saved on a version someone changed meanwhile: refused, saying who and when.
    if (before && input.expectedVersion !== undefined) {
      const stored = participantVersion(db, before.id);
      if (stored !== input.expectedVersion) {
        const change = lastParticipantSave(db, before.id);
        throw new ApiError({ code: 'stale', msg: staleFormMsg('participant', change && { ...change, at: utcToAmsterdam(change.at) }, nowOf(env)) });
      }
    }
    if (!listGemeenten(db).some((g) => g.id === input.gemeenteId)) throw invalidInput('gemeenteId', msg('clientForm.gemeenteUnknown'));
    const homeLocationId = homeLocationFor(db, input.gemeenteId, input.homeLocationId ?? (before?.gemeenteId === input.gemeenteId ? before.homeLocationId : null));
    const consultantId = consultantFor(db, caller, input.consultantId);
    const fields = {
      givenName: input.givenName,
      familyName: input.familyName,
      gemeenteId: input.gemeenteId,
      homeLocationId,
      migrantKind: input.migrantKind,
      koppelingDate: input.koppelingDate,
      registrationDate: input.registrationDate,
      housingDate: input.housingDate,
      language: input.language,
      otherLanguages: input.otherLanguages,
      digitalSkill: input.digitalSkill,
      routeIndication: input.routeIndication,
      consultantId,
      busy: input.busy.map((b) => ({ weekday: b.weekday, start: b.start, end: b.end, validFrom: b.validFrom, validUntil: b.validUntil })),
    };
    if (before) {
      const audit = profileAudit(env, profile, input.reason ?? 'deelnemer bewerken');
      // The busy times come with every save: only a real difference is a change.
      const busyBefore = listWeeklyTimes(db, { kind: 'participant', id: before.id });
      const sameBusy =
        fields.busy.every((b) => !b.validFrom && !b.validUntil) &&
        JSON.stringify(busyBefore) ===
          JSON.stringify(fields.busy.map((b) => ({ weekday: b.weekday, start: b.start, end: b.end })).sort((a, b) => a.weekday - b.weekday || (a.start < b.start ? -1 : 1)));
      const { busy, ...rest } = fields;
      const real = updateParticipant(db, audit, before.id, sameBusy ? rest : { ...rest, busy });
      if (real.length > 0) changed();
      return {
        applied: true,
        id: before.id,
        message: real.length > 0 ? `Opgeslagen: ${real.map((n) => FIELD_NL[n] ?? n).join(', ')}.` : 'Er was niets gewijzigd.',
        bookings: [],
      };
    }
    const audit = profileAudit(env, profile, input.reason ?? 'deelnemer inschrijven');
    const { id, steps } = writeTx(db, () => {
      const newId = createParticipant(db, audit, fields);
      const steps = standardSteps({
        migrantKind: input.migrantKind,
        koppelingDate: input.koppelingDate,
        registrationDate: input.registrationDate,
        housingDate: input.housingDate,
        today: env.today(),
        schoolIds: listSchools(db).map((s) => s.id),
      });
      for (const s of steps) addStep(db, audit, { participantId: newId, ...s });
      return { id: newId, steps: steps.length };
    });
    changed();
    return { applied: true, id, message: `${input.givenName} is ingeschreven met ${many(steps, 'stap', 'stappen')}.`, bookings: [] };
  }

  return {
    'participants.save': (input, ctx) => writeTx(db, () => saveParticipant(input, ctx)),

    'households.save': (input, ctx) => {
      const caller = callerOf(ctx);
      const audit = profileAudit(env, profileOf(ctx), 'huishouden bijwerken');
      const today = env.today();
      return writeTx(db, () => {
        const p = clientFor(db, caller, input.participantId, { field: 'participantId', write: true });
        // Saved on a version of the household someone changed meanwhile: refused, saying who and when.
        const stored = p.householdId ? householdVersion(db, p.householdId) : null;
        if (stored && input.expectedVersion !== undefined && stored.version !== input.expectedVersion) {
          const change = stored.savedBy && stored.savedAt ? { actor: stored.savedBy, at: utcToAmsterdam(stored.savedAt) } : null;
          throw new ApiError({ code: 'stale', msg: staleFormMsg('household', change, nowOf(env)) });
        }
        if (input.partnerIds.includes(p.id)) throw invalidInput('partnerIds', msg('clientForm.ownPartners'));
        const partners = input.partnerIds.map((x) => clientFor(db, caller, x, { field: 'partnerIds', write: true }));
        for (const x of partners) freeToJoin(db, x, p.householdId);
        const current = p.householdId ? childrenWithCare(db, p.householdId) : [];
        for (const c of input.children) {
          if (c.id && !current.some((k) => k.id === c.id)) throw invalidInput('children', msg('clientForm.childNotInHousehold'));
        }
        const dropped = current.filter((k) => !input.children.some((c) => c.id === k.id));
        const care = dropped.flatMap((k) => childcareFrom(db, k.id, today).map((b) => `${k.givenName}: ${b.providerName}, ${whenNl(b.start)}`));
        if (care.length > 0 && !input.confirm) {
          return {
            applied: false,
            id: p.id,
            message: `Voor ${dropped.length === 1 ? 'het kind dat u weghaalt' : 'de kinderen die u weghaalt'} is nog opvang geboekt: ${care.join('; ')}. Bevestig om die opvang te annuleren.`,
            bookings: [],
          };
        }
        const hh = p.householdId ?? createHousehold(db, audit, { name: `Huishouden ${p.familyName || p.givenName}` });
        setParticipantHousehold(db, audit, p.id, hh);
        setHouseholdAdultsOutside(db, audit, hh, input.adultsOutside);
        for (const other of householdMemberIds(db, hh)) {
          if (other === p.id || input.partnerIds.includes(other)) continue;
          // Taking a partner out of the household changes their record too: only for whom the caller may change.
          clientFor(db, caller, other, { field: 'partnerIds', write: true });
          setParticipantHousehold(db, audit, other, null);
        }
        for (const x of partners) joinHousehold(db, audit, x, hh);
        for (const k of dropped) removeChild(db, audit, k.id);
        for (const c of input.children) {
          const covered = c.covered.map((b) => ({ weekday: b.weekday, start: b.start, end: b.end, validFrom: b.validFrom, validUntil: b.validUntil }));
          if (c.id) updateChild(db, audit, c.id, { givenName: c.givenName, birthDate: c.birthDate, covered });
          else addChild(db, audit, { householdId: hh, givenName: c.givenName, birthDate: c.birthDate, covered });
        }
        markHouseholdSaved(db, hh, audit.actor, amsterdamToUtc(audit.now()));
        changed();
        const kids = input.children.length;
        return {
          applied: true,
          id: p.id,
          message: `Huishouden opgeslagen: ${many(partners.length, 'partner', 'partners')} in het programma, ${many(kids, 'kind', 'kinderen')}.`,
          bookings: [],
        };
      });
    },

    'households.link': ({ participantId, partnerId }, ctx) => {
      const caller = callerOf(ctx);
      const audit = profileAudit(env, profileOf(ctx), 'huishouden bijwerken');
      return writeTx(db, () => {
        const p = clientFor(db, caller, participantId, { field: 'participantId', write: true });
        const partner = clientFor(db, caller, partnerId, { field: 'partnerId', write: true });
        if (p.id === partner.id) throw invalidInput('partnerId', msg('clientForm.ownPartner'));
        if (p.householdId && p.householdId === partner.householdId) return { applied: false, id: p.id, message: `${partner.name} hoort al bij dit huishouden.`, bookings: [] };
        if (p.householdId) {
          freeToJoin(db, partner, p.householdId);
          joinHousehold(db, audit, partner, p.householdId);
        } else if (partner.householdId) {
          joinHousehold(db, audit, p, partner.householdId);
        } else {
          const hh = createHousehold(db, audit, { name: `Huishouden ${p.familyName || p.givenName}` });
          setParticipantHousehold(db, audit, p.id, hh);
          setParticipantHousehold(db, audit, partner.id, hh);
        }
        changed();
        return { applied: true, id: p.id, message: `${p.name} en ${partner.name} vormen nu één huishouden.`, bookings: [] };
      });
    },
  };
}

/** Moves a participant into a household; an empty household they leave behind is removed. */
function joinHousehold(db: Db, audit: AuditContext, x: Participant, householdId: string): void {
  const old = x.householdId;
  setParticipantHousehold(db, audit, x.id, householdId);
  if (old && old !== householdId && householdMemberIds(db, old).length === 0 && childrenWithCare(db, old).length === 0 && getHousehold(db, old)) {
    deleteHousehold(db, audit, old);
  }
}
