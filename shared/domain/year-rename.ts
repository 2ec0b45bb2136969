/**
 * Copying a plan to a new year offers to rename the year its texts name ("chủ đề năm 2021"). Only
 * the year standing alone is renamed: "2021-2025" (a term), "31/12/2021" (a date) and "20210"
 * are other things that merely contain it.
 */
export function renameYearIn(text: string, fromYear: number, toYear: number): string {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}/.\\-–—])${fromYear}(?![\\p{L}\\p{N}/\\-–—]|[.,]\\p{N})`, 'gu');
  return text.replace(pattern, String(toYear));
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
