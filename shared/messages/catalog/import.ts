// The import's row errors, file refusals and answers (issue 13), and the backup and restore
// answers of the same screen. Sheet and column names, values and the Dutch words a file uses
// (ja/nee, ma-vr, dicht) are the file's own, so they stay Dutch in both languages; the sentence
// around them follows the reader. Shaped by shared/import/errors.ts (the whole line) and the
// parsers in shared/import/.
import type { Catalog } from './types';

export const IMPORT_MESSAGES: Catalog = {
  // Where: "Deelnemers rij 17" and the whole line.
  'import.at.row': { nl: '{sheet} rij {row}', en: '{sheet} row {row}' },
  'import.at.sheet': { nl: '{sheet}', en: '{sheet}' },
  'import.line': { nl: '{where}: {reason}', en: '{where}: {reason}' },
  'import.lineColumn': { nl: '{where}, {column}: {reason}', en: '{where}, {column}: {reason}' },
  'import.lineValue': { nl: '{where}, {column} "{value}": {reason}', en: '{where}, {column} "{value}": {reason}' },
  'import.valueReason': { nl: '"{value}": {reason}', en: '"{value}": {reason}' },

  // Sheets and files.
  'import.sheetEmpty': { nl: 'het blad is leeg', en: 'the sheet is empty' },
  'import.columnTwice': { nl: 'deze kolom staat er twee keer', en: 'this column appears twice' },
  'import.columnMissing': { nl: 'deze kolom ontbreekt', en: 'this column is missing' },
  'import.tooManyRows': { nl: 'meer dan {max} rijen; splits het bestand', en: 'more than {max} rows; split the file' },
  'import.listTwice': { nl: 'staat al op blad {other}; zet {list} op één blad', en: 'already on sheet {other}; put {list} on one sheet' },
  'import.fileEmpty': { nl: 'het bestand is leeg', en: 'the file is empty' },
  'import.noList': {
    nl: 'geen lijst herkend; gebruik de kolomkoppen van het sjabloon (bijvoorbeeld Clientnummer, Voornaam, Gemeente)',
    en: 'no list recognised; use the column headings of the template (for example Clientnummer, Voornaam, Gemeente)',
  },
  'import.wholeFile': { nl: 'Bestand', en: 'File' },

  // Values.
  'import.required': { nl: 'verplicht', en: 'required' },
  'import.maxChars': { nl: 'hoogstens {max} tekens', en: 'at most {max} characters' },
  'import.alsoOnRow': { nl: 'staat ook op rij {row}', en: 'also on row {row}' },
  'import.noDate': { nl: 'geen datum', en: 'not a date' },
  'import.noDateWrite': { nl: 'geen datum (schrijf dd-mm-jjjj)', en: 'not a date (write dd-mm-jjjj)' },
  'import.noSuchDate': { nl: 'geen bestaande datum', en: 'not an existing date' },
  'import.unknownLanguage': {
    nl: 'onbekende taal (gebruik de Nederlandse naam of de ISO-code)',
    en: 'unknown language (use the Dutch name or the ISO code)',
  },
  'import.unknownLanguageNamed': { nl: 'onbekende taal "{name}"', en: 'unknown language "{name}"' },
  'import.chooseSkill': { nl: 'kies geen, basis of goed', en: 'choose geen, basis or goed' },
  'import.chooseRoute': { nl: 'kies {routes} of laat leeg', en: 'choose {routes} or leave it empty' },
  'import.chooseMigrantKind': { nl: 'kies statushouder of gezinsmigrant', en: 'choose statushouder or gezinsmigrant' },
  'import.chooseOneOf': { nl: 'kies {options}', en: 'choose {options}' },
  'import.chooseYesNo': { nl: 'kies ja of nee', en: 'choose ja or nee' },
  'import.chooseWeekday': { nl: 'kies een dag: maandag tot en met zondag', en: 'choose a day: maandag to zondag' },
  'import.chooseSessionKinds': {
    nl: 'kies groepsvoorlichting, leerbaarheidstoets of allebei',
    en: 'choose groepsvoorlichting, leerbaarheidstoets or both',
  },
  'import.notNumber': { nl: 'geen getal', en: 'not a number' },
  'import.notWholeNumber': { nl: 'geen heel getal', en: 'not a whole number' },
  'import.timeFormat': { nl: 'schrijf de tijd als UU:MM, bijvoorbeeld 09:00', en: 'write the time as UU:MM, for example 09:00' },
  'import.weeklyTimesHelp': {
    nl: 'schrijf dagen en tijden als "ma-vr 08:30-14:30" (meer tijden met ; ertussen)',
    en: 'write days and times as "ma-vr 08:30-14:30" (more times with ; between them)',
  },
  'import.endAfterStart': { nl: 'de eindtijd moet na de begintijd liggen', en: 'the end time must be after the start time' },
  'import.patternsHelp': {
    nl: 'schrijf dagen en tijden als "ma-vr 09:00-17:00" (meer tijden met ; ertussen, eventueel met "vanaf dd-mm-jjjj" of "t/m dd-mm-jjjj")',
    en: 'write days and times as "ma-vr 09:00-17:00" (more times with ; between them, optionally with "vanaf dd-mm-jjjj" or "t/m dd-mm-jjjj")',
  },
  'import.patternsDate': { nl: '{help}; "{value}": {reason}', en: '{help}; "{value}": {reason}' },
  'import.exceptionsHelp': {
    nl: 'schrijf uitzonderingen als "24-12-2026 dicht", "03-12-2026 13:00-17:00 dicht" of "02-12-2026 09:00-13:00 extra" (meer met ; ertussen)',
    en: 'write exceptions as "24-12-2026 dicht", "03-12-2026 13:00-17:00 dicht" or "02-12-2026 09:00-13:00 extra" (more with ; between them)',
  },
  'import.daypartsHelp': {
    nl: 'schrijf dagdelen als "ma-vr 08:30-12:30 4 plaatsen" (meer met ; ertussen)',
    en: 'write day-parts as "ma-vr 08:30-12:30 4 plaatsen" (more with ; between them)',
  },
  'import.lessonsWholeTerm': {
    nl: 'een lestijd geldt de hele looptijd van de klas (gebruik Eerste en Laatste lesdag)',
    en: 'a lesson time holds for the whole run of the class (use Eerste and Laatste lesdag)',
  },

  // References by name.
  'import.unknownGemeente': { nl: 'onbekende gemeente in deze regio', en: 'unknown municipality in this region' },
  'import.twoGemeenten': { nl: 'twee gemeenten met deze naam', en: 'two municipalities with this name' },
  'import.twoGemeentenRename': {
    nl: 'twee gemeenten met deze naam; pas de naam in de regio aan',
    en: 'two municipalities with this name; change the name in the region',
  },
  'import.unknownLocation': {
    nl: 'onbekende locatie in deze regio (zet hem op het blad Locaties)',
    en: 'unknown location in this region (put it on the sheet Locaties)',
  },
  'import.twoLocations': { nl: 'twee locaties met deze naam; pas de naam in de regio aan', en: 'two locations with this name; change the name in the region' },
  'import.unknownSchool': {
    nl: 'onbekende taalschool in deze regio (zet hem op het blad Taalscholen)',
    en: 'unknown language school in this region (put it on the sheet Taalscholen)',
  },
  'import.twoSchools': {
    nl: 'twee taalscholen met deze naam; pas de naam in de regio aan',
    en: 'two language schools with this name; change the name in the region',
  },
  'import.unknownConsultant': { nl: 'onbekende consulent in deze regio', en: 'unknown consultant in this region' },
  'import.twoConsultants': {
    nl: 'twee consulenten met deze naam; pas de naam in de regio aan',
    en: 'two consultants with this name; change the name in the region',
  },
  'import.unknownPlace': { nl: 'onbekende plaats in deze regio', en: 'unknown place in this region' },
  'import.twoPlaces': { nl: 'twee plaatsen met deze naam; pas de naam in de regio aan', en: 'two places with this name; change the name in the region' },
  'import.placeNotInGemeente': {
    nl: 'deze plaats ligt niet in de gemeente van de deelnemer',
    en: "this place is not in the participant's municipality",
  },
  'import.gemeenteWithoutPlace': {
    nl: 'deze gemeente heeft nog geen plaats; voeg er eerst een toe onder Beheer',
    en: 'this municipality has no place yet; add one under Manage first',
  },
  'import.unknownHousehold': { nl: 'geen deelnemer heeft deze huishoudcode', en: 'no participant has this household code' },
  'import.sameChild': { nl: 'hetzelfde kind staat ook op rij {row}', en: 'the same child is also on row {row}' },

  // The same row twice in a resource list.
  'import.same.locations': { nl: 'dezelfde locatie staat ook op rij {row}', en: 'the same location is also on row {row}' },
  'import.same.travelTimes': {
    nl: 'dezelfde reistijd (van en naar, in welke richting ook) staat ook op rij {row}',
    en: 'the same travel time (from and to, in either direction) is also on row {row}',
  },
  'import.same.rooms': { nl: 'dezelfde zaal op deze locatie staat ook op rij {row}', en: 'the same room at this location is also on row {row}' },
  'import.same.consultants': { nl: 'dezelfde consulent staat ook op rij {row}', en: 'the same consultant is also on row {row}' },
  'import.same.interpreters': { nl: 'dezelfde tolk staat ook op rij {row}', en: 'the same interpreter is also on row {row}' },
  'import.same.schools': { nl: 'dezelfde taalschool staat ook op rij {row}', en: 'the same language school is also on row {row}' },
  'import.same.classes': { nl: 'dezelfde klas van deze taalschool staat ook op rij {row}', en: 'the same class of this language school is also on row {row}' },
  'import.same.startklas': {
    nl: 'hetzelfde intakemoment (locatie, dag en begintijd) staat ook op rij {row}',
    en: 'the same intake slot (location, day and start time) is also on row {row}',
  },
  'import.same.childcare': { nl: 'dezelfde aanbieder staat ook op rij {row}', en: 'the same provider is also on row {row}' },

  // A form's own refusal, kept in its words (the forms' schemas speak Dutch).
  'import.formRefusal': { nl: '{text}', en: '{text}' },

  // A file that cannot be read.
  'import.file.binaryCsv': { nl: '{file} is geen CSV-bestand (het bevat binaire gegevens).', en: '{file} is not a CSV file (it holds binary data).' },
  'import.file.csvQuotes': {
    nl: '{file} is geen leesbaar CSV-bestand: aanhalingstekens kloppen niet op rij {row}.',
    en: '{file} is not a readable CSV file: the quotation marks do not match on row {row}.',
  },
  'import.file.notXlsx': { nl: 'Het bestand is geen leesbaar Excel-bestand (.xlsx).', en: 'The file is not a readable Excel file (.xlsx).' },
  'import.file.empty': { nl: '{file} is leeg.', en: '{file} is empty.' },
  'import.file.tooLarge': { nl: '{file} is groter dan 50 MB; splits het bestand.', en: '{file} is larger than 50 MB; split the file.' },
  'import.file.xls': {
    nl: '{file} is een oud Excel-bestand (.xls); sla het op als .xlsx of .csv.',
    en: '{file} is an old Excel file (.xls); save it as .xlsx or .csv.',
  },
  'import.file.tooLargeForApp': {
    nl: 'Bestand: te groot voor de app (hoogstens ongeveer 650 kB); gebruik npm run data -- import.',
    en: 'File: too large for the app (at most about 650 kB); use npm run data -- import.',
  },
  'import.file.chooseType': { nl: '{file}: kies een .xlsx- of .csv-bestand.', en: '{file}: choose an .xlsx or .csv file.' },

  // The answer of a preview or an import.
  'import.result.rejected': {
    nl: 'Niets geïmporteerd: {n} {n:fout|fouten}. Verbeter het bestand en probeer het opnieuw.',
    en: 'Nothing imported: {n} {n:error|errors}. Correct the file and try again.',
  },
  'import.result.nothingNew': { nl: 'Er was niets nieuws of gewijzigd.', en: 'There was nothing new or changed.' },
  'import.result.done': { nl: 'Geïmporteerd: {lists}.', en: 'Imported: {lists}.' },
  'import.result.more': { nl: '{first}; {rest}', en: '{first}; {rest}' },
  'import.result.list': { nl: '{sheet} {new} nieuw, {changed} gewijzigd', en: '{sheet} {new} new, {changed} changed' },
  'import.result.ready': { nl: 'Klaar om te importeren; er is nog niets geschreven.', en: 'Ready to import; nothing has been written yet.' },

  // Backups and restoring one.
  'backup.notInFile': { nl: 'Deze gegevens staan niet in een bestand; er valt niets te bewaren.', en: 'This data is not in a file; there is nothing to save.' },
  'backup.made': { nl: 'Back-up gemaakt: {file}', en: 'Backup made: {file}' },
  'backup.restoreOnlyBeheerder': { nl: 'Alleen de beheerder zet een back-up terug.', en: 'Only the administrator restores a backup.' },
  'backup.restoreNotInFile': {
    nl: 'Deze gegevens staan niet in een bestand; er valt niets terug te zetten.',
    en: 'This data is not in a file; there is nothing to restore.',
  },
  'backup.gone': { nl: 'Deze back-up staat niet (meer) in de map met back-ups.', en: 'This backup is not (or no longer) in the backups folder.' },
  'backup.tooLargeForApp': {
    nl: 'Bestand: te groot voor de app; zet het in de map backups van de gegevensmap of gebruik npm run data -- restore.',
    en: 'File: too large for the app; put it in the backups folder of the data folder or use npm run data -- restore.',
  },
  'backup.badUpload': {
    nl: 'Bestand: de inhoud is niet goed doorgekomen; kies het bestand opnieuw.',
    en: 'File: the contents did not arrive intact; choose the file again.',
  },
  'backup.tooNew': {
    nl: 'Deze back-up is gemaakt met een nieuwere versie van Keten Planner (schemaversie {fileVersion}; deze versie kent t/m {appVersion}). Er is niets gewijzigd. Installeer eerst de nieuwste versie.',
    en: 'This backup was made with a newer version of Keten Planner (schema version {fileVersion}; this version knows up to {appVersion}). Nothing was changed. Install the newest version first.',
  },
  'backup.unusable': {
    nl: 'Dit bestand is geen bruikbare back-up van Keten Planner ({reason}). Er is niets gewijzigd.',
    en: 'This file is not a usable Keten Planner backup ({reason}). Nothing was changed.',
  },
  'backup.unusableNoReason': {
    nl: 'Dit bestand is geen bruikbare back-up van Keten Planner. Er is niets gewijzigd.',
    en: 'This file is not a usable Keten Planner backup. Nothing was changed.',
  },
  'backup.restored': {
    nl: 'Back-up teruggezet: {name}. De gegevens van daarvoor zijn bewaard als {kept}.',
    en: 'Backup restored: {name}. The data from before is kept as {kept}.',
  },
};

/** Why a chosen file is not a usable backup (db/connection.ts's reasons, first part). */
export const BACKUP_WHY_MESSAGES: Catalog = {
  'backup.why.notSqlite': { nl: 'geen SQLite-bestand', en: 'not an SQLite file' },
  'backup.why.otherProgram': { nl: 'een database van een ander programma', en: 'a database of another program' },
  'backup.why.noKetenData': {
    nl: 'een SQLite-database zonder gegevens van Keten Planner, mogelijk van een ander programma',
    en: 'an SQLite database without Keten Planner data, possibly of another program',
  },
  'backup.why.cannotOpen': { nl: 'kan niet worden geopend', en: 'cannot be opened' },
  'backup.why.damaged': { nl: 'beschadigd', en: 'damaged' },
  'backup.why.notSqliteOrDamaged': { nl: 'geen SQLite-bestand of beschadigd', en: 'not an SQLite file, or damaged' },
  'backup.why.folder': { nl: 'dit is een map, geen bestand', en: 'this is a folder, not a file' },
  'backup.why.empty': { nl: 'het bestand is leeg', en: 'the file is empty' },
};
