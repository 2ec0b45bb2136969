import crypto from 'node:crypto';
import type { ResolvedIdentity, SavedReport, StagedFile } from '../../shared/domain/import';
import { NARRATIVE_KEYS } from '../../shared/domain/form';
import { periodName } from '../../shared/domain/periods';
import { localIsoDate } from '../../shared/dates';
import { AppError } from '../../shared/result';
import type { AppContext } from '../context';
import { planRevision, writeAudit } from '../db/queries/audit';
import { getDistricts, getIndicators, getPeriod, listPlans } from '../db/queries/plan';
import { getLock, type PeriodLock } from '../db/queries/locks';
import { currentReport, findByHash, insertReport, maxVersion } from '../db/queries/reports';
import { confirmationReason, identityFromGuess } from './identity';
import { checkReceivedDate } from './received-date';
import type { ImportCatalogue, ReportParser } from './parser';
import { newStagingId, StagingStore, type StagedEntry } from './staging';

type NewEntry = Omit<StagedEntry, 'at'>;

const EMPTY_NARRATIVE = Object.fromEntries(NARRATIVE_KEYS.map((k) => [k, null])) as StagedFile['narrative'];
const vnDate = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');

const lockedMessage = (lock: PeriodLock) =>
  `${periodName(lock.period)} đã chốt số liệu ngày ${vnDate(lock.lockedAt)} (${lock.lockedBy}). Muốn nhập thêm báo cáo, hãy mở khóa kỳ ở trang Đối chiếu và ghi rõ lý do.`;


/**
 * Import in two steps: `stage` parses (in the isolated parser) and says what saving would do;
 * `save` writes one staged file in one transaction. Nothing is written before `save`.
 */
export class Importer {
  readonly staging = new StagingStore();

  constructor(
    private readonly ctx: AppContext,
    private readonly parser: ReportParser,
  ) {}

  private cached: { key: string; value: ImportCatalogue } | null = null;

  /**
   * The plan's catalogue, kept while the plan is unchanged: the same object for every file of a
   * batch, so the parser worker receives it once rather than with each file.
   */
  async catalogue(year?: number): Promise<ImportCatalogue> {
    const planYear = year ?? (await listPlans(this.ctx.db))[0]?.year;
    if (!planYear) throw new AppError('not_found', 'Chưa có kế hoạch nào trong dữ liệu.');
    const key = `${planYear}|${await planRevision(this.ctx.db)}`;
    if (this.cached?.key === key) return this.cached.value;
    const [indicators, districts] = await Promise.all([getIndicators(this.ctx.db, planYear), getDistricts(this.ctx.db, planYear)]);
    if (!districts.length) throw new AppError('not_found', `Chưa có kế hoạch năm ${planYear}.`);
    this.cached = { key, value: { planYear, indicators, districts } };
    return this.cached.value;
  }

  async stage(fileName: string, bytes: Uint8Array, year?: number): Promise<StagedFile> {
    const catalogue = await this.catalogue(year);
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    const outcome = await this.parser.parse(bytes, fileName, catalogue);
    const base: StagedFile = {
      stagingId: newStagingId(),
      fileName,
      bytes: bytes.byteLength,
      sha256,
      status: 'rejected',
      reason: null,
      identity: null,
      resolved: null,
      replaces: null,
      values: {},
      narrative: EMPTY_NARRATIVE,
      findings: [],
      cells: {},
      formVersion: null,
      reportDate: null,
      preparedBy: null,
      encoding: null,
    };
    let entry: NewEntry;
    if (!outcome.ok) {
      entry = { view: { ...base, reason: outcome.rejection }, report: null, planYear: catalogue.planYear };
    } else {
      const r = outcome.report;
      const view: StagedFile = {
        ...base,
        identity: r.identity,
        values: r.values,
        narrative: r.narrative,
        findings: r.findings,
        cells: r.cells,
        formVersion: r.formVersion,
        reportDate: r.reportDate,
        preparedBy: r.preparedBy,
        encoding: r.encoding,
      };
      entry = { view: await this.evaluate(view, identityFromGuess(r.identity), catalogue), report: r, planYear: catalogue.planYear };
    }
    this.staging.add(entry);
    return entry.view;
  }

  /** The user (or --unit/--period) settles the identity; the status is worked out again. */
  async confirm(stagingId: string, identity: ResolvedIdentity): Promise<StagedFile> {
    const entry = this.require(stagingId);
    if (!entry.report) return entry.view;
    const view = await this.evaluate(entry.view, identity, await this.catalogue(entry.planYear), true);
    entry.view = view;
    return view;
  }

