import { appInfo, setDisplayName } from '../app/service';
import { auditView } from './audit-view';
import type { HandlerGroup } from './types';

export const appHandlers = {
  'app.info': (_input, env) => appInfo(env.ctx, env),
  'app.setDisplayName': ({ displayName }, env) => setDisplayName(env.ctx, env, displayName),
  'audit.list': (input, env) => auditView(env.ctx, input),
} satisfies HandlerGroup<'app' | 'audit'>;
