/** Hands text to the browser as a file download (a CSV export), without a round trip through the server. */
export function saveTextFile(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address is revoked.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}
