// Issue 13 on the consultant's caseload and the client page: same-named people told apart, and
// what the services write comes as messages that read in Dutch and English without ids.
import { describe, expect, it } from 'vitest';
import { formatPerson, renderMsg, type Msg } from '../../../shared/messages';
import { listParticipants } from '../../../db/repositories/participants';
import { listSchools } from '../../../db/repositories/region';
import { DEMO_WEEK } from '../../../test/support/demo-services';
import { useDemoProfiles, call, as, db, fail } from '../../../test/support/demo-profiles';
import { clientsWithoutPip } from '../../../db/repositories/test-helpers-demo';

useDemoProfiles();

describe('same-named people', () => {
  it('tells the demo\u2019s two Onur Y\u0131ld\u0131z of one gemeente apart by their client numbers', async () => {
    const c4 = await as('consultant', 'C-04');
    const { items } = await call(c4, 'consultant.caseload', { weekStart: DEMO_WEEK });
    const onurs = items.filter((i) => i.participant.name === 'Onur Y\u0131ld\u0131z').map((i) => i.participant);
    expect(onurs).toHaveLength(2);
    expect(onurs.map((p) => p.gemeente)).toEqual(['Molenlanden', 'Molenlanden']);
    for (const lang of ['nl', 'en'] as const) {
      const shown = onurs.map((p) => formatPerson(p.name, p.hint, lang));
      expect(new Set(shown).size, lang).toBe(2);
      for (const text of shown)
        expect(text).toMatch(lang === 'nl' ? /^Onur Y\u0131ld\u0131z \(Molenlanden, cli\u00ebntnr\. KL-\d{5}\)$/ : /^Onur Y\u0131ld\u0131z \(Molenlanden, client no\. KL-\d{5}\)$/);
      // The client number, never the person's id.
      for (const p of onurs) expect(shown.join(' ')).not.toContain(p.id);
    }
    // A unique name carries no hint.
    const unique = items.find((i) => items.filter((j) => j.participant.name === i.participant.name).length === 1)!;
    expect(unique.participant.hint).toBeUndefined();
  });
});

/** Every id a reader must never see: people, schools, steps. */
function idsOfRegion(extra: string[] = []): string[] {
  return [...listParticipants(db).map((p) => p.id), ...listSchools(db).map((s) => s.id), ...extra];
}

function expectNoIds(texts: string[], ids: string[]) {
  const all = texts.join('\n');
  for (const id of ids) expect(all, id).not.toContain(id);
}

describe('the caseload and the client page in both languages', () => {
  it('names every booked appointment with a message: Dutch as before, English from the same data, no ids', async () => {
    const c4 = await as('consultant', 'C-04');
    const { items } = await call(c4, 'consultant.caseload', { weekStart: DEMO_WEEK });
    const appointments = items.flatMap((i) => [...i.steps.flatMap((s) => (s.booking ? [s.booking] : [])), ...(i.household?.partners.flatMap((x) => x.appointments) ?? [])]);
    expect(appointments.length).toBeGreaterThan(5);
    const kinds = new Set(appointments.map((a) => a.kind));
    expect(kinds.size).toBeGreaterThan(1);
    const en: string[] = [];
    for (const a of appointments) {
      expect(renderMsg(a.labelMsg, 'nl')).toBe(a.label);
      en.push(renderMsg(a.labelMsg, 'en'));
    }
    // Each kind reads in English: none of the Dutch words is left.
    expect(en.join(' ')).not.toMatch(/Groepsvoorlichting|Leerbaarheidstoets|Proefles|Intake startklas/);
    const trial = appointments.find((a) => a.kind === 'trialLesson');
    if (trial) expect(renderMsg(trial.labelMsg, 'en')).toMatch(/^Trial lesson at .+ \(.+\)$/);
    const demandIds = items.flatMap((i) => i.steps.map((s) => s.demandId));
    expectNoIds([...appointments.map((a) => a.label), ...en], idsOfRegion(demandIds));
  });

  it('gives the client page its steps, bookings and history as messages that read in English, without ids', async () => {
    const c4 = await as('consultant', 'C-04');
    // A client with a booked appointment, a trial lesson when there is one.
    const { items } = await call(c4, 'consultant.caseload', { weekStart: DEMO_WEEK });
    const booked = (kind?: string) => items.find((i) => i.steps.some((s) => s.booking && (!kind || s.kind === kind)));
    const id = (booked('trialLesson') ?? booked())!.participant.id;
    // One change of the consultant's own, so the history has a consultant beside the demo's rows.
    await call(c4, 'pip.set', { participantId: id, pipDate: null });
    const page = await call(c4, 'participants.get', { id });
    expect(page.history.length).toBeGreaterThan(1);
    const pairs: [Msg, string][] = [
      ...page.steps.map((s): [Msg, string] => [s.labelMsg, s.label]),
      ...[...page.bookings.past, ...page.bookings.coming].map((b): [Msg, string] => [b.labelMsg, b.label]),
      ...page.history.flatMap((h): [Msg, string][] => [
        [h.whatMsg, h.what],
        [h.whoMsg, h.who],
        [h.whyMsg, h.why],
      ]),
    ];
    for (const [m, nl] of pairs) expect(renderMsg(m, 'nl')).toBe(nl);
    const en = pairs.map(([m]) => renderMsg(m, 'en'));
    const history = page.history.map((h) => renderMsg(h.whatMsg, 'en'));
    expect(en.some((t) => t.startsWith('Trial lesson at '))).toBe(true);
    expect(history).toContain('Participant registered');
    expect(page.history.map((h) => renderMsg(h.whoMsg, 'en'))).toContain('Demo starting data');
    expect(page.history.map((h) => renderMsg(h.whyMsg, 'en'))).toContain('Fictitious demo region created at first start');
    expect(en.join(' ')).not.toMatch(/Deelnemer|Geboekt|Stap |Gegevens|Startgegevens|Groepsvoorlichting|Leerbaarheidstoets|Proefles|Fictieve|boeken/);
    expectNoIds([...pairs.map(([, nl]) => nl), ...en], idsOfRegion(page.steps.map((s) => s.demandId)));
  });
});

