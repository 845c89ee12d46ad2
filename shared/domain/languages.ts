// Languages of recent status holders and family migrants, by the codes the SPEC uses
// (ISO 639-1 where it exists, 639-3 otherwise), with the names coordinators use.
export interface LanguageInfo {
  code: string;
  nl: string;
  en: string;
}

export const LANGUAGES: LanguageInfo[] = [
  { code: 'nl', nl: 'Nederlands', en: 'Dutch' },
  { code: 'en', nl: 'Engels', en: 'English' },
  { code: 'ar', nl: 'Arabisch', en: 'Arabic' },
  { code: 'ti', nl: 'Tigrinya', en: 'Tigrinya' },
  { code: 'tr', nl: 'Turks', en: 'Turkish' },
  { code: 'ku', nl: 'Koerdisch', en: 'Kurdish' },
  { code: 'kmr', nl: 'Koerdisch (Kurmanji)', en: 'Kurdish (Kurmanji)' },
  { code: 'ckb', nl: 'Koerdisch (Sorani)', en: 'Kurdish (Sorani)' },
  { code: 'fa', nl: 'Farsi', en: 'Persian' },
  { code: 'prs', nl: 'Dari', en: 'Dari' },
  { code: 'ps', nl: 'Pasjtoe', en: 'Pashto' },
  { code: 'so', nl: 'Somalisch', en: 'Somali' },
  { code: 'uk', nl: 'Oekraïens', en: 'Ukrainian' },
  { code: 'ru', nl: 'Russisch', en: 'Russian' },
  { code: 'fr', nl: 'Frans', en: 'French' },
  { code: 'es', nl: 'Spaans', en: 'Spanish' },
  { code: 'pt', nl: 'Portugees', en: 'Portuguese' },
  { code: 'am', nl: 'Amhaars', en: 'Amharic' },
  { code: 'ur', nl: 'Urdu', en: 'Urdu' },
  { code: 'zh', nl: 'Chinees', en: 'Chinese' },
  { code: 'th', nl: 'Thai', en: 'Thai' },
  { code: 'tl', nl: 'Tagalog', en: 'Tagalog' },
  { code: 'id', nl: 'Indonesisch', en: 'Indonesian' },
  { code: 'pl', nl: 'Pools', en: 'Polish' },
];

const byCode = new Map(LANGUAGES.map((l) => [l.code, l]));

export function languageName(code: string, lang: 'nl' | 'en' = 'nl'): string {
  return byCode.get(code)?.[lang] ?? code;
}
