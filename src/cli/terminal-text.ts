// Control characters other than newline and tab, DEL and C1 controls: an ESC from a scraped title
// would otherwise recolour, retitle or clear the user's terminal.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Text safe to print: each control character written as a visible escape like `\x1b`. */
export function forTerminal(text: string): string {
  return text.replace(CONTROL, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
