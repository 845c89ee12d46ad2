// The contract's dates and times: real days within 2000-2099, times 00:00-23:59, and the
// payloads of issue 14 ("Impossible times stored") refused naming the field.
import { describe, expect, it } from 'vitest';
import { ClockTimeSchema, IsoDateSchema, LocalTimeSchema, MondaySchema, StoredLocalTimeSchema, StoredMondaySchema, contract } from './index';

/** The Dutch message a schema gives for a value, or null when it accepts it. */
function refusal(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } }, v: unknown): string | null {
  const r = schema.safeParse(v);
  return r.success ? null : r.error!.issues[0].message;
}

/** The fields a call's input refuses, each with its message. */
function refused(name: keyof typeof contract, input: unknown): { field: string; message: string }[] {
  const r = contract[name].input.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
}

describe('IsoDateSchema', () => {
  it('accepts real days from 2000-01-01 to 2099-12-31, leap days in leap years', () => {
    for (const d of ['2026-11-30', '2028-02-29', '2000-02-29', '2000-01-01', '2099-12-31']) expect(refusal(IsoDateSchema, d), d).toBeNull();
  });

  it('refuses days that do not exist', () => {
    expect(refusal(IsoDateSchema, '2026-11-31')).toBe('2026-11-31 is geen bestaande datum.');
    expect(refusal(IsoDateSchema, '2026-12-00')).toBe('2026-12-00 is geen bestaande datum.');
    for (const d of ['2026-02-29', '2027-02-29', '2026-13-01', '2026-00-10', '2026-01-32']) expect(refusal(IsoDateSchema, d), d).toBe(`${d} is geen bestaande datum.`);
  });

  it('refuses days outside 2000-2099 and other shapes', () => {
    for (const d of ['1999-12-31', '2100-01-01', '2100-02-29', '9999-12-31', '0001-01-01', '0000-00-00'])
      expect(refusal(IsoDateSchema, d), d).toBe(`${d} valt buiten de jaren 2000 t/m 2099.`);
    for (const d of ['2026-1-5', '20261130', '2026-11-30T09:00', ' 2026-11-30', '']) expect(refusal(IsoDateSchema, d), d).toBe('Verwacht een datum als JJJJ-MM-DD.');
  });
});

describe('MondaySchema', () => {
  it('accepts a Monday inside the range', () => {
    for (const d of ['2026-11-30', '2000-01-03', '2099-12-28']) expect(refusal(MondaySchema, d), d).toBeNull();
  });

  it('refuses another weekday, a day that does not exist and a week start out of range (9999-12-27)', () => {
    expect(refusal(MondaySchema, '2026-12-01')).toBe('Een week begint op maandag.');
    expect(refusal(MondaySchema, '2026-11-31')).toBe('2026-11-31 is geen bestaande datum.');
    expect(refusal(MondaySchema, '9999-12-27')).toBe('9999-12-27 valt buiten de jaren 2000 t/m 2099.');
    expect(refusal(MondaySchema, '1999-12-27')).toBe('1999-12-27 valt buiten de jaren 2000 t/m 2099.');
  });
});

describe('ClockTimeSchema', () => {
  it('accepts 00:00 to 23:59', () => {
    for (const t of ['00:00', '09:00', '23:45', '23:59']) expect(refusal(ClockTimeSchema, t), t).toBeNull();
  });

  it('refuses hours past 23 and minutes past 59 (09:60, 25:61, 29:59, 24:00)', () => {
    for (const t of ['09:60', '25:61', '29:59', '24:00']) expect(refusal(ClockTimeSchema, t), t).toBe(`${t} is geen geldige tijd (uu:mm, 00:00 t/m 23:59).`);
    for (const t of ['9:00', '0900', '09:00:00', '-1:00', '']) expect(refusal(ClockTimeSchema, t), t).toBe('Verwacht een tijd als UU:MM.');
  });
});

