// The booking flows' warnings, refusals and reasons as data (issue 13 item 2): each carries a
// message code with parameters, the renderer writes it in Dutch or English, and no sentence a
// person reads holds an internal id (participant, household, child, session, school, class,
// intake, room, ...), on the demo region.
import { describe, expect, it } from 'vitest';
import { renderMsg, type Msg } from '../../../shared/messages';
import { internalIds } from '../../../db/repositories/test-helpers-messages';
import { changeChildcareDaypart, clientForGroupInfo, makeBusyWorkingDays, setTrialSeats } from '../../../db/repositories/test-helpers-demo';
import { DEMO_TODAY } from '../../../test/support/demo-services';
import { useDemoProfiles, NEXT_WEEK, db, call, fail, as } from '../../../test/support/demo-profiles';

useDemoProfiles();

/** Every message inside a value (answers and errors), with the Dutch sentences sent alongside. */
function sentencesIn(value: unknown): { msgs: Msg[]; texts: string[] } {
  const msgs: Msg[] = [];
  const texts: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.code === 'string' && o.params && typeof o.params === 'object' && key.toLowerCase().endsWith('msg')) {
        msgs.push(o as unknown as Msg);
        return;
      }
      // A Dutch sentence sent with its message is that message written out (checked through it).
      // A household warning without a message is the checker's sentence (see withoutPending).
      const pending = typeof o.kind === 'string' && !o.msg;
      for (const [k, x] of Object.entries(o)) if (!((k === 'message' && (o.msg || pending)) || (k === 'reason' && o.reasonMsg))) walk(x, k);
    } else if (typeof v === 'string' && (key === 'message' || key === 'reason')) texts.push(v);
  };
  walk(value, '');
  return { msgs, texts };
}

/**
 * The checker's own sentences (the household rules) get their message on the checker's side
 * (shared/planner/check); until they carry one they travel as "booking.asIs", left out here, and
 * are tested there. Everything the booking services write themselves is checked.
 */
function withoutPending(m: Msg): Msg {
  const params = Object.fromEntries(
    Object.entries(m.params).map(([k, v]) => [
      k,
      v.type === 'msg' ? { ...v, value: v.value.code === 'booking.asIs' ? { code: 'booking.asIs', params: { text: { type: 'text', value: '' } } } : withoutPending(v.value) } : v,
    ]),
  );
  return { ...m, params } as Msg;
}

/** Fails when a sentence (nl or en) holds an id of the region or an unwritten parameter. */
function expectNoIds(value: unknown, what: string): number {
  const ids = internalIds(db).filter((id) => /[A-Za-z]/.test(id) && /[-\d]/.test(id));
  const { msgs, texts } = sentencesIn(value);
  const all = [...texts, ...msgs.map(withoutPending).flatMap((m) => [renderMsg(m, 'nl'), renderMsg(m, 'en')])];
  for (const text of all) {
    expect(text, what).not.toMatch(/\{\w+(:[^}]*)?\}/);
    expect(text, what).not.toMatch(/Onbekende melding|Unknown message/);
    for (const id of ids) expect(text.includes(id) ? `${id} in "${text}"` : null, what).toBeNull();
  }
  return all.length;
}

