// Slidev's options for its own Vite plugins (Slidev docs, "Configure Vite and Plugins"; the
// `serverRef` field of its SlidevPluginOptions type). The dev server keeps one more shared object
// beside Slidev's navigation state: every demo host's live log, by host id, which it relays to
// every window (components/DemoFrame.vue imports it as `server-reactive:dockerDemoHosts`). It
// must exist from the start: the virtual module is made from this initial value.
/// <reference types="@slidev/types" />
import { defineConfig } from 'vite';

export default defineConfig({
  slidev: {
    serverRef: {
      state: { dockerDemoHosts: {} },
    },
  },
});
