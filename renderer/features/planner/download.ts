// Saving generated text as a file. The CSP allows no inline script, so we use a Blob URL on a
// temporary link, which both Electron and browsers treat as a normal download.
export function downloadText(filename: string, content: string, type = 'text/calendar;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
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
