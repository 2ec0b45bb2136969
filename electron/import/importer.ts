import type { ResolvedIdentity, SavedReport, StagedFile } from '../../shared/domain/import';
import type { ImportFinding } from '../../shared/domain/report';
import { periodName } from '../../shared/domain/periods';
import { dateVi, localIsoDate } from '../../shared/dates';
import { unitTypeLabel } from '../../shared/domain/units';
import { AppError } from '../../shared/result';
import type { Kysely, Transaction } from 'kysely';
import type { AppContext } from '../context';
import type { Database } from '../db/schema';
import { writeAudit, type Actor } from '../db/queries/audit';
import { getDistricts } from '../db/queries/plan';
import { getLock, type PeriodLock } from '../db/queries/locks';
import { currentReport, findByHash, insertDuplicateArrival, insertReport, reportValues, slotState } from '../db/queries/reports';
import { overrideConflicts } from '../../shared/domain/identity-override';
import { confirmationReason, identityFromGuess, wrongPeriod } from './identity';
import { OVERRIDE_CODE, overrideFindings, overrideReason, refusalMessage } from './override';
import { checkReceivedAgainst, checkReceivedDate } from './received-date';
import { PlanCache } from './plan-cache';
import type { ReportParser } from './parser';
import type { ParseCatalogue } from './parse/catalogue';
import { checkAgainstPrevious, previousQuarter, UNSETTLED_COLUMNS } from './previous-quarter';
import { sha256Hex } from './hash';
import { blankStagedFile, newStagingId, StagingStore, type StagedEntry } from './staging';
import { compareWithChoice, decideSlot, whyNewer, whyTied, type SlotCandidate, type VersionChoice } from './versions';

type NewEntry = Omit<StagedEntry, 'at'>;

/** Where a save inside someone else's transaction comes from (an exchange package): named in its audit rows. */
export interface SaveSource {
  source: Record<string, unknown>;
  note: string;
}

/** What a save was checked for before its transaction writes anything. */
interface ReadyToSave {
  id: ResolvedIdentity;
  planYear: number;
  received: string;
  reportDate: string | null;
}


const lockedMessage = (lock: PeriodLock) =>
  `${periodName(lock.period)} đã chốt số liệu ngày ${dateVi(lock.lockedAt)} (${lock.lockedBy}). Muốn nhập thêm báo cáo, hãy mở khóa kỳ ở trang Đối chiếu và ghi rõ lý do.`;


/**
 * Import in two steps: `stage` parses (in the isolated parser) and says what saving would do;
 * `save` writes one staged file in one transaction. Nothing is written before `save`.
 */
export class Importer {
  readonly staging = new StagingStore();

  constructor(
    private readonly ctx: AppContext,
    private readonly parser: ReportParser,
  ) {
    this.plan = new PlanCache(ctx.db);
  }

  /**
   * Another importer on the same parser with its own staging store: an exchange package's
   * workbooks are staged there, never among the files the clerk is importing.
   */
  sibling(): Importer {
    return new Importer(this.ctx, this.parser);
  }

  /** The plan as every file reads it, asked of the database again only when it may have changed. */
  private readonly plan: PlanCache;

  /**
   * The plan's catalogue, kept while the plan is unchanged: the same object for every file of a
   * batch, so the parser worker receives it once rather than with each file.
   */
  catalogue(year?: number): Promise<ParseCatalogue> {
    return this.plan.catalogue(year);
  }

  /** The last stage() call's turn: files are weighed against the batch in the order they were handed in. */
  private stageTurn: Promise<void> = Promise.resolve();

  /**
   * Several files may be staged at once (parsed and hashed ahead); each is still weighed against
   * the files staged before it in call order, so a twin in the batch is always the later file.
   */
  async stage(fileName: string, bytes: Uint8Array, year?: number): Promise<StagedFile> {
    const before = this.stageTurn;
    let done!: () => void;
    this.stageTurn = new Promise<void>((resolve) => (done = resolve));
    try {
      return await this.stageInTurn(fileName, bytes, year, before);
    } finally {
      done();
    }
  }

