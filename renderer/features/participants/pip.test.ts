import { describe, expect, it } from 'vitest';
import { pipTerm } from '../../../shared/domain/deadlines';
import { pipStatus } from './pip';
import { translate } from '../../i18n/translate';

const label = (koppeling: string, today: string, setOn: string | null = null) => {
  const st = pipStatus(pipTerm(koppeling, today, setOn), 'nl');
  return translate('nl', st.label.key, st.label.params);
};

describe('pipStatus', () => {
  it('words the term the service gives and warns as Termijnen does (two weeks or less)', () => {
    // Koppeling 2026-09-30: the term ends 2026-12-09.
    expect(pipStatus(pipTerm('2026-09-30', '2026-11-25'), 'nl')).toMatchObject({ urgent: true });
    expect(pipStatus(pipTerm('2026-10-01', '2026-11-25'), 'nl')).toMatchObject({ urgent: false });
  });
  it('says how late a passed deadline is, in Dutch', () => {
    expect(label('2026-10-11', '2026-11-25')).toBe('nog 25 dagen');
    expect(label('2026-09-17', '2026-11-25')).toBe('nog 1 dag');
    expect(label('2026-09-16', '2026-11-25')).toBe('vandaag');
    expect(label('2026-09-15', '2026-11-25')).toBe('1 dag te laat');
    expect(label('2026-09-11', '2026-11-25')).toBe('5 dagen te laat');
    expect(pipStatus(pipTerm('2026-09-11', '2026-11-25'), 'nl').urgent).toBe(true);
  });
  it('a PIP set within its term says so: no days overdue, no warning', () => {
    expect(label('2026-08-01', '2026-11-25', '2026-10-01')).toBe('PIP vastgesteld');
    expect(pipStatus(pipTerm('2026-08-01', '2026-11-25', '2026-10-01'), 'nl').urgent).toBe(false);
  });
  it('a PIP set after its term meets it, read as set late with a fixed number of days, no warning', () => {
    // Koppeling 2026-08-01: the term ended 2026-10-10; set on 2026-10-20.
    expect(label('2026-08-01', '2026-11-25', '2026-10-20')).toBe('Vastgesteld op 20 oktober, 10 dagen te laat');
    expect(label('2026-08-01', '2026-12-31', '2026-10-20')).toBe('Vastgesteld op 20 oktober, 10 dagen te laat');
    const st = pipStatus(pipTerm('2026-08-01', '2026-11-25', '2026-10-20'), 'en');
    expect(st.urgent).toBe(false);
    expect(translate('en', st.label.key, st.label.params)).toBe('Set on 20 October, 10 days late');
  });
  it('a person without a term start has no term', () => {
    expect(translate('nl', pipStatus(pipTerm(null, '2026-11-25'), 'nl').label.key)).toBe('Nog geen termijn');
  });
});
