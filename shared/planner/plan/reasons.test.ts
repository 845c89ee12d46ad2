// The planner's reasons for unplanned demands are messages (issue 13): the same reason reads in
// Dutch and English, names schools, children, people and languages, and shows no id.
import { describe, expect, it } from 'vitest';
import { renderMsg, type Msg } from '../../messages';
import type { Instance } from '../spec';
import { planWeek } from './index';
import { groupInstance, householdInstance } from '../../../test/fixtures/planning/small-weeks';

/** Every id of an instance that a person must never read (they have a digit or a dash). */
function idsOf(inst: Instance): string[] {
  const ids = [
    ...inst.participants.map((x) => x.id),
    ...inst.demands.map((x) => x.id),
    ...inst.demands.map((x) => x.participantId),
    ...inst.demands.flatMap((x) => (x.schoolId ? [x.schoolId] : [])),
    ...inst.households.flatMap((h) => [h.id, ...h.children.map((c) => c.id)]),
    ...inst.classes.map((x) => x.id),
    ...inst.rooms.map((x) => x.id),
    ...inst.consultants.map((x) => x.id),
    ...inst.interpreters.map((x) => x.id),
    ...inst.locations.map((x) => x.id),
    ...inst.childcare.map((x) => x.id),
  ];
  return [...new Set(ids)].filter((id) => /[\d-]/.test(id));
}

const NAMES = ['Fatima Haddad', 'Ahmed Haddad', 'Helen Tekle', 'Onur Yıldız', 'Sara Amin', 'Yonas Berhe', 'Lina Omar', 'Adam Noor'];

/** People by name, as the app has them (the fixtures call them "Deelnemer P1"). */
function named(inst: Instance): Instance {
  inst.participants.forEach((x, i) => (x.name = NAMES[i % NAMES.length]));
  return inst;
}

/** The reasons a plan of the instance gives, per demand. */
function reasons(inst: Instance): Map<string, Msg> {
  const plan = planWeek(inst, { iterations: 60 });
  const out = new Map<string, Msg>();
  for (const u of plan.unplanned) {
    expect(u.msg, u.reason).toBeDefined();
    // The SPEC's reason text is the Dutch rendering of the message.
    expect(u.reason).toBe(renderMsg(u.msg!, 'nl'));
    out.set(u.demandId, u.msg!);
  }
  return out;
}

const DUTCH = /\b(geen|deelnemer|deelnemers|opvang|tolk|vrij|vrije|proefles|proeflessen|toets|toetsruimte|zaal|consulent|niet|deze week|kind|van|tijdens|na|huishouden|spreken)\b/i;

/** Rendered in both languages: no ids, no unfilled parameter, and the English has no Dutch words. */
function expectReadable(inst: Instance, all: Map<string, Msg>): void {
  const ids = idsOf(inst);
  for (const [demandId, m] of all) {
    const nl = renderMsg(m, 'nl');
    const en = renderMsg(m, 'en');
    for (const text of [nl, en]) {
      for (const id of ids) expect(text, `${demandId}: ${text}`).not.toMatch(new RegExp(`(?<![\\w-])${id}(?![\\w-])`));
      expect(text, demandId).not.toMatch(/\{\w+(:[^}]*)?\}|Onbekende melding|Unknown message/);
    }
    expect(en, demandId).not.toMatch(DUTCH);
    expect(nl).not.toBe(en);
  }
}

function person(id: string, extra: Partial<Instance['participants'][number]> = {}): Instance['participants'][number] {
  return {
    id,
    name: `Deelnemer ${id}`,
    householdId: null,
    homeLocationId: 'L-HOME',
    language: 'ar',
    otherLanguages: [],
    digitalSkill: 'good',
    routeIndication: null,
    busy: [],
    ...extra,
  };
}

