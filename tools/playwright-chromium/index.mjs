// ESM entry of the same re-export (see index.js for why this package exists).
export * from 'playwright-core';
import playwright from 'playwright-core';
export default playwright;
