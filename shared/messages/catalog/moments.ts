// Cancelling a whole trial lesson or startklas intake moment (electron/services/bookings/
// moment-cancel.ts): what would happen, what happened, refusals. The lesson by class, school and
// time, the intake by time and place; counts, never a name or an id.
import type { Catalog } from './types';

export const MOMENT_MESSAGES: Catalog = {
  // The moment itself, as the sentences below name it.
  'moment.trial': { nl: 'de proefles van klas {klas} van {school} ({when})', en: 'the trial lesson of class {klas} at {school} ({when})' },
  'moment.intake': { nl: 'het intakemoment van de startklas in {place} ({when})', en: 'the startklas intake moment at {place} ({when})' },
  // Preview (nothing changed yet).
  'moment.cancel.preview': {
    nl: 'Als u {moment} annuleert, {n:verliest|verliezen} {n} {n:deelnemer|deelnemers} de plek; hun stap staat daarna weer op te boeken.',
    en: 'If you cancel {moment}, {n} {n:participant loses|participants lose} their place; their step is then to be booked again.',
  },
  'moment.cancel.previewEmpty': {
    nl: 'Er is niemand geboekt voor {moment}. Na annuleren wordt dit moment niet meer aangeboden.',
    en: 'Nobody is booked for {moment}. Once cancelled, this moment is no longer offered.',
  },
  // Done.
  'moment.cancel.done': {
    nl: 'Geannuleerd: {moment}. {n} {n:deelnemer|deelnemers} {n:staat|staan} weer op te boeken.',
    en: 'Cancelled: {moment}. {n} {n:participant is|participants are} to be booked again.',
  },
  // Refusals.
  'moment.cancel.noLesson': {
    nl: 'Klas {klas} van {school} heeft geen les op {day} om {time}.',
    en: 'Class {klas} of {school} has no lesson on {day} at {time}.',
  },
  'moment.cancel.classGone': { nl: 'Deze klas bestaat niet (meer).', en: 'This class does not exist (any more).' },
  'moment.cancel.intakeGone': {
    nl: 'Dit intakemoment bestaat niet (meer). Bekijk de intakemomenten opnieuw.',
    en: 'This intake moment does not exist (any more). Look at the intake moments again.',
  },
  'moment.cancel.noIntake': { nl: 'De startklas heeft geen intakemoment in {place} op {day}.', en: 'The startklas has no intake moment at {place} on {day}.' },
  'moment.cancel.past': { nl: 'Dit moment is al geweest en kan niet meer geannuleerd worden.', en: 'This moment has already taken place and can no longer be cancelled.' },
  'moment.cancel.already': { nl: 'Al geannuleerd: {moment}.', en: 'Already cancelled: {moment}.' },
  'moment.cancel.intakeNotLiaison': {
    nl: 'Een taalschool kan alleen proeflessen van de eigen school annuleren.',
    en: 'A language school can only cancel trial lessons of its own school.',
  },
};
