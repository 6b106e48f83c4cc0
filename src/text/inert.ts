/**
 * Text from outside the program (answers, case files, session files, model replies) is shown
 * with its control characters made visible, so that an escape sequence in it cannot retitle the
 * terminal, clear the screen or move the cursor. Newlines and tabs are kept.
 */
export function inert(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f]/g, (ch) => String.fromCharCode(0x2400 + ch.charCodeAt(0)))
    .replace(/\u007f/g, '\u2421')
    .replace(/[\u0080-\u009f]/g, '\ufffd');
}

/** Control characters other than newline and tab, as a case file must not contain them. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** For HTML and for Markdown that a renderer may treat as HTML. */
export function escapeHtml(text: string): string {
  return escapeMarkdownHtml(text).replace(/"/g, '&quot;');
}

/** For Markdown: no tag or entity can open (`<`, `>`, `&` escaped), and quotes stay as typed. */
export function escapeMarkdownHtml(text: string): string {
  return inert(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
