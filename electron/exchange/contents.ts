import { z } from '../../shared/zod';
import { IsoDate } from '../../shared/date-schema';
import { DocumentSettings } from '../../shared/domain/document-settings';
import { NARRATIVE_KEYS } from '../../shared/domain/form';
import { ContentArea, District, Indicator, Period, PlanInfo, UnitType, Year } from '../../shared/domain/plan';
import { ReconcileSettingsSchema } from '../../shared/domain/reconcile-settings';

/**
 * The entries of a package besides the manifest. The package comes from outside: each entry is
 * read through these strict schemas, so what reaches the database has the shapes it was written in.
 */

const PeriodCode = z.string().regex(/^\d{4}-(Q[1-4]|H1|Y)$/);
const Sha = z.string().regex(/^[0-9a-f]{64}$/);
const Text = (max: number) => z.string().max(max);
const Figure = z.number().finite().nullable();
const IsoTime = z.string().max(40);

export const PackageReport = z.strictObject({
  period: PeriodCode,
  districtCode: z.string().regex(/^\d{3}$/),
  unitType: UnitType,
  version: z.number().int().min(1),
  isCurrent: z.boolean(),
  fileName: Text(255),
  sha256: Sha,
  bytes: z.number().int().min(0),
  receivedDate: IsoDate,
  importedAt: IsoTime,
  importedBy: Text(200),
  formVersion: z.number().int().nullable(),
  reportDate: IsoDate.nullable(),
  preparedBy: Text(200).nullable(),
  encoding: Text(40),
  identityJson: Text(20_000),
  findingsJson: Text(2_000_000),
  values: z.record(z.string().regex(/^[A-Z]{2}\d{2}$/), z.strictObject({ period: Figure, ytd: Figure, trace: Text(20_000).nullable() })),
  narrative: z.partialRecord(z.enum(NARRATIVE_KEYS), Text(200_000)),
  /** The same bytes received again: only their arrival was kept. */
  duplicates: z.array(z.strictObject({ fileName: Text(255), receivedDate: IsoDate, recordedAt: IsoTime, recordedBy: Text(200) })).max(1000),
});
export type PackageReport = z.infer<typeof PackageReport>;

export const PackageSettlement = z.strictObject({
  period: PeriodCode,
  key: z.string().min(1).max(300),
  rule: z.string().max(10),
  status: z.enum(['accepted', 'corrected', 'explained']),
  chosenValue: Figure,
  note: Text(2_000).nullable(),
  settledBy: Text(200),
  settledAt: IsoTime,
  /** The current corrections made with it, their report named by its sha256. */
  corrections: z.array(z.strictObject({ sha256: Sha, indicator: z.string().regex(/^[A-Z]{2}\d{2}$/), field: z.enum(['period', 'ytd']), value: z.number().finite().min(0).nullable() })).max(50),
});
export type PackageSettlement = z.infer<typeof PackageSettlement>;

export const PackageLock = z.strictObject({ period: PeriodCode, lockedBy: Text(200), lockedAt: IsoTime, note: Text(2_000).nullable() });
export type PackageLock = z.infer<typeof PackageLock>;

export const PackageDraft = z.strictObject({ kind: z.string().max(40), period: PeriodCode, proseJson: Text(2_000_000), updatedBy: Text(200), updatedAt: IsoTime });
export type PackageDraft = z.infer<typeof PackageDraft>;

export const PackagePlan = z.strictObject({
  plan: PlanInfo,
  areas: z.array(ContentArea).max(100),
  indicators: z.array(Indicator).max(1000),
  districts: z.array(District).max(2000),
  periods: z.array(Period).max(12),
});
export type PackagePlan = z.infer<typeof PackagePlan>;

export const PackageSettings = z.strictObject({ year: Year, document: DocumentSettings.nullable(), reconcile: ReconcileSettingsSchema });
export type PackageSettings = z.infer<typeof PackageSettings>;

export const ENTRY_SCHEMAS = {
  'reports.json': z.array(PackageReport).max(50_000),
  'settlements.json': z.array(PackageSettlement).max(100_000),
  'locks.json': z.array(PackageLock).max(12),
  'drafts.json': z.array(PackageDraft).max(1000),
  'plan.json': PackagePlan,
  'settings.json': PackageSettings,
} as const;

/** A received workbook's original bytes, under workbooks/<sha256>.<ext>. */
export interface PackageWorkbook {
  sha256: string;
  ext: 'xlsx' | 'xls' | 'ods';
  bytes: Uint8Array;
}

export interface PackageContents {
  reports: PackageReport[];
  /** Each once, by sha256; a report without one (stored before its bytes were kept) travels "as read" only. */
  workbooks: PackageWorkbook[];
  settlements: PackageSettlement[];
  locks: PackageLock[];
  drafts: PackageDraft[];
  plan: PackagePlan;
  settings: PackageSettings;
}
