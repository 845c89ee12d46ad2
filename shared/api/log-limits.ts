// Bounds of a renderer error report (app.logError), in a module without zod so the renderer can
// clip a report to them without pulling the contract's schemas into its bundle.
export const LOG_ERROR_MAX = { message: 2000, stack: 10_000, where: 100 } as const;

/** How many lines of the log the "Over Keten Planner" panel shows (app.log). */
export const LOG_TAIL_LINES = 50;
