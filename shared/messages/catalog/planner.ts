// The planner's result messages (electron/services/planner): what the planner dock says when a
// run stops or fails. Technical error text from below stays as it came ({error}).
// And the planner's reasons why a demand stayed unplanned (shared/planner/plan/reasons.ts), read
// in the not-planned list: the first thing that blocks the demand, in words a coordinator can act
// on. Schools, languages and people by name; {after} is the demand's earliest moment.
import type { Catalog } from './types';

export const PLANNER_MESSAGES: Catalog = {
  'planner.stoppedKept': { nl: 'Gestopt: het beste plan tot nu toe is opgeslagen als voorstel.', en: 'Stopped: the best plan so far has been saved as a proposal.' },
  'planner.stoppedBefore': { nl: 'Gestopt voordat de planning begon.', en: 'Stopped before planning began.' },
  'planner.saveFailed': { nl: 'Het plan kon niet worden opgeslagen: {error}', en: 'The plan could not be saved: {error}' },
  'planner.startFailed': { nl: 'De planner kon niet starten: {error}', en: 'The planner could not start: {error}' },
  'planner.notRunYet': { nl: 'Nog niet ingepland: de planner heeft deze week nog niet gedraaid.', en: 'Not planned yet: the planner has not run for this week.' },
  'planner.runNoLongerApplies': {
    nl: 'Nog niet ingepland: de laatste planning van deze week geldt niet meer (verworpen of daarna gewijzigd); plan de week opnieuw.',
    en: "Not planned yet: the week's last planning no longer applies (discarded or changed since); plan the week again.",
  },
  'planner.failed': { nl: 'De planner liep vast: {error}', en: 'The planner failed: {error}' },

  // Parts of the reasons.
  'planner.reason.either': { nl: '{a}/{b}', en: '{a}/{b}' },
  'planner.reason.child': { nl: '{name} ({age})', en: '{name} ({age})' },
  'planner.reason.childNoName': { nl: 'kind ({age})', en: 'a child ({age})' },
  'planner.reason.what.trial': { nl: 'proefles bij {school}', en: 'trial lesson at {school}' },
  'planner.reason.what.trialRoute': { nl: 'proefles bij {school} voor route {route}', en: 'trial lesson at {school} for route {route}' },
  'planner.reason.what.intake': { nl: 'startklas-intake', en: 'startklas intake' },

  // The reasons, by the kind of demand they can block.
  'planner.reason.notInWeek': { nl: 'de deelnemer staat niet in deze week', en: 'the participant is not in this week' },
  'planner.reason.unknown': { nl: 'niet ingepland', en: 'not planned' },
  'planner.reason.milp': { nl: 'niet ingepland in de MILP-oplossing', en: 'not planned in the MILP solution' },
  // A reason of nothing free, when the week has a public holiday on or after the demand's earliest day.
  'planner.reason.holiday': {
    nl: '{reason}; {holidays}: feestdag, dan wordt niets ingepland',
    en: '{reason}; {holidays}: public holiday, nothing is planned then',
  },
  'planner.reason.holidayDay': { nl: '{date} is {holiday}', en: '{date} is {holiday}' },
  'planner.reason.noLessons': { nl: '{school} heeft deze week geen lessen', en: '{school} has no lessons this week' },
  'planner.reason.noClassForRoute': { nl: 'geen klas van {school} voor route {route}', en: '{school} has no class for route {route}' },
  'planner.reason.noOption': {
    nl: 'geen {what} na {after} buiten de andere afspraken van de deelnemer',
    en: "no {what} after {after} outside the participant's other appointments",
  },
  'planner.reason.noTrialSeat': { nl: 'geen vrije proefplaats bij {school} na {after}', en: 'no free trial seat at {school} after {after}' },
  'planner.reason.noTrialSeatRoute': {
    nl: 'geen vrije proefplaats bij {school} voor route {route} na {after}',
    en: 'no free trial seat at {school} for route {route} after {after}',
  },
  'planner.reason.noIntakeSeat': { nl: 'geen vrije plaats bij een startklas-intake na {after}', en: 'no free seat at a startklas intake after {after}' },
  'planner.reason.trialsClash': {
    nl: 'de proeflessen met een vrije plaats botsen met andere activiteiten of reistijd van de deelnemer',
    en: "the trial lessons with a free seat clash with the participant's other activities or travel time",
  },
  'planner.reason.intakesClash': {
    nl: 'de intakemomenten met een vrije plaats botsen met andere activiteiten of reistijd van de deelnemer',
    en: "the intake moments with a free seat clash with the participant's other activities or travel time",
  },
  'planner.reason.noCare': { nl: 'geen opvang voor {child} van {adults} tijdens de {kind}', en: 'no childcare for {child} of {adults} during the {kind}' },
  'planner.reason.noCareHousehold': {
    nl: 'geen opvang voor {child} van het huishouden tijdens de {kind}',
    en: 'no childcare for {child} of the household during the {kind}',
  },
  'planner.reason.seatCostsOther': { nl: 'een vrije plaats past alleen ten koste van een andere afspraak', en: 'a free seat only fits at the cost of another appointment' },
  'planner.reason.seatCostsOtherShared': {
    nl: 'een vrije plaats past alleen ten koste van een andere afspraak (de plaatsen zijn verdeeld over {adults})',
    en: 'a free seat only fits at the cost of another appointment (the places are shared between {adults})',
  },
  'planner.reason.otherDemand': {
    nl: 'deelnemer heeft deze week al een andere vraag voor een {kind}',
    en: 'the participant already has another request for a {kind} this week',
  },
  'planner.reason.noInterpreterWeek': { nl: 'geen tolk {languages} beschikbaar deze week', en: 'no {languages} interpreter available this week' },
  'planner.reason.tooFewSpeakers': {
    nl: 'te weinig deelnemers die {languages} spreken voor een groep (minimaal {min})',
    en: 'too few participants who speak {languages} to form a group (at least {min})',
  },
  'planner.reason.noInterpreterAtRoom': {
    nl: 'geen tolk {languages} beschikbaar op momenten met een vrije zaal na {after}',
    en: 'no {languages} interpreter available at times with a free room after {after}',
  },
  'planner.reason.noConsultantAtRoom': {
    nl: 'geen consulent vrij op momenten met een vrije zaal na {after}',
    en: 'no consultant free at times with a free room after {after}',
  },
  'planner.reason.notFreeGroupInfo': {
    nl: 'deelnemer is niet vrij op de momenten waarop een zaal, consulent en tolk {languages} vrij zijn',
    en: 'the participant is not free at the times when a room, a consultant and a {languages} interpreter are free',
  },
  'planner.reason.tooFewOthers': {
    nl: 'te weinig andere deelnemers die {languages} spreken op momenten dat deelnemer kan (minimaal {min} per groep)',
    en: 'too few other participants who speak {languages} at times the participant can come (at least {min} per group)',
  },
  'planner.reason.noCertified': { nl: 'geen gecertificeerde consulent beschikbaar deze week', en: 'no certified consultant available this week' },
  'planner.reason.noTouchRoom': {
    nl: 'geen toetsruimte met touchscreen-laptops (deelnemer heeft weinig digitale vaardigheid)',
    en: 'no test room with touchscreen laptops (the participant has few digital skills)',
  },
  'planner.reason.noToetsMoment': {
    nl: 'geen gecertificeerde consulent en toetsruimte tegelijk vrij na {after}',
    en: 'no certified consultant and test room free at the same time after {after}',
  },
  'planner.reason.noToetsMomentTouch': {
    nl: 'geen gecertificeerde consulent en toetsruimte met touchscreen-laptop tegelijk vrij na {after}',
    en: 'no certified consultant and test room with a touchscreen laptop free at the same time after {after}',
  },
  'planner.reason.notFreeToets': {
    nl: 'deelnemer is niet vrij op de momenten waarop een gecertificeerde consulent en toetsruimte vrij zijn',
    en: 'the participant is not free at the times when a certified consultant and a test room are free',
  },
  'planner.reason.toetsCostsOther': { nl: 'een toetsplek past alleen ten koste van een andere afspraak', en: 'a test place only fits at the cost of another appointment' },
  'planner.reason.toetsCostsOtherShared': {
    nl: 'een toetsplek past alleen ten koste van een andere afspraak (de plaatsen zijn verdeeld over {adults})',
    en: 'a test place only fits at the cost of another appointment (the places are shared between {adults})',
  },
};
