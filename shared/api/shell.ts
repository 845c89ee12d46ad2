// What the desktop shell offers its own page besides the API (window.ketenShell, from the
// preload): how this app connects. Absent in the browser and on the team server's pages.

/** 'local': this computer's own database; 'remote': the keten's team server at `url`. */
export type ConnectionChoice = { mode: 'local' } | { mode: 'remote'; url: string };

export interface ShellConnectionInfo {
  /** The stored choice, null on first start. */
  current: ConnectionChoice | null;
  /** True while the choice page is shown (first start or "Verbinding wijzigen"). */
  choosing: boolean;
}

export type ShellChooseResult = { ok: true } | { ok: false; message: string };

export interface ShellBridge {
  connection(): Promise<ShellConnectionInfo | null>;
  /** Stores the choice; the app then starts again in that mode. */
  choose(choice: ConnectionChoice): Promise<ShellChooseResult>;
  /** Starts the app again at the choice page ("Verbinding wijzigen" in the About panel). */
  change(): Promise<void>;
}
