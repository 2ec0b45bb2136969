import { appHandlers } from './app';
import { backupHandlers } from './backup';
import { combineHandlers } from './dispatch';
import { documentHandlers } from './documents';
import { importHandlers } from './imports';
import { planHandlers } from './plan';
import { reconcileHandlers } from './reconcile';
import type { Handlers } from './types';

/** Every channel's handler; adding a capability means adding its group here. */
export const createHandlers = (): Handlers => combineHandlers(appHandlers, planHandlers, importHandlers, reconcileHandlers, documentHandlers, backupHandlers);
