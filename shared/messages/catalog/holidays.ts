// The names of the Dutch public holidays (shared/domain/holidays.ts): a day header in the week
// calendar, and the reason a session cannot be moved onto that day.
import type { Catalog } from './types';

export const HOLIDAY_MESSAGES: Catalog = {
  'holiday.newYear': { nl: 'Nieuwjaarsdag', en: "New Year's Day" },
  'holiday.goodFriday': { nl: 'Goede Vrijdag', en: 'Good Friday' },
  'holiday.easterSunday': { nl: 'Eerste Paasdag', en: 'Easter Sunday' },
  'holiday.easterMonday': { nl: 'Tweede Paasdag', en: 'Easter Monday' },
  'holiday.kingsDay': { nl: 'Koningsdag', en: "King's Day" },
  'holiday.liberationDay': { nl: 'Bevrijdingsdag', en: 'Liberation Day' },
  'holiday.ascension': { nl: 'Hemelvaartsdag', en: 'Ascension Day' },
  'holiday.whitSunday': { nl: 'Eerste Pinksterdag', en: 'Whit Sunday' },
  'holiday.whitMonday': { nl: 'Tweede Pinksterdag', en: 'Whit Monday' },
  'holiday.christmasDay': { nl: 'Eerste Kerstdag', en: 'Christmas Day' },
  'holiday.boxingDay': { nl: 'Tweede Kerstdag', en: 'Boxing Day' },
  'holiday.closed': {
    nl: '{date} is {holiday}: scholen, gemeenten en kinderopvang zijn dan dicht. Kies een andere dag.',
    en: '{date} is {holiday}: schools, municipalities and childcare are closed. Choose another day.',
  },
};