describe('erasing data (AVG)', () => {
  it('says what goes and what stays in both languages, bookings by what and when, without ids', async () => {
    const c4 = await as('consultant', 'C-04');
    const { items } = await call(c4, 'consultant.caseload', { weekStart: DEMO_WEEK });
    const client = items.find((i) => i.household && i.steps.some((s) => s.booking && s.state === 'booked'))!;
    const preview = await call(c4, 'participants.erasePreview', { id: client.participant.id });
    const all = [...preview.removesMsg, ...preview.keepsMsg];
    expect(all.map((m) => renderMsg(m, 'nl'))).toEqual([...preview.removes, ...preview.keeps]);
    const en = all.map((m) => renderMsg(m, 'en'));
    expect(en[0]).toMatch(/^Name, languages/);
    expect(en.join(' ')).toMatch(/\d+ appointments? from today: .+ on \w{3} \d+ \w{3} \d\d:\d\d–\d\d:\d\d/);
    expect(en.join(' ')).toMatch(/The trajectory ends on \w{3} \d+ \w{3} 2026\./);
    expect(en.join(' ')).not.toMatch(/ afspraken? |huishouden|blijven|Groepsvoorlichting|Leerbaarheidstoets|Proefles/);
    expectNoIds([...preview.removes, ...en], idsOfRegion(client.steps.map((s) => s.demandId)));
  });
});

describe('the PIP date', () => {
  it('refuses a day in the future or before the koppeling with a message in both languages', async () => {
    const c4 = await as('consultant', 'C-04');
    const [client] = clientsWithoutPip(db, 'C-04');
    const future = await fail(c4, 'pip.set', { participantId: client!.id, pipDate: '2027-01-04' });
    expect(future).toMatchObject({ code: 'invalid_input', field: 'pipDate', message: 'Een PIP kan niet in de toekomst zijn vastgesteld.' });
    expect(renderMsg(future.msg!, 'en')).toBe('A PIP cannot have been set in the future.');
    const early = await fail(c4, 'pip.set', { participantId: client!.id, pipDate: '2026-01-05' });
    expect(early).toMatchObject({ code: 'invalid_input', field: 'pipDate' });
    expect(early.message).toMatch(/^De PIP kan niet vóór de koppeling \(\w\w \d+ \w+ 2026\) zijn vastgesteld\.$/);
    expect(renderMsg(early.msg!, 'en')).toMatch(/^The PIP cannot have been set before the linking to the municipality \(\w{3} \d+ \w{3} 2026\)\.$/);
    expectNoIds([early.message, renderMsg(early.msg!, 'en')], [client!.id]);
  });
});