describe('LocalTimeSchema', () => {
  it('accepts a real day and time: a leap day, 23:45', () => {
    for (const t of ['2028-02-29T09:00', '2026-11-30T23:45', '2026-11-30T00:00', '2099-12-31T23:59']) expect(refusal(LocalTimeSchema, t), t).toBeNull();
  });

  it('refuses the impossible times of issue 14', () => {
    expect(refusal(LocalTimeSchema, '2026-11-31T09:00')).toBe('2026-11-31 is geen bestaande datum.');
    expect(refusal(LocalTimeSchema, '2026-12-00T09:00')).toBe('2026-12-00 is geen bestaande datum.');
    expect(refusal(LocalTimeSchema, '2026-12-01T29:59')).toBe('29:59 is geen geldige tijd (uu:mm, 00:00 t/m 23:59).');
    expect(refusal(LocalTimeSchema, '2026-12-01T25:61')).toBe('25:61 is geen geldige tijd (uu:mm, 00:00 t/m 23:59).');
    expect(refusal(LocalTimeSchema, '2026-12-01T09:60')).toBe('09:60 is geen geldige tijd (uu:mm, 00:00 t/m 23:59).');
    expect(refusal(LocalTimeSchema, '9999-12-27T09:00')).toBe('9999-12-27 valt buiten de jaren 2000 t/m 2099.');
    expect(refusal(LocalTimeSchema, '2026-02-29T09:00')).toBe('2026-02-29 is geen bestaande datum.');
    for (const t of ['2026-12-01 09:00', '2026-12-01T09:00:00', '2026-12-01T09:00Z', '2026-12-01'])
      expect(refusal(LocalTimeSchema, t), t).toBe('Verwacht een tijd als JJJJ-MM-DDTUU:MM.');
  });
});

describe('calls with the payloads of issue 14', () => {
  it('session.update refuses impossible starts and ends, naming the field', () => {
    expect(refused('session.update', { sessionId: 'S-1', start: '2026-11-31T09:00' })).toEqual([{ field: 'start', message: '2026-11-31 is geen bestaande datum.' }]);
    expect(refused('session.update', { sessionId: 'S-1', start: '2026-12-00T09:00' })).toEqual([{ field: 'start', message: '2026-12-00 is geen bestaande datum.' }]);
    expect(refused('session.update', { sessionId: 'S-1', start: '2026-12-01T09:00', end: '2026-12-01T29:59' })).toEqual([
      { field: 'end', message: '29:59 is geen geldige tijd (uu:mm, 00:00 t/m 23:59).' },
    ]);
    expect(refused('session.update', { sessionId: 'S-1', end: '2026-12-01T25:61' })).toEqual([{ field: 'end', message: '25:61 is geen geldige tijd (uu:mm, 00:00 t/m 23:59).' }]);
    expect(refused('session.update', { sessionId: 'S-1', start: '2028-02-29T09:00', end: '2028-02-29T23:45' })).toEqual([]);
  });

  it('toets.openSlot refuses 09:60; fix.apply and trial.book name the nested field', () => {
    expect(refused('toets.openSlot', { roomId: 'R-1', start: '2026-12-02T09:60' })).toEqual([{ field: 'start', message: '09:60 is geen geldige tijd (uu:mm, 00:00 t/m 23:59).' }]);
    expect(refused('fix.apply', { weekStart: '2026-11-30', action: { type: 'changeSession', change: { sessionId: 'S-1', end: '2026-12-01T24:00' } } })).toEqual([
      { field: 'action.change.end', message: '24:00 is geen geldige tijd (uu:mm, 00:00 t/m 23:59).' },
    ]);
    expect(refused('trial.book', { participantId: 'P-1', lessons: [{ classId: 'K-1', start: '2026-11-31T09:00' }] })).toEqual([
      { field: 'lessons.0.start', message: '2026-11-31 is geen bestaande datum.' },
    ]);
  });

  it('refuses week start 9999-12-27 in every call that takes a week', () => {
    const weekCalls = ['week.get', 'week.publish', 'week.conflicts', 'toets.rooms', 'school.capacity', 'planner.start', 'week.unplanned', 'history.state'] as const;
    for (const name of weekCalls)
      expect(refused(name, { weekStart: '9999-12-27' }), name).toEqual([{ field: 'weekStart', message: '9999-12-27 valt buiten de jaren 2000 t/m 2099.' }]);
    expect(refused('trial.options', { participantId: 'P-1', weekStart: '9999-12-27' })).toEqual([
      { field: 'weekStart', message: '9999-12-27 valt buiten de jaren 2000 t/m 2099.' },
    ]);
    expect(refused('pip.set', { participantId: 'P-1', pipDate: '9999-12-31' })).toEqual([{ field: 'pipDate', message: '9999-12-31 valt buiten de jaren 2000 t/m 2099.' }]);
  });
});

describe('stored dates and times in answers', () => {
  it('are checked for their shape only, so rows stored before the strict input checks still show', () => {
    expect(StoredLocalTimeSchema.safeParse('2026-11-31T09:00').success).toBe(true);
    expect(StoredMondaySchema.safeParse('9999-12-27').success).toBe(true);
    expect(StoredLocalTimeSchema.safeParse('2026-11-31').success).toBe(false);
    expect(StoredMondaySchema.safeParse('2026-12-01').success).toBe(false);
  });
});