  private async stageInTurn(fileName: string, bytes: Uint8Array, year: number | undefined, before: Promise<void>): Promise<StagedFile> {
    const catalogue = await this.catalogue(year);
    // Hashed while the worker parses (a large file on the thread pool): neither waits for the other.
    const [sha256, outcome] = await Promise.all([sha256Hex(bytes), this.parser.parse(bytes, fileName, catalogue)]);
    const base = blankStagedFile({ stagingId: newStagingId(), fileName, bytes: bytes.byteLength, sha256 });
    let entry: NewEntry;
    if (!outcome.ok) {
      entry = { view: { ...base, reason: outcome.rejection }, report: null, planYear: catalogue.planYear };
      await before;
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
      entry = { view, report: r, planYear: catalogue.planYear, fileBytes: bytes };
      await before;
      entry.view = await this.evaluate(entry as StagedEntry, identityFromGuess(r.identity), catalogue);
    }
    this.staging.add(entry);
    return entry.view;
  }

  /**
   * The user (or --unit/--period) settles the identity; the status is worked out again. A choice
   * against what the file states for certain needs `force` (a second confirmation, --force), and
   * the report then carries a finding saying so. Last year's report stays refused.
   */
  async confirm(stagingId: string, identity: ResolvedIdentity, { force = false, by }: { force?: boolean; by?: string } = {}): Promise<StagedFile> {
    const entry = this.require(stagingId);
    const report = entry.report;
    if (!report) return entry.view;
    if (entry.view.reason?.code === 'wrong_period') throw new AppError('rejected_file', entry.view.reason.message);
    const catalogue = await this.catalogue(entry.planYear);
    const districtName = (code: string) => catalogue.districts.find((d) => d.code === code)?.name ?? code;
    const conflicts = overrideConflicts(report.identity, identity);
    if (conflicts.length > 0 && !force) throw new AppError('needs_confirmation', refusalMessage(conflicts, districtName));
    // `by`: who confirmed on the PC that saved it first (a report arriving in an exchange package).
    const who = conflicts.length > 0 ? (by ?? (await this.ctx.actor()).displayName) : '';
    const findings = [...report.findings.filter((f) => f.code !== OVERRIDE_CODE), ...overrideFindings(conflicts, districtName, who)];
    entry.report = { ...report, findings };
    entry.override = conflicts.length > 0 ? overrideReason(conflicts, districtName, who) : undefined;
    entry.chosen = identity;
    entry.view = { ...entry.view, findings };
    const view = await this.evaluate(entry, identity, catalogue, true);
    entry.view = view;
    return view;
  }

  /**
   * Works out the status of every file of a batch again, now that all of them are staged: which
   * file of a unit and period counts depends on the others, never on the order they were picked.
   */
  async refresh(items: { stagingId: string; receivedDate?: string }[]): Promise<StagedFile[]> {
    const entries = items.map((i) => {
      const e = this.require(i.stagingId);
      if (i.receivedDate) e.receivedDate = i.receivedDate;
      return e;
    });
    const out: StagedFile[] = [];
    for (const e of entries) out.push(await this.reevaluate(e));
    return out;
  }

  /** The clerk settles a tie: this file counts (the others of its unit and period are history), or it is history. */
  async choose(stagingId: string, use: VersionChoice): Promise<StagedFile> {
    const entry = this.require(stagingId);
    entry.choice = use;
    if (use === 'current' && entry.view.resolved) {
      for (const peer of this.staging.sameSlot(entry.view.resolved, stagingId, entry.view.sha256)) if (peer.choice === 'current') peer.choice = undefined;
    }
    return this.reevaluate(entry);
  }

  private async reevaluate(entry: StagedEntry): Promise<StagedFile> {
    if (!entry.report || entry.view.status === 'rejected') return entry.view;
    const identity = entry.chosen ?? identityFromGuess(entry.report.identity);
    entry.view = await this.evaluate(entry, identity, await this.catalogue(entry.planYear), entry.chosen != null);
    return entry.view;
  }

  async save(stagingId: string, receivedDate?: string): Promise<SavedReport> {
    const entry = this.require(stagingId);
    if (receivedDate) entry.receivedDate = receivedDate;
    const ready = await this.readyToSave(this.ctx.db, entry, entry.receivedDate ?? localIsoDate(), false);
    const actor = await this.ctx.actor();
    const peers = this.peersOf(entry, ready.id);
    const saved = await this.ctx.sync.run(() => this.ctx.db.transaction().execute((trx) => this.write(trx, actor, entry, ready, peers, null)));
    this.staging.delete(stagingId);
    return saved;
  }

