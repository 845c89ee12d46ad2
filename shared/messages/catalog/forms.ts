// The form fields' refusals of the contract's schemas (shared/api/contract/): Beheer, the
// participant and household forms, steps. A field's label is a message of its own
// (`form.label.*`), so "Naam is verplicht." and "Name is required." come from one rule; the
// schemas carry them as encoded messages (shared/messages/field-msg.ts).
import type { Catalog } from './types';

/** What the forms call their fields, in both languages. */
export const FIELD_LABELS = {
  name: { nl: 'Naam', en: 'Name' },
  givenName: { nl: 'Voornaam', en: 'First name' },
  childGivenName: { nl: 'Voornaam kind', en: "Child's first name" },
  familyName: { nl: 'Achternaam', en: 'Last name' },
  reason: { nl: 'Reden', en: 'Reason' },
  regionName: { nl: 'Naam van de regio', en: 'Name of the region' },
  note: { nl: 'Toelichting', en: 'Note' },
  agency: { nl: 'Bureau', en: 'Agency' },
  address: { nl: 'Adres', en: 'Address' },
  start: { nl: 'Begintijd', en: 'Start time' },
  end: { nl: 'Eindtijd', en: 'End time' },
  dayStart: { nl: 'Begin van de dag', en: 'Start of the day' },
  dayEnd: { nl: 'Einde van de dag', en: 'End of the day' },
  seats: { nl: 'Plaatsen', en: 'Places' },
  from: { nl: 'Vanaf', en: 'From' },
  until: { nl: 'Tot en met', en: 'Until' },
  dueDate: { nl: 'Uiterlijk', en: 'At the latest' },
  availability: { nl: 'Beschikbaarheid', en: 'Availability' },
  busy: { nl: 'Vaste bezigheden', en: 'Regular commitments' },
  covered: { nl: 'Opvang of school', en: 'Childcare or school' },
  opening: { nl: 'Openingstijden', en: 'Opening hours' },
  hoursPerWeek: { nl: 'Uren per week', en: 'Hours per week' },
  costPerHour: { nl: 'Kosten per uur (euro)', en: 'Cost per hour (euro)' },
  language: { nl: 'Taal', en: 'Language' },
  otherLanguages: { nl: 'Andere talen', en: 'Other languages' },
  languages: { nl: 'Talen', en: 'Languages' },
  workingDays: { nl: 'Werkdagen per week', en: 'Working days per week' },
  adultsOutside: { nl: 'Volwassenen buiten het programma', en: 'Adults outside the programme' },
  laptopsTouch: { nl: 'Touchlaptops', en: 'Touch laptops' },
  laptopsMouse: { nl: 'Muislaptops', en: 'Mouse laptops' },
  slotMinutes: { nl: 'Tijdraster (minuten)', en: 'Time grid (minutes)' },
  travelMinutes: { nl: 'Reistijd (minuten)', en: 'Travel time (minutes)' },
  trialSeats: { nl: 'Proefplekken per les', en: 'Trial places per lesson' },
  ageMonthsMin: { nl: 'Leeftijd vanaf (maanden)', en: 'Age from (months)' },
  ageMonthsMax: { nl: 'Leeftijd tot en met (maanden)', en: 'Age up to and including (months)' },
  minGroup: { nl: 'Kleinste groep', en: 'Smallest group' },
  maxGroup: { nl: 'Grootste groep', en: 'Largest group' },
  toetsMaxSize: { nl: 'Hoogstens deelnemers per toets', en: 'Most participants per test' },
  toetsMinutes: { nl: 'Duur leerbaarheidstoets (minuten)', en: 'Length of the learnability test (minutes)' },
  groupInfoMinutes: { nl: 'Duur groepsvoorlichting (minuten)', en: 'Length of the group information session (minutes)' },
  capacity: { nl: 'Capaciteit', en: 'Capacity' },
  capacityPeople: { nl: 'Capaciteit (personen)', en: 'Capacity (people)' },
  placesTaken: { nl: 'Bezette plaatsen', en: 'Places taken' },
  firstDate: { nl: 'Eerste lesdag', en: 'First lesson day' },
  lastDate: { nl: 'Laatste lesdag', en: 'Last lesson day' },
  validFrom: { nl: 'Geldig vanaf', en: 'Valid from' },
  validUntil: { nl: 'Geldig tot en met', en: 'Valid until' },
  birthDate: { nl: 'Geboortedatum', en: 'Date of birth' },
  endDate: { nl: 'Einddatum', en: 'End date' },
  date: { nl: 'Datum', en: 'Date' },
  koppelingDate: { nl: 'Datum koppeling', en: 'Date of assignment' },
  registrationDate: { nl: 'Datum aankomst (inschrijving gemeente)', en: 'Date of arrival (registration with the municipality)' },
  housingDate: { nl: 'Datum huisvesting', en: 'Date of housing' },
  arrivalDate: { nl: 'Datum aankomst', en: 'Date of arrival' },
  slotGrid: { nl: 'Tijdraster', en: 'Time grid' },
  partners: { nl: 'Partners', en: 'Partners' },
  children: { nl: 'Kinderen', en: 'Children' },
  exceptions: { nl: 'Uitzonderingen', en: 'Exceptions' },
  dayparts: { nl: 'Dagdelen', en: 'Day-parts' },
  lessons: { nl: 'Lestijden', en: 'Lesson times' },
  kinds: { nl: 'Soorten sessies', en: 'Kinds of sessions' },
  kind: { nl: 'Soort', en: 'Kind' },
  day: { nl: 'Dag', en: 'Day' },
  extraOpen: { nl: 'Extra open', en: 'Extra open' },
  closed: { nl: 'Dicht', en: 'Closed' },
  route: { nl: 'Route', en: 'Route' },
  routeIndication: { nl: 'Route-indicatie', en: 'Route indication' },
  digitalSkill: { nl: 'Digitale vaardigheid', en: 'Digital skill' },
  stepKind: { nl: 'Soort stap', en: 'Kind of step' },
  order: { nl: 'Volgorde', en: 'Order' },
  mode: { nl: 'Werkwijze', en: 'Way of working' },
} as const satisfies Catalog;