describe('booking messages', () => {
  it('refuses a trial lesson that leaves the baby without care with a message in both languages, naming no id', async () => {
    const c4 = await as('consultant', 'C-04');
    setTrialSeats(db, { classId: 'K-LING-ALFA-1' }, 3);
    changeChildcareDaypart(db, 'KO-GOR', 2, '08:30', { start: '07:00', seats: 2 });
    const partner = await call(c4, 'trial.book', { participantId: 'P-030', lessons: [{ classId: 'K-MERW-ALFA-1', start: '2026-12-01T09:00' }] });
    expectNoIds(partner, 'trial.book P-030');
    const opts = await call(c4, 'trial.options', { participantId: 'P-029', weekStart: NEXT_WEEK });
    expect(expectNoIds(opts, 'trial.options')).toBeGreaterThan(0);
    const clash = opts.schools.find((s) => s.school.id === 'S-LING')!.options.find((o) => o.start === '2026-12-01T09:00')!;
    // The partner's lesson at its own times and place, by kind, in the reader's language, as what
    // booking this option would bring.
    const overlap = clash.warnings.find((w) => w.kind === 'partner')!;
    expect(overlap.msg).toMatchObject({
      code: 'booking.would.partnerOverlap',
      params: { what: { type: 'kind', value: 'trialLesson' }, when: { type: 'span', start: '2026-12-01T09:00' } },
    });
    expect(overlap.message).toBe(renderMsg(overlap.msg!, 'nl'));
    expect(overlap.message).toMatch(/^Zou samenvallen met de proefles van .+ in .+ \(di 1 dec 09:00–\d\d:\d\d\)\.$/);
    expect(renderMsg(overlap.msg!, 'en')).toMatch(/^Would clash with .+'s trial lesson at .+ \(Tue 1 Dec 09:00–\d\d:\d\d\)\.$/);

    const refused = await fail(c4, 'trial.book', { participantId: 'P-029', lessons: [{ classId: clash.classId, start: clash.start }] });
    expect(refused.msg?.code).toBe('booking.trial.doesNotFit');
    expect(refused.message).toBe(renderMsg(refused.msg!, 'nl'));
    expect(renderMsg(refused.msg!, 'en')).toMatch(/^This trial lesson does not fit: .+ Choose another lesson or book childcare with it, or book anyway with a reason\.$/);
    expectNoIds(refused, 'trial.book refused');
  });

  it('says why a school has no trial lesson, in English too', async () => {
    const c4 = await as('consultant', 'C-04');
    setTrialSeats(db, { schoolId: 'S-LING' }, 0);
    const opts = await call(c4, 'trial.options', { participantId: 'P-029', weekStart: NEXT_WEEK });
    const ling = opts.schools.find((s) => s.school.id === 'S-LING')!;
    expect(ling.reasonMsg?.code).toMatch(/^booking\.trial\.noSeatWeeks/);
    expect(ling.reason).toBe(renderMsg(ling.reasonMsg!, 'nl'));
    expect(renderMsg(ling.reasonMsg!, 'en')).toMatch(new RegExp(`^${ling.school.name} has no free trial seat .*in the next 6 weeks\\.$`));
    expectNoIds(opts, 'trial.options full');
  });

  it('refuses the startklas and group information with messages, and says what was booked', async () => {
    const c4 = await as('consultant', 'C-04');
    makeBusyWorkingDays(db, 'P-030');
    const refused = await fail(c4, 'startklas.register', { participantId: 'P-029' });
    expect(refused.msg?.code).toBe('booking.startklas.doesNotFit');
    expect(renderMsg(refused.msg!, 'en')).toMatch(
      /^The first free intake \(\w{3} \d+ \w{3} \d\d:\d\d–\d\d:\d\d, .+\) does not fit: .+ Book anyway with a reason, or solve this first\.$/,
    );
    expectNoIds(refused, 'startklas.register refused');
    const booked = await call(c4, 'startklas.register', { participantId: 'P-029', override: { reason: 'Oma past op de baby' } });
    expect(booked.warnings.length).toBeGreaterThan(0);
    expectNoIds(booked, 'startklas.register');

    const c1 = await as('consultant', 'C-01');
    const p = clientForGroupInfo(db, 'C-01', `${DEMO_TODAY}T23:59`)!;
    const r = await call(c1, 'groupInfo.enlist', { participantId: p.id });
    expect(r.msg.code).toBe('booking.groupInfo.booked');
    expect(r.message).toBe(renderMsg(r.msg, 'nl'));
    expect(renderMsg(r.msg, 'en')).toMatch(/^Signed up for the group information session of \w{3} \d+ \w{3} \d\d:\d\d–\d\d:\d\d at .+\.$/);
    const again = await call(c1, 'groupInfo.enlist', { participantId: p.id });
    expect(again.msg.code).toBe('booking.groupInfo.already');
    expectNoIds([r, again], 'groupInfo.enlist');
  });

  it('writes the toets reasons and refusals in both languages', async () => {
    const c4 = await as('consultant', 'C-04');
    const none = await call(c4, 'toets.slots', { participantId: 'P-029', weekStart: '2027-03-01' });
    expect(none.slots).toEqual([]);
    expect(none.reasonMsg?.code).toBe('booking.toets.noneThisWeek');
    expect(renderMsg(none.reasonMsg!, 'en')).toBe('No test slots are planned this week (yet).');
    const week = await call(c4, 'toets.slots', { participantId: 'P-029', weekStart: NEXT_WEEK });
    expectNoIds([none, week], 'toets.slots');
    const gone = await fail(c4, 'toets.book', { participantId: 'P-029', sessionId: 'SES-NOPE' });
    expect(gone).toMatchObject({ code: 'not_found', message: 'Dit toetsmoment bestaat niet (meer).', msg: { code: 'booking.toets.gone' } });
    const notMine = await fail(c4, 'toets.slots', { participantId: 'P-001', weekStart: NEXT_WEEK });
    expect(notMine).toMatchObject({ code: 'forbidden', message: 'Deze cliënt hoort niet bij uw caseload.' });
    expect(renderMsg(notMine.msg!, 'en')).toBe('This client is not in your caseload.');
    await call(c4, 'toets.requestSlot', { participantId: 'P-029', weekStart: NEXT_WEEK });
    const twice = await fail(c4, 'toets.requestSlot', { participantId: 'P-029', weekStart: NEXT_WEEK });
    expect(twice.message).toBe('Voor Onur Yıldız staat al een verzoek om een extra toetsmoment open (week 49).');
    expect(renderMsg(twice.msg!, 'en')).toBe('A request for an extra test slot for Onur Yıldız is already open (week 49).');
  });

  it("tells the liaison which lessons are overbooked, at the lessons' own times, in English too", async () => {
    const c4 = await as('consultant', 'C-04');
    setTrialSeats(db, { classId: 'K-MERW-ALFA-1' }, 5);
    await call(c4, 'trial.book', { participantId: 'P-030', lessons: [{ classId: 'K-MERW-ALFA-1', start: '2026-12-01T09:00' }] });
    await call(c4, 'trial.book', { participantId: 'P-029', lessons: [{ classId: 'K-MERW-ALFA-1', start: '2026-12-01T09:00' }], override: { reason: 'Oma past op' } });
    const liaison = await as('liaison', 'S-MERW');
    const refused = await fail(liaison, 'school.updateClass', { classId: 'K-MERW-ALFA-1', trialSeats: 1 });
    expect(refused).toMatchObject({ code: 'conflict', field: 'confirm', msg: { code: 'school.overbooked', params: { seats: { type: 'number', value: 1 } } } });
    expect(refused.message).toMatch(/^Er (is 1 les|zijn \d+ lessen) met meer geboekte proeflessen dan 1: .*di 1 dec 09:00–\d\d:\d\d \(\d geboekt\)[, .].*Toch opslaan\?$/);
    expect(renderMsg(refused.msg!, 'en')).toMatch(
      /^There (is 1 lesson|are \d+ lessons) with more booked trial lessons than 1: .*Tue 1 Dec 09:00–\d\d:\d\d \(\d booked\)[, .].*Those trial lessons stay\. Save anyway\?$/,
    );
    expectNoIds(refused, 'school.updateClass');
  });
});
