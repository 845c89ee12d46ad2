// Saving generated text or data as a file. The CSP allows no inline script, so we use a Blob URL on a
// temporary link, which both Electron and browsers treat as a normal download.
export function downloadText(filename: string, content: string, type = 'text/calendar;charset=utf-8'): void {
  saveBlob(filename, new Blob([content], { type }));
}

function saveBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some engines; a moment later is safe.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves base64 data from an answer (a zip) as a file. */
export function downloadBytes(filename: string, base64: string, type: string): void {
  const raw = atob(base64);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  saveBlob(filename, new Blob([bytes], { type }));
}
