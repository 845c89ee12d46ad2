// Calls the API from inside the page, with the page's session cookie and so with the profile the
// user chose there: the journeys use it to pick fitting demo data and to check what the screen says.
import type { Page } from 'playwright-core';
import type { CallInput, CallName, CallOutput } from '../../../shared/api/contract';

export async function pageApi<N extends CallName>(page: Page, name: N, input: CallInput<N>): Promise<CallOutput<N>> {
  const res = await page.evaluate(
    async ([n, i]) => {
      const r = await fetch(`/api/call/${n}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(i) });
      return (await r.json()) as { ok: boolean; data?: unknown; error?: { message: string } };
    },
    [name, input] as const,
  );
  if (!res.ok) throw new Error(`${name}: ${res.error?.message ?? 'onbekende fout'}`);
  return res.data as CallOutput<N>;
}
