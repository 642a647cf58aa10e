/**
 * The title of the table column a date sits in. A schedule table says what each date is in its
 * header (`Version | Automatic upgrades begin | End of support`, `Stack   Status   End of life`), and
 * that title is the date's role: the words of the row around it are other cells, not a sentence.
 * Two shapes: cells between `|`, and columns aligned with runs of spaces. Only the lines above the
 * date are read, at most MAX_ROWS of them, so the cost stays local to the dates found.
 */

const MAX_ROWS = 30;
const MAX_LINE = 400;
/** `---|:---:|---` or `-----  -----`: a rule under the header, skipped. */
const RULE = /^[\s|:+=-]*$/;
const ALIGNED_GAP = /\S(?: {2,}|\t+)(?=\S)/g;

export function columnTitle(text: string, index: number): string | null {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const newline = text.indexOf('\n', index);
  const lineEnd = newline < 0 ? text.length : newline;
  if (lineEnd - lineStart > MAX_LINE) return null;
  const line = text.slice(lineStart, lineEnd);
  const piped = line.includes('|');
  const cells = piped ? pipeCells(line) : alignedCells(line);
  if (cells.length < 2) return null;
  const column = cells.findIndex((c) => index - lineStart >= c.start && index - lineStart < c.end);
  if (column < 0) return null;

  // Up through the rows with as many cells; the topmost is the header.
  let header: Cell[] | null = null;
  let headerLine = '';
  let end = lineStart - 1;
  for (let rows = 0; rows < MAX_ROWS && end > 0; rows++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const above = text.slice(start, end);
    end = start - 1;
    if (above.length > MAX_LINE) break;
    if (RULE.test(above) && above.trim() !== '') continue;
    const row = piped ? (above.includes('|') ? pipeCells(above) : []) : alignedCells(above);
    if (row.length !== cells.length) break;
    header = row;
    headerLine = above;
  }
  if (!header) return null;
  // Aligned columns are matched by where they start; cells between `|` by their order.
  const cell = piped ? header[column] : header.find((c) => c.start <= (cells[column]?.start ?? -1) + 1 && (cells[column]?.start ?? -1) < c.end + 2);
  if (!cell) return null;
  const title = headerLine.slice(cell.start, cell.end).trim();
  // A title names a role; a row of values (a date, a number) is not a header.
  return title && !/\d/.test(title.replace(/\([^)]*\)/g, '')) && title.length <= 60 ? title : null;
}

interface Cell {
  start: number;
  end: number;
}

function pipeCells(line: string): Cell[] {
  const out: Cell[] = [];
  let start = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && line[i] !== '|') continue;
    if (line.slice(start, i).trim() !== '' || (start > 0 && i < line.length)) out.push({ start, end: i });
    start = i + 1;
  }
  return out;
}

function alignedCells(line: string): Cell[] {
  if (line.trim() === '') return [];
  const out: Cell[] = [];
  let start = line.search(/\S/);
  for (const m of line.matchAll(ALIGNED_GAP)) {
    out.push({ start, end: m.index + 1 });
    start = m.index + m[0].length;
  }
  out.push({ start, end: line.trimEnd().length });
  return out;
}
