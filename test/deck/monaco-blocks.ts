// The deck's runnable TypeScript blocks (```ts {monaco-run}), with the slide each is on.
import { dirname } from 'node:path';
import { extractSlides } from './demos';

export interface MonacoRunBlock {
  slideNo: number;
  code: string;
}

export function monacoRunBlocks(entry: string): MonacoRunBlock[] {
  return extractSlides(dirname(entry)).flatMap((slide) =>
    [...slide.content.matchAll(/^```\w*\s*\{monaco-run\}[^\n]*\n([\s\S]*?)^```/gm)].map((m) => ({
      slideNo: slide.slideIndex + 1,
      code: m[1]!,
    })),
  );
}
