import { parsePeriodCode, periodName } from '../../shared/domain/periods';
import { indicatorsFor, type ContentArea, type District, type Indicator, type Period, type PlanInfo, type UnitType } from '../../shared/domain/plan';
import { AppError } from '../../shared/result';
import { unitOfficialName } from '../../shared/domain/units';
import { writeHeaderBlock } from './header-block';
import { addIdentitySheet, identityOf } from './identity-sheet';
import { REPORT_SHEET, planLayout } from './layout';
import { writeNarrativeBlock } from './narrative-block';
import { protectReportSheet, setColumns, setPrintLayout } from './page-setup';
import { writeIndicatorTable } from './table-block';
import { loadExcelJs } from '../lazy-exceljs';

export interface BlankFormInput {
  plan: PlanInfo;
  areas: ContentArea[];
  /** The whole catalogue; the form keeps only what `unitType` reports. */
  indicators: Indicator[];
  district: District;
  unitType: UnitType;
  period: Period;
}

/** Shown as the workbook's author, so a returned file is recognisable as one of ours at a glance. */
const CREATOR = 'Phối hợp Dân vận';

export const reportingUnitName = unitOfficialName;

/**
 * The blank quarterly (or six-month, or year) report form of one reporting unit: the visible
 * "Báo cáo" sheet laid out like the samples' clean product form (S1), plus the hidden identity
 * sheet the importer reads first.
 */
export async function buildBlankForm(input: BlankFormInput): Promise<Uint8Array> {
  const { plan, areas, district, unitType, period } = input;
  const parsed = parsePeriodCode(period.code);
  if (!parsed || parsed.year !== plan.year) {
    throw new AppError('invalid_input', `Kỳ báo cáo ${period.code} không thuộc kế hoạch năm ${plan.year}.`);
  }
  const unitName = reportingUnitName(district, unitType);
  const layout = planLayout(areas, indicatorsFor(input.indicators, unitType));

  const Excel = await loadExcelJs();
  const wb = new Excel.Workbook();
  wb.creator = CREATOR;
  wb.lastModifiedBy = CREATOR;
  wb.title = `Báo cáo ${periodName(period.code)} - ${unitName}`;
  wb.subject = plan.title;
  // Opens on the report sheet; the identity sheet is never the active one.
  wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: 'visible' }];

  const ws = wb.addWorksheet(REPORT_SHEET, {
    views: [{ state: 'normal', showGridLines: false, activeCell: `C${layout.identRows.reportDate}` }],
  });
  setColumns(ws);
  writeHeaderBlock(ws, layout, { unitName, unitType, period });
  writeIndicatorTable(ws, layout);
  writeNarrativeBlock(ws, layout);
  setPrintLayout(ws, layout);
  await protectReportSheet(ws);

  // The catalogue version, not the layout's: import records which catalogue the figures follow.
  await addIdentitySheet(wb, identityOf(plan.year, plan.formVersion, district.code, unitType, period.code));

  const bytes = await wb.xlsx.writeBuffer();
  return new Uint8Array(bytes);
}
