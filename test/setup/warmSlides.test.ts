import { describe, expect, it } from 'vitest';
import { warmSlides } from '../../setup/warmSlides';

describe('warmSlides', () => {
  it("asks for every slide's module in order, one at a time", async () => {
    const log: string[] = [];
    let inFlight = 0;
    await warmSlides(3, async (url) => {
      inFlight++;
      log.push(`${url} (${inFlight} in flight)`);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
    });
    expect(log).toEqual(['/@slidev/slides/1/md (1 in flight)', '/@slidev/slides/2/md (1 in flight)', '/@slidev/slides/3/md (1 in flight)']);
  });
});
