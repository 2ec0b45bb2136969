import type { Reason, ResolvedIdentity } from '../../shared/domain/import';
import { periodName } from '../../shared/domain/periods';
import type { IdentityGuess } from '../../shared/domain/report';

/**
 * The identity a report is saved under when nobody confirms it: only when the file names one
 * district, one unit type and one period without contradiction. Anything else is asked.
 */
export function identityFromGuess(guess: IdentityGuess | null): ResolvedIdentity | null {
  if (!guess || !guess.districtCode || !guess.unitType || !guess.period) return null;
  if (guess.candidates.length > 1 || guess.confidence === 'low') return null;
  return { districtCode: guess.districtCode, unitType: guess.unitType, period: guess.period };
}

const UNIT_LABEL = { BDV: 'Ban Dân vận', QS: 'Ban CHQS' } as const;

/** Why the user has to confirm: names what is missing or which candidates compete. */
export function confirmationReason(guess: IdentityGuess | null, districtName: (code: string) => string): Reason {
  if (guess && guess.candidates.length > 1) {
    const list = guess.candidates
      .slice(0, 4)
      .map((c) => [districtName(c.districtCode), c.unitType ? UNIT_LABEL[c.unitType] : null, c.period ? periodName(c.period) : null].filter(Boolean).join(' – '))
      .join('; ');
    return { code: 'identity_ambiguous', message: `Tệp có thể là báo cáo của nhiều đơn vị hoặc kỳ khác nhau (${list}). Hãy chọn đúng đơn vị và kỳ báo cáo.` };
  }
  const missing = [
    !guess?.districtCode ? 'đơn vị (huyện, thị xã, thành phố)' : null,
    !guess?.unitType ? 'loại đơn vị (Ban Dân vận hay Ban CHQS)' : null,
    !guess?.period ? 'kỳ báo cáo' : null,
  ].filter(Boolean);
  if (missing.length) {
    return { code: 'identity_missing', message: `Không đọc được ${missing.join(', ')} trong tệp, trang tính hay tên tệp. Hãy chọn trước khi lưu.` };
  }
  return { code: 'identity_uncertain', message: 'Các nguồn trong tệp cho thông tin đơn vị hoặc kỳ báo cáo không khớp nhau. Hãy kiểm tra và xác nhận.' };
}
