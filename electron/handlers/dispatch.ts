import { z } from '../../shared/zod';
import { contract, isChannel, CHANNELS, type Channel } from '../../shared/contract';
import { AppError, fail, ok, type Result } from '../../shared/result';
import { isStorageError, storageError } from '../db/sqlite-errors';
import type { HandlerEnv, Handlers, SomeHandlers } from './types';


/**
 * Joins the per-domain handler groups into the full map. A channel handled twice, or a channel of
 * the contract nobody handles, is a programming error caught at start-up rather than at the call.
 */
export function combineHandlers(...groups: SomeHandlers[]): Handlers {
  const all: Record<string, unknown> = {};
  for (const group of groups) {
    for (const [name, fn] of Object.entries(group)) {
      if (name in all) throw new Error(`Kênh "${name}" được đăng ký hai lần`);
      if (!isChannel(name)) throw new Error(`Kênh "${name}" không có trong hợp đồng`);
      all[name] = fn;
    }
  }
  const missing = CHANNELS.filter((c) => !(c in all));
  if (missing.length) throw new Error(`Chưa có xử lý cho kênh: ${missing.join(', ')}`);
  return all as Handlers;
}

export type Dispatch = (channel: unknown, input: unknown) => Promise<Result<unknown>>;

const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max)}…` : s);

/** Short whatever the payload: key names and messages echo the input, so they are clipped. */
export function formatZodError(error: z.ZodError): string {
  const first = error.issues.slice(0, 3).map((i) => {
    const where = i.path.map((p) => clip(String(p), 40)).join('.');
    return clip(where ? `${where}: ${i.message}` : i.message, 160);
  });
  return `Dữ liệu gửi lên không hợp lệ — ${first.join('; ')}${error.issues.length > 3 ? ' …' : ''}`;
}

/** The single entry every transport uses (Electron IPC, the local web server, tests). Never throws. */
export function createDispatch(handlers: Handlers, env: HandlerEnv, log: (e: unknown) => void = console.error): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) return fail('not_found', 'Yêu cầu không được hỗ trợ.');
    const parsed = contract[channel].input.safeParse(input ?? {});
    if (!parsed.success) return fail('invalid_input', formatZodError(parsed.error));
    try {
      const fn = handlers[channel] as (i: unknown, e: HandlerEnv) => Promise<unknown>;
      return ok(await fn(parsed.data, env));
    } catch (e) {
      if (e instanceof AppError) return fail(e.code, e.message);
      if (e instanceof z.ZodError) return fail('invalid_input', formatZodError(e));
      log(e);
      // A locked, full, read-only or failing disk is not a bug: the clerk can act on it.
      const stored = isStorageError(e) ? storageError(e, env.ctx.dbPath) : null;
      if (stored) return fail(stored.code, stored.message);
      return fail('internal', 'Đã có lỗi ngoài dự kiến; dữ liệu không bị thay đổi. Hãy thử lại, nếu vẫn lỗi hãy báo cho bộ phận kỹ thuật.');
    }
  };
}

export type { Channel };
