import './hosts.css';
import { adapterForHost } from './sites';
import { startContentScript } from './controller';

export default defineContentScript({
  // The four sites only; the same list as SITE_MATCHES in wxt.config.ts (entrypoints are
  // imported in Node at build time, so the config is not imported here).
  matches: [
    '*://x.com/*',
    '*://twitter.com/*',
    '*://www.facebook.com/*',
    '*://web.facebook.com/*',
    '*://www.instagram.com/*',
    '*://www.linkedin.com/*',
  ],
  // document_start: the capture listeners must be in place before the site's own.
  runAt: 'document_start',
  main(ctx) {
    const adapter = adapterForHost(location.hostname);
    if (adapter) startContentScript(ctx, adapter);
  },
});
