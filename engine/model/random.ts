// A small seeded PRNG (mulberry32): the same seed gives the same container IDs and names,
// so a scripted demo replays identically in every window and in the PDF.
/** Two hex digits per byte value: IDs are made on every `run`, so this is worth a table. */
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform 32-bit unsigned integer. */
  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** Integer in [0, n). */
  below(n: number): number {
    return this.nextUint32() % n;
  }

  /** 64 lowercase hex characters, like moby's GenerateRandomID (32 random bytes). */
  hex64(): string {
    let out = '';
    for (let i = 0; i < 8; i++) {
      const t = this.nextUint32();
      out += HEX[t >>> 24]! + HEX[(t >>> 16) & 255]! + HEX[(t >>> 8) & 255]! + HEX[t & 255]!;
    }
    return out;
  }
}

/**
 * moby retries an ID whose first 12 characters are all digits, because the short ID is the
 * default hostname and must not parse as a number.
 */
export function containerId(random: Random): string {
  for (;;) {
    const id = random.hex64();
    if (!/^\d{12}/.test(id)) return id;
  }
}
