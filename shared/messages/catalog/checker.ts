// The conflict checker's sentences (shared/planner/check): what a coordinator reads in the
// conflicts panel, the drag preview and the CLI. Sessions are named by kind, language, room and
// time; classes by school and class name; children by first name and age; never by id.
import { LANGUAGES } from '../../domain/languages';
import type { Catalog } from './types';

const LANGUAGE_NAMES: Catalog = Object.fromEntries(LANGUAGES.map((l) => [`check.lang.${l.code}`, { nl: l.nl, en: l.en }]));

export const CHECKER_MESSAGES: Catalog = {
  ...LANGUAGE_NAMES,

  // Parts of sentences: what a session, seat, child or provider is called.
  'check.what.session': { nl: '{kind} in {room}', en: '{kind} in {room}' },
  'check.what.sessionLang': { nl: '{kind} in het {language} in {room}', en: '{kind} in {language} in {room}' },
  'check.what.sessionBare': { nl: '{kind}', en: '{kind}' },
  'check.what.sessionBareLang': { nl: '{kind} in het {language}', en: '{kind} in {language}' },
  'check.what.trial': { nl: 'proefles bij {school} (klas {cls}, {place})', en: 'trial lesson at {school} (class {cls}, {place})' },
  'check.what.class': { nl: 'klas {cls} van {school} ({place})', en: 'class {cls} of {school} ({place})' },
  'check.what.intake': { nl: 'startklas-intake in {place}', en: 'startklas intake in {place}' },
  'check.what.at': { nl: 'de {what} ({when})', en: 'the {what} ({when})' },
  'check.what.child': { nl: '{name} ({age})', en: '{name} ({age})' },
  'check.what.childNoName': { nl: 'een kind van {age}', en: 'a child aged {age}' },
  'check.what.childAged': { nl: 'van {age}', en: 'aged {age}' },
  'check.what.childOf': { nl: '{child}, kind van {adults}', en: '{child}, child of {adults}' },
  'check.what.provider': { nl: '{name} ({place})', en: '{name} ({place})' },
  'check.what.providerNoName': { nl: '{kind} in {place}', en: '{kind} in {place}' },
  'check.what.moment': { nl: '{day} {time}', en: '{day} {time}' },
  'check.what.noSchool': { nl: '(geen school opgegeven)', en: '(no school given)' },
  'check.provider.kinderopvang': { nl: 'kinderopvang', en: 'day care' },
  'check.provider.vve': { nl: 'VVE', en: 'early childhood education (VVE)' },
  'check.provider.bso': { nl: 'BSO', en: 'out-of-school care (BSO)' },

  // Rule 0, the plan's structure (ids that do not exist can only be named by what they were).
  'check.r0.unknownRoom': { nl: 'De {what} op {when} staat in ruimte {id}, die niet bestaat.', en: 'The {what} on {when} is in room {id}, which does not exist.' },
  'check.r0.unknownConsultant': { nl: 'De {what} op {when} heeft consulent {id}, die niet bestaat.', en: 'The {what} on {when} has consultant {id}, who does not exist.' },
  'check.r0.unknownInterpreter': { nl: 'De {what} op {when} heeft tolk {id}, die niet bestaat.', en: 'The {what} on {when} has interpreter {id}, who does not exist.' },
  'check.r0.endBeforeStart': { nl: 'De {what} eindigt ({end}) niet na het begin ({start}).', en: 'The {what} does not end ({end}) after it starts ({start}).' },
  'check.r0.length': {
    nl: 'De {what} op {when} duurt {minutes} minuten; een {kind} duurt {expected} minuten.',
    en: 'The {what} on {when} lasts {minutes} minutes; a {kind} lasts {expected} minutes.',
  },
  'check.r0.unknownParticipant': { nl: 'De {what} op {when} noemt deelnemer {id}, die niet bestaat.', en: 'The {what} on {when} lists participant {id}, who does not exist.' },
  'check.r0.twiceInSession': { nl: '{who} staat twee keer in de {what} op {when}.', en: '{who} is listed twice in the {what} on {when}.' },
  'check.r0.duplicateSession': { nl: 'De {what} op {when} komt meer dan eens voor in het plan.', en: 'The {what} on {when} occurs more than once in the plan.' },
  'check.r0.seatUnknownParticipant': { nl: 'Een plaats is geboekt voor deelnemer {id}, die niet bestaat.', en: 'A seat is booked for participant {id}, who does not exist.' },
  'check.r0.seatUnknownDemand': {
    nl: 'Een plaats voor {who} hoort bij een aanvraag die niet bestaat ({id}).',
    en: 'A seat for {who} belongs to a request that does not exist ({id}).',
  },
  'check.r0.seatOtherDemand': {
    nl: 'Een plaats voor {who} hoort bij de aanvraag voor een {kind} van {owner}.',
    en: 'A seat for {who} belongs to the request for a {kind} of {owner}.',
  },
  'check.r0.trialSeatWrongKind': { nl: '{who} heeft een plaats in de {what}, maar de aanvraag is een {kind}.', en: '{who} has a seat in the {what}, but the request is a {kind}.' },
  'check.r0.unknownClass': { nl: '{who} heeft een proeflesplaats in klas {id}, die niet bestaat.', en: '{who} has a trial seat in class {id}, which does not exist.' },
  'check.r0.noLesson': {
    nl: '{who} heeft een proeflesplaats in {cls} op {moment}, maar die klas heeft dan geen les.',
    en: '{who} has a trial seat in {cls} on {moment}, but the class has no lesson then.',
  },
  'check.r0.intakeSeatWrongKind': {
    nl: '{who} heeft een plaats in de {what}, maar de aanvraag is een {kind}.',
    en: '{who} has a seat in the {what}, but the request is a {kind}.',
  },
  'check.r0.unknownIntake': { nl: '{who} heeft een plaats in startklas-intake {id}, die niet bestaat.', en: '{who} has a seat in startklas intake {id}, which does not exist.' },
  'check.r0.unplannedUnknown': { nl: 'Niet ingepland: aanvraag {id} bestaat niet.', en: 'Not planned: request {id} does not exist.' },
  'check.r0.unplannedNoReason': {
    nl: 'Bij de niet ingeplande aanvraag voor een {kind} van {who} ontbreekt de reden.',
    en: 'The request for a {kind} of {who} is not planned and has no reason.',
  },
  'check.r0.noDemand': {
    nl: '{who} staat in de {what} op {when}, maar heeft geen aanvraag voor een {kind}.',
    en: '{who} is in the {what} on {when}, but has no request for a {kind}.',
  },
  'check.r0.moreSessions': {
    nl: '{who} staat in meer sessies voor {kind} dan er aanvragen zijn (de {what} op {when}).',
    en: '{who} is booked for a {kind} more often than there are requests (the {what} on {when}).',
  },
  'check.r0.notListed': {
    nl: "De aanvraag voor een {kind} van {who} is niet ingepland en staat ook niet bij 'niet ingepland'.",
    en: "The request for a {kind} of {who} is not planned and not listed as 'not planned' either.",
  },
  'check.r0.plannedTwice': {
    nl: 'De aanvraag voor een {kind} van {who} komt {n} keer in het plan voor; dat moet precies één keer zijn.',
    en: 'The request for a {kind} of {who} occurs {n} times in the plan; it must occur exactly once.',
  },
  'check.r0.unknownChild': { nl: 'Opvang is geboekt voor kind {id}, dat niet bestaat.', en: 'Childcare is booked for child {id}, who does not exist.' },
  'check.r0.unknownProvider': { nl: 'Opvang is geboekt bij {id}, een opvang die niet bestaat.', en: 'Childcare is booked at {id}, a provider that does not exist.' },
  'check.r0.noDaypart': {
    nl: 'Opvang voor {child} is geboekt bij {provider} op {moment}, maar daar begint geen dagdeel.',
    en: 'Childcare for {child} is booked at {provider} on {moment}, but no day-part starts then.',
  },
  'check.r0.careTwice': { nl: '{child} is twee keer geboekt bij {provider} op {when}.', en: '{child} is booked twice at {provider} on {when}.' },

  // Rule 1, one place at a time.
  'check.r1.unreachable': {
    nl: '{who} kan op {when} niet bij de {what} komen: er is geen reisverbinding tussen thuis ({home}) en {place}.',
    en: '{who} cannot get to the {what} on {when}: there is no travel connection between home ({home}) and {place}.',
  },
  'check.r1.busy': {
    nl: '{who} is op {busy} al bezet (werk, les of afspraak), maar staat op {when} in de {what}.',
    en: '{who} is already busy on {busy} (work, lessons or an appointment), but is booked in the {what} on {when}.',
  },
  'check.r1.overlap': {
    nl: '{who} staat tegelijk in de {a}, {aWhen}, en in de {b}, {bWhen}.',
    en: '{who} is booked in the {a}, {aWhen}, and in the {b}, {bWhen}, at the same time.',
  },
  'check.r1.noRoute': {
    nl: '{who} moet op {day} van de {a}, klaar om {aEnd}, naar de {b} om {bStart}, maar er is geen reisverbinding tussen {from} en {to}.',
    en: 'On {day} {who} must go from the {a}, ending at {aEnd}, to the {b} at {bStart}, but there is no travel connection between {from} and {to}.',
  },
  'check.r1.tooClose': {
    nl: '{who} heeft op {day} maar {gap} minuten tussen de {a}, klaar om {aEnd}, en de {b} om {bStart}; de reis duurt {need} minuten.',
    en: 'On {day} {who} has only {gap} minutes between the {a}, ending at {aEnd}, and the {b} at {bStart}; the journey takes {need} minutes.',
  },

  // Rule 2, rooms.
  'check.r2.tooSmall': {
    nl: 'De {what} op {when} heeft {n} personen (deelnemers en consulent), maar {room} biedt plaats aan {capacity}.',
    en: 'The {what} on {when} has {n} people (participants and consultant), but {room} seats {capacity}.',
  },
  'check.r2.tooSmallInterpreter': {
    nl: 'De {what} op {when} heeft {n} personen (deelnemers, consulent, tolk), maar {room} biedt plaats aan {capacity}.',
    en: 'The {what} on {when} has {n} people (participants, consultant, interpreter), but {room} seats {capacity}.',
  },
  'check.r2.wrongKind': { nl: '{room} is niet geschikt voor een {kind} (op {when}).', en: '{room} is not suitable for a {kind} (on {when}).' },
  'check.r2.unavailable': { nl: '{room} is op {when} niet beschikbaar voor de {what}.', en: '{room} is not available on {when} for the {what}.' },
  'check.r2.double': { nl: '{room} is dubbel geboekt: {a} ({aWhen}) en {b} ({bWhen}).', en: '{room} is double-booked: {a} ({aWhen}) and {b} ({bWhen}).' },

  // Rule 3, consultants.
  'check.r3.unavailable': { nl: '{who} is op {when} niet beschikbaar voor de {what}.', en: '{who} is not available on {when} for the {what}.' },
  'check.r3.notCertified': {
    nl: '{who} is niet gecertificeerd voor de leerbaarheidstoets, maar begeleidt de {what} op {when}.',
    en: '{who} is not certified for the learnability test, but leads the {what} on {when}.',
  },
  'check.r3.double': { nl: '{who} staat tegelijk in de {a} ({aWhen}) en de {b} ({bWhen}).', en: '{who} is in the {a} ({aWhen}) and the {b} ({bWhen}) at the same time.' },

  // Rule 4, interpreters and language.
  'check.r4.interpreterUnavailable': { nl: 'Tolk {who} is op {when} niet beschikbaar voor de {what}.', en: 'Interpreter {who} is not available on {when} for the {what}.' },
  'check.r4.toetsInterpreter': {
    nl: 'Bij de {what} op {when} is een tolk ingepland; bij een leerbaarheidstoets is geen tolk aanwezig.',
    en: 'An interpreter is planned for the {what} on {when}; no interpreter attends a learnability test.',
  },
  'check.r4.noLanguage': { nl: 'De {what} op {when} heeft geen taal.', en: 'The {what} on {when} has no language.' },
  'check.r4.notSpeaking': {
    nl: '{who} {who:spreekt|spreken} geen {language}, maar {who:staat|staan} in de {what} op {when}.',
    en: '{who} {who:does|do} not speak {language}, but {who:is|are} in the {what} on {when}.',
  },
  'check.r4.noInterpreter': {
    nl: '{who} spreekt geen {language} en bij de {what} op {when} is geen tolk {language} ingepland.',
    en: '{who} does not speak {language} and no {language} interpreter is planned for the {what} on {when}.',
  },
  'check.r4.nobodySpeaks': {
    nl: '{who} spreekt geen {language} en tolk {interpreter} ook niet ({what} op {when}).',
    en: 'Neither {who} nor interpreter {interpreter} speaks {language} ({what} on {when}).',
  },
  'check.r4.double': {
    nl: 'Tolk {who} staat tegelijk in de {a} ({aWhen}) en de {b} ({bWhen}).',
    en: 'Interpreter {who} is in the {a} ({aWhen}) and the {b} ({bWhen}) at the same time.',
  },

  // Rule 5, laptops at the toets.
  'check.r5.touch': {
    nl: 'Bij de {what} op {when} {n:heeft|hebben} {n} {n:deelnemer|deelnemers} een touchscreen-laptop nodig, maar {room} heeft er {have}.',
    en: 'At the {what} on {when} {n} {n:participant needs|participants need} a touchscreen laptop, but {room} has {have}.',
  },
  'check.r5.laptops': {
    nl: 'De {what} op {when} heeft {n} {n:deelnemer|deelnemers}, maar {room} heeft {have} {have:laptop|laptops}.',
    en: 'The {what} on {when} has {n} {n:participant|participants}, but {room} has {have} {have:laptop|laptops}.',
  },
  'check.r5.max': {
    nl: 'De {what} op {when} heeft {n} {n:deelnemer|deelnemers}; het maximum is {max}.',
    en: 'The {what} on {when} has {n} {n:participant|participants}; the maximum is {max}.',
  },

  // Rule 6, group size.
  'check.r6.size': {
    nl: 'De {what} op {when} heeft {n} {n:deelnemer|deelnemers}; een groep heeft er {min} tot en met {max}.',
    en: 'The {what} on {when} has {n} {n:participant|participants}; a group has {min} to {max}.',
  },

  // Rule 7, trial lessons and startklas seats.
  'check.r7.wrongSchool': {
    nl: '{who} heeft een proefles nodig bij {school}, maar is ingepland in de {what} ({when}).',
    en: '{who} needs a trial lesson at {school}, but is booked in the {what} ({when}).',
  },
  'check.r7.wrongRoute': {
    nl: '{who} heeft route-indicatie {route}, maar de {what} ({when}) is route {classRoute}.',
    en: '{who} has route indication {route}, but the {what} ({when}) is route {classRoute}.',
  },
  'check.r7.classFull': {
    nl: 'De {what} heeft op {when} {cap} {cap:proeflesplaats|proeflesplaatsen}, maar er {n:is|zijn} {n} {n:deelnemer|deelnemers} ingepland ({who}).',
    en: 'The {what} has {cap} trial {cap:seat|seats} on {when}, but {n} {n:participant is|participants are} booked ({who}).',
  },
  'check.r7.intakeFull': {
    nl: 'De {what} ({when}) heeft {cap} {cap:plaats|plaatsen}, maar er {n:is|zijn} {n} {n:deelnemer|deelnemers} ingepland ({who}).',
    en: 'The {what} ({when}) has {cap} {cap:seat|seats}, but {n} {n:participant is|participants are} booked ({who}).',
  },

  // Rule 8, not earlier than possible.
  'check.r8.early': {
    nl: '{who} staat op {when} in de {what}, maar de aanvraag voor een {kind} mag pas vanaf {from}.',
    en: '{who} is in the {what} on {when}, but the request for a {kind} may start only from {from}.',
  },

  // Rule 9, care for children.
  'check.r9.age': {
    nl: '{child} is op {when} geboekt bij {provider}, maar die opvang is voor kinderen van {min} tot en met {max} maanden.',
    en: '{child} is booked at {provider} on {when}, but it takes children from {min} to {max} months.',
  },
  'check.r9.full': {
    nl: '{provider} heeft op {when} {free} {free:vrije plaats|vrije plaatsen}, maar er {n:is|zijn} {n} {n:kind|kinderen} geboekt ({children}).',
    en: '{provider} has {free} free {free:place|places} on {when}, but {n} {n:child is|children are} booked ({children}).',
  },
  'check.r9.gap': {
    nl: '{adults} {adults:is|zijn} weg voor {acts} (met reistijd); {adults:het|hun} kind {child} heeft dan geen opvang.',
    en: '{adults} {adults:is|are} away for {acts} (travel included); {adults:the|their} child {child} has no care then.',
  },
  'check.r9.gapDay': {
    nl: '{adults} {adults:is|zijn} op {day} weg (met reistijd); {adults:het|hun} kind {child} heeft dan geen opvang.',
    en: '{adults} {adults:is|are} away on {day} (travel included); {adults:the|their} child {child} has no care then.',
  },

  // Rule 10, grid and working days.
  'check.r10.notWorkday': { nl: 'De {what} op {when} valt niet op een werkdag van deze week.', en: 'The {what} on {when} is not on a working day of this week.' },
  'check.r10.offGrid': {
    nl: 'De {what} op {day} begint om {start}; sessies beginnen vanaf {dayStart} op een veelvoud van {slot} minuten.',
    en: 'The {what} on {day} starts at {start}; sessions start from {dayStart} on a multiple of {slot} minutes.',
  },
  'check.r10.late': { nl: 'De {what} op {when} eindigt na {dayEnd}.', en: 'The {what} on {when} ends after {dayEnd}.' },

  // Fixes offered for a conflict (shared/planner/repair).
  'fix.move': { nl: 'Verplaats de {what} van {from} naar {to}', en: 'Move the {what} from {from} to {to}' },
  'fix.moveRoom': { nl: 'Verplaats de {what} van {from} naar {to} in {room}', en: 'Move the {what} from {from} to {to} in {room}' },
  'fix.room': { nl: 'Verplaats de {what} van {from} naar {room}', en: 'Move the {what} on {from} to {room}' },
  'fix.closerRoom': { nl: 'Verplaats de {what} van {from} naar {room}, dichter bij huis', en: 'Move the {what} on {from} to {room}, closer to home' },
  'fix.interpreter': { nl: 'Wissel de tolk van de {what} op {when}: {who}', en: 'Change the interpreter of the {what} on {when}: {who}' },
  'fix.interpreterInstead': {
    nl: 'Wissel de tolk van de {what} op {when}: {who} in plaats van {old}',
    en: 'Change the interpreter of the {what} on {when}: {who} instead of {old}',
  },
  'fix.consultant': { nl: 'Wissel de consulent van de {what} op {when}: {who}', en: 'Change the consultant of the {what} on {when}: {who}' },
  'fix.consultantInstead': {
    nl: 'Wissel de consulent van de {what} op {when}: {who} in plaats van {old}',
    en: 'Change the consultant of the {what} on {when}: {who} instead of {old}',
  },
  'fix.childcare': { nl: 'Boek een opvangplek voor {child} bij {provider} op {when}', en: 'Book a childcare place for {child} at {provider} on {when}' },

  // Deadline warnings in the conflicts panel (electron/services/week/conflicts.ts).
  'conflict.deadline': { nl: '{who}: {terms}. Nog niet ingepland: {kinds}.', en: '{who}: {terms}. Not planned yet: {kinds}.' },
  'conflict.deadlineOnly': { nl: '{who}: {terms}.', en: '{who}: {terms}.' },
  'conflict.term.pipMissed': { nl: 'de PIP-termijn is op {date} verstreken ({days} {days:dag|dagen} geleden)', en: 'the PIP term passed on {date} ({days} {days:day|days} ago)' },
  'conflict.term.pipNear': { nl: 'de PIP-termijn verloopt op {date} ({left})', en: 'the PIP term ends on {date} ({left})' },
  'conflict.term.normMissed': {
    nl: 'de 4-wekennorm voor een eerste activiteit is op {date} verstreken ({days} {days:dag|dagen} geleden)',
    en: 'the 4-week norm for a first activity passed on {date} ({days} {days:day|days} ago)',
  },
  'conflict.term.normNear': {
    nl: 'de 4-wekennorm voor een eerste activiteit verloopt op {date} ({left})',
    en: 'the 4-week norm for a first activity ends on {date} ({left})',
  },
  'conflict.term.normLate': {
    nl: 'de 4-wekennorm voor een eerste activiteit verloopt op {date} ({left}), maar de eerste activiteit is pas op {planned} geboekt',
    en: 'the 4-week norm for a first activity ends on {date} ({left}), but the first activity is not booked until {planned}',
  },
  'conflict.term.normMissedPlanned': {
    nl: 'de 4-wekennorm voor een eerste activiteit is op {date} verstreken ({days} {days:dag|dagen} geleden); de eerste activiteit is op {planned} geboekt',
    en: 'the 4-week norm for a first activity passed on {date} ({days} {days:day|days} ago); the first activity is booked for {planned}',
  },
  'conflict.terms2': { nl: '{a}; {b}', en: '{a}; {b}' },
};
