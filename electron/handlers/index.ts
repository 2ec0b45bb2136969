import { appHandlers } from './app';
import { backupHandlers } from './backup';
import { combineHandlers } from './dispatch';
import { documentHandlers } from './documents';
import { fileHandlers } from './files';
import { exchangeHandlers } from './exchange';
import { importHandlers } from './imports';
import { planHandlers } from './plan';
import { reconcileHandlers } from './reconcile';
import type { Handlers } from './types';

const groups = [appHandlers, planHandlers, importHandlers, reconcileHandlers, documentHandlers, fileHandlers, backupHandlers, exchangeHandlers] as const;

/** tsc fails here when a channel of the contract has no group that handles it. */
type KeysOf<T> = T extends unknown ? keyof T : never;
type Handled = KeysOf<(typeof groups)[number]>;
export const everyChannelHandled: Exclude<keyof Handlers, Handled> extends never ? true : never = true;

/** Every channel's handler; adding a capability means adding its group here. The dispatcher checks again at start-up. */
export const createHandlers = (): Handlers => combineHandlers(...groups);
