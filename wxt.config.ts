import { defineConfig } from 'wxt';
import { SITE_MATCHES } from './utils/sites';

// The four sites (utils/sites.ts), and nothing else: the content script only ever runs there.
export { SITE_MATCHES };

/**
 * Public half of the signing key: it fixes the Chrome/Edge extension id
 * (bigokmfepbkgjmaiimhbbgmcpdabffod) on every machine, which admins need for policies.
 */
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAzn9orOoKvHlEylzA6gWVZeSTaFYM32dG3imKM6u1/GzBPStD0+RmQs8EggDNdRXcRgsT9k3wzEEstwp7zRYX0Y4MJpSj17njmERLsrdcLOIk1w5Bw39CioMUIauO9m9f7w35sRifg6L59a3xiBsDVFznjOiUzFZVAA2NPeGQYxRlmeXQW4AJOTlUKAwV1RN7GWWNsxlE2ZmituAl3D2k7jYLE4B96EiByrg+7V2FK2/OeT0F/prBmBerWeCZM8WHAWwdN+3kvBztmwgUl3f8UjVqu4v3gVYwQcxdmTOZ5uo0R1G/GxhNwCvDRIg0L6kH46WqMS0sXnsiAjtEeZypcwIDAQAB';

/** Firefox add-on id: Firefox policies.json addresses the extension by it. */
export const GECKO_ID = 'think-before-you-post@ethics.example.org';

/**
 * Extension pages run only the extension's own scripts and reach no network. Inline <style>
 * stays allowed (style-src is not restricted): the UI renders its stylesheet inline.
 */
const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'";

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  zip: {
    // The AMO sources zip: what a reviewer needs to rebuild, not generated pages or screenshots.
    excludeSources: ['tests/fixtures/dist/**', 'docs/**/*.png', 'coverage/**', 'test-results/**'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    // The same four sites the content script runs on: lets the popup read the active tab's
    // address, to tell "reload this page" from "site not covered". Grants nothing more.
    host_permissions: SITE_MATCHES,
    // Parts of the content script it imports on first need (entrypoints/content/lazy-modules.ts).
    web_accessible_resources: [{ resources: ['content-analysis.js', 'content-dialog.js'], matches: SITE_MATCHES }],
    content_security_policy:
      manifestVersion === 2 ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Declares to Firefox that the extension collects and transmits no data.
            gecko: { id: GECKO_ID, strict_min_version: '115.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : // Admin policy schema (titles and descriptions per key); Firefox reads policies.json instead.
        { key: CHROME_KEY, storage: { managed_schema: 'managed_schema.json' } }),
  }),
});
