import { z } from '../zod';
import { RULES, type ReconcileSettings } from './reconcile';

/** The settings form's schema: every rule switch and tolerance, validated from unknown. */
export const ReconcileSettingsSchema = z.strictObject({
  enabled: z.strictObject(Object.fromEntries(RULES.map((r) => [r, z.boolean()])) as Record<(typeof RULES)[number], z.ZodBoolean>),
  moneyTolerance: z.number().min(0).max(1_000_000),
  countTolerance: z.number().min(0).max(1_000_000),
  outlierFactor: z.number().min(2).max(1_000_000),
  outlierFloor: z.number().min(0).max(1_000_000_000),
  dk03Min: z.number().int().min(0).max(1000),
  dk03Max: z.number().int().min(0).max(1000),
}) satisfies z.ZodType<ReconcileSettings>;
