// The date a participant's PIP (persoonlijk plan inburgering en participatie) was set: with it
// the 10-week term is met, not counted down for ever. And the day a step was done, for steps
// done before their bookings were kept here: the 4-week activity norm counts it as an activity.
import type { Migration } from './types';

export const migration004: Migration = {
  version: 4,
  name: 'pip-and-step-dates',
  up: `
ALTER TABLE participants ADD COLUMN pip_date TEXT CHECK (pip_date IS NULL OR pip_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');
ALTER TABLE demands ADD COLUMN done_on TEXT CHECK (done_on IS NULL OR done_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');
`,
};
