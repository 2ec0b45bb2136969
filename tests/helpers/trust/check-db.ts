import fs from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import type { PreparedWorkbook } from './workbooks';

export interface StoredReportRow {
  id: number;
  sha: string;
  version: number;
}

export interface DatabaseState {
  /** False while the file or its schema does not exist yet (killed before migrations finished). */
  hasSchema: boolean;
  reports: StoredReportRow[];
  /** Every way the file breaks "nothing partially stored"; empty when all is well. */
  problems: string[];
}

/**
 * Opens a database left behind by a killed process, read-only so the check neither checkpoints
 * nor repairs anything the next start of the app should have to cope with, and lists what is
 * wrong with it: SQLite's own integrity check, reports stored in part (values, narratives or
 * their audit row missing), rows without their report, units with no or several current versions,
 * version gaps, and stored figures that differ from the file they came from.
 */
export function checkDatabase(dbPath: string, prepared: Map<string, PreparedWorkbook>): DatabaseState {
  if (!fs.existsSync(dbPath) || fs.statSync(dbPath).size === 0) return { hasSchema: false, reports: [], problems: [] };
  const db = new BetterSqlite3(dbPath, { readonly: true, fileMustExist: true });
  const problems: string[] = [];
  try {
    const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
    if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') problems.push(`integrity_check: ${JSON.stringify(integrity)}`);
    const hasSchema = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'reports'").get() as { n: number };
    if (!hasSchema.n) return { hasSchema: false, reports: [], problems };
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length) problems.push(`foreign_key_check: ${JSON.stringify(fk.slice(0, 5))}`);

    const reports = db
      .prepare(
        `SELECT r.id, r.content_hash AS sha, r.version, r.unit_type AS unitType, r.period_code AS period, r.district_code AS district,
           (SELECT count(*) FROM report_values v WHERE v.report_id = r.id) AS nValues,
           (SELECT count(*) FROM indicators i WHERE i.plan_year = r.plan_year AND i.reported_by IN ('both', r.unit_type)) AS nIndicators,
           (SELECT count(*) FROM report_narratives n WHERE n.report_id = r.id) AS nNarratives,
           (SELECT count(*) FROM audit_log a WHERE a.entity = 'report'
              AND a.entity_key = r.period_code || '/' || r.district_code || '-' || r.unit_type || '/v' || r.version) AS nAudit
         FROM reports r ORDER BY r.id`,
      )
      .all() as { id: number; sha: string; version: number; unitType: string; period: string; district: string; nValues: number; nIndicators: number; nNarratives: number; nAudit: number }[];
    for (const r of reports) {
      const file = prepared.get(r.sha);
      const label = `report ${r.id} (${r.period} ${r.district}-${r.unitType} v${r.version})`;
      if (!file) problems.push(`${label}: content hash of no prepared file`);
      if (r.nIndicators === 0 || r.nValues !== r.nIndicators) problems.push(`${label}: ${r.nValues} values for ${r.nIndicators} indicators of ${r.unitType}`);
      if (file && r.nNarratives !== file.narratives) problems.push(`${label}: ${r.nNarratives} narratives, the file has ${file.narratives}`);
      if (r.nAudit !== 1) problems.push(`${label}: ${r.nAudit} audit rows`);
    }

    // Figures equal the file's: a report is stored whole, with the numbers it was sent with.
    const values = db.prepare('SELECT report_id AS id, indicator_code AS code, period_value AS p, ytd_value AS y FROM report_values').all() as { id: number; code: string; p: number | null; y: number | null }[];
    const shaOf = new Map(reports.map((r) => [r.id, r.sha]));
    let mismatches = 0;
    for (const v of values) {
      const expected = prepared.get(shaOf.get(v.id) ?? '')?.values[v.code];
      if (expected && (expected.period !== v.p || expected.ytd !== v.y)) mismatches++;
    }
    if (mismatches) problems.push(`${mismatches} stored figures differ from their file`);

    const orphanValues = db.prepare('SELECT count(*) AS n FROM report_values WHERE report_id NOT IN (SELECT id FROM reports)').get() as { n: number };
    const orphanTexts = db.prepare('SELECT count(*) AS n FROM report_narratives WHERE report_id NOT IN (SELECT id FROM reports)').get() as { n: number };
    if (orphanValues.n) problems.push(`${orphanValues.n} report_values rows without a report`);
    if (orphanTexts.n) problems.push(`${orphanTexts.n} report_narratives rows without a report`);
    const orphanAudit = db
      .prepare(
        `SELECT count(*) AS n FROM audit_log a WHERE a.entity = 'report' AND NOT EXISTS (SELECT 1 FROM reports r
           WHERE a.entity_key = r.period_code || '/' || r.district_code || '-' || r.unit_type || '/v' || r.version)`,
      )
      .get() as { n: number };
    if (orphanAudit.n) problems.push(`${orphanAudit.n} import audit rows for a report that is not stored`);

    const units = db
      .prepare(
        `SELECT period_code AS period, district_code AS district, unit_type AS unitType, sum(is_current) AS current, count(*) AS n, max(version) AS maxVersion
         FROM reports GROUP BY period_code, district_code, unit_type`,
      )
      .all() as { period: string; district: string; unitType: string; current: number; n: number; maxVersion: number }[];
    for (const u of units) {
      if (u.current !== 1) problems.push(`${u.period} ${u.district}-${u.unitType}: ${u.current} current versions`);
      if (u.n !== u.maxVersion) problems.push(`${u.period} ${u.district}-${u.unitType}: ${u.n} versions numbered up to ${u.maxVersion}`);
    }
    const dupHashes = db.prepare('SELECT content_hash, count(*) AS n FROM reports GROUP BY content_hash HAVING n > 1').all();
    if (dupHashes.length) problems.push(`same file stored twice: ${JSON.stringify(dupHashes)}`);
    return { hasSchema: true, reports: reports.map((r) => ({ id: r.id, sha: r.sha, version: r.version })), problems };
  } finally {
    db.close();
  }
}
