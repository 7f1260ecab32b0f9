// Where Monaco is off (`monaco: dev` in the headmatter: the built site and the PDF), a
// `{monaco-run}` block would fall through to Slidev's plain code block, which reads the marker as
// a line-highlight range and dims every line. Instead it becomes highlighted code with the
// output the program prints, run once here at build time (setup/staticRun.ts). In the dev server
// Slidev's own Monaco runner keeps the block live.
import { defineTransformersSetup } from '@slidev/types';
import { runSnippet } from './staticRun';

const RE_MONACO_RUN = /^([\w'-]+)?\s*\{monaco-run\}\s*(\{[^}]*\})?\s*$/;

export default defineTransformersSetup(() => ({
  codeblocks: [
    async ({ info, code, renderHighlighted, options }) => {
      const match = RE_MONACO_RUN.exec(info);
      if (!match) return undefined;
      const monaco = options.data.config.monaco;
      if (monaco === true || monaco === options.mode) return undefined; // Monaco handles it
      const lang = match[1] || 'ts';
      const result = runSnippet(code);
      const highlighted = (await renderHighlighted({ info: lang })).replace(/\{\{/g, '&lbrace;&lbrace;');
      const output = encodeURIComponent(JSON.stringify(result));
      return `<RunOutput result="${output}">\n<CodeBlockWrapper :ranges='[]'>${highlighted}</CodeBlockWrapper>\n</RunOutput>`;
    },
  ],
}));
