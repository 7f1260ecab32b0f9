// The dev server shares Slidev's navigation (and the demos' typed lines) between windows through
// vite-plugin-vue-server-ref (1.0.0): a local change arms a 10 ms timer that POSTs the state, and a
// write relayed from another window is applied with the watcher told to skip it. But the generated
// watcher clears the pending timer *before* it checks the skip flag, so a relayed write landing in
// those 10 ms cancels this window's own unsent write: the presenter's click is never sent, and the
// audience stays one click behind until the next one. A busy window (a fresh one loading its
// modules) stretches those 10 ms to hundreds, and the audience's echo of the previous click is
// exactly such a relayed write. Checking the skip flag first keeps the local write pending.
//
// Only whole-value modules (no `?diff`): a diff module recomputes its diff from a copy the relayed
// write refreshes, so there the pending timer would send an empty patch.

/** The generated watcher's first statements (vite-plugin-vue-server-ref dist/index.mjs, genCode). */
const CLEAR_THEN_SKIP = /if \(timer\)\s*clearTimeout\(timer\)\s*(if \(!data\.\$syncUp \|\| data\.\$paused \|\| skipWatch\)\s*return)/;

/** Whether `id` is a whole-value server-ref module (`/@server-reactive/nav`, not `…?diff`). */
export function isWholeValueServerRef(id: string): boolean {
  return /^\/@server-(ref|reactive)\//.test(id) && !/[?&]diff\b/.test(id);
}

/** The module's code with the skip check before the timer is cleared; throws if the code changed. */
export function keepLocalWrites(code: string, id: string): string {
  if (!CLEAR_THEN_SKIP.test(code)) {
    throw new Error(
      `setup/serverRefWrites.ts: the code vite-plugin-vue-server-ref generates for ${id} no longer has the watcher this fix rewrites; check whether the upgrade fixed the lost write, then drop or adapt the fix`,
    );
  }
  return code.replace(CLEAR_THEN_SKIP, '$1\n    if (timer)\n      clearTimeout(timer)');
}
