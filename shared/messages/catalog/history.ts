// A client's history on the client page (shared/domain/people-history.ts): what happened to the
// person, their household or child, by field name and never by value or id, and who did it.
import type { Catalog } from './types';

export const HISTORY_MESSAGES: Catalog = {
  // The person
  'history.participant.created': { nl: 'Deelnemer ingeschreven', en: 'Participant registered' },
  'history.participant.erased': { nl: 'Gegevens verwijderd (AVG)', en: 'Data erased (GDPR)' },
  'history.participant.deleted': { nl: 'Deelnemer verwijderd', en: 'Participant removed' },
  'history.participant.ended': { nl: 'Traject beëindigd', en: 'Trajectory ended' },
  'history.participant.stepOrder': { nl: 'Volgorde van de stappen gewijzigd', en: 'Order of the steps changed' },
  'history.participant.changed': { nl: 'Gegevens gewijzigd', en: 'Details changed' },
  'history.participant.changedFields': { nl: 'Gegevens gewijzigd: {fields}', en: 'Details changed: {fields}' },

  // Bookings; {what} is one of history.booking.type.*
  'history.booking.created': { nl: 'Geboekt: {what}', en: 'Booked: {what}' },
  'history.booking.cancelled': { nl: 'Boeking geannuleerd: {what}', en: 'Booking cancelled: {what}' },
  'history.booking.accepted': { nl: 'Boeking vastgesteld: {what}', en: 'Booking confirmed: {what}' },
  'history.booking.weekChanged': { nl: 'Boekingen van de week aangepast', en: 'Bookings of the week adjusted' },
  'history.booking.type.session': { nl: 'groepsvoorlichting of toets', en: 'group information session or learnability test' },
  'history.booking.type.groupInfo': { nl: 'groepsvoorlichting', en: 'group information session' },
  'history.booking.type.toets': { nl: 'leerbaarheidstoets', en: 'learnability test' },
  'history.booking.type.trialLesson': { nl: 'proefles', en: 'trial lesson' },
  'history.booking.type.startklasIntake': { nl: 'startklas-intake', en: 'startklas intake' },
  'history.booking.type.childcare': { nl: 'kinderopvang', en: 'childcare' },
  'history.booking.type.other': { nl: 'afspraak', en: 'appointment' },

  // Steps; {step} is a kind, or history.step.some
  'history.step.added': { nl: 'Stap toegevoegd: {step}', en: 'Step added: {step}' },
  'history.step.removed': { nl: 'Stap verwijderd: {step}', en: 'Step removed: {step}' },
  'history.step.updated': { nl: 'Stap bijgewerkt', en: 'Step updated' },
  'history.step.updatedStatus': { nl: 'Stap bijgewerkt: {status}', en: 'Step updated: {status}' },
  'history.step.some': { nl: 'stap', en: 'step' },
  'history.status.open': { nl: 'open', en: 'open' },
  'history.status.planned': { nl: 'gepland', en: 'planned' },
  'history.status.done': { nl: 'gedaan', en: 'done' },

  // Household and children
  'history.household.created': { nl: 'Huishouden aangemaakt', en: 'Household created' },
  'history.household.deleted': { nl: 'Huishouden verwijderd', en: 'Household removed' },
  'history.household.changed': { nl: 'Huishouden gewijzigd', en: 'Household changed' },
  'history.household.changedFields': { nl: 'Huishouden gewijzigd: {fields}', en: 'Household changed: {fields}' },
  'history.child.added': { nl: 'Kind toegevoegd', en: 'Child added' },
  'history.child.removed': { nl: 'Kind verwijderd', en: 'Child removed' },
  'history.child.changed': { nl: 'Gegevens van een kind gewijzigd', en: 'Details of a child changed' },
  'history.child.changedFields': { nl: 'Gegevens van een kind gewijzigd: {fields}', en: 'Details of a child changed: {fields}' },
  'history.other': { nl: 'Wijziging', en: 'Change' },

  // Field names as the forms call them
  'history.field.givenName': { nl: 'voornaam', en: 'given name' },
  'history.field.familyName': { nl: 'achternaam', en: 'family name' },
  'history.field.householdId': { nl: 'huishouden', en: 'household' },
  'history.field.gemeenteId': { nl: 'gemeente', en: 'municipality' },
  'history.field.homeLocationId': { nl: 'woonplaats', en: 'place of residence' },
  'history.field.language': { nl: 'taal', en: 'language' },
  'history.field.otherLanguages': { nl: 'andere talen', en: 'other languages' },
  'history.field.digitalSkill': { nl: 'digitale vaardigheid', en: 'digital skills' },
  'history.field.routeIndication': { nl: 'route-indicatie', en: 'route indication' },
  'history.field.migrantKind': { nl: 'statushouder of gezinsmigrant', en: 'status holder or family migrant' },
  'history.field.koppelingDate': { nl: 'datum koppeling', en: 'date of linking' },
  'history.field.registrationDate': { nl: 'datum inschrijving', en: 'date of registration' },
  'history.field.housingDate': { nl: 'datum huisvesting', en: 'date of housing' },
  'history.field.pipDate': { nl: 'datum PIP', en: 'date of the PIP' },
  'history.field.consultantId': { nl: 'consulent', en: 'consultant' },
  'history.field.busy': { nl: 'vaste bezigheden', en: 'fixed commitments' },
  'history.field.endedOn': { nl: 'einddatum traject', en: 'end date of the trajectory' },
  'history.field.endReason': { nl: 'reden beëindiging', en: 'reason for ending' },
  'history.field.stepOrder': { nl: 'volgorde van de stappen', en: 'order of the steps' },
  'history.field.clientNumber': { nl: 'cliëntnummer', en: 'client number' },
  'history.field.name': { nl: 'naam', en: 'name' },
  'history.field.adultsOutside': { nl: 'volwassenen buiten het programma', en: 'adults outside the programme' },
  'history.field.birthDate': { nl: 'geboortedatum', en: 'date of birth' },
  'history.field.covered': { nl: 'opvang of school', en: 'childcare or school' },
  'history.field.status': { nl: 'status', en: 'status' },
  'history.field.other': { nl: 'overige gegevens', en: 'other details' },

  // Who did it
  'history.actor.coordinator': { nl: 'Coördinator', en: 'Coordinator' },
  'history.actor.coordinatorAccount': { nl: '{name} (coördinator)', en: '{name} (coordinator)' },
  'history.actor.named': { nl: '{name}', en: '{name}' },
  'history.actor.consultant': { nl: 'Consulent', en: 'Consultant' },
  'history.actor.school': { nl: 'Taalschool {school}', en: 'Language school {school}' },
  'history.actor.someSchool': { nl: 'Taalschool', en: 'Language school' },
  'history.actor.demo': { nl: 'Startgegevens demo', en: 'Demo starting data' },
  'history.actor.program': { nl: 'Het programma', en: 'The programme' },
};
