import { SECTION_LABELS, type ExchangeSection, type ExchangeSettings } from '../../shared/domain/exchange';
import { AppError } from '../../shared/result';
import type { AppContext } from '../context';
import { getAppSetting, setAppSetting } from '../db/queries/app-settings';
import { writeAudit } from '../db/queries/audit';

/**
 * Which section this PC belongs to, and the passphrase shared by both sections. HMAC needs the
 * passphrase itself, not a hash of it: it is kept as it is in this PC's database (a shared secret
 * between two PCs, like a key; whoever can read the database file can read it too).
 */
const SECTION_KEY = 'exchange_section';
const PASSPHRASE_KEY = 'exchange_passphrase';
export const MIN_PASSPHRASE_CHARS = 8;

const isSection = (v: string | null): v is ExchangeSection => v === 'BDV' || v === 'QS';

export async function exchangeSettings(ctx: Pick<AppContext, 'db'>): Promise<ExchangeSettings> {
  const section = await getAppSetting(ctx.db, SECTION_KEY);
  const known = isSection(section) ? section : null;
  return { section: known, sectionLabel: known ? SECTION_LABELS[known] : null, hasPassphrase: (await storedPassphrase(ctx)) !== null };
}

export async function storedPassphrase(ctx: Pick<AppContext, 'db'>): Promise<string | null> {
  const v = await getAppSetting(ctx.db, PASSPHRASE_KEY);
  return v ? v : null;
}

export async function requireSection(ctx: Pick<AppContext, 'db'>): Promise<ExchangeSection> {
  const { section } = await exchangeSettings(ctx);
  if (!section) throw new AppError('invalid_input', 'Chưa chọn máy này thuộc phòng nào. Hãy chọn ở Cài đặt → Trao đổi dữ liệu (Phòng Dân vận Chính quyền và Đoàn thể hoặc Phòng Chính trị).');
  return section;
}

export interface ExchangeSettingsChange {
  section?: ExchangeSection;
  /** A new passphrase; null removes it; absent leaves it as it is. */
  passphrase?: string | null;
}

export async function saveExchangeSettings(ctx: AppContext, change: ExchangeSettingsChange): Promise<ExchangeSettings> {
  const before = await exchangeSettings(ctx);
  const oldPass = await storedPassphrase(ctx);
  if (typeof change.passphrase === 'string' && change.passphrase.length < MIN_PASSPHRASE_CHARS) {
    throw new AppError('invalid_input', `Cụm mật khẩu dùng chung cần ít nhất ${MIN_PASSPHRASE_CHARS} ký tự.`);
  }
  const sectionChanged = change.section !== undefined && change.section !== before.section;
  const passChanged = change.passphrase !== undefined && (change.passphrase ?? null) !== oldPass;
  if (!sectionChanged && !passChanged) return before;
  const actor = await ctx.actor();
  await ctx.db.transaction().execute(async (trx) => {
    if (sectionChanged) {
      await setAppSetting(trx, SECTION_KEY, change.section!);
      await writeAudit(trx, actor, { action: 'update', entity: 'app_setting', entityKey: SECTION_KEY, oldValue: before.section, newValue: change.section });
    }
    if (passChanged) {
      await setAppSetting(trx, PASSPHRASE_KEY, change.passphrase ?? '');
      // Never the passphrase itself in the log: only whether there is one.
      await writeAudit(trx, actor, { action: 'update', entity: 'app_setting', entityKey: PASSPHRASE_KEY, oldValue: oldPass ? 'đã đặt' : 'chưa đặt', newValue: change.passphrase ? 'đã đặt' : 'đã xóa' });
    }
  });
  return exchangeSettings(ctx);
}
