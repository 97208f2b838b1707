/** A file the API sends inside JSON (`{ filename, contentType, base64 }`), as a Blob the browser can save or show. */
export function fileBlob(file: { readonly contentType: string; readonly base64: string }): Blob {
  const binary = atob(file.base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type: file.contentType });
}

/** Saves the file under its own name. */
export function downloadFile(file: { readonly filename: string; readonly contentType: string; readonly base64: string }): void {
  const url = URL.createObjectURL(fileBlob(file));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address is revoked.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Opens the PDF in a new tab for its print dialog. The tab is opened first, while the click still counts as the
 * user's (a pop-up blocker allows it), and pointed at the file once it has arrived; false when no tab could open.
 */
export async function openFileInNewTab(load: () => Promise<{ readonly contentType: string; readonly base64: string }>): Promise<boolean> {
  const tab = window.open('', '_blank');
  if (!tab) return false;
  try {
    const url = URL.createObjectURL(fileBlob(await load()));
    tab.location.href = url;
    // The tab keeps the document once loaded; the address is let go after a minute.
    window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return true;
  } catch (error) {
    tab.close();
    throw error;
  }
}
