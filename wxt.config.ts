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

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: GECKO_ID, strict_min_version: '115.0' } } }
      : // Admin policy schema (titles and descriptions per key); Firefox reads policies.json instead.
        { key: CHROME_KEY, storage: { managed_schema: 'managed_schema.json' } }),
  }),
});
