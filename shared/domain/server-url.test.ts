import { describe, expect, it } from 'vitest';
import { checkServerUrl } from './server-url';

describe('checkServerUrl', () => {
  it('accepts https anywhere and http on this computer only', () => {
    expect(checkServerUrl('https://planner.keten.nl')).toEqual({ ok: true, url: 'https://planner.keten.nl/', origin: 'https://planner.keten.nl' });
    expect(checkServerUrl('  HTTPS://Planner.Keten.NL:8443/app?x=1#y ')).toEqual({
      ok: true,
      url: 'https://planner.keten.nl:8443/app?x=1',
      origin: 'https://planner.keten.nl:8443',
    });
    expect(checkServerUrl('https://planner.keten.nl:443/')).toEqual({ ok: true, url: 'https://planner.keten.nl/', origin: 'https://planner.keten.nl' });
    expect(checkServerUrl('planner.keten.nl')).toEqual({ ok: true, url: 'https://planner.keten.nl/', origin: 'https://planner.keten.nl' });
    expect(checkServerUrl('planner.keten.nl:8443')).toMatchObject({ ok: true, origin: 'https://planner.keten.nl:8443' });
    expect(checkServerUrl('http://localhost:8443')).toMatchObject({ ok: true, origin: 'http://localhost:8443' });
    expect(checkServerUrl('http://127.0.0.1:8443/')).toMatchObject({ ok: true, origin: 'http://127.0.0.1:8443' });
    expect(checkServerUrl('http://[::1]:8443/')).toMatchObject({ ok: true, origin: 'http://[::1]:8443' });
  });

  it('refuses plain http elsewhere, other schemes, user names in the address and nonsense', () => {
    expect(checkServerUrl('')).toEqual({ ok: false, problem: 'empty' });
    expect(checkServerUrl('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkServerUrl('http://planner.keten.nl')).toEqual({ ok: false, problem: 'not-https' });
    expect(checkServerUrl('http://localhost.evil.nl')).toEqual({ ok: false, problem: 'not-https' });
    expect(checkServerUrl('ftp://planner.keten.nl')).toEqual({ ok: false, problem: 'not-https' });
    expect(checkServerUrl('file:///etc/passwd')).toMatchObject({ ok: false });
    expect(checkServerUrl('javascript:alert(1)')).toMatchObject({ ok: false });
    expect(checkServerUrl('https://user:pw@planner.keten.nl')).toEqual({ ok: false, problem: 'credentials' });
    expect(checkServerUrl('https://planner keten.nl')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkServerUrl('https://-planner.nl')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkServerUrl('https://planner..nl')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkServerUrl('https://planner.nl:99999')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkServerUrl('https://')).toEqual({ ok: false, problem: 'invalid' });
  });
});
