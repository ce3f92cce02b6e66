/**
 * Text for a terminal. Org data may hold escape sequences (ESC [ 31m recolours the screen, ESC ]
 * writes links, CR overwrites the line) or bidi overrides (shown text reordered), so every such
 * character is printed as a visible escape instead: C0 controls, DEL, C1 controls, the bidi
 * embeddings, overrides and isolates. Values are single-line, so tab and line feed are escaped
 * too. The --json output keeps values exact.
 */

const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `Jane\x1b[31m` for `Jane` ESC `[31m`; `\u202e` for RIGHT-TO-LEFT OVERRIDE. */
export function visible(value: string): string {
  return value.replace(UNSAFE, (character) => {
    const code = character.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * The one way text output is assembled: each line made visible, then joined. A line break inside
 * a value therefore cannot start a line of its own.
 */
export function textLines(lines: readonly string[]): string {
  return `${lines.map(visible).join('\n')}\n`;
}

/**
 * Columns padded to their widest cell, measured on the visible text (an escaped ESC is four
 * characters wide on screen, not one).
 */
export function columns(rows: readonly (readonly string[])[], separator = '  '): string[] {
  const shown = rows.map((cells) => cells.map(visible));
  const widths = shown[0].map((_, column) =>
    Math.max(...shown.map((cells) => cells[column].length))
  );
  return shown.map((cells) =>
    cells
      .map((cell, column) => (column === cells.length - 1 ? cell : cell.padEnd(widths[column])))
      .join(separator)
  );
}