export type FieldLabel = keyof typeof FIELD_LABELS;

/** What to choose ("Kies een locatie."), in both languages. */
export const REF_WHAT = {
  location: { nl: 'een locatie', en: 'a location' },
  gemeente: { nl: 'een gemeente', en: 'a municipality' },
  languageSchool: { nl: 'een taalschool', en: 'a language school' },
  participant: { nl: 'een deelnemer', en: 'a participant' },
} as const satisfies Catalog;

export type RefWhat = keyof typeof REF_WHAT;

/** After "{label}: ": what is wrong with the field (an import row names its column already and says only this). */
export const FIELD_WHAT = {
  fillIn: { nl: 'vul dit veld in.', en: 'fill in this field.' },
  textOrEmpty: { nl: 'vul tekst in of laat het veld leeg.', en: 'enter text or leave the field empty.' },
  enterNumber: { nl: 'vul een getal in.', en: 'enter a number.' },
  enterTime: { nl: 'vul een tijd in.', en: 'enter a time.' },
  timeFormat: { nl: 'schrijf de tijd als UU:MM, bijvoorbeeld 09:00.', en: 'write the time as HH:MM, for example 09:00.' },
  chooseDate: { nl: 'kies een datum.', en: 'choose a date.' },
  validDate: { nl: 'kies een geldige datum (JJJJ-MM-DD).', en: 'choose a valid date (YYYY-MM-DD).' },
  chooseWeekday: { nl: 'kies een dag van de week.', en: 'choose a day of the week.' },
  mondayToSunday: { nl: 'kies maandag tot en met zondag.', en: 'choose Monday to Sunday.' },
  giveList: { nl: 'geef een lijst.', en: 'give a list.' },
  giveTimes: { nl: 'geef een lijst van tijden.', en: 'give a list of times.' },
  atMostItems: { nl: 'hoogstens {max}.', en: 'at most {max}.' },
  atMostTimes: { nl: 'hoogstens {max} tijden.', en: 'at most {max} times.' },
  chooseLanguage: { nl: 'kies een taal uit de lijst.', en: 'choose a language from the list.' },
  atLeastOneLanguage: { nl: 'kies minstens één taal.', en: 'choose at least one language.' },
  eachLanguageOnce: { nl: 'elke taal één keer.', en: 'each language once.' },
  firstLanguageNotAgain: { nl: 'de eerste taal staat hier al niet nog eens.', en: 'the first language is not listed here again.' },
  exceptionKind: { nl: 'kies "extra open" of "dicht".', en: 'choose "extra open" or "closed".' },
  childcareKind: { nl: 'kies kinderopvang, VVE of BSO.', en: 'choose childcare, VVE or BSO.' },
  locationKind: { nl: 'kies een soort locatie.', en: 'choose a kind of location.' },
  sessionKind: { nl: 'kies groepsvoorlichting of leerbaarheidstoets.', en: 'choose group information session or learnability test.' },
  atLeastOne: { nl: 'kies er minstens één.', en: 'choose at least one.' },
  interpreterMode: { nl: 'kies ter plekke, telefonisch of beide.', en: 'choose on site, by phone or both.' },
  route: { nl: 'kies B1, Z, Onderwijs of Alfa.', en: 'choose B1, Z, Onderwijs or Alfa.' },
  routeOrEmpty: { nl: 'kies een route of laat leeg.', en: 'choose a route or leave it empty.' },
  digitalSkill: { nl: 'kies geen, basis of goed.', en: 'choose none, basic or good.' },
  chooseStep: { nl: 'kies een stap uit de lijst.', en: 'choose a step from the list.' },
  giveSteps: { nl: 'geef de stappen.', en: 'give the steps.' },
  atLeastOneLesson: { nl: 'geef minstens één lestijd.', en: 'give at least one lesson time.' },
  slotMinutes: { nl: 'kies 5, 10, 15, 20, 30 of 60 minuten.', en: 'choose 5, 10, 15, 20, 30 or 60 minutes.' },
  noKoppelingForFamily: { nl: 'een gezinsmigrant heeft geen koppeling; laat dit veld leeg.', en: 'a family migrant has no assignment; leave this field empty.' },
  arrivalOnlyForFamily: { nl: 'alleen voor een gezinsmigrant; laat dit veld leeg.', en: 'only for a family migrant; leave this field empty.' },
  extraOpenTimes: { nl: 'vul een begin- en eindtijd in.', en: 'fill in a start and an end time.' },
  closedTimes: { nl: 'vul begin én eind in, of geen van beide voor de hele dag.', en: 'fill in both start and end, or neither for the whole day.' },
  daypartTwice: { nl: 'op deze dag begint al een dagdeel op die tijd.', en: 'a day-part already starts at that time on this day.' },
} as const satisfies Catalog;

