import { createContext, useContext } from 'react';
import type { AppInfo } from '../../shared/domain/app';
import type { PlanSummary } from '../../shared/domain/plan';

export interface AppState {
  info: AppInfo;
  plans: PlanSummary[];
  year: number;
  setYear(year: number): void;
  /** The period the clerk chose or just imported; null until then (each page opens on the working period). */
  period: string | null;
  setPeriod(period: string): void;
}

export const AppStateContext = createContext<AppState | null>(null);

export function useAppState(): AppState {
  const s = useContext(AppStateContext);
  if (!s) throw new Error('useAppState ngoài AppStateContext');
  return s;
}
