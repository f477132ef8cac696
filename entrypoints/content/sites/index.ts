import { SITE_HOSTS } from '@/utils/sites';
import { facebookAdapter, facebookSelectors } from './facebook';
import { instagramAdapter, instagramSelectors } from './instagram';
import { linkedinAdapter, linkedinSelectors } from './linkedin';
import type { SiteAdapter } from './types';
import { xAdapter, xSelectors } from './x';

const SITES = [
  { selectors: xSelectors, adapter: xAdapter },
  { selectors: facebookSelectors, adapter: facebookAdapter },
  { selectors: instagramSelectors, adapter: instagramAdapter },
  { selectors: linkedinSelectors, adapter: linkedinAdapter },
];

/** The adapter for a host name, or undefined off the four sites. */
export function adapterForHost(hostname: string): SiteAdapter | undefined {
  return SITES.find((site) => SITE_HOSTS[site.selectors.platform].includes(hostname))?.adapter;
}
