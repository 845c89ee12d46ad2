// Channel names shared by the main process and the preload; nothing else crosses IPC.
export const IPC_CALL = 'keten:call';
export const IPC_EVENT = 'keten:event';
// The shell's own channels: how this app connects (local database or the keten's server).
export const IPC_SHELL_CONNECTION = 'keten:shell:connection';
export const IPC_SHELL_CHOOSE = 'keten:shell:choose';
export const IPC_SHELL_CHANGE = 'keten:shell:change';
