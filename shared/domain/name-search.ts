// Finding a person by part of their name the way people type it: any case, without accents, and
// the Turkish dotless ı as i ("yildiz" finds "Yıldız", "busra" finds "Büşra").

/** The name folded for comparison. */
export function foldName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/İ/g, 'I').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Whether `name` contains what was typed (empty: everyone). */
export function nameMatches(name: string, typed: string): boolean {
  const q = foldName(typed);
  return q === '' || foldName(name).includes(q);
}
