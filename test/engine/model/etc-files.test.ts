// model/etc-files.ts BridgeAddresses: the lowest free address on the default bridge from .2 up,
// given back at stop, as the kit's /etc/hosts shows it.
import { describe, expect, it } from 'vitest';
import { BridgeAddresses } from '../../../engine/model/etc-files';

describe('BridgeAddresses', () => {
  it('hands out .2 up, reuses the lowest address given back, and crosses into the next /24', () => {
    const bridge = new BridgeAddresses();
    const first = Array.from({ length: 255 }, () => bridge.claim());
    expect(first.slice(0, 3)).toEqual(['172.17.0.2', '172.17.0.3', '172.17.0.4']);
    expect(first.at(-1)).toBe('172.17.1.0');
    bridge.release('172.17.0.4');
    bridge.release('172.17.0.3');
    expect([bridge.claim(), bridge.claim(), bridge.claim()]).toEqual(['172.17.0.3', '172.17.0.4', '172.17.1.1']);
  });
});
