import type { NarrativeKey } from '../../../shared/domain/form';
import { fold } from '../../../shared/text/fold';
import { ownText, type GridCell, type Scalar, type SheetGrid } from './grid';
import { firstSegment, isNumberOnly, lookalikeHeading, parseHeading, segments } from './narrative-heading';

export { parseHeading as narrativeHeading, type NarrativeHeading } from './narrative-heading';

const hasText = (v: Scalar) => (v.t === 's' ? /\S/.test(v.v) : v.t !== 'none');
/** A narrative cell longer than this is cut: no district writes one, a hostile file might. */
const MAX_CELL = 20000;

/**
 * The free-text blocks (kết quả nổi bật, hạn chế, đề xuất, phương hướng), below the table or on a
 * sheet of their own ("Thuyết minh"). A heading stands on its own row, shares its cell with the
 * text after a colon, has its text in the next cell to the right, or several blocks share one cell.
 * Each block takes only the text between its heading and the next one: never a heading itself.
 */

/** "Bình Sơn, ngày 14 tháng 9 năm 2021" (or its dotted blank) ends the narrative too. */
const PLACE_DATE = /^.{0,40}\bngay\b.{0,12}\bthang\b.{0,12}\bnam\b.{0,12}$/;

/** Lines that end a block: signatures, recipients, place and date. */
const STOP = /^(nguoi lap|nguoi lap bieu|truong ban|pho truong ban|chi huy truong|chinh tri vien|thu truong|noi nhan|ky ten|ky ghi ro|t m|tm |kt |xac nhan)/;

export interface NarrativeBlock {
  key: NarrativeKey;
  sheet: string;
  /** The cells the text was read from, in order; the first is where a finding on the block points. */
  cells: string[];
  text: string;
  /** Numbered lines of the block that start like another block's heading but read as sentences. */
  doubts: { cell: string; line: string; looksLike: NarrativeKey }[];
}

interface Open {
  key: NarrativeKey | null;
  lines: string[];
  cells: string[];
  doubts: NarrativeBlock['doubts'];
}

/** Text cells of a row, without a leading cell that only holds the block's number. */
function rowCells(grid: SheetGrid, r: number): GridCell[] {
  const row = grid.rows.get(r);
  const texts = row ? [...row.values()].filter((c) => !c.mergeMaster && hasText(c.value)) : [];
  const first = texts[0];
  return first && texts.length > 1 && isNumberOnly(ownText(grid, r, first.col)) ? texts.slice(1) : texts;
}

const cellText = (grid: SheetGrid, c: GridCell) => ownText(grid, c.row, c.col).slice(0, MAX_CELL);

/** Blocks found on a sheet from `fromRow` on; a key met twice on the sheet gets both texts, in order. */
export function readNarrative(grid: SheetGrid, fromRow: number): NarrativeBlock[] {
  const blocks: NarrativeBlock[] = [];
  let current: Open | null = null;
  let blank = 0;
  const close = () => {
    const c = current;
    current = null;
    if (!c?.key) return;
    const text = c.lines.join('\n').trim();
    const before = blocks.find((b) => b.key === c.key);
    if (!before) blocks.push({ key: c.key, sheet: grid.name, cells: [...new Set(c.cells)], text, doubts: c.doubts });
    else if (text) Object.assign(before, { cells: [...new Set([...before.cells, ...c.cells])], text: `${before.text}\n${text}`.trim(), doubts: [...before.doubts, ...c.doubts] });
  };
  const add = (line: string, address: string, asText = true) => {
    if (!current || !line) return;
    current.lines.push(line);
    current.cells.push(address);
    const looksLike = asText ? lookalikeHeading(line) : null;
    if (current.key && looksLike && looksLike !== current.key) current.doubts.push({ cell: address, line, looksLike });
  };
  const feed = (line: string, address: string) => {
    const h = parseHeading(line);
    if (!h) return add(line, address);
    if (!current || h.key !== current.key) {
      close();
      current = { key: h.key, lines: [], cells: [], doubts: [] };
    }
    // A second heading of the same block ("a) Hạn chế:" under "II. Tồn tại, hạn chế") adds its text only.
    add(h.inline, address, false);
  };

  for (let r = Math.max(1, fromRow); r <= grid.maxRow; r++) {
    const cells = rowCells(grid, r);
    const first = cells[0];
    if (!first) {
      blank++;
      if (blank >= 2) close();
      continue;
    }
    blank = 0;
    const firstLines = segments(cellText(grid, first));
    const lead = firstLines[0] ?? '';
    const folded = fold(lead);
    // Two texts side by side below a block are the signature columns, not more text.
    if (current && !parseHeading(lead) && (cells.length >= 2 || STOP.test(folded) || PLACE_DATE.test(folded))) {
      close();
      continue;
    }
    firstLines.forEach((line) => feed(line, first.address));
    // Cells to the right of a heading carry its text ("II. Tồn tại, hạn chế:" | "Kinh phí …").
    for (const c of cells.slice(1)) for (const line of segments(cellText(grid, c))) feed(line, c.address);
  }
  close();
  return blocks;
}

/** First row at or after `fromRow` that holds a narrative heading, if any. */
export function firstHeadingRow(grid: SheetGrid, fromRow: number): number | null {
  for (let r = fromRow; r <= grid.maxRow; r++) {
    const row = grid.rows.get(r);
    if (!row) continue;
    for (const c of row.values()) {
      if (c.mergeMaster || c.value.t !== 's') continue;
      if (parseHeading(firstSegment(c.value.v) ?? '')?.key) return r;
      break;
    }
  }
  return null;
}
