// The consultant's and the liaison's bookings: warnings, refusals and reasons (electron/services/
// bookings/, school/). Classes by school and class name, sessions by kind, time and place; never
// an id.
import type { Catalog } from './types';

export const BOOKING_MESSAGES: Catalog = {
  // Sentences strung together (the problems of one option), in their own order.
  'booking.sentences': { nl: '{first} {rest}', en: '{first} {rest}' },
  // A sentence that has no message yet, as it was written.
  'booking.asIs': { nl: '{text}', en: '{text}' },
  'booking.partnerOverlap': {
    nl: 'Valt samen met de {what} van {who} in {place} ({when}).',
    en: "Clashes with {who}'s {what} at {place} ({when}).",
  },
  // A checker sentence about a booking not yet made (the options shown before booking and the
  // refusal that asks for a reason): what it would bring, not what is (shared/messages/would.ts).
  'booking.would.r1.unreachable': {
    nl: '{who} zou op {when} niet bij de {what} kunnen komen: er is geen reisverbinding tussen thuis ({home}) en {place}.',
    en: '{who} would not be able to get to the {what} on {when}: there is no travel connection between home ({home}) and {place}.',
  },
  'booking.would.r1.busy': {
    nl: '{who} is op {busy} al bezet (werk, les of afspraak), maar zou dan op {when} in de {what} staan.',
    en: '{who} is already busy on {busy} (work, lessons or an appointment), but would then be in the {what} on {when}.',
  },
  'booking.would.r1.overlap': {
    nl: '{who} zou dan tegelijk in de {a}, {aWhen}, en in de {b}, {bWhen}, staan.',
    en: '{who} would then be in the {a}, {aWhen}, and in the {b}, {bWhen}, at the same time.',
  },
  'booking.would.r1.noRoute': {
    nl: '{who} zou op {day} van de {a}, klaar om {aEnd}, naar de {b} om {bStart} moeten, maar er is geen reisverbinding tussen {from} en {to}.',
    en: 'On {day} {who} would have to go from the {a}, ending at {aEnd}, to the {b} at {bStart}, but there is no travel connection between {from} and {to}.',
  },
  'booking.would.r1.tooClose': {
    nl: '{who} zou op {day} maar {gap} minuten hebben tussen de {a}, klaar om {aEnd}, en de {b} om {bStart}; de reis duurt {need} minuten.',
    en: 'On {day} {who} would have only {gap} minutes between the {a}, ending at {aEnd}, and the {b} at {bStart}; the journey takes {need} minutes.',
  },
  'booking.would.r9.gap': {
    nl: '{adults} {adults:zou|zouden} dan weg zijn voor {acts} (met reistijd); {adults:het|hun} kind {child} zou dan geen opvang hebben.',
    en: '{adults} would then be away for {acts} (travel included); {adults:the|their} child {child} would have no care then.',
  },
  'booking.would.r9.gapDay': {
    nl: '{adults} {adults:zou|zouden} dan op {day} weg zijn (met reistijd); {adults:het|hun} kind {child} zou dan geen opvang hebben.',
    en: '{adults} would then be away on {day} (travel included); {adults:the|their} child {child} would have no care then.',
  },
  'booking.would.partnerOverlap': {
    nl: 'Zou samenvallen met de {what} van {who} in {place} ({when}).',
    en: "Would clash with {who}'s {what} at {place} ({when}).",
  },
  // The client's own appointment at the time of an option, where the checker's sentence names another.
  'booking.ownOverlap': {
    nl: 'Overlapt met de {what} op {when} in {place}.',
    en: 'Overlaps with the {what} on {when} at {place}.',
  },
  'booking.problem': { nl: 'Deze boeking breekt een harde regel.', en: 'This booking breaks a hard rule.' },
  // A booking made with "Toch boeken", afterwards: what it breaks, the reason, who and when.
  'booking.override.note': {
    nl: 'Geboekt ondanks: {problems} Reden: "{reason}" ({who}, {when}).',
    en: 'Booked despite: {problems} Reason: "{reason}" ({who}, {when}).',
  },

  // Toets
  'booking.toets.noneThisWeek': { nl: 'Deze week zijn er (nog) geen toetsmomenten gepland.', en: 'No test slots are planned this week (yet).' },
  'booking.toets.noCertified': {
    nl: 'Geen toetsmoment deze week heeft een gecertificeerde consulent.',
    en: 'No test slot this week has a certified consultant.',
  },
  'booking.toets.allFullTouch': {
    nl: 'Alle toetsmomenten deze week zijn vol: er is geen vrije plek met een touchscreen-laptop (lage digitale vaardigheid). Vraag de coördinator om een extra moment.',
    en: 'All test slots this week are full: there is no free place with a touchscreen laptop (low digital skills). Ask the coordinator for an extra slot.',
  },
  'booking.toets.allFull': {
    nl: 'Alle toetsmomenten deze week zijn vol: er is geen vrije plek met een laptop. Vraag de coördinator om een extra moment.',
    en: 'All test slots this week are full: there is no free place with a laptop. Ask the coordinator for an extra slot.',
  },
  'booking.toets.gone': { nl: 'Dit toetsmoment bestaat niet (meer).', en: 'This test slot does not exist (any more).' },
  'booking.toets.notCertified': { nl: 'Bij dit toetsmoment is geen gecertificeerde consulent.', en: 'This test slot has no certified consultant.' },
  'booking.toets.alreadyOn': { nl: '{who} staat al op dit toetsmoment.', en: '{who} is already booked on this test slot.' },
  'booking.toets.noTouchLaptop': { nl: 'Geen vrije touchscreen-laptop meer bij dit toetsmoment.', en: 'No touchscreen laptop is free any more at this test slot.' },
  'booking.toets.noLaptop': { nl: 'Geen vrije laptop meer bij dit toetsmoment.', en: 'No laptop is free any more at this test slot.' },
  'booking.toets.doesNotFit': {
    nl: 'Dit toetsmoment past niet: {problems} Kies een ander moment, of kies "Toch boeken" en geef een reden.',
    en: 'This test slot does not fit: {problems} Choose another slot, or choose "Book anyway" and give a reason.',
  },
  'booking.toets.onlyCertifiedOpen': {
    nl: 'Alleen een gecertificeerde consulent kan een toetsmoment openen.',
    en: 'Only a certified consultant can open a test slot.',
  },
  'booking.toets.roomGone': { nl: 'Deze ruimte bestaat niet (meer).', en: 'This room does not exist (any more).' },
  'booking.toets.notToetsRoom': { nl: '{room} is geen toetsruimte.', en: '{room} is not a test room.' },
  'booking.toets.inPast': { nl: 'Een toetsmoment kan niet in het verleden liggen.', en: 'A test slot cannot be in the past.' },
  'booking.toets.workday': { nl: 'Kies een werkdag.', en: 'Choose a working day.' },
  'booking.toets.roomClosed': { nl: '{room} is dan niet open ({from}–{to}).', en: '{room} is not open then ({from}–{to}).' },
  'booking.toets.youUnavailable': { nl: 'U bent dan niet beschikbaar volgens uw rooster.', en: 'You are not available then according to your schedule.' },
  'booking.toets.roomTaken': { nl: '{room} is dan al bezet.', en: '{room} is already taken then.' },
  'booking.toets.youBusy': { nl: 'U heeft dan al een sessie.', en: 'You already have a session then.' },

  // Trial lessons
  'booking.trial.noClass': { nl: '{school} heeft geen klas.', en: '{school} has no class.' },
  'booking.trial.noClassRoute': { nl: '{school} heeft geen klas voor route {route}.', en: '{school} has no class for route {route}.' },
  'booking.trial.noSeatWeeks': {
    nl: '{school} heeft de komende {weeks} weken geen vrije proeflesplek in een klas.',
    en: '{school} has no free trial seat in any class in the next {weeks} weeks.',
  },
  'booking.trial.noSeatWeeksRoute': {
    nl: '{school} heeft de komende {weeks} weken geen vrije proeflesplek in een klas voor route {route}.',
    en: '{school} has no free trial seat in a class for route {route} in the next {weeks} weeks.',
  },
  'booking.trial.later': {
    nl: '{school} heeft deze en volgende week geen vrije proeflesplek; hieronder de eerstvolgende.',
    en: '{school} has no free trial seat this week or next; below are the first ones after that.',
  },
  'booking.trial.laterRoute': {
    nl: '{school} heeft deze en volgende week geen vrije proeflesplek voor route {route}; hieronder de eerstvolgende.',
    en: '{school} has no free trial seat for route {route} this week or next; below are the first ones after that.',
  },
  'booking.trial.noSeat': {
    nl: 'Geen vrije proeflesplek meer in klas {klas} van {school} op {when}.',
    en: 'No free trial seat left in class {klas} of {school} on {when}.',
  },
  'booking.trial.childcareFull': { nl: '{provider} heeft dan geen vrije plek meer.', en: '{provider} has no free place left then.' },
  'booking.trial.classGone': { nl: 'Deze klas bestaat niet (meer).', en: 'This class does not exist (any more).' },
  'booking.trial.onePerSchool': { nl: 'Boek per taalschool één proefles.', en: 'Book one trial lesson per language school.' },
  'booking.trial.wrongRoute': {
    nl: 'Klas {klas} van {school} is voor route {route}; {who} heeft route-indicatie {indication}.',
    en: 'Class {klas} of {school} is for route {route}; {who} has route indication {indication}.',
  },
  'booking.trial.noLessonAt': {
    nl: 'Klas {klas} van {school} heeft geen les op {day} om {time}.',
    en: 'Class {klas} of {school} has no lesson on {day} at {time}.',
  },
  'booking.trial.lessonPast': { nl: 'Deze les is al geweest.', en: 'This lesson has already taken place.' },
  'booking.trial.childNotInHousehold': {
    nl: 'Dit kind hoort niet bij het huishouden van {who}.',
    en: "This child is not part of {who}'s household.",
  },
  'booking.trial.childcareSlotGone': { nl: 'Deze opvangplek bestaat niet.', en: 'This childcare place does not exist.' },
  'booking.trial.doesNotFit': {
    nl: 'Deze proefles past niet: {problems} Kies een andere les of boek de opvang erbij, of boek toch met een reden.',
    en: 'This trial lesson does not fit: {problems} Choose another lesson or book childcare with it, or book anyway with a reason.',
  },

  // Startklas and group information
  'booking.startklas.doesNotFit': {
    nl: 'De eerste vrije intake ({when}, {place}) past niet: {problems} Boek toch met een reden, of los dit eerst op.',
    en: 'The first free intake ({when}, {place}) does not fit: {problems} Book anyway with a reason, or solve this first.',
  },
  'booking.startklas.chosenDoesNotFit': {
    nl: 'De intake van {when} in {place} past niet: {problems} Kies een ander moment, of boek toch met een reden.',
    en: 'The intake of {when} at {place} does not fit: {problems} Choose another moment, or book anyway with a reason.',
  },
  'booking.startklas.full': {
    nl: 'De intake van {when} in {place} heeft intussen geen plaats meer. Bekijk de intakemomenten opnieuw.',
    en: 'The intake of {when} at {place} has no seat left any more. Look at the intake moments again.',
  },
  'booking.startklas.gone': {
    nl: 'Dit intakemoment bestaat niet (meer) of is al geweest. Bekijk de intakemomenten opnieuw.',
    en: 'This intake moment does not exist (any more) or has already taken place. Look at the intake moments again.',
  },
  'booking.groupInfo.doesNotFit': {
    nl: 'De eerste groepsvoorlichting met plaats ({when} in {place}) past niet: {problems} Boek toch met een reden, of los dit eerst op.',
    en: 'The first group information session with a seat ({when} at {place}) does not fit: {problems} Book anyway with a reason, or solve this first.',
  },
  'booking.groupInfo.full': {
    nl: 'De groepsvoorlichting van {when} in {place} heeft intussen geen plaats meer. Bekijk de voorlichtingen opnieuw.',
    en: 'The group information session of {when} at {place} has no seat left any more. Look at the sessions again.',
  },
  'booking.groupInfo.gone': {
    nl: 'Deze groepsvoorlichting bestaat niet (meer) of is al geweest. Bekijk de voorlichtingen opnieuw.',
    en: 'This group information session does not exist (any more) or has already taken place. Look at the sessions again.',
  },
  'booking.groupInfo.already': {
    nl: '{who} staat al op de groepsvoorlichting van {when} in {place}.',
    en: '{who} is already on the group information session of {when} at {place}.',
  },
  'booking.groupInfo.listed': {
    nl: '{who} staat op de lijst voor groepsvoorlichting; er is nog geen sessie met plaats in die taal gepland. De coördinator plant er een.',
    en: '{who} is on the list for group information; no session with a seat in that language is planned yet. The coordinator will plan one.',
  },
  'booking.groupInfo.alreadyListed': {
    nl: '{who} staat sinds {since} op de lijst voor groepsvoorlichting; er is nog geen sessie met plaats in die taal. De coördinator plant er een.',
    en: '{who} has been on the list for group information since {since}; no session with a seat in that language is planned yet. The coordinator will plan one.',
  },
  'booking.groupInfo.booked': { nl: 'Aangemeld voor de groepsvoorlichting van {when} in {place}.', en: 'Signed up for the group information session of {when} at {place}.' },

  // The liaison's seats and capacity
  'school.classGone': { nl: 'Deze klas bestaat niet bij uw taalschool.', en: 'This class does not exist at your language school.' },
  'school.schoolGone': { nl: 'Uw taalschool bestaat niet meer.', en: 'Your language school no longer exists.' },
  'school.capacityBelowTaken': {
    nl: 'De klas heeft al {n} cursisten; de capaciteit kan niet lager dan dat.',
    en: 'The class already has {n} students; the capacity cannot be lower than that.',
  },
  'school.overbooked': {
    nl: 'Er {n:is|zijn} {n} {n:les|lessen} met meer geboekte proeflessen dan {seats}: {lessons}. Die proeflessen blijven staan. Toch opslaan?',
    en: '{n:There is|There are} {n} {n:lesson|lessons} with more booked trial lessons than {seats}: {lessons}. Those trial lessons stay. Save anyway?',
  },
  'school.overbookedLesson': { nl: '{when} ({booked} geboekt)', en: '{when} ({booked} booked)' },
  'school.trialGone': { nl: 'Deze proefles bestaat niet bij uw taalschool.', en: 'This trial lesson does not exist at your language school.' },
  'school.trialNotYet': { nl: 'Deze proefles is nog niet geweest.', en: 'This trial lesson has not taken place yet.' },
};
