// Channel names shared by the main process and the preload; nothing else crosses IPC.
export const IPC_CALL = 'keten:call';
export const IPC_EVENT = 'keten:event';
