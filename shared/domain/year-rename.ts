/**
 * Copying a plan to a new year offers to rename the year its texts name ("chủ đề năm 2021"). Only
 * the year standing alone is renamed: a term ("nhiệm kỳ 2021 - 2026", "2016–2021"), a date
 * ("31/12/2021") and a longer number ("20210", "2.021") merely contain it.
 */
const DASH = '\\-–—';
export function renameYearIn(text: string, fromYear: number, toYear: number): string {
  const before = `(?<![\\p{L}\\p{N}/.${DASH}])(?<!\\p{N}\\s*[${DASH}]\\s*)`;
  const after = `(?![\\p{L}\\p{N}/${DASH}]|[.,]\\p{N}|\\s*[${DASH}]\\s*\\p{N})`;
  return text.replace(new RegExp(`${before}${fromYear}${after}`, 'gu'), String(toYear));
}

export interface YearRename {
  what: 'area' | 'indicator';
  /** Area number or indicator code. */
  key: string;
  before: string;
  after: string;
}

export interface CopyPreview {
  fromYear: number;
  toYear: number;
  /** The plan's own title is always renamed: a plan for 2022 named "năm 2021" is simply wrong. */
  planTitle: { before: string; after: string };
  /** Area titles and indicator labels that name the year: renamed only when the clerk ticks the box. */
  renames: YearRename[];
}
