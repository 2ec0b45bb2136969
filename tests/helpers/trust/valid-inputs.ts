import { buildPackage } from '../../../electron/exchange/service';
import { blankForms } from '../../../electron/forms/service';
import { SEED_DIR } from '../../../electron/node-paths';
import { readSeed } from '../../../electron/plan/seed';
import type { Services } from '../../../electron/runtime';
import { NARRATIVE_KEYS } from '../../../shared/domain/form';
import { indicatorsFor } from '../../../shared/domain/plan';
import { DEFAULT_RECONCILE_SETTINGS } from '../../../shared/domain/reconcile';
import type { Channel, InputOf } from '../../../shared/contract';
import { fillForm } from '../fill-form';
import { cleanDataSet, reportOf } from '../reconcile-data';
import { storeDataSet } from '../store-dataset';

/**
 * One entry per channel of the contract: the trust tests' single table of valid calls.
 *
 * - `input`: a payload the channel's schema accepts. The fuzz test mutates it one field at a time.
 * - `prepare`: for calls that need something in the database first (a staged file, a finding),
 *   sets it up through the same dispatch and returns the input to send instead of `input`.
 * - `audit`: required for every channel whose contract entry says `mutates: true` — what the
 *   audit row the call must write looks like. The audit test fails for a mutating channel without it.
 *
 * The mapped type makes `tsc` fail when a channel is added to the contract without an entry here,
 * and the fuzz test fails at run time for the same reason: a new channel cannot be forgotten.
 */
export interface AuditExpectation {
  /** audit_log.entity of the row the call writes. */
  entity: string;
  /** Whether old_value must be recorded: true for changes to something that existed before. */
  old: boolean;
  /** audit_log.reason, for calls that take a reason or note. */
  reason?: string;
}

export interface ChannelCase<C extends Channel> {
  input: InputOf<C>;
  prepare?: (s: Services) => Promise<InputOf<C>>;
  audit?: AuditExpectation;
}

export type ChannelCases = { [C in Channel]: ChannelCase<C> };

const seed = readSeed(SEED_DIR);
const YEAR = seed.plan.year;
const PERIOD = `${YEAR}-Q2`;
const area = seed.areas[0]!;
const indicator = seed.indicators[0]!;
const district = seed.districts[1]!;
const period = seed.periods.find((p) => p.code === PERIOD)!;
/** A syntactically valid id of no staged file. */
const UNKNOWN_STAGING_ID = '3f1c2b4a-8d5e-4f60-9a7b-1c2d3e4f5a6b';

/** Unwraps a dispatch result, failing the test with the service's message. */
async function call<C extends Channel>(s: Services, channel: C, input: InputOf<C>): Promise<unknown> {
  const r = await s.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value;
}

/** A report workbook filled for one unit, as a district would send it, base64 for 'import.stage'. */
export async function filledWorkbookBase64(s: Services, unit = `${district.code}-BDV`, salt = 1): Promise<string> {
  const [form] = await blankForms(s.ctx, PERIOD, unit);
  const values = Object.fromEntries(indicatorsFor(seed.indicators, unit.endsWith('-QS') ? 'QS' : 'BDV').map((ind, k) => [ind.code, { period: salt + k, ytd: salt + k + 3 }]));
  const narrative = Object.fromEntries(NARRATIVE_KEYS.map((key) => [key, `Nội dung ${key} (${salt})`]));
  return Buffer.from(await fillForm(form!.bytes, values, narrative)).toString('base64');
}

/** Each call stages different figures: a second staging of the same bytes would be a duplicate of the first. */
let stagings = 0;
async function stagedId(s: Services): Promise<string> {
  const staged = (await call(s, 'import.stage', { fileName: 'bao-cao.xlsx', dataBase64: await filledWorkbookBase64(s, undefined, 1 + 100 * stagings++), year: YEAR })) as { stagingId: string; status: string };
  if (staged.status !== 'accepted') throw new Error(`staged file is ${staged.status}`);
  return staged.stagingId;
}

