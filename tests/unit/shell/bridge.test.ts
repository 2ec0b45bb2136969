import { describe, expect, it } from 'vitest';
import { bridgeApi, type Transport } from '../../../shared/bridge';
import { CHANNELS, type Api, type Channel } from '../../../shared/contract';
import { ok } from '../../../shared/result';

describe('the bridge the renderer calls (preload and http)', () => {
  it('offers every channel of the contract, and each sends its own channel name with the input untouched', async () => {
    const sent: [string, unknown][] = [];
    const api = bridgeApi(async (channel, input) => {
      sent.push([channel, input]);
      return ok(null) as never;
    });
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    for (const c of CHANNELS) {
      const input = { probe: c };
      await (api[c] as (i: unknown) => Promise<unknown>)(input);
      expect(sent.at(-1)).toEqual([c, input]);
    }
    expect(sent).toHaveLength(CHANNELS.length);
  });

  it('is checked by tsc: the lines marked @ts-expect-error would compile if satisfies checked nothing', () => {
    const send: Transport = async () => ok(null) as never;
    const api = bridgeApi(send);
    const { ['plan.get']: _dropped, ...rest } = api;
    // @ts-expect-error a bridge that misses a channel
    const missing = rest satisfies Api;
    // @ts-expect-error a channel wired to another channel's signature (plan.list takes no year, returns summaries)
    const swapped = { ...api, 'plan.list': api['plan.get'] } satisfies Api;
    // @ts-expect-error a channel the contract does not have
    const extra = { ...api, 'khong.co': api['plan.list'] } satisfies Api;
    // @ts-expect-error an input of the wrong type
    void api['plan.get']({ year: 'hai nghìn' });
    const channels: Channel[] = Object.keys(missing) as Channel[];
    expect(channels).not.toContain('plan.get');
    expect(Object.keys(swapped)).toHaveLength(CHANNELS.length);
    expect(Object.keys(extra)).toHaveLength(CHANNELS.length + 1);
  });
});