  async save(stagingId: string, receivedDate: string = localIsoDate()): Promise<SavedReport> {
    const entry = this.require(stagingId);
    const { view, report } = entry;
    if (!report || view.status === 'rejected') throw new AppError('rejected_file', view.reason?.message ?? 'Tệp bị từ chối, không lưu được.');
    if (view.status === 'duplicate') throw new AppError('conflict', view.reason?.message ?? 'Tệp này đã được nhập trước đây.');
    if (view.status === 'needs_confirmation' || !view.resolved) throw new AppError('needs_confirmation', view.reason?.message ?? 'Hãy xác nhận đơn vị và kỳ báo cáo trước khi lưu.');
    const id = view.resolved;
    const period = await getPeriod(this.ctx.db, id.period);
    if (!period) throw new AppError('not_found', `Không có kỳ báo cáo ${id.period}.`);
    await checkReceivedDate(this.ctx.db, receivedDate, period.year);
    const actor = await this.ctx.actor();
    const saved = await this.ctx.db.transaction().execute(async (trx) => {
      const lock = await getLock(trx, id.period);
      if (lock) throw new AppError('locked', lockedMessage(lock));
      // Checked again inside the transaction: another save may have landed since staging.
      const dup = await findByHash(trx, view.sha256);
      if (dup) throw new AppError('conflict', `Tệp này đã được nhập (phiên bản ${dup.version}, ${dup.district_code}-${dup.unit_type} ${periodName(dup.period_code)}).`);
      const version = (await maxVersion(trx, id.period, id.districtCode, id.unitType)) + 1;
      const reportId = await insertReport(trx, {
        planYear: period.year,
        period: id.period,
        districtCode: id.districtCode,
        unitType: id.unitType,
        version,
        fileName: view.fileName,
        sha256: view.sha256,
        bytes: view.bytes,
        receivedDate,
        importedBy: actor.displayName,
        formVersion: report.formVersion,
        reportDate: report.reportDate,
        preparedBy: report.preparedBy,
        encoding: report.encoding,
        identityJson: JSON.stringify({ guess: report.identity, saved: id, confirmedByUser: view.resolved !== identityFromGuess(report.identity) }),
        findingsJson: JSON.stringify(report.findings),
        values: view.values,
        traces: view.cells,
        narrative: view.narrative,
      });
      await writeAudit(trx, actor, {
        action: version === 1 ? 'import' : 'import_new_version',
        entity: 'report',
        entityKey: `${id.period}/${id.districtCode}-${id.unitType}/v${version}`,
        oldValue: null,
        newValue: { fileName: view.fileName, sha256: view.sha256, receivedDate, version },
      });
      return { reportId, status: version === 1 ? ('accepted' as const) : ('new_version' as const), version, identity: id, receivedDate };
    });
    this.staging.delete(stagingId);
    return saved;
  }

  /** For the CLI: refuse a bad --received before any file is read or saved. */
  async checkReceivedDate(receivedDate: string, planYear?: number): Promise<void> {
    await checkReceivedDate(this.ctx.db, receivedDate, planYear);
  }

  drop(stagingId: string): void {
    this.staging.delete(stagingId);
  }

  private require(stagingId: string): StagedEntry {
    const entry = this.staging.get(stagingId);
    if (!entry) throw new AppError('not_found', 'Tệp đã nạp không còn trong phiên làm việc (có thể phần mềm đã khởi động lại). Hãy nạp lại tệp.');
    return entry;
  }

  private async evaluate(view: StagedFile, identity: ResolvedIdentity | null, catalogue: ImportCatalogue, confirmed = false): Promise<StagedFile> {
    const districtName = (code: string) => catalogue.districts.find((d) => d.code === code)?.name ?? code;
    const dup = await findByHash(this.ctx.db, view.sha256);
    if (dup) {
      return {
        ...view,
        status: 'duplicate',
        resolved: { districtCode: dup.district_code, unitType: dup.unit_type, period: dup.period_code },
        reason: {
          code: 'duplicate',
          message: `Tệp này đã được nhập ngày ${vnDate(dup.imported_at)} (phiên bản ${dup.version} báo cáo ${dup.unit_type === 'BDV' ? 'Ban Dân vận' : 'Ban CHQS'} ${districtName(dup.district_code)}, ${periodName(dup.period_code)}); không ghi lại.`,
        },
      };
    }
    const twin = this.staging.sameContent(view.sha256, view.stagingId);
    if (twin) {
      return { ...view, status: 'duplicate', resolved: twin.view.resolved, reason: { code: 'duplicate', message: `Trùng nội dung với tệp "${twin.view.fileName}" trong cùng lần nhập; chỉ lưu một lần.` } };
    }
    if (!identity) return { ...view, status: 'needs_confirmation', resolved: null, reason: confirmationReason(view.identity, districtName) };
    const period = await getPeriod(this.ctx.db, identity.period);
    if (!period) {
      return {
        ...view,
        status: 'needs_confirmation',
        resolved: null,
        reason: { code: 'unknown_period', message: `Tệp ghi kỳ ${periodName(identity.period)}, nhưng dữ liệu chưa có kỳ này (chưa có kế hoạch năm đó). Hãy chọn kỳ báo cáo đúng.` },
      };
    }
    const districts = period.year === catalogue.planYear ? catalogue.districts : await getDistricts(this.ctx.db, period.year);
    if (!districts.some((d) => d.code === identity.districtCode)) {
      return { ...view, status: 'needs_confirmation', resolved: null, reason: { code: 'unknown_district', message: `Không có đơn vị mã ${identity.districtCode} trong kế hoạch năm ${period.year}.` } };
    }
    const lock = await getLock(this.ctx.db, identity.period);
    if (lock) return { ...view, status: 'rejected', resolved: identity, reason: { code: 'period_locked', message: lockedMessage(lock) } };
    const current = await currentReport(this.ctx.db, identity.period, identity.districtCode, identity.unitType);
    const source = confirmed ? { code: 'confirmed', message: 'Đơn vị và kỳ báo cáo do người dùng xác nhận.' } : null;
    return current
      ? {
          ...view,
          status: 'new_version',
          resolved: identity,
          replaces: { version: current.version, fileName: current.file_name, receivedDate: current.received_date },
          reason: source ?? { code: 'new_version', message: `Thay thế phiên bản ${current.version} (tệp "${current.file_name}"); phiên bản cũ vẫn được giữ trong lịch sử.` },
        }
      : { ...view, status: 'accepted', resolved: identity, replaces: null, reason: source };
  }
}