  /**
   * A staged file saved inside the caller's transaction (an exchange package, all of it or
   * nothing), by the same rules as save: lock, duplicate, version. The package's reports are placed
   * one at a time, oldest version first, as the sending section stored them, so the other files
   * staged with it are not weighed as a batch; the entry stays staged (a dry run rolls back).
   */
  async saveWithin(trx: Transaction<Database>, actor: Actor, stagingId: string, o: { receivedDate: string; reportDate: string | null; source: SaveSource }): Promise<SavedReport> {
    const entry = this.require(stagingId);
    const ready = await this.readyToSave(trx, entry, o.receivedDate, true, o.reportDate);
    return this.write(trx, actor, entry, ready, [], o.source);
  }

  private async readyToSave(db: Kysely<Database>, entry: StagedEntry, received: string, placedAlone: boolean, reportDate?: string | null): Promise<ReadyToSave> {
    const { view, report } = entry;
    if (!report || view.status === 'rejected') throw new AppError('rejected_file', view.reason?.message ?? 'Tệp bị từ chối, không lưu được.');
    // A tie with other files of a batch is the batch's question; a file placed alone is weighed against what is stored.
    if ((view.status === 'needs_confirmation' && !placedAlone) || !view.resolved) throw new AppError('needs_confirmation', view.reason?.message ?? 'Hãy xác nhận đơn vị và kỳ báo cáo trước khi lưu.');
    const id = view.resolved;
    // Inside someone else's transaction (an exchange package) the plan may be changing in it: read there, not from the cache.
    const plan = db === this.ctx.db ? this.plan : new PlanCache(db);
    const period = await plan.period(id.period);
    if (!period) throw new AppError('not_found', `Không có kỳ báo cáo ${id.period}.`);
    checkReceivedAgainst(received, period.year, await plan.periodsOf(period.year));
    return { id, planYear: period.year, received, reportDate: reportDate === undefined ? report.reportDate : reportDate };
  }

  private async write(trx: Transaction<Database>, actor: Actor, entry: StagedEntry, ready: ReadyToSave, peers: SlotCandidate[], source: SaveSource | null): Promise<SavedReport> {
    const { view, report } = entry;
    const { id, received } = ready;
    const from = source ? { source: source.source } : {};
    const lock = await getLock(trx, id.period);
    if (lock) throw new AppError('locked', lockedMessage(lock));
    // Checked again inside the transaction: another save may have landed since staging.
    const dup = await findByHash(trx, view.sha256);
    if (dup) {
      await insertDuplicateArrival(trx, { reportId: dup.id, fileName: view.fileName, receivedDate: received, recordedBy: actor.displayName });
      await writeAudit(trx, actor, {
        action: 'import_duplicate',
        entity: 'report',
        entityKey: `${dup.period_code}/${dup.district_code}-${dup.unit_type}/v${dup.version}`,
        oldValue: null,
        newValue: { fileName: view.fileName, sha256: view.sha256, receivedDate: received, duplicateOf: dup.file_name, ...from },
        reason: source?.note ?? null,
      });
      return { reportId: dup.id, status: 'duplicate', version: dup.version, identity: { districtCode: dup.district_code, unitType: dup.unit_type, period: dup.period_code }, receivedDate: received };
    }
    const slot = await slotState(trx, id.period, id.districtCode, id.unitType);
    const stored = slot.current;
    const current = stored ? storedCandidate(stored) : null;
    const self = { ...this.candidate(entry, received), reportDate: ready.reportDate };
    const decision = decideSlot(self, current, peers);
    if (decision.kind === 'tie') throw new AppError('needs_confirmation', `${whyTied(self, decision.with)}. Hãy chọn bản dùng làm số liệu trước khi lưu.`);
    // A newer file of the batch still waiting does not stop this one: whichever is saved first, the newer one ends current.
    const isCurrent = !current || compareWithChoice(self, current) > 0;
    const version = slot.maxVersion + 1;
    const findings = isCurrent || !stored ? view.findings : [...view.findings, supersededFinding(view.fileName, self, current!, stored.version)];
    const reportId = await insertReport(trx, {
      planYear: ready.planYear,
      period: id.period,
      districtCode: id.districtCode,
      unitType: id.unitType,
      version,
      isCurrent,
      retires: stored?.id ?? null,
      fileName: view.fileName,
      sha256: view.sha256,
      bytes: view.bytes,
      receivedDate: received,
      importedBy: actor.displayName,
      formVersion: report!.formVersion,
      reportDate: ready.reportDate,
      preparedBy: report!.preparedBy,
      encoding: report!.encoding,
      identityJson: JSON.stringify({ guess: report!.identity, saved: id, confirmedByUser: entry.chosen != null, versionChoice: entry.choice ?? null }),
      findingsJson: JSON.stringify(findings),
      values: view.values,
      traces: view.cells,
      narrative: view.narrative,
      fileBytes: entry.fileBytes,
    });
    const status = !isCurrent ? 'superseded' : version === 1 ? 'accepted' : 'new_version';
    await writeAudit(trx, actor, {
      action: status === 'accepted' ? 'import' : status === 'new_version' ? 'import_new_version' : 'import_superseded',
      entity: 'report',
      entityKey: `${id.period}/${id.districtCode}-${id.unitType}/v${version}`,
      oldValue: null,
      newValue: { fileName: view.fileName, sha256: view.sha256, receivedDate: received, version, current: isCurrent, ...from },
      reason:
        [source?.note, entry.override, entry.choice ? `Người dùng chọn ${entry.choice === 'current' ? 'dùng tệp này làm số liệu' : 'chỉ lưu tệp này làm lịch sử'} (ngày báo cáo và ngày nhận không phân biệt được).` : null]
          .filter(Boolean)
          .join(' ') || null,
    });
    return { reportId, status, version, identity: id, receivedDate: received };
  }

