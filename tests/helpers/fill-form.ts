import ExcelJS from 'exceljs';
import { NARRATIVE_KEYS, NARRATIVE_TITLES, type NarrativeKey } from '../../shared/domain/form';
import type { FigurePair } from '../../shared/domain/report';

/**
 * Fills a generated blank form the way a district clerk would: figures typed into the table rows
 * found by their code, narrative typed under each heading. Finds cells by content, not by the
 * generator's layout, so the test would notice a form the importer could not read back.
 */
export async function fillForm(bytes: Uint8Array, values: Record<string, FigurePair>, narrative: Partial<Record<NarrativeKey, string>>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const ws = wb.getWorksheet('Báo cáo');
  if (!ws) throw new Error('no "Báo cáo" sheet');
  const str = (r: number, c: string) => String(ws.getCell(`${c}${r}`).value ?? '');
  for (let r = 1; r <= ws.rowCount; r++) {
    const v = values[str(r, 'B')];
    if (v) {
      ws.getCell(`E${r}`).value = v.period;
      ws.getCell(`F${r}`).value = v.ytd;
    }
    for (const key of NARRATIVE_KEYS) {
      const text = narrative[key];
      if (text !== undefined && str(r, 'A').includes(NARRATIVE_TITLES[key])) ws.getCell(`A${r + 1}`).value = text;
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
