// app.info and region.overview through dispatch on the seeded demo region.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dispatch } from '../../../shared/api/dispatch';
import type { CallInput, CallName, CallOutput } from '../../../shared/api/contract';
import type { Db } from '../../../db/connection';
import { LATEST_SCHEMA_VERSION } from '../../../db/migrations';
import { countRows, type CountedTable } from '../../../db/repositories/week-test-queries';
import { callOk, strictDemoServices } from '../../../test/support/demo-services';
import type { ApiCtx } from '../../../shared/api/access';

let db: Db;
let dispatch: Dispatch<ApiCtx>;

beforeAll(() => {
  ({ db, dispatch } = strictDemoServices({ version: '0.1.0-test', dataFile: '/tmp/keten.sqlite' }));
});

const call = <N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> => callOk(dispatch, name, input);

describe('app and region', () => {
  it('app.info tells version, schema, file, region and today', async () => {
    expect(await call('app.info', {})).toEqual({
      version: '0.1.0-test',
      schemaVersion: LATEST_SCHEMA_VERSION,
      dataFile: '/tmp/keten.sqlite',
      regionName: 'Regio Alblasserwaard-Vijfheerenlanden',
      today: '2026-11-25',
      setup: 'demo',
      demoAvailable: true,
    });
  });

  it('region.overview counts what is stored', async () => {
    const o = await call('region.overview', {});
    expect(o.gemeenten).toEqual(['Gorinchem', 'Molenlanden', 'Vijfheerenlanden']);
    const n = (table: CountedTable) => countRows(db, table);
    expect(o.counts).toEqual({
      participants: n('participants'),
      households: n('households'),
      children: n('children'),
      locations: n('locations'),
      rooms: n('rooms'),
      consultants: n('consultants'),
      interpreters: n('interpreters'),
      schools: 2,
      classes: n('classes'),
      childcareProviders: n('childcare_providers'),
      travelTimes: n('travel_times'),
      startklasIntakes: n('startklas_intakes'),
    });
    expect(o.counts.travelTimes).toBeGreaterThan(0);
    expect(o.counts.startklasIntakes).toBeGreaterThan(0);
    expect(o.counts.participants).toBeGreaterThan(100);
  });
});
