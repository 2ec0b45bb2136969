import type { Reason, ResolvedIdentity } from '../../shared/domain/import';
import { periodName } from '../../shared/domain/periods';
import type { IdentityGuess } from '../../shared/domain/report';
import { statedAt } from '../../shared/domain/identity-override';
import { unitTypeLabel } from '../../shared/domain/units';

/**
 * The identity a report is saved under when nobody confirms it: only when the file names one
 * district, one unit type and one period without contradiction. Anything else is asked.
 */
export function identityFromGuess(guess: IdentityGuess | null): ResolvedIdentity | null {
  if (!guess || !guess.districtCode || !guess.unitType || !guess.period) return null;
  if (guess.candidates.length > 1 || guess.confidence === 'low') return null;
  return { districtCode: guess.districtCode, unitType: guess.unitType, period: guess.period };
}

/** Why the user has to confirm: names what is missing or which candidates compete. */
export function confirmationReason(guess: IdentityGuess | null, districtName: (code: string) => string): Reason {
  if (guess && guess.candidates.length > 1) {
    const list = guess.candidates
      .slice(0, 4)
      .map((c) => [districtName(c.districtCode), c.unitType ? unitTypeLabel(c.unitType) : null, c.period ? periodName(c.period) : null].filter(Boolean).join(' – '))
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

/**
 * A report that states, for certain, a period of another plan year (last year's Quý IV sent
 * again, or by mistake) is not this year's report: it is refused, not offered for confirmation,
 * so that it can never count for R1 or replace this year's report of the same quarter.
 */
export function wrongPeriod(guess: IdentityGuess | null, planYear: number): Reason | null {
  const stated = guess?.certain.period;
  if (!stated || Number(stated.value.slice(0, 4)) === planYear) return null;
  return { code: 'wrong_period', message: `Tệp là báo cáo ${periodName(stated.value)} (${statedAt(stated)}), không phải của kế hoạch năm ${planYear}: không nhập.` };
}
