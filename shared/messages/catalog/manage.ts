// Beheer's refusals (db/repositories/manage-*.ts, electron/services/manage/): a name taken, a row
// still in use, a row that is gone. Rows by their name, what uses them as counts; never an id.
import type { Catalog } from './types';

/** What a refusal is about, as its subject ("Deze ruimte bestaat niet (meer)."). */
export type ManageThing =
  | 'gemeente'
  | 'location'
  | 'room'
  | 'consultant'
  | 'interpreter'
  | 'school'
  | 'class'
  | 'intake'
  | 'provider'
  | 'region'
  | 'chosenGemeente'
  | 'chosenLocation'
  | 'chosenSchool'
  | 'fromLocation'
  | 'toLocation';

/** What may still use a row that is to be removed, counted ("3 locaties"). */
export type ManageCount = 'location' | 'participant' | 'resident' | 'room' | 'class' | 'school' | 'intake' | 'provider' | 'trialRequest' | 'trialOutcome';

export const MANAGE_MESSAGES: Catalog = {
  // Subjects
  'manage.thing.gemeente': { nl: 'Deze gemeente', en: 'This municipality' },
  'manage.thing.location': { nl: 'Deze locatie', en: 'This location' },
  'manage.thing.room': { nl: 'Deze ruimte', en: 'This room' },
  'manage.thing.consultant': { nl: 'Deze consulent', en: 'This consultant' },
  'manage.thing.interpreter': { nl: 'Deze tolk', en: 'This interpreter' },
  'manage.thing.school': { nl: 'Deze taalschool', en: 'This language school' },
  'manage.thing.class': { nl: 'Deze klas', en: 'This class' },
  'manage.thing.intake': { nl: 'Dit intakemoment', en: 'This intake moment' },
  'manage.thing.provider': { nl: 'Deze opvangaanbieder', en: 'This childcare provider' },
  'manage.thing.region': { nl: 'De regio', en: 'The region' },
  'manage.thing.chosenGemeente': { nl: 'De gekozen gemeente', en: 'The chosen municipality' },
  'manage.thing.chosenLocation': { nl: 'De gekozen locatie', en: 'The chosen location' },
  'manage.thing.chosenSchool': { nl: 'De gekozen taalschool', en: 'The chosen language school' },
  'manage.thing.fromLocation': { nl: 'De locatie van vertrek', en: 'The location of departure' },
  'manage.thing.toLocation': { nl: 'De locatie van aankomst', en: 'The location of arrival' },

  // Counts of what uses a row
  'manage.count.location': { nl: '{n} {n:locatie|locaties}', en: '{n} {n:location|locations}' },
  'manage.count.participant': { nl: '{n} {n:deelnemer|deelnemers}', en: '{n} {n:participant|participants}' },
  'manage.count.resident': { nl: '{n} {n:deelnemer die er woont|deelnemers die er wonen}', en: '{n} {n:participant who lives there|participants who live there}' },
  'manage.count.room': { nl: '{n} {n:ruimte|ruimtes}', en: '{n} {n:room|rooms}' },
  'manage.count.class': { nl: '{n} {n:klas|klassen}', en: '{n} {n:class|classes}' },
  'manage.count.school': { nl: '{n} {n:taalschool|taalscholen}', en: '{n} {n:language school|language schools}' },
  'manage.count.intake': { nl: '{n} {n:intakemoment van de startklas|intakemomenten van de startklas}', en: '{n} startklas intake {n:moment|moments}' },
  'manage.count.provider': { nl: '{n} {n:opvangaanbieder|opvangaanbieders}', en: '{n} childcare {n:provider|providers}' },
  'manage.count.trialRequest': { nl: '{n} {n:aanvraag voor een proefles|aanvragen voor een proefles}', en: '{n} trial lesson {n:request|requests}' },
  'manage.count.trialOutcome': { nl: '{n} {n:uitslag van een proefles|uitslagen van proeflessen}', en: '{n} trial lesson {n:result|results}' },

  // Gone
  'manage.gone': { nl: '{what} bestaat niet (meer).', en: '{what} does not exist (any more).' },
  'manage.refGone': { nl: '{what} bestaat niet (meer); kies een andere.', en: '{what} does not exist (any more); choose another.' },

  // Names taken
  'manage.nameTaken.gemeente': { nl: 'Er is al een gemeente met de naam {name}.', en: 'There is already a municipality named {name}.' },
  'manage.nameTaken.room': { nl: 'Op deze locatie is al een ruimte met de naam {name}.', en: 'This location already has a room named {name}.' },
  'manage.nameTaken.school': { nl: 'Er is al een taalschool met de naam {name}.', en: 'There is already a language school named {name}.' },

  // Still in use
  'manage.inUse.gemeente': {
    nl: '{name} kan niet worden verwijderd: er horen nog {uses} bij. Verplaats die eerst naar een andere gemeente.',
    en: '{name} cannot be removed: it still has {uses}. Move them to another municipality first.',
  },
  'manage.inUse.location': {
    nl: '{name} kan niet worden verwijderd: er horen nog {uses} bij (ook wat buiten gebruik is). Verplaats of verwijder die eerst.',
    en: '{name} cannot be removed: it still has {uses} (counting what is out of use). Move or remove them first.',
  },
  'manage.inUse.school': {
    nl: '{name} kan niet worden verwijderd: er horen nog {uses} bij (ook wat buiten gebruik of afgerond is).',
    en: '{name} cannot be removed: it still has {uses} (counting what is out of use or finished).',
  },

  // Form rules that need the stored rows
  'manage.travelSame': { nl: 'Van en naar zijn dezelfde locatie: die reistijd is altijd 0.', en: 'From and to are the same location: that travel time is always 0.' },
  'manage.placesOverCapacity': { nl: 'Bezette plaatsen mag niet meer zijn dan de capaciteit.', en: 'Places taken cannot be more than the capacity.' },
  'manage.ageRange': { nl: 'Leeftijd tot en met mag niet lager zijn dan leeftijd vanaf.', en: 'Age up to cannot be lower than age from.' },
  'manage.daypartTwice': { nl: 'Dagdelen: op deze dag begint al een dagdeel op die tijd.', en: 'Day-parts: a day-part already starts at that time on this day.' },
  'manage.consultant.hasClients': {
    nl: '{name} heeft nog {n} {n:cliënt|cliënten}. Meld de consulent uit dienst met Verwijderen en kies wie ze overneemt.',
    en: '{name} still has {n} {n:client|clients}. Take the consultant out of service with Remove and choose who takes them over.',
  },
  'manage.consultant.chooseSuccessor': {
    nl: '{name} heeft nog {n} {n:cliënt|cliënten}. Kies eerst een consulent die ze overneemt.',
    en: '{name} still has {n} {n:client|clients}. First choose a consultant to take them over.',
  },
  'manage.consultant.successorInvalid': {
    nl: 'Kies een andere consulent die in dienst is om de cliënten over te nemen.',
    en: 'Choose another consultant who is in service to take over the clients.',
  },

  // The liaison's own classes
  'manage.liaison.ownClassesOnly': { nl: 'U kunt alleen klassen van uw eigen taalschool opslaan.', en: 'You can only save classes of your own language school.' },
};
