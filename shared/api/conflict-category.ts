// Which group of the conflicts panel a hard rule of the SPEC belongs to. The services add one
// refinement (a participant double-booked because of their household's care counts as
// 'household'); the renderer uses this for the conflicts it shows before the services answer.
import type { ConflictCategory } from './contract';

export function categoryOfRule(rule: number): ConflictCategory {
  switch (rule) {
    case 9:
      return 'household';
    case 4:
      return 'interpreter';
    case 2:
      return 'room';
    case 3:
      return 'consultant';
    case 5:
    case 6:
    case 7:
      return 'capacity';
    default:
      return 'other';
  }
}