/** Trial lessons that cannot be had, each for another reason; schools and children by name. */
function trialInstance(): Instance {
  const inst = householdInstance(false);
  inst.labels = { schools: { 'S-A': 'Taalschool Alfa', 'S-B': 'Taalschool Bèta', 'S-C': 'Taalschool Gamma' }, children: { 'H1-k1': 'Sara' } };
  inst.participants.push(
    person('P3', { routeIndication: 'Onderwijs' }),
    person('P4', { busy: [{ start: '2026-11-23T08:30', end: '2026-11-27T17:00' }] }),
    person('P5'),
    person('P6'),
  );
  inst.demands.push(
    { id: 'D5', participantId: 'P3', kind: 'trialLesson', priority: 5, earliest: '2026-11-23T08:30', schoolId: 'S-A' },
    { id: 'D6', participantId: 'P4', kind: 'trialLesson', priority: 5, earliest: '2026-11-23T08:30', schoolId: 'S-B' },
    { id: 'D7', participantId: 'P5', kind: 'trialLesson', priority: 5, earliest: '2026-11-23T08:30', schoolId: 'S-C' },
    { id: 'D8', participantId: 'P-GONE', kind: 'trialLesson', priority: 5, earliest: '2026-11-23T08:30', schoolId: 'S-A' },
    // School B has two trial seats on Tuesday: P1 or P2 takes one, P6 and P5's neighbour the rest.
    { id: 'D9', participantId: 'P6', kind: 'trialLesson', priority: 9, earliest: '2026-11-23T08:30', schoolId: 'S-B' },
    { id: 'D10', participantId: 'P5', kind: 'trialLesson', priority: 9, earliest: '2026-11-23T08:30', schoolId: 'S-B' },
  );
  return named(inst);
}

describe('the reasons for unplanned demands', () => {
  it('say why a trial lesson stayed unplanned, in Dutch and English, by names', () => {
    const inst = trialInstance();
    const all = reasons(inst);
    const say = (id: string) => [renderMsg(all.get(id)!, 'nl'), renderMsg(all.get(id)!, 'en')];
    expect(say('D5')).toEqual(['geen klas van Taalschool Alfa voor route Onderwijs', 'Taalschool Alfa has no class for route Onderwijs']);
    expect(say('D6')).toEqual([
      'geen proefles bij Taalschool Bèta na ma 23 nov 08:30 buiten de andere afspraken van de deelnemer',
      "no trial lesson at Taalschool Bèta after Mon 23 Nov 08:30 outside the participant's other appointments",
    ]);
    expect(say('D7')).toEqual(['Taalschool Gamma heeft deze week geen lessen', 'Taalschool Gamma has no lessons this week']);
    expect(say('D8')).toEqual(['de deelnemer staat niet in deze week', 'the participant is not in this week']);
    const care = [...all.values()].find((m) => m.code === 'planner.reason.noCare');
    expect(care && [renderMsg(care, 'nl'), renderMsg(care, 'en')]).toEqual([
      'geen opvang voor Sara (13 maanden) van Fatima Haddad en Ahmed Haddad tijdens de proefles',
      'no childcare for Sara (13 months) of Fatima Haddad and Ahmed Haddad during the trial lesson',
    ]);
    expect([...all.values()].map((m) => m.code)).toContain('planner.reason.noTrialSeat');
    expectReadable(inst, all);
  });

  it('say why a group session or a toets stayed unplanned, languages by name in either language', () => {
    const inst = groupInstance();
    inst.participants.push(person('P7', { language: 'so' }), person('P8', { digitalSkill: 'none' }));
    named(inst);
    inst.demands.push(
      { id: 'D8', participantId: 'P7', kind: 'groupInfo', priority: 5, earliest: '2026-11-23T08:30', schoolId: null },
      { id: 'D9', participantId: 'P7', kind: 'groupInfo', priority: 5, earliest: '2026-11-23T08:30', schoolId: null },
    );
    const all = reasons(inst);
    const say = (id: string) => [renderMsg(all.get(id)!, 'nl'), renderMsg(all.get(id)!, 'en')];
    expect(say('D3')).toEqual([
      'geen tolk Tigrinya beschikbaar op momenten met een vrije zaal na ma 23 nov 08:30',
      'no Tigrinya interpreter available at times with a free room after Mon 23 Nov 08:30',
    ]);
    expect(say('D8')[1]).toMatch(/^no Somali interpreter available this week$|^the participant already has another request for a group information session this week$/);
    expect([...all.values()].map((m) => m.code)).toContain('planner.reason.otherDemand');
    expectReadable(inst, all);
  });

  it('say when no certified consultant or touchscreen room is there for a toets', () => {
    // A new instance each time: the planner treats an instance as unchanging.
    const noTouch = named(groupInstance());
    noTouch.rooms[0].laptopsTouch = 0;
    const all = reasons(noTouch);
    expect([renderMsg(all.get('D5')!, 'nl'), renderMsg(all.get('D5')!, 'en')]).toEqual([
      'geen toetsruimte met touchscreen-laptops (deelnemer heeft weinig digitale vaardigheid)',
      'no test room with touchscreen laptops (the participant has few digital skills)',
    ]);
    expectReadable(noTouch, all);
    const uncertified = named(groupInstance());
    uncertified.consultants[0].toetsCertified = false;
    const none = reasons(uncertified);
    expect(renderMsg(none.get('D7')!, 'en')).toBe('no certified consultant available this week');
    expectReadable(uncertified, none);
  });
});
