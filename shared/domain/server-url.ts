// The address of the keten's team server as the desktop app accepts it: https, or http on this
// computer only (localhost, for a server started here). Used by the connection screen to point
// out a mistake and by the shell, which refuses anything else. Pure: no URL class here.

export type ServerUrlProblem = 'empty' | 'invalid' | 'not-https' | 'credentials';

export type ServerUrlCheck = { ok: true; url: string; origin: string } | { ok: false; problem: ServerUrlProblem };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const DEFAULT_PORT: Record<string, string> = { https: '443', http: '80' };
const HOST = /^(?:\[[0-9a-f:.]+\]|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*)$/;

/** Checks and normalises a typed server address; `planner.keten.nl` alone means https. */
export function checkServerUrl(input: string): ServerUrlCheck {
  const text = input.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  if (/\s/.test(text)) return { ok: false, problem: 'invalid' };
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^:]+:\d/.test(text) ? text : `https://${text}`;
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^#]*)/i.exec(withScheme);
  if (!m) return { ok: false, problem: /^https?:/i.test(withScheme) ? 'invalid' : 'not-https' };
  const scheme = m[1]!.toLowerCase();
  const authority = m[2]!;
  if (authority.includes('@')) return { ok: false, problem: 'credentials' };
  const hp = /^(\[[^\]]*\]|[^:]*)(?::(\d{1,5}))?$/.exec(authority);
  if (!hp) return { ok: false, problem: 'invalid' };
  const host = hp[1]!.toLowerCase();
  const port = hp[2];
  if (!HOST.test(host)) return { ok: false, problem: 'invalid' };
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return { ok: false, problem: 'invalid' };
  if (scheme !== 'https' && !(scheme === 'http' && LOCAL_HOSTS.has(host))) return { ok: false, problem: 'not-https' };
  const origin = `${scheme}://${host}${port !== undefined && port !== DEFAULT_PORT[scheme] ? `:${port}` : ''}`;
  const rest = m[3]!;
  const path = rest === '' ? '/' : rest.startsWith('/') ? rest : `/${rest}`;
  return { ok: true, url: `${origin}${path}`, origin };
}
