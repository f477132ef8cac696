import { describeSite } from './harness/product-suite';

// Every submit path of the site, in Chromium and Firefox, with the built extension.
describeSite('facebook');
