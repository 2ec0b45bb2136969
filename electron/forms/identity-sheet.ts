import type { Workbook } from 'exceljs';
import { FORM_ID, IDENTITY_KEYS, IDENTITY_SHEET, type FormIdentity } from '../../shared/domain/form';

/**
 * The machine-readable identity (shared/domain/form.ts): keys in column A, values in column B, one
 * row each in IDENTITY_KEYS order. 'veryHidden' keeps the sheet out of Excel's Unhide dialog, so a
 * clerk cannot stumble on it; LibreOffice reads it as plain hidden. Protection without a password
 * is enough here: the aim is to stop an accidental edit, not a determined one.
 */
export async function addIdentitySheet(wb: Workbook, identity: FormIdentity): Promise<void> {
  const ws = wb.addWorksheet(IDENTITY_SHEET, { state: 'veryHidden' });
  const values: Record<(typeof IDENTITY_KEYS)[number], string | number> = {
    form_id: identity.formId,
    form_version: identity.formVersion,
    plan_year: identity.planYear,
    // Text, not a number: district codes are identifiers and keep any leading zero.
    district_code: identity.districtCode,
    unit_type: identity.unitType,
    period: identity.period,
  };
  IDENTITY_KEYS.forEach((key, i) => {
    const row = ws.getRow(i + 1);
    row.getCell(1).value = key;
    row.getCell(2).value = values[key];
  });
  ws.getColumn(1).width = 16;
  ws.getColumn(2).width = 16;
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
}

export const identityOf = (
  planYear: number,
  formVersion: number,
  districtCode: string,
  unitType: FormIdentity['unitType'],
  period: string,
): FormIdentity => ({ formId: FORM_ID, formVersion, planYear, districtCode, unitType, period });
