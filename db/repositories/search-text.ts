// Case- and accent-insensitive search: SQLite cannot fold accents, so we store a folded text
// per participant and fold the query the same way.
import { LANGUAGES } from '../../shared/domain/languages';

// Letters that NFD does not split into a base letter and an accent.
const UNSPLIT: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th' };

export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ıłøæœßđðþ]/g, (c) => UNSPLIT[c])
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const languageWords = new Map(LANGUAGES.map((l) => [l.code, `${l.code} ${l.nl} ${l.en}`]));

/** Words a coordinator may type for a language: the code and its Dutch and English names. */
export function languageSearchWords(code: string): string {
  return languageWords.get(code) ?? code;
}

/** The query's words, each to be found somewhere in the folded text. */
export function queryTokens(query: string): string[] {
  return foldText(query).split(' ').filter(Boolean);
}

/**
 * A LIKE pattern matching a word that starts with the token (the folded text starts with a
 * space), so "ar" finds Arabic speakers and "Arslan", not every "Karimi".
 */
export function likeWordPrefix(token: string): string {
  return `% ${token.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
