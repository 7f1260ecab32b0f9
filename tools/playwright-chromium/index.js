// `slidev export` imports "playwright-chromium". The npm package of that name is playwright-core
// plus an install script that downloads a browser, which this kit never uses (it drives Debian's
// Chromium through executablePath) and which cannot work offline. This local package gives Slidev
// the same API with no install script.
module.exports = require('playwright-core');
