// A small seeded PRNG (mulberry32): the same seed gives the same container IDs and names,
// so a scripted demo replays identically in every window and in the PDF.
/** The char codes of 0-9a-f, and a scratch buffer for one ID's 64 of them (IDs are made on every `run`). */
const HEX_DIGITS = Array.from('0123456789abcdef', (c) => c.charCodeAt(0));
const HEX_CODES: number[] = new Array<number>(64).fill(0);

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
    // Char codes into one string: concatenating 32 pieces would leave a chain of rope nodes
    // behind every container's ID.
    const codes = HEX_CODES;
    for (let i = 0; i < 8; i++) {
      const t = this.nextUint32();
      for (let b = 0; b < 4; b++) {
        const byte = (t >>> (24 - 8 * b)) & 255;
        codes[i * 8 + b * 2] = HEX_DIGITS[byte >>> 4]!;
        codes[i * 8 + b * 2 + 1] = HEX_DIGITS[byte & 15]!;
      }
    }
    return String.fromCharCode.apply(null, codes);
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
