import type { PlanInfo } from '../../shared/domain/plan';
import { shortDate } from './format';

/**
 * How the documents cite the plan: its title, its number and date when set, and the two bodies.
 * "Kế hoạch phối hợp thực hiện công tác dân vận năm 2021 (số 01-KH/…, ngày 20/01/2021) giữa Ban
 * Dân vận Tỉnh ủy Quảng Ngãi và Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi".
 */
export function planCitation(plan: PlanInfo): string {
  const ref = [plan.number.trim() ? `số ${plan.number.trim()}` : '', plan.issuedDate ? `ngày ${shortDate(plan.issuedDate)}` : ''].filter(Boolean).join(', ');
  return `${plan.title.trim()}${ref ? ` (${ref})` : ''} giữa ${plan.bodyBdv} và ${plan.bodyQs}`;
}

/** "Kế hoạch phối hợp công tác dân vận giữa … và …", the subject line's object. */
export const planSubject = (plan: PlanInfo): string => `Kế hoạch phối hợp công tác dân vận giữa ${plan.bodyBdv} và ${plan.bodyQs}`;
