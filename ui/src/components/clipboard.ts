// Copies text to the system clipboard from inside the webview (async Clipboard API).
// Rejects when the webview offers no clipboard, so the caller can say "Copy failed".
export async function copyText(text: string): Promise<void> {
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (clipboard === undefined) throw new Error('The clipboard is not available in this window.');
  await clipboard.writeText(text);
}