/** Stores a clean year of reports with one planted R6 discrepancy and returns that finding's key. */
export async function plantedFindingKey(s: Services): Promise<string> {
  const ds = cleanDataSet({ historyYears: 0 });
  const qs = reportOf(ds, PERIOD, '532', 'QS');
  const bdv = reportOf(ds, PERIOD, '532', 'BDV').values.GN05!.period!;
  qs.values.GN05 = { period: bdv + 7, ytd: qs.values.GN05!.ytd! + 7 };
  for (const q of [`${YEAR}-Q3`, `${YEAR}-Q4`]) reportOf(ds, q, '532', 'QS').values.GN05!.ytd! += 7;
  await storeDataSet(s.ctx, ds);
  const view = (await call(s, 'reconcile.run', { period: PERIOD })) as { findings: { key: string; rule: string; status: string }[] };
  const finding = view.findings.find((f) => f.rule === 'R6' && f.status === 'open');
  if (!finding) throw new Error('no planted R6 finding');
  return finding.key;
}

/** This PC as the Board's section, and a package of its own data as the renderer hands one over. */
async function ownPackage(s: Services): Promise<{ fileName: string; dataBase64: string }> {
  await call(s, 'exchange.saveSettings', { section: 'BDV' });
  const built = await buildPackage(s.ctx, { year: YEAR });
  return { fileName: built.fileName, dataBase64: Buffer.from(built.bytes).toString('base64') };
}

/** A package holding a settlement this PC then takes back (reopen) or settles otherwise: importing it changes something. */
async function packageWithSettlement(s: Services, then: (key: string) => Promise<unknown>): Promise<{ fileName: string; dataBase64: string; year: number }> {
  const key = await plantedFindingKey(s);
  await call(s, 'reconcile.settle', { period: PERIOD, key, action: 'explain', note: 'Hai đơn vị tính khác phạm vi' });
  const pkg = await ownPackage(s);
  await then(key);
  return { ...pkg, year: YEAR };
}

