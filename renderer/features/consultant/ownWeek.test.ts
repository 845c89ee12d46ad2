import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import { setBridge } from '../../api/bridge';
import { manualBridge } from '../../api/manualBridge';
import { useConsultantStore } from './consultantStore';

const saved = vi.hoisted(() => [] as [string, string][]);
vi.mock('../planner/download', () => ({ downloadText: (filename: string, content: string) => saved.push([filename, content]) }));

describe("the consultant's own week", () => {
  it('asks for the own week (no one else can be named) and saves it as a download; a refusal is thrown in Dutch', async () => {
    const { bridge, pending } = manualBridge();
    setBridge(bridge);
    const done = useConsultantStore.getState().downloadOwnWeek('2026-11-23');
    expect(pending[0]).toMatchObject({ name: 'export.ownWeek', input: { weekStart: '2026-11-23' } });
    pending[0]!.resolve({ filename: 'mijn.ics', content: 'BEGIN:VCALENDAR' });
    expect(await done).toBe('mijn.ics');
    expect(saved).toEqual([['mijn.ics', 'BEGIN:VCALENDAR']]);

    const refused = useConsultantStore.getState().downloadOwnWeek('2026-11-30');
    pending[1]!.reject(new ApiError({ code: 'forbidden', message: 'Dit mag het profiel Coördinator niet.' }));
    await expect(refused).rejects.toThrow('Dit mag het profiel Coördinator niet.');
    expect(saved).toHaveLength(1);
  });
});
