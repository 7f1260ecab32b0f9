// The grader type-checks learners' files against the language's own library only (no DOM, no
// node types), which keeps the check fast. This declares just enough `console` for debugging
// prints, in a form that merges cleanly with @types/node in editors.
interface Console {
  log(...data: unknown[]): void;
  error(...data: unknown[]): void;
}
declare var console: Console;
