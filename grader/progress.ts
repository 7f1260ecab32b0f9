// What `npm test` is doing, from its first second: on a terminal one live line, rewritten in
// place (with the seconds spent), and cleared before anything lasting is printed; when the output
// is not a terminal, or CI=true, plain lines instead, each step once, and a periodic line during
// a long step, never a control code.
export interface Out {
  write(text: string): unknown;
  isTTY?: boolean;
}

export class Progress {
  private live = '';
  private startedAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private lastPlainAt = 0;
  readonly interactive: boolean;

  constructor(
    private readonly out: Out = process.stdout,
    env: NodeJS.ProcessEnv = process.env,
    /** How often a plain line repeats during a long step. */
    private readonly plainEveryMs = 15_000,
  ) {
    this.interactive = out.isTTY === true && env.CI !== 'true' && env.CI !== '1';
  }

  /** Starts a step: a new live line, or a plain line. */
  step(text: string): void {
    this.startedAt = performance.now();
    this.show(text, true);
  }

  /** Updates the current step's text (plain output repeats it only now and then). */
  update(text: string): void {
    this.show(text, false);
  }

  private show(text: string, isNew: boolean): void {
    this.live = text;
    if (this.interactive) {
      this.draw();
      this.timer ??= setInterval(() => this.draw(), 250);
      this.timer.unref();
    } else if (isNew || performance.now() - this.lastPlainAt >= this.plainEveryMs) {
      this.out.write(`${text}\n`);
      this.lastPlainAt = performance.now();
    }
  }

  /** Prints lasting lines (the live line is cleared first and redrawn after). */
  print(...lines: string[]): void {
    if (this.interactive && this.live) this.out.write('\r\u001b[2K');
    for (const line of lines) this.out.write(`${line}\n`);
    if (this.interactive && this.live) this.draw();
  }

  /** Ends the current step: its live line goes away. */
  done(): void {
    if (this.interactive && this.live) this.out.write('\r\u001b[2K');
    clearInterval(this.timer);
    this.timer = undefined;
    this.live = '';
  }

  private draw(): void {
    const seconds = Math.floor((performance.now() - this.startedAt) / 1000);
    this.out.write(`\r\u001b[2K${this.live}${seconds > 0 ? ` (${seconds} s)` : ''}`);
  }
}