  private candidate(entry: StagedEntry, received?: string): SlotCandidate {
    return { fileName: entry.view.fileName, reportDate: entry.view.reportDate, receivedDate: received ?? entry.receivedDate ?? localIsoDate(), choice: entry.choice };
  }

  private peersOf(entry: StagedEntry, slot: ResolvedIdentity): SlotCandidate[] {
    return this.staging.sameSlot(slot, entry.view.stagingId, entry.view.sha256).map((e) => this.candidate(e));
  }

  /** For the CLI: refuse a bad --received before any file is read or saved. */
  async checkReceivedDate(receivedDate: string, planYear?: number): Promise<void> {
    await checkReceivedDate(this.ctx.db, receivedDate, planYear);
  }

  /** The saves so far, synced to disk now rather than a moment later (the end of a CLI batch). */
  flushSaves(): void {
    this.ctx.sync.flush();
  }

  drop(stagingId: string): void {
    this.staging.delete(stagingId);
  }

  private require(stagingId: string): StagedEntry {
    const entry = this.staging.get(stagingId);
    if (!entry) throw new AppError('not_found', 'Tệp đã nạp không còn trong phiên làm việc (có thể phần mềm đã khởi động lại). Hãy nạp lại tệp.');
    return entry;
  }

  private async evaluate(entry: StagedEntry, identity: ResolvedIdentity | null, catalogue: ParseCatalogue, confirmed = false): Promise<StagedFile> {
    const view: StagedFile = { ...entry.view, sameSlot: null, replaces: null, receivedDate: entry.receivedDate ?? null };
    const districtName = (code: string) => catalogue.districts.find((d) => d.code === code)?.name ?? code;
    const dup = await findByHash(this.ctx.db, view.sha256);
    if (dup) {
      return {
        ...view,
        status: 'duplicate',
        resolved: { districtCode: dup.district_code, unitType: dup.unit_type, period: dup.period_code },
        reason: {
          code: 'duplicate',
          message: `Tệp này đã được nhập ngày ${dateVi(dup.imported_at)} (phiên bản ${dup.version} báo cáo ${unitTypeLabel(dup.unit_type)} ${districtName(dup.district_code)}, ${periodName(dup.period_code)}); chỉ ghi nhận đã nhận lại, không dùng lại số liệu.`,
        },
      };
    }
    const twin = this.staging.sameContent(view.sha256, view.stagingId);
    if (twin) {
      return { ...view, status: 'duplicate', resolved: twin.view.resolved, reason: { code: 'duplicate', message: `Trùng nội dung với tệp "${twin.view.fileName}" trong cùng lần nhập; chỉ lưu một lần.` } };
    }
    const elsewhere = confirmed ? null : wrongPeriod(view.identity, catalogue.planYear);
    if (elsewhere) return { ...view, status: 'rejected', resolved: null, reason: elsewhere };
    if (!identity) return { ...view, status: 'needs_confirmation', resolved: null, reason: confirmationReason(view.identity, districtName) };
    const period = await this.plan.period(identity.period);
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
    return this.placeInSlot({ ...view, resolved: identity, findings: await this.previousQuarterCheck(view.findings, view.values, identity) }, entry, identity, confirmed);
  }

