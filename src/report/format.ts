/** Number and text formatting shared by the reporters. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  const a = Math.abs(x);
  if (a >= 1e-3 && a < 1e6) return Number(x.toPrecision(6)).toString();
  return x.toExponential(3);
}

/** Width in terminal columns, counted in code points (the reporters print no wide or combining characters). */
export const textWidth = (text: string): number => [...text].length;

/** Cut `text` to `columns` characters, ending in … when cut. */
export function fitWidth(text: string, columns: number): string {
  const chars = [...text];
  if (chars.length <= columns) return text;
  return columns <= 1 ? chars.slice(0, Math.max(0, columns)).join('') : `${chars.slice(0, columns - 1).join('')}…`;
}

/**
 * Word-wrap `text` (its first line carries its own indentation) to lines of at most `columns`; lines after
 * the first start with `indent`. A word longer than a line is cut into pieces.
 */
export function wrapText(text: string, columns: number, indent = ''): string[] {
  if (textWidth(text) <= columns) return [text];
  const lead = /^ */.exec(text)?.[0] ?? '';
  const words = text.slice(lead.length).split(/ +/);
  const lines: string[] = [];
  let line = lead;
  let empty = true;
  const room = (prefix: string): number => Math.max(1, columns - textWidth(prefix));
  for (let word of words) {
    while (word !== '') {
      const sep = empty ? '' : ' ';
      if (textWidth(line) + textWidth(sep) + textWidth(word) <= columns) {
        line += sep + word;
        empty = false;
        word = '';
      } else if (!empty) {
        lines.push(line);
        line = indent;
        empty = true;
      } else {
        // a word wider than the line: cut it
        const chars = [...word];
        const n = room(line);
        line += chars.slice(0, n).join('');
        word = chars.slice(n).join('');
        lines.push(line);
        line = indent;
      }
    }
  }
  if (!empty) lines.push(line);
  return lines;
}
