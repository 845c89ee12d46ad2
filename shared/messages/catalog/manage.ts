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
export type ManageCount =
  | 'location'
  | 'participant'
  | 'resident'
  | 'room'
  | 'class'
  | 'school'
  | 'intake'
  | 'provider'
  | 'trialRequest'
  | 'trialOutcome'
  | 'session'
  | 'trialLesson'
  | 'booking'
  | 'childcareBooking';

/** What a Beheer change that takes a row out of use says it did ("is buiten gebruik gesteld"). */
export type ManageDeactivated = 'outOfUse' | 'outOfService' | 'offInterpreterList';

/** Rows a removal warns about while plans still use them. */
export type ManageStillUsed = 'room' | 'class' | 'intake' | 'consultant' | 'interpreter' | 'provider';

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
  'manage.count.session': { nl: '{n} {n:sessie|sessies}', en: '{n} {n:session|sessions}' },
  'manage.count.trialLesson': { nl: '{n} {n:proefles|proeflessen}', en: '{n} trial {n:lesson|lessons}' },
  'manage.count.booking': { nl: '{n} {n:boeking|boekingen}', en: '{n} {n:booking|bookings}' },
  'manage.count.childcareBooking': { nl: '{n} {n:opvangboeking|opvangboekingen}', en: '{n} childcare {n:booking|bookings}' },
  /** "3 sessies vanaf week 49". */
  'manage.usesFrom': { nl: '{uses} vanaf week {week}', en: '{uses} from week {week}' },

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

  // What a change is, as the subject of its preview ("Opslaan van Zaal 1 geeft geen nieuwe conflicten ...")
  'manage.what.save': { nl: 'Opslaan van {name}', en: 'Saving {name}' },
  'manage.what.remove': { nl: 'Verwijderen van {name}', en: 'Removing {name}' },
  'manage.what.outOfService': { nl: 'Uit dienst melden van {name}', en: 'Taking {name} out of service' },
  'manage.what.outOfUse': { nl: 'Buiten gebruik stellen van {name}', en: 'Taking {name} out of use' },
  'manage.what.saveSettings': { nl: 'Opslaan van de instellingen', en: 'Saving the settings' },
  'manage.what.travelClear': { nl: 'De reistijd tussen {from} en {to} leegmaken', en: 'Clearing the travel time between {from} and {to}' },
  'manage.what.travelSet': { nl: 'De reistijd tussen {from} en {to} op {minutes} minuten zetten', en: 'Setting the travel time between {from} and {to} to {minutes} minutes' },
  'manage.travel.oneLocation': { nl: 'de ene locatie', en: 'one location' },
  'manage.travel.otherLocation': { nl: 'de andere locatie', en: 'the other location' },

  // An intake moment has no name: its day and time, as the subject of a sentence and inside one.
  'manage.intake.subject': { nl: 'Het intakemoment op {day} {time}', en: 'The intake moment on {day} {time}' },
  'manage.intake.object': { nl: 'het intakemoment op {day} {time}', en: 'the intake moment on {day} {time}' },
  'manage.weekday.1': { nl: 'maandag', en: 'Monday' },
  'manage.weekday.2': { nl: 'dinsdag', en: 'Tuesday' },
  'manage.weekday.3': { nl: 'woensdag', en: 'Wednesday' },
  'manage.weekday.4': { nl: 'donderdag', en: 'Thursday' },
  'manage.weekday.5': { nl: 'vrijdag', en: 'Friday' },
  'manage.weekday.6': { nl: 'zaterdag', en: 'Saturday' },
  'manage.weekday.7': { nl: 'zondag', en: 'Sunday' },

  // What a save or removal did
  'manage.saved.created': { nl: '{name} is aangemaakt.', en: '{name} has been created.' },
  'manage.saved.saved': { nl: '{name} is opgeslagen.', en: '{name} has been saved.' },
  'manage.saved.unchanged': { nl: '{name}: er is niets gewijzigd.', en: '{name}: nothing was changed.' },
  'manage.settings.saved': { nl: 'De instellingen zijn opgeslagen.', en: 'The settings have been saved.' },
  'manage.settings.unchanged': { nl: 'Er is niets gewijzigd aan de instellingen.', en: 'Nothing was changed in the settings.' },
  'manage.removed.deleted': { nl: '{name} is verwijderd.', en: '{name} has been removed.' },
  'manage.removed.gemeente': {
    nl: '{name} is verwijderd. Bij {n} {n:consulent|consulenten} is de gemeente leeggemaakt.',
    en: '{name} has been removed. The municipality was cleared for {n} {n:consultant|consultants}.',
  },
  'manage.removed.location': {
    nl: '{name} is verwijderd, met {n} {n:reistijd|reistijden} van en naar deze locatie.',
    en: '{name} has been removed, with {n} travel {n:time|times} from and to this location.',
  },
  'manage.deactivated.outOfUse': { nl: '{name} is buiten gebruik gesteld', en: '{name} has been taken out of use' },
  'manage.deactivated.outOfService': { nl: '{name} is uit dienst gemeld', en: '{name} has been taken out of service' },
  'manage.deactivated.offInterpreterList': { nl: '{name} staat niet meer op de lijst van tolken', en: '{name} is no longer on the list of interpreters' },
  'manage.removed.done': { nl: '{done}.', en: '{done}.' },
  'manage.removed.keptPast': { nl: '{done}; {past} uit eerdere weken {n:blijft|blijven} bewaard.', en: '{done}; {past} from earlier weeks {n:is|are} kept.' },
  'manage.removed.stillPlanned': {
    nl: '{done} {uses} {n:staat|staan} nog in de planning en {n:is|zijn} nu een conflict in de weekplanning.',
    en: '{done} {uses} {n:is|are} still in the planning and {n:is|are} now a conflict in the week plan.',
  },
  'manage.clientsMoved': { nl: '{done} {n} {n:cliënt is|cliënten zijn} overgedragen.', en: '{done} {n} {n:client has|clients have} been handed over.' },
  'manage.travel.cleared': {
    nl: 'De reistijd tussen {from} en {to} is leeggemaakt: niet bereikbaar binnen een dag.',
    en: 'The travel time between {from} and {to} has been cleared: not reachable within a day.',
  },
  'manage.travel.set': { nl: 'De reistijd tussen {from} en {to} is {minutes} minuten.', en: 'The travel time between {from} and {to} is {minutes} minutes.' },

  // A removal while plans still use the row: what happens if the coordinator goes on
  'manage.stillUsed.room': {
    nl: '{name} wordt nog gebruikt door {uses}; als u doorgaat, gaat de ruimte buiten gebruik en blijven die sessies als conflict in hun week staan, zodat u ze daar kunt verplaatsen.',
    en: '{name} is still used by {uses}; if you go on, the room goes out of use and those sessions stay in their week as conflicts, so you can move them there.',
  },
  'manage.stillUsed.class': {
    nl: '{name} wordt nog gebruikt door {uses}; als u doorgaat, gaat de klas buiten gebruik en blijven die proeflessen als conflict in hun week staan, zodat u ze kunt omboeken.',
    en: '{name} is still used by {uses}; if you go on, the class goes out of use and those trial lessons stay in their week as conflicts, so you can rebook them.',
  },
  'manage.stillUsed.intake': {
    nl: '{name} wordt nog gebruikt door {uses}; als u doorgaat, gaat het intakemoment buiten gebruik en blijven die boekingen als conflict in hun week staan, zodat u ze kunt omboeken.',
    en: '{name} is still used by {uses}; if you go on, the intake moment goes out of use and those bookings stay in their week as conflicts, so you can rebook them.',
  },
  'manage.stillUsed.consultant': {
    nl: '{name} wordt nog gebruikt door {uses}; als u doorgaat, gaat de consulent uit dienst en blijven die sessies als conflict in hun week staan, zodat u daar een andere consulent kiest.',
    en: '{name} is still used by {uses}; if you go on, the consultant leaves service and those sessions stay in their week as conflicts, so you choose another consultant there.',
  },
  'manage.stillUsed.interpreter': {
    nl: '{name} wordt nog gebruikt door {uses}; als u doorgaat, gaat de tolk buiten gebruik en blijven die sessies als conflict in hun week staan, zodat u daar een andere tolk kiest.',
    en: '{name} is still used by {uses}; if you go on, the interpreter goes out of use and those sessions stay in their week as conflicts, so you choose another interpreter there.',
  },
  'manage.stillUsed.provider': {
    nl: '{name} wordt nog gebruikt door {uses}; als u doorgaat, gaat de aanbieder buiten gebruik en blijven die boekingen als conflict in hun week staan.',
    en: '{name} is still used by {uses}; if you go on, the provider goes out of use and those bookings stay in their week as conflicts.',
  },

  // What a change does to the planned weeks (change.ts)
  'manage.outcome.appliedWithConflicts': {
    nl: '{done} Dit geeft {n} {n:nieuw conflict|nieuwe conflicten} in week {weeks}; {n:het staat|ze staan} in de conflictenlijst van die {weeks:week|weken}.',
    en: '{done} This gives {n} new {n:conflict|conflicts} in {weeks:week|weeks} {weeks}; {n:it is|they are} in the conflict list of {weeks:that week|those weeks}.',
  },
  'manage.outcome.conflicts': {
    nl: '{what} geeft {n} {n:nieuw conflict|nieuwe conflicten} in week {weeks}.',
    en: '{what} gives {n} new {n:conflict|conflicts} in {weeks:week|weeks} {weeks}.',
  },
  'manage.outcome.noConflicts': { nl: '{what} geeft geen nieuwe conflicten in de geplande weken.', en: '{what} gives no new conflicts in the planned weeks.' },
  'manage.outcome.stillUsed': { nl: '{stillUsed} {effect}', en: '{stillUsed} {effect}' },
  'manage.outcome.notYet': { nl: '{effect} Er is nog niets gewijzigd; bevestig om het toch te doen.', en: '{effect} Nothing has been changed yet; confirm to do it anyway.' },
};