export type FieldWhat = keyof typeof FIELD_WHAT;

const prefixed = (prefix: string, c: Catalog): Catalog => Object.fromEntries(Object.entries(c).map(([k, v]) => [`${prefix}${k}`, v]));

/** Whole sentences about one field (`{label}` a `form.label.*` message). */
export const FORM_SENTENCES = {
  'form.labelled': { nl: '{label}: {what}', en: '{label}: {what}' },
  'form.required': { nl: '{label} is verplicht.', en: '{label} is required.' },
  'form.maxChars': { nl: '{label} mag hoogstens {max} tekens lang zijn.', en: '{label} may be at most {max} characters long.' },
  'form.controlChar': { nl: '{label} bevat een teken dat niet in een tekst hoort.', en: '{label} contains a character that does not belong in a text.' },
  'form.wholeNumber': { nl: '{label} moet een heel getal zijn.', en: '{label} must be a whole number.' },
  'form.atLeast': { nl: '{label} moet minstens {min} zijn.', en: '{label} must be at least {min}.' },
  'form.atMost': { nl: '{label} mag hoogstens {max} zijn.', en: '{label} may be at most {max}.' },
  'form.choose': { nl: 'Kies {what}.', en: 'Choose {what}.' },
  'form.endAfterStart': { nl: '{label} moet na de begintijd liggen.', en: '{label} must be after the start time.' },
  'form.untilNotBeforeFrom': { nl: '{label} mag niet vóór de begindatum liggen.', en: '{label} may not be before the start date.' },
  'form.migrantKind': { nl: 'Kies statushouder of gezinsmigrant.', en: 'Choose status holder or family migrant.' },
  'form.koppelingRequired': { nl: 'Datum koppeling is verplicht voor een statushouder.', en: 'The date of assignment is required for a status holder.' },
  'form.arrivalRequired': {
    nl: 'Datum aankomst (inschrijving gemeente) is verplicht voor een gezinsmigrant.',
    en: 'The date of arrival (registration with the municipality) is required for a family migrant.',
  },
  'form.housingBeforeKoppeling': { nl: 'Datum huisvesting mag niet vóór de koppeling liggen.', en: 'The date of housing may not be before the assignment.' },
  'form.confirmErase': { nl: 'Bevestig eerst wat er verwijderd wordt.', en: 'First confirm what will be removed.' },
  'form.ageRange': { nl: 'Leeftijd tot en met mag niet lager zijn dan leeftijd vanaf.', en: 'Age up to and including may not be lower than age from.' },
  'form.sameLocation': { nl: 'Van en naar zijn dezelfde locatie: die reistijd is altijd 0.', en: 'From and to are the same location: that travel time is always 0.' },
  'form.weightLevel': { nl: 'Kies laag, normaal of hoog.', en: 'Choose low, normal or high.' },
  'form.dayEndAfterStart': { nl: 'Einde van de dag moet na het begin liggen.', en: 'The end of the day must be after its start.' },
  'form.groupSizes': { nl: 'Grootste groep mag niet kleiner zijn dan de kleinste groep.', en: 'The largest group may not be smaller than the smallest group.' },
  'form.groupInfoNotInDay': { nl: 'Duur groepsvoorlichting past niet in de dag ({day}).', en: 'The group information session does not fit in the day ({day}).' },
  'form.toetsNotInDay': { nl: 'Duur leerbaarheidstoets past niet in de dag ({day}).', en: 'The learnability test does not fit in the day ({day}).' },
  'form.placesOverCapacity': { nl: 'Bezette plaatsen mag niet meer zijn dan de capaciteit.', en: 'Places taken may not be more than the capacity.' },
} as const satisfies Catalog;

export type FormSentence = keyof typeof FORM_SENTENCES;

export const FORM_MESSAGES: Catalog = {
  ...FORM_SENTENCES,
  ...prefixed('form.label.', FIELD_LABELS),
  ...prefixed('form.ref.', REF_WHAT),
  ...prefixed('form.what.', FIELD_WHAT),
};
