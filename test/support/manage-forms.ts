// Test support, not used by the app: the form a management list row opens with (the row
// without what the list adds for display, nor its `stamp`: that goes back as `expectedStamp`),
// as the renderer would send it back to save.
import type {
  ChildcareProviderForm,
  ChildcareProviderItem,
  ClassForm,
  ClassItem,
  ConsultantForm,
  ConsultantItem,
  GemeenteForm,
  GemeenteItem,
  InterpreterForm,
  InterpreterItem,
  LocationForm,
  LocationItem,
  RoomForm,
  RoomItem,
  SchoolForm,
  SchoolItem,
  StartklasIntakeForm,
  StartklasIntakeItem,
} from '../../shared/api/contract';

export function gemeenteForm({ locations: _l, participants: _p, consultants: _c, stamp: _st, ...form }: GemeenteItem): GemeenteForm {
  return form;
}

export function locationForm({ gemeente: _g, uses: _u, stamp: _st, ...form }: LocationItem): LocationForm {
  return form;
}

export function roomForm({ sessions: _s, locationName: _l, stamp: _st, ...form }: RoomItem): RoomForm {
  return form;
}

export function schoolForm({ id, name, locationId }: SchoolItem): SchoolForm {
  return { id, name, locationId };
}

export function classForm({ trialBookings: _t, locationName: _l, schoolName: _s, stamp: _st, ...form }: ClassItem): ClassForm {
  return form;
}

export function intakeForm({ bookings: _b, locationName: _l, stamp: _st, ...form }: StartklasIntakeItem): StartklasIntakeForm {
  return form;
}

export function providerForm({ bookings: _b, locationName: _l, stamp: _st, ...form }: ChildcareProviderItem): ChildcareProviderForm {
  return form;
}

export function consultantForm({ sessions: _s, gemeente: _g, clients: _c, stamp: _st, ...form }: ConsultantItem): ConsultantForm {
  return form;
}

export function interpreterForm({ sessions: _s, stamp: _st, ...form }: InterpreterItem): InterpreterForm {
  return form;
}
