import { z } from './zod';
import type { AuditRowView, AppInfo, BackupFile } from './domain/app';
import { DocumentSettings } from './domain/document-settings';
import { ContentArea, District, Indicator, Period, PlanInfo, Year, type PlanBundle, type PlanSummary } from './domain/plan';
import type { Result } from './result';

/**
 * The one contract between the renderer and the services: every channel, the zod schema its
 * input is validated against (from `unknown`), its result type, and whether it changes stored data
 * (every channel that does must write an audit row).
 */
export interface ChannelDef<I extends z.ZodType, O> {
  input: I;
  mutates: boolean;
  /** Phantom: carries the result type, never read at run time. */
  output?: O;
}

const channel =
  <O>() =>
  <I extends z.ZodType>(input: I, mutates: boolean): ChannelDef<I, O> => ({ input, mutates });

const none = z.strictObject({});
const yearOnly = z.strictObject({ year: Year });

export const contract = {
  'app.info': channel<AppInfo>()(none, false),
  'app.setDisplayName': channel<AppInfo>()(z.strictObject({ displayName: z.string().trim().min(1).max(100) }), true),

  'plan.list': channel<PlanSummary[]>()(none, false),
  'plan.get': channel<PlanBundle>()(yearOnly, false),
  'plan.saveInfo': channel<PlanInfo>()(z.strictObject({ plan: PlanInfo }), true),
  'plan.saveArea': channel<ContentArea>()(z.strictObject({ year: Year, area: ContentArea }), true),
  'plan.saveIndicator': channel<Indicator>()(z.strictObject({ year: Year, indicator: Indicator }), true),
  'plan.saveDistrict': channel<District>()(z.strictObject({ year: Year, district: District }), true),
  'plan.savePeriod': channel<Period>()(z.strictObject({ period: Period }), true),
  'plan.copy': channel<PlanBundle>()(z.strictObject({ fromYear: Year, toYear: Year }), true),

  'settings.getDocument': channel<DocumentSettings>()(yearOnly, false),
  'settings.saveDocument': channel<DocumentSettings>()(z.strictObject({ year: Year, settings: DocumentSettings }), true),

  'backup.create': channel<BackupFile>()(none, true),
  'backup.list': channel<BackupFile[]>()(none, false),

  'audit.list': channel<AuditRowView[]>()(
    z.strictObject({
      entity: z.string().max(40).optional(),
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).max(10_000_000).default(0),
    }),
    false,
  ),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export const CHANNELS = Object.keys(contract) as Channel[];

export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Contract[C] extends ChannelDef<z.ZodType, infer O> ? O : never;

/** What the renderer calls: one function per channel, the same in Electron and in the browser. */
export type Api = { [C in Channel]: (input: InputOf<C>) => Promise<Result<OutputOf<C>>> };

export const isChannel = (value: unknown): value is Channel =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(contract, value);