export const channelCases: ChannelCases = {
  'app.info': { input: {} },
  'app.setDisplayName': { input: { displayName: 'Nguyễn Thị Hồng Nhung' }, audit: { entity: 'app_setting', old: true } },

  'plan.list': { input: {} },
  'plan.get': { input: { year: YEAR } },
  'plan.saveInfo': { input: { plan: { ...seed.plan, number: '15-KH/BDVTU-BCHQS' } }, audit: { entity: 'plan', old: true } },
  'plan.saveArea': { input: { year: YEAR, area: { ...area, title: `${area.title} (sửa)` } }, audit: { entity: 'content_area', old: true } },
  'plan.saveIndicator': { input: { year: YEAR, indicator: { ...indicator, label: `${indicator.label} (sửa)` } }, audit: { entity: 'indicator', old: true } },
  'plan.saveDistrict': { input: { year: YEAR, district: { ...district, aliases: [...district.aliases, 'Bình Sơn cũ'] } }, audit: { entity: 'district', old: true } },
  'plan.savePeriod': { input: { period: { code: period.code, kind: period.kind, windowStart: period.windowStart, windowEnd: period.windowEnd, dueDate: `${YEAR}-06-25` } }, audit: { entity: 'period', old: true } },
  'plan.copy': { input: { fromYear: YEAR, toYear: YEAR + 1, renameYear: true }, audit: { entity: 'plan', old: true } },
  'plan.copyPreview': { input: { fromYear: YEAR, toYear: YEAR + 1 } },

  'settings.getDocument': { input: { year: YEAR } },
  'settings.saveDocument': { input: { year: YEAR, settings: { ...seed.documentSettings, place: 'Quảng Ngãi, tỉnh Quảng Ngãi' } }, audit: { entity: 'document_settings', old: true } },

  'import.stage': { input: { fileName: 'bao-cao.xlsx', dataBase64: Buffer.from('không phải tệp Excel').toString('base64'), year: YEAR } },
  'import.confirm': {
    input: { stagingId: UNKNOWN_STAGING_ID, identity: { districtCode: district.code, unitType: 'BDV', period: PERIOD } },
    // Another district than the form's identity sheet states: valid only confirmed twice (force).
    prepare: async (s) => ({ stagingId: await stagedId(s), identity: { districtCode: '525', unitType: 'BDV', period: PERIOD }, force: true }),
  },
  'import.save': {
    input: { stagingId: UNKNOWN_STAGING_ID, receivedDate: `${YEAR}-06-20` },
    prepare: async (s) => ({ stagingId: await stagedId(s), receivedDate: `${YEAR}-06-20` }),
    audit: { entity: 'report', old: false },
  },
  'import.drop': { input: { stagingId: UNKNOWN_STAGING_ID }, prepare: async (s) => ({ stagingId: await stagedId(s) }) },
  'import.refresh': { input: { items: [{ stagingId: UNKNOWN_STAGING_ID }] }, prepare: async (s) => ({ items: [{ stagingId: await stagedId(s), receivedDate: '2021-06-22' }] }) },
  'import.choose': { input: { stagingId: UNKNOWN_STAGING_ID, use: 'current' }, prepare: async (s) => ({ stagingId: await stagedId(s), use: 'history' }) },
  'reports.list': { input: { year: YEAR, period: PERIOD } },
  'template.save': { input: { period: PERIOD, unit: `${district.code}-QS` } },

  'reconcile.run': { input: { period: PERIOD } },
  'reconcile.settle': {
    input: { period: PERIOD, key: 'R6|x', action: 'explain', note: 'Hai đơn vị tính khác phạm vi' },
    prepare: async (s) => ({ period: PERIOD, key: await plantedFindingKey(s), action: 'explain', note: 'Hai đơn vị tính khác phạm vi' }),
    audit: { entity: 'finding', old: true, reason: 'Hai đơn vị tính khác phạm vi' },
  },
  'reconcile.settleMany': {
    input: { period: PERIOD, keys: ['R6|x'], action: 'explain', note: 'Hai đơn vị tính khác phạm vi' },
    prepare: async (s) => ({ period: PERIOD, keys: [await plantedFindingKey(s)], action: 'explain', note: 'Hai đơn vị tính khác phạm vi' }),
    audit: { entity: 'finding', old: true, reason: 'Hai đơn vị tính khác phạm vi' },
  },
  'reconcile.reopen': {
    input: { period: PERIOD, key: 'R6|x', reason: 'Đơn vị gửi lại số liệu' },
    prepare: async (s) => {
      const key = await plantedFindingKey(s);
      await call(s, 'reconcile.settle', { period: PERIOD, key, action: 'accept', note: null });
      return { period: PERIOD, key, reason: 'Đơn vị gửi lại số liệu' };
    },
    // The status it had ("accepted") is the old value: a reopen undoes a settlement.
    audit: { entity: 'finding', old: true, reason: 'Đơn vị gửi lại số liệu' },
  },
  'reconcile.lock': { input: { period: PERIOD, note: 'Chốt để giao ban quý' }, audit: { entity: 'period', old: false, reason: 'Chốt để giao ban quý' } },
  'reconcile.unlock': {
    input: { period: PERIOD, reason: 'Nhận thêm báo cáo bổ sung' },
    prepare: async (s) => {
      await call(s, 'reconcile.lock', { period: PERIOD, note: null });
      return { period: PERIOD, reason: 'Nhận thêm báo cáo bổ sung' };
    },
    audit: { entity: 'period', old: true, reason: 'Nhận thêm báo cáo bổ sung' },
  },
  'reconcile.history': { input: { period: PERIOD, districtCode: district.code, unitType: 'BDV', indicator: indicator.code } },
  'reconcile.compare': { input: { period: PERIOD, districtCode: district.code } },
  'reconcile.getSettings': { input: { year: YEAR } },
  'reconcile.saveSettings': { input: { year: YEAR, settings: { ...DEFAULT_RECONCILE_SETTINGS, dk03Max: DEFAULT_RECONCILE_SETTINGS.dk03Max + 1 } }, audit: { entity: 'reconcile_settings', old: true } },
  'figures.get': { input: { period: PERIOD } },

  'documents.draft': { input: { kind: 'quarter', period: PERIOD } },
  'documents.saveDraft': {
    input: { kind: 'quarter', period: PERIOD, prose: { highlights: { '1': 'Tổ chức 12 hội nghị tuyên truyền.' }, assessment: 'Hoàn thành chỉ tiêu.', tasks: 'Tiếp tục phối hợp.', proposals: 'Không.' } },
    audit: { entity: 'document_draft', old: false },
  },
  'documents.preview': { input: { kind: 'quarter', period: PERIOD, issueDate: `${YEAR}-07-05`, body: 'BDV' } },
  // A draft: the period of the trust data is not locked, so a final export is refused (issue 10.1).
  'documents.export': { input: { kind: 'quarter', period: PERIOD, issueDate: `${YEAR}-07-05`, body: 'QS', draft: true } },
  'files.open': {
    input: { path: '/khong-co/tep.docx' },
    // Only a file the app saved in its output folder opens: save a blank form first.
    prepare: async (s) => {
      const saved = (await call(s, 'template.save', { period: PERIOD, unit: `${district.code}-BDV` })) as { files: string[] };
      return { path: saved.files[0]! };
    },
  },

  'backup.create': { input: {}, audit: { entity: 'database', old: false } },
  'backup.list': { input: {} },
  'backup.restore': {
    input: { name: 'sao-luu-20210101-000000.db' },
    // A backup, then a change, then the restore takes the change back: the restore really changes data.
    prepare: async (s) => {
      const backup = (await call(s, 'backup.create', {})) as { name: string };
      await call(s, 'plan.saveInfo', { plan: { ...seed.plan, number: 'sau-sao-luu' } });
      return { name: backup.name };
    },
    audit: { entity: 'database', old: true },
  },
  'backup.setKeep': { input: { keep: 30 }, audit: { entity: 'app_setting', old: true } },

  'exchange.export': { input: { year: YEAR }, prepare: async (s) => (await call(s, 'exchange.saveSettings', { section: 'QS' }), { year: YEAR }) },
  'exchange.preview': { input: { fileName: 'goi.pdvtd', dataBase64: Buffer.from('không phải gói').toString('base64') }, prepare: ownPackage },
  'exchange.import': {
    input: { fileName: 'goi.pdvtd', dataBase64: Buffer.from('không phải gói').toString('base64') },
    prepare: (s) => packageWithSettlement(s, (key) => call(s, 'reconcile.reopen', { period: PERIOD, key, reason: 'Xử lý lại theo gói' })),
    audit: { entity: 'finding', old: true },
  },
  'exchange.conflicts': { input: { year: YEAR } },
  'exchange.resolve': {
    input: { id: 1, choose: 'theirs' },
    prepare: async (s) => {
      const pkg = await packageWithSettlement(s, (key) => call(s, 'reconcile.settle', { period: PERIOD, key, action: 'explain', note: 'Giải trình khác của máy này' }));
      const imported = (await call(s, 'exchange.import', pkg)) as { conflicts: unknown[] };
      if (imported.conflicts.length !== 1) throw new Error('no conflict kept');
      const [conflict] = (await call(s, 'exchange.conflicts', { year: YEAR })) as { id: number }[];
      return { id: conflict!.id, choose: 'theirs' };
    },
    audit: { entity: 'exchange_conflict', old: true },
  },
  'exchange.getSettings': { input: {} },
  'exchange.saveSettings': { input: { section: 'QS', passphrase: 'cùng một cụm mật khẩu' }, audit: { entity: 'app_setting', old: false } },

  'audit.list': { input: { entity: 'report', limit: 20, offset: 0 } },
};

/** The input a case sends: prepared in the database when it needs to be, its static input otherwise. */
export async function inputFor<C extends Channel>(s: Services, channel: C): Promise<InputOf<C>> {
  const c = (channelCases as Record<Channel, ChannelCase<Channel>>)[channel] as ChannelCase<C> | undefined;
  if (!c) throw new Error(`no case for channel ${channel} in tests/helpers/trust/valid-inputs.ts`);
  return c.prepare ? c.prepare(s) : c.input;
}
