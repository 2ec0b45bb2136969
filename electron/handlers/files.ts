import { openOutput } from '../files/open';
import type { HandlerGroup } from './types';

export const fileHandlers = {
  'files.open': (input, { files, opener }) => openOutput(files, opener, input),
} satisfies HandlerGroup<'files'>;
