import { describe, expect, it } from 'vitest';
import { bookingText } from './peopleText';
import { appointmentMsg } from '../../../shared/domain/appointment-words';

const lesson = {
  kind: 'trialLesson' as const,
  label: 'Proefles Taalhuis Lingestad (Alfa-ochtend)',
  labelMsg: appointmentMsg({ kind: 'trialLesson', schoolName: 'Taalhuis Lingestad', className: 'Alfa-ochtend' }),
  start: '2026-12-07T09:00',
  end: '2026-12-07T11:30',
  locationName: 'Taalhuis Lingestad, Leerdam',
  status: 'accepted' as const,
  missed: false,
};

describe('bookingText', () => {
  it('says a missed trial lesson was missed, in the reader’s language', () => {
    const missed = { ...lesson, missed: true };
    expect(bookingText(missed, 'nl')).toMatch(/^Proefles Taalhuis Lingestad \(Alfa-ochtend\), .*09:00–11:30, Taalhuis Lingestad, Leerdam — niet gekomen$/);
    expect(bookingText(missed, 'en')).toMatch(/09:00–11:30, Taalhuis Lingestad, Leerdam — did not come$/);
    expect(bookingText(lesson, 'nl')).not.toContain('niet gekomen');
  });
});
