// The live TypeScript editor (monaco-run, slides 21 and 23 in `npm run dev`): Monaco's own 11.5px
// is 15px on a 1280×720 window; 13px on Slidev's canvas reads at 17px, in line with the deck's code.
import { defineMonacoSetup } from '@slidev/types';

export default defineMonacoSetup(() => ({
  editorOptions: { fontSize: 13, lineHeight: 20 },
}));
