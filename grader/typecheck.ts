// Type-checks learners' files with the TypeScript compiler API. tsx, which runs the checks,
// only strips types, so without this a type error would run anyway and might even pass.
// One Checker is kept per process: parsed library files are reused between runs, which keeps
// a re-check in watch mode fast.
import type * as TS from 'typescript';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Required, not imported: typescript.js is one 9 MB CommonJS file, and importing it as ESM makes
// Node scan all of it twice more (format detection, then its export names), about 1.4 s of CPU
// each time a type-check worker starts (every `npm test`, every class re-grade).
const ts = createRequire(import.meta.url)('typescript') as typeof TS;

/** The options learners' files are held to (exercises/tsconfig.json says the same for editors). */
export const EXERCISE_COMPILER_OPTIONS: TS.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  // Only the language's own library: no DOM, no node types (exercises/support/globals.d.ts
  // declares `console`). Loading @types/node would double the time of every check.
  lib: ['lib.es2022.d.ts'],
  types: [],
  strict: true,
  isolatedModules: true,
  skipLibCheck: true,
  noEmit: true,
};

export interface FileDiagnostics {
  file: string;
  messages: string[];
}

export class Checker {
  private readonly cache = new Map<string, { text: string; source: TS.SourceFile }>();
  private previous: TS.Program | undefined;
  private readonly host: TS.CompilerHost;

  constructor(private readonly options: TS.CompilerOptions = EXERCISE_COMPILER_OPTIONS) {
    this.host = ts.createCompilerHost(options, true);
    const readText = (fileName: string): string | undefined => {
      try {
        return readFileSync(fileName, 'utf8');
      } catch {
        return undefined;
      }
    };
    this.host.getSourceFile = (fileName, languageVersion) => {
      const cached = this.cache.get(fileName);
      // TypeScript's own library files never change while we run: skip re-reading them.
      if (cached && fileName.includes('/node_modules/typescript/lib/')) return cached.source;
      const text = readText(fileName);
      if (text === undefined) return undefined;
      if (cached && cached.text === text) return cached.source;
      const source = ts.createSourceFile(fileName, text, languageVersion, true);
      this.cache.set(fileName, { text, source });
      return source;
    };
  }

  /**
   * Checks `roots` (plus `ambient` declaration files) and returns the problems found in each
   * root, formatted `file:line:col message`. Problems in imported files are not the learner's.
   */
  check(roots: string[], ambient: string[] = []): FileDiagnostics[] {
    const program = ts.createProgram({
      rootNames: [...ambient, ...roots],
      options: this.options,
      host: this.host,
      ...(this.previous ? { oldProgram: this.previous } : {}),
    });
    this.previous = program;
    return roots.map((file) => {
      const source = program.getSourceFile(file);
      if (!source) return { file, messages: [`${file}: file not found`] };
      const found = [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)];
      return { file, messages: found.map(format) };
    });
  }
}

function format(d: TS.Diagnostic): string {
  const text = ts.flattenDiagnosticMessageText(d.messageText, '\n');
  if (!d.file || d.start === undefined) return text;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start);
  return `line ${line + 1}:${character + 1} ${text}`;
}
