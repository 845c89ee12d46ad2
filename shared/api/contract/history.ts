// Undo and redo of the coordinator's edits, per week.
import { z } from 'zod';
import { publishedWeekInput, weekInput } from './common';

export const HistoryStateSchema = z.object({
  canUndo: z.boolean(),
  canRedo: z.boolean(),
  /** Dutch description of what undo/redo would do, e.g. "Sessie verplaatst naar di 10:00". */
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
});

export const historyCalls = {
  'history.state': { input: weekInput, output: HistoryStateSchema },
  'history.undo': { input: publishedWeekInput, output: HistoryStateSchema },
  'history.redo': { input: publishedWeekInput, output: HistoryStateSchema },
} as const;
