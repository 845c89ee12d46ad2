import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors';
import { LOG_ERROR_MAX } from '../../shared/api/log-limits';
import { setBridge } from '../api/bridge';
import { flush, manualBridge } from '../api/manualBridge';
import { errorReport, MAX_REPORTS_PER_PAGE, resetErrorLog, startGlobalErrorLogging, useErrorLogStore } from './errorLogStore';

let bridge: ReturnType<typeof manualBridge<{ message: string; stack?: string; where: string }>>;
beforeEach(() => {
  resetErrorLog();
  bridge = manualBridge<{ message: string; stack?: string; where: string }>();
  setBridge(bridge.bridge);
});

const sent = () => bridge.pending.filter((p) => p.name === 'app.logError').map((p) => p.input);

describe('error log store', () => {
  it('sends the message, the stack with the components and the place', async () => {
    const err = new TypeError("Cannot read properties of null (reading 'length')");
    void useErrorLogStore.getState().logError(err, 'scherm', '\n    at ParticipantsPage\n    at main');
    await flush();
    expect(sent()).toEqual([
      { message: "TypeError: Cannot read properties of null (reading 'length')", stack: `${err.stack}\nIn onderdelen:\n    at ParticipantsPage\n    at main`, where: 'scherm' },
    ]);
  });

  it('sends a repeated error once, and at most a fixed number per page', async () => {
    const log = useErrorLogStore.getState().logError;
    void log(new Error('zelfde'), 'scherm');
    void log(new Error('zelfde'), 'scherm');
    void log(new Error('zelfde'), 'window.onerror');
    await flush();
    expect(sent().map((i) => i.where)).toEqual(['scherm', 'window.onerror']);
    for (let i = 0; i < 50; i++) void log(new Error(`fout ${i}`), 'scherm');
    await flush();
    expect(sent()).toHaveLength(MAX_REPORTS_PER_PAGE);
  });

  it('never throws when the log cannot be reached', async () => {
    const done = useErrorLogStore.getState().logError(new Error('boem'), 'scherm');
    bridge.pending[0]!.reject(new ApiError({ code: 'internal', message: 'Geen verbinding met de Keten Planner-server.' }));
    await expect(done).resolves.toBeUndefined();
  });

  it('leaves out the text of a refusal from the services, which may name a person', () => {
    const refusal = new ApiError({ code: 'conflict', field: 'participantId', message: 'Robel Habte staat al ingeschreven.' });
    const r = errorReport(refusal);
    expect(r.message).toBe('ApiError: conflict (veld participantId)');
    expect(JSON.stringify(r)).not.toContain('Robel');
  });

  it('keeps a report within the contract bounds', () => {
    const r = errorReport(new Error('x'.repeat(5000)), 'y'.repeat(20_000));
    expect(r.message.length).toBe(LOG_ERROR_MAX.message);
    expect(r.stack!.length).toBe(LOG_ERROR_MAX.stack);
    expect(errorReport('tekst')).toEqual({ message: 'tekst' });
    expect(errorReport({ a: 1 })).toEqual({ message: 'Niet-Error gegooid: [object Object]' });
    expect(errorReport(new Error(''))).toMatchObject({ message: 'Error' });
  });

  it('logs what reaches the window: errors and rejected promises nobody handled', async () => {
    const target = new EventTarget();
    const stop = startGlobalErrorLogging(target);
    target.dispatchEvent(Object.assign(new Event('error'), { error: new RangeError('in een klik'), message: 'Uncaught RangeError: in een klik' }));
    target.dispatchEvent(Object.assign(new Event('error'), { error: null, message: 'Script error.' }));
    target.dispatchEvent(Object.assign(new Event('unhandledrejection'), { reason: new Error('niemand wachtte') }));
    await flush();
    expect(sent()).toEqual([
      expect.objectContaining({ message: 'RangeError: in een klik', where: 'window.onerror' }),
      { message: 'Script error.', where: 'window.onerror' },
      expect.objectContaining({ message: 'Error: niemand wachtte', where: 'unhandledrejection' }),
    ]);
    stop();
    target.dispatchEvent(Object.assign(new Event('error'), { error: new Error('na het stoppen') }));
    await flush();
    expect(sent()).toHaveLength(3);
  });
});