  /** Columns the parser could not settle are weighed against the unit's previous quarter, once it is stored. */
  private async previousQuarterCheck(findings: ImportFinding[], values: StagedFile['values'], identity: ResolvedIdentity): Promise<ImportFinding[]> {
    const own = findings.filter((f) => !f.code.endsWith('_by_previous'));
    const about = own.find((f) => UNSETTLED_COLUMNS.includes(f.code));
    const prev = previousQuarter(identity.period);
    if (!about || !prev) return own;
    const stored = await currentReport(this.ctx.db, prev, identity.districtCode, identity.unitType);
    if (!stored) return own;
    const found = checkAgainstPrevious(identity.period, values, await reportValues(this.ctx.db, stored.id), about);
    return found ? [...own, found] : own;
  }

  /** Accepted, a new version, an older file kept as history, or a tie to ask about. */
  private async placeInSlot(view: StagedFile, entry: StagedEntry, identity: ResolvedIdentity, confirmed: boolean): Promise<StagedFile> {
    const stored = await currentReport(this.ctx.db, identity.period, identity.districtCode, identity.unitType);
    const current = stored ? storedCandidate(stored) : null;
    const peers = this.peersOf(entry, identity);
    const self = this.candidate(entry);
    const decision = decideSlot(self, current, peers);
    const sameSlot = peers.length > 0 ? { files: peers.map((p) => p.fileName), counts: decision.kind === 'first' || decision.kind === 'newer' } : null;
    const replaces = stored ? { version: stored.version, fileName: stored.file_name, receivedDate: stored.received_date } : null;
    const source = confirmed ? { code: 'confirmed', message: 'Đơn vị và kỳ báo cáo do người dùng xác nhận.' } : null;
    const also = peers.length > 0 && sameSlot?.counts ? ` ${peers.length === 1 ? 'Tệp' : 'Các tệp'} ${peers.map((p) => `"${p.fileName}"`).join(', ')} của cùng đơn vị, kỳ cũ hơn: lưu làm lịch sử.` : '';
    switch (decision.kind) {
      case 'first':
        return { ...view, status: 'accepted', replaces: null, sameSlot, reason: also ? { code: 'counts_in_batch', message: `Bản dùng làm số liệu.${also}` } : source };
      case 'newer':
        return {
          ...view,
          status: 'new_version',
          replaces,
          sameSlot,
          reason: source ?? { code: 'new_version', message: `Thay thế phiên bản ${stored?.version} (tệp "${stored?.file_name}"): ${whyNewer(self, decision.than)}; phiên bản cũ vẫn được giữ trong lịch sử.${also}` },
        };
      case 'older':
        return {
          ...view,
          status: 'superseded',
          replaces: null,
          sameSlot,
          reason: {
            code: 'superseded',
            message: `Cũ hơn ${decision.stored ? `phiên bản ${stored?.version} đang dùng` : 'một tệp khác trong lần nhập này'}: ${whyNewer(decision.winner, self)}. Chỉ lưu làm lịch sử, không dùng số liệu.`,
          },
        };
      case 'tie':
        return { ...view, status: 'needs_confirmation', replaces, sameSlot, reason: { code: 'version_unclear', message: `${whyTied(self, decision.with)}. Hãy chọn bản dùng làm số liệu.` } };
    }
  }
}

/** The stored current report as a rival of a staged file. */
const storedCandidate = (r: { file_name: string; report_date: string | null; received_date: string }): SlotCandidate => ({ fileName: r.file_name, reportDate: r.report_date, receivedDate: r.received_date });

/** The note an older report carries when it arrives after the one that counts. */
function supersededFinding(fileName: string, self: SlotCandidate, current: SlotCandidate, currentVersion: number): ImportFinding {
  return {
    code: 'superseded_on_arrival',
    severity: 'info',
    sheet: null,
    cell: null,
    message: `Tệp "${fileName}" đến sau nhưng cũ hơn phiên bản ${currentVersion} đang dùng: ${whyNewer(current, self)}. Chỉ lưu làm lịch sử, không dùng số liệu.`,
  };
}
