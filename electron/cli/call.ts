import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import { AppError } from '../../shared/result';
import type { Services } from '../runtime';

/** One channel called as the GUI calls it: the contract's schema, the same handler, the same audit rows. */
export type Call = <C extends Channel>(channel: C, input: InputOf<C>) => Promise<OutputOf<C>>;

/** A failed call becomes the AppError the CLI reports (invalid_input → exit 2, anything else → exit 1). */
export const callThrough =
  (services: Pick<Services, 'dispatch'>): Call =>
  async (channel, input) => {
    const r = await services.dispatch(channel, input);
    if (!r.ok) throw new AppError(r.error.code, r.error.message);
    return r.value as never;
  };
