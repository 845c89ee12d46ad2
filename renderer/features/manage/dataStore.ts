// Beheer, "Excel en back-up" (issue 11): a file of any list read, previewed and imported
// after confirmation; a list's template, the region and the week's plan as .xlsx; "Back-up maken".
import { create } from 'zustand';
import { MAX_UPLOAD_BASE64, RESTORE_UPLOAD_TOO_LARGE, UPLOAD_TOO_LARGE, type BackupList, type CallInput, type ImportOutcomeView } from '../../../shared/api/contract';
import type { ImportList } from '../../../shared/import/templates';
import { renderMsg, type Msg } from '../../../shared/messages';
import { useLangStore } from '../../i18n/langStore';
import { call } from '../../api/client';
import { messageOf } from '../../stores/errorStore';
import { downloadBytes } from '../planner/download';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type DataBusy = 'preview' | 'import' | 'download' | 'backup' | 'restore';

/** A restore the user chose and still has to confirm: what to show, and what to send. */
export interface RestoreChoice {
  label: string;
  input: CallInput<'data.restore'>;
}

interface DataState {
  file: { fileName: string; base64: string } | null;
  preview: ImportOutcomeView | null;
  /** The answer of the import itself (after confirming). */
  result: ImportOutcomeView | null;
  busy: DataBusy | null;
  error: string | null;
  /** A file downloaded (its name), or a backup made (the service's message). */
  notice: string | Msg | null;
  choose(fileName: string, bytes: ArrayBuffer): Promise<void>;
  confirm(): Promise<void>;
  reset(): void;
  /** weekStart for the week's plan; list for a template (none: every list). */
  download(kind: 'template' | 'region' | 'week', opts?: { weekStart?: string; list?: ImportList }): Promise<void>;
  backup(): Promise<void>;
  /** The backups in the data folder (null until loaded). */
  backups: BackupList | null;
  /** A restore waiting for "Terugzetten" in the confirmation. */
  restoreChoice: RestoreChoice | null;
  restoreError: string | null;
  /** The answer of a restore that succeeded: the app then starts afresh. */
  restored: Msg | null;
  loadBackups(): Promise<void>;
  chooseBackup(name: string, label: string): void;
  chooseRestoreFile(fileName: string, bytes: ArrayBuffer): Promise<void>;
  cancelRestore(): void;
  confirmRestore(): Promise<void>;
  /** After a restore: the whole app loads again (every screen from the restored data). */
  restartApp(): void;
}

export function base64Of(bytes: ArrayBuffer): string {
  const u8 = new Uint8Array(bytes);
  let s = '';
  for (let i = 0; i < u8.length; i += 0x8000) s += String.fromCharCode(...u8.subarray(i, i + 0x8000));
  return btoa(s);
}

/** gzip in the browser (a database compresses well; the call carries at most ~650 kB). */
export async function gzipBase64Of(bytes: ArrayBuffer): Promise<string> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  return base64Of(await new Response(stream).arrayBuffer());
}

const failed = (err: unknown) => messageOf(err) ?? (err instanceof Error ? err.message : String(err));
/** A refusal the store knows before calling, in the chosen language. */
const said = (m: Msg) => renderMsg(m, useLangStore.getState().lang);

export const useDataStore = create<DataState>()((set, get) => ({
  file: null,
  preview: null,
  result: null,
  busy: null,
  error: null,
  notice: null,
  backups: null,
  restoreChoice: null,
  restoreError: null,
  restored: null,

  async choose(fileName, bytes) {
    const file = { fileName, base64: base64Of(bytes) };
    if (file.base64.length > MAX_UPLOAD_BASE64) {
      set({ file: null, preview: null, result: null, notice: null, error: said(UPLOAD_TOO_LARGE) });
      return;
    }
    set({ file, preview: null, result: null, error: null, notice: null, busy: 'preview' });
    try {
      set({ preview: await call('data.importPreview', file) });
    } catch (err) {
      set({ error: failed(err) });
    } finally {
      set({ busy: null });
    }
  },

  async confirm() {
    const file = get().file;
    if (!file) return;
    set({ busy: 'import', error: null });
    try {
      const result = await call('data.import', file);
      set({ result, preview: result.applied ? null : result, file: result.applied ? null : file });
    } catch (err) {
      set({ error: failed(err) });
    } finally {
      set({ busy: null });
    }
  },

  reset() {
    set({ file: null, preview: null, result: null, error: null, notice: null });
  },

  async download(kind, opts = {}) {
    set({ busy: 'download', error: null });
    try {
      const f =
        kind === 'template'
          ? await call('data.template', opts.list ? { list: opts.list } : {})
          : kind === 'region'
            ? await call('data.exportRegion', {})
            : await call('data.exportWeek', { weekStart: opts.weekStart ?? '' });
      downloadBytes(f.filename, f.base64, XLSX);
      set({ notice: f.filename });
    } catch (err) {
      set({ error: failed(err) });
    } finally {
      set({ busy: null });
    }
  },

  async backup() {
    set({ busy: 'backup', error: null });
    try {
      set({ notice: (await call('data.backup', {})).msg });
    } catch (err) {
      set({ error: failed(err) });
    } finally {
      set({ busy: null });
    }
    await get().loadBackups();
  },

  async loadBackups() {
    try {
      set({ backups: await call('data.backups', {}) });
    } catch (err) {
      set({ restoreError: failed(err) });
    }
  },

  chooseBackup(name, label) {
    set({ restoreChoice: { label, input: { source: 'backup', name } }, restoreError: null, restored: null });
  },

  async chooseRestoreFile(fileName, bytes) {
    set({ restoreError: null, restored: null, restoreChoice: null });
    try {
      const gzipBase64 = await gzipBase64Of(bytes);
      if (gzipBase64.length > MAX_UPLOAD_BASE64) set({ restoreError: said(RESTORE_UPLOAD_TOO_LARGE) });
      else set({ restoreChoice: { label: fileName, input: { source: 'file', fileName, gzipBase64 } } });
    } catch (err) {
      set({ restoreError: failed(err) });
    }
  },

  cancelRestore() {
    set({ restoreChoice: null, restoreError: null });
  },

  async confirmRestore() {
    const choice = get().restoreChoice;
    if (!choice) return;
    set({ busy: 'restore', restoreError: null });
    try {
      const out = await call('data.restore', choice.input);
      set({ restored: out.msg, restoreChoice: null });
    } catch (err) {
      set({ restoreError: failed(err), restoreChoice: null });
    } finally {
      set({ busy: null });
    }
  },

  restartApp() {
    window.location.reload();
  },
}));
