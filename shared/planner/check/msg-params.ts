// Message parameters for the checker's sentences (messages as data, shared/messages): people with
// what sets same-named people apart, sessions by kind, language and room, seats by school, class
// and place, children by first name and age. Never an id, except for ids that do not exist.
import { distinguishPeople, msg, p, renderMsg, type Msg, type MsgParam, type PersonHint } from '../../messages';
import { hasMessage } from '../../messages/render';
import type { DemandKind } from '../../domain/kinds';
import type { Minutes } from '../../domain/time';
import type { InstanceIndex, SeatTarget } from '../index-instance';
import type { PlanSession } from '../spec';
import { dateOf, timeNl } from './messages';
import type { Violation } from './types';

const hintCache = new WeakMap<InstanceIndex, Map<string, PersonHint | undefined>>();

/** What tells same-named participants apart, built once per index. */
function hints(idx: InstanceIndex): Map<string, PersonHint | undefined> {
  let h = hintCache.get(idx);
  if (h) return h;
  const gemeenten = idx.instance.labels?.gemeenten ?? {};
  h = distinguishPeople(idx.instance.participants.map((q) => ({ id: q.id, name: q.name, gemeente: gemeenten[q.id] ?? idx.locations.get(q.homeLocationId)?.gemeente })));
  hintCache.set(idx, h);
  return h;
}

/** A participant by name (and gemeente when another has the same name). */
export function personP(idx: InstanceIndex, participantId: string): MsgParam {
  const q = idx.participants.get(participantId);
  if (!q) return p.person(participantId);
  return p.person(q.name, hints(idx).get(participantId));
}

export function peopleP(idx: InstanceIndex, ids: string[]): MsgParam {
  return p.list(ids.map((id) => personP(idx, id)));
}

/** Naive local 'YYYY-MM-DDTHH:MM' of a minute count, without Date (messages are built often). */
export function isoOf(m: Minutes): string {
  return `${dateOf(m)}T${timeNl(m)}`;
}

export function spanP(start: Minutes, end: Minutes): MsgParam {
  return p.span(isoOf(start), isoOf(end));
}

export function dayP(m: Minutes): MsgParam {
  return p.date(dateOf(m));
}

export function momentP(m: Minutes): MsgParam {
  return p.msg(msg('check.what.moment', { day: dayP(m), time: p.time(timeNl(m)) }));
}

export function locationP(idx: InstanceIndex, locationId: string): MsgParam {
  return p.text(idx.locations.get(locationId)?.name ?? locationId);
}

/** "Zaal 1, Gemeentehuis Gorinchem". */
export function roomP(idx: InstanceIndex, roomId: string): MsgParam {
  const room = idx.rooms.get(roomId);
  if (!room) return p.text(roomId);
  return p.text(`${room.name}, ${idx.locations.get(room.locationId)?.name ?? room.locationId}`);
}

/** A language by its name in the reader's language. */
export function languageP(code: string): MsgParam {
  const key = `check.lang.${code}`;
  return hasMessage(key) ? p.msg(msg(key)) : p.text(code);
}

/** "groepsvoorlichting in het Arabisch in Zaal 1, Gemeentehuis Gorinchem" (the room left out on request). */
export function sessionP(idx: InstanceIndex, s: Pick<PlanSession, 'kind' | 'language' | 'roomId'>, withRoom = true): MsgParam {
  const lang = s.kind === 'groupInfo' && s.language ? languageP(s.language) : null;
  const kind = p.kind(s.kind);
  if (withRoom) {
    return lang
      ? p.msg(msg('check.what.sessionLang', { kind, language: lang, room: roomP(idx, s.roomId) }))
      : p.msg(msg('check.what.session', { kind, room: roomP(idx, s.roomId) }));
  }
  return lang ? p.msg(msg('check.what.sessionBareLang', { kind, language: lang })) : p.msg(msg('check.what.sessionBare', { kind }));
}

export function schoolP(idx: InstanceIndex, schoolId: string | null): MsgParam {
  if (schoolId === null) return p.msg(msg('check.what.noSchool'));
  return p.text(idx.instance.labels?.schools?.[schoolId] ?? schoolId);
}

export function classNameP(idx: InstanceIndex, classId: string): MsgParam {
  return p.text(idx.instance.labels?.classes?.[classId] ?? classId);
}

/** A class: "klas B1-ochtend van Taalschool Lingua (ROC Gorinchem)". */
export function classP(idx: InstanceIndex, cls: { id: string; schoolId: string; locationId: string }): MsgParam {
  return p.msg(msg('check.what.class', { cls: classNameP(idx, cls.id), school: schoolP(idx, cls.schoolId), place: locationP(idx, cls.locationId) }));
}

/** What a seat is: a trial lesson at a school's class, or a startklas intake at a place. */
export function seatTargetP(idx: InstanceIndex, t: SeatTarget): MsgParam {
  if (t.cls) return p.msg(msg('check.what.trial', { school: schoolP(idx, t.cls.schoolId), cls: classNameP(idx, t.cls.id), place: locationP(idx, t.locationId) }));
  return p.msg(msg('check.what.intake', { place: locationP(idx, t.locationId) }));
}

/**
 * A child by first name and age, or by age alone when the name is not known: "een kind van 2
 * jaar", or after "hun kind" (`afterNoun`) "van 2 jaar".
 */
export function childP(idx: InstanceIndex, childId: string, ageMonths: number, afterNoun = false): MsgParam {
  const name = idx.instance.labels?.children?.[childId];
  if (name) return p.msg(msg('check.what.child', { name: p.person(name), age: p.age(ageMonths) }));
  return p.msg(msg(afterNoun ? 'check.what.childAged' : 'check.what.childNoName', { age: p.age(ageMonths) }));
}

/** A child with the adults of its household: "Sara (2 jaar), kind van Fatima en Ahmed". */
export function childOfP(idx: InstanceIndex, childId: string, ageMonths: number, householdAdults: string[]): MsgParam {
  const adults = householdAdults.filter((a) => idx.participants.has(a));
  const child = childP(idx, childId, ageMonths);
  return adults.length > 0 ? p.msg(msg('check.what.childOf', { child, adults: peopleP(idx, adults) })) : child;
}

/**
 * A childcare provider by its name and the town it is in ("Kinderopvang De Vlinder
 * (Gorinchem)"), or by its kind and location when the name is not known.
 */
export function providerP(idx: InstanceIndex, providerId: string): MsgParam {
  const provider = idx.childcare.get(providerId);
  if (!provider) return p.text(providerId);
  const name = idx.instance.labels?.childcare?.[providerId];
  const location = idx.locations.get(provider.locationId);
  if (name) return p.msg(msg('check.what.provider', { name, place: location?.gemeente || location?.name || provider.locationId }));
  return p.msg(msg('check.what.providerNoName', { kind: p.msg(msg(`check.provider.${provider.kind}`)), place: locationP(idx, provider.locationId) }));
}

export function kindP(kind: DemandKind): MsgParam {
  return p.kind(kind);
}

/** A violation from its message: the Dutch sentence is written once, here. */
export function violation(rule: number, entities: string[], m: Msg): Violation {
  return { rule, entities, msg: m, message: renderMsg(m, 'nl') };
}
