/** Offers `text` as a file download named `name` (a blob: address, which never leaves the page). */
export function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // The click has handed the file over; the address is let go a moment later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A document as the text of its file: two-space JSON, ending in a line break. */
export function documentText(doc: unknown): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
