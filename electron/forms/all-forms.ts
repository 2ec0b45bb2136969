import { blankFormFileName } from '../../shared/domain/form';
import { UNIT_TYPES, unitId, type ContentArea, type District, type Indicator, type Period, type PlanInfo, type UnitType } from '../../shared/domain/plan';
import { buildBlankForm, reportingUnitName } from './template';

export interface BlankFormFile {
  unitId: string;
  unitName: string;
  fileName: string;
  bytes: Uint8Array;
}

export interface AllFormsInput {
  plan: PlanInfo;
  areas: ContentArea[];
  indicators: Indicator[];
  districts: District[];
  period: Period;
  /** Defaults to both unit types. */
  unitTypes?: readonly UnitType[];
}

/**
 * One blank form per reporting unit (13 districts × 2 unit types by default), in the districts'
 * official order, BDV before QS. Built one after another: 26 small workbooks do not need
 * parallelism, and sequential building keeps memory flat.
 */
export async function buildAllBlankForms(input: AllFormsInput): Promise<BlankFormFile[]> {
  const wanted = input.unitTypes ?? UNIT_TYPES;
  const types = UNIT_TYPES.filter((t) => wanted.includes(t));
  const districts = [...input.districts].sort((a, b) => a.sortOrder - b.sortOrder);
  const files: BlankFormFile[] = [];
  for (const district of districts) {
    for (const unitType of types) {
      const id = unitId(district.code, unitType);
      const name = reportingUnitName(district, unitType);
      const bytes = await buildBlankForm({ ...input, district, unitType });
      files.push({ unitId: id, unitName: name, fileName: blankFormFileName(input.period, id, name), bytes });
    }
  }
  return files;
}
