/**
 * Bidirectional control characters: invisible, yet they reorder what is shown, so a saved file
 * "Báo cáo\u202Excod.exe" reads as "Báo cáoexe.docx" in a file manager. A unit or district name
 * (typed or pasted by the clerk, or taken from a workbook) can carry them into a file name.
 */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export const stripBidi = (s: string): string => s.replace(BIDI_CONTROLS, '');
