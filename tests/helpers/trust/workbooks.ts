import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createAppContext } from '../../../electron/context';
import { getIndicators } from '../../../electron/db/queries/plan';
import { blankForms } from '../../../electron/forms/service';
import { SEED_DIR } from '../../../electron/node-paths';
import { NARRATIVE_KEYS } from '../../../shared/domain/form';
import { indicatorsFor, type UnitType } from '../../../shared/domain/plan';
import type { FigurePair } from '../../../shared/domain/report';
import { fillForm } from '../fill-form';

/** What a prepared workbook holds, keyed by its sha256: what a stored report must equal. */
export interface PreparedWorkbook {
  fileName: string;
  unitId: string;
  unitType: UnitType;
  values: Record<string, FigurePair>;
  narratives: number;
}

/**
 * Writes `variants` filled report workbooks per reporting unit of a period into `folder`: every
 * indicator of the unit type filled with distinct figures, every narrative heading with text, so
 * that each file is a different report (different sha256) and the second and later variants of a
 * unit are saved as new versions. The blank forms come from a scratch database in `scratchDir`.
 */
export async function prepareWorkbooks(
  folder: string,
  scratchDir: string,
  opts: { period?: string; variants: number; units?: number },
): Promise<Map<string, PreparedWorkbook>> {
  const ctx = await createAppContext({ dbPath: path.join(scratchDir, 'forms.db'), seedDir: SEED_DIR });
  const prepared = new Map<string, PreparedWorkbook>();
  try {
    const period = opts.period ?? '2021-Q2';
    const indicators = await getIndicators(ctx.db, Number(period.slice(0, 4)));
    const forms = (await blankForms(ctx, period, 'all')).slice(0, opts.units ?? Infinity);
    fs.mkdirSync(folder, { recursive: true });
    for (const [f, form] of forms.entries()) {
      const unitType: UnitType = form.unitId.endsWith('-QS') ? 'QS' : 'BDV';
      for (let v = 0; v < opts.variants; v++) {
        const values = Object.fromEntries(indicatorsFor(indicators, unitType).map((ind, k) => [ind.code, { period: 1000 * v + 10 * f + k, ytd: 1000 * v + 10 * f + k + 5 }]));
        const narrative = Object.fromEntries(NARRATIVE_KEYS.map((key) => [key, `${form.unitId} ${key} lần ${v + 1}`]));
        const bytes = await fillForm(form.bytes, values, narrative);
        const fileName = `${form.unitId} lan-${String(v + 1).padStart(2, '0')}.xlsx`;
        fs.writeFileSync(path.join(folder, fileName), bytes);
        const sha = crypto.createHash('sha256').update(bytes).digest('hex');
        prepared.set(sha, { fileName, unitId: form.unitId, unitType, values, narratives: NARRATIVE_KEYS.length });
      }
    }
  } finally {
    await ctx.close();
  }
  return prepared;
}
