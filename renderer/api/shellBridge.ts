// The desktop shell's own offer to our page (window.ketenShell from the preload): how this app
// connects. Absent in the browser and on the team server's pages.
import type { ShellBridge } from '../../shared/api/shell';

declare global {
  interface Window {
    ketenShell?: ShellBridge;
  }
}

let override: ShellBridge | null | undefined;

/** The shell, or null when this page does not run in the desktop app. */
export function getShell(): ShellBridge | null {
  if (override !== undefined) return override;
  return typeof window !== 'undefined' ? (window.ketenShell ?? null) : null;
}

/** Tests: a stand-in shell (null: none); undefined goes back to window.ketenShell. */
export function setShell(shell: ShellBridge | null | undefined): void {
  override = shell;
}
