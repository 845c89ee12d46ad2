// The region remembers whether it is the fictional demo, so the demo can be removed in one step
// ("Demoregio verwijderen") and an own region never can.
//
// Existing databases: every earlier version seeded the demo on first start and had no way to
// create another region, so a region named as the demo ('Regio Alblasserwaard-Vijfheerenlanden')
// counts as the demo. A region under any other name (renamed or set up by hand) counts as an own
// region: removing it by mistake would cost real data, keeping a demo costs nothing. The removal
// itself still asks for confirmation and names what it removes.
import type { Migration } from './types';

export const DEMO_REGION_NAME_BEFORE_007 = 'Regio Alblasserwaard-Vijfheerenlanden';

export const migration007: Migration = {
  version: 7,
  name: 'region-is-demo',
  up: `
ALTER TABLE region ADD COLUMN is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1));
UPDATE region SET is_demo = 1 WHERE name = '${DEMO_REGION_NAME_BEFORE_007}';
`,
};
