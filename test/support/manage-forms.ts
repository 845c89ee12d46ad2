// Test support, not used by the app: the form a management list row opens with (the row
// without what the list adds for display), as the renderer would send it back to save.
import type { ClassForm, ClassItem, ConsultantForm, ConsultantItem, InterpreterForm, InterpreterItem, RoomForm, RoomItem } from '../../shared/api/contract';

export function roomForm({ sessions: _s, inUse: _u, locationName: _l, stamp: _st, ...form }: RoomItem): RoomForm {
  return form;
}

export function classForm({ trialBookings: _t, inUse: _u, locationName: _l, schoolName: _s, ...form }: ClassItem): ClassForm {
  return form;
}

export function consultantForm({ sessions: _s, inUse: _u, gemeente: _g, clients: _c, ...form }: ConsultantItem): ConsultantForm {
  return form;
}

export function interpreterForm({ sessions: _s, inUse: _u, ...form }: InterpreterItem): InterpreterForm {
  return form;
}
