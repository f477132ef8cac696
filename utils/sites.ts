// The four sites, and nothing else: the content script only ever runs there.
import type { Platform } from '@/rules/types';

export const SITE_HOSTS: Record<Platform, string[]> = {
  x: ['x.com', 'twitter.com'],
  facebook: ['www.facebook.com', 'web.facebook.com'],
  instagram: ['www.instagram.com'],
  linkedin: ['www.linkedin.com'],
};

/** Content-script match patterns (manifest), one per host. */
export const SITE_MATCHES = Object.values(SITE_HOSTS)
  .flat()
  .map((host) => `*://${host}/*`);

/** The platform a page belongs to, or undefined when the extension does not cover it. */
export function platformOfUrl(url: string | undefined): Platform | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const entry = Object.entries(SITE_HOSTS).find(([, hosts]) => hosts.includes(parsed.hostname));
  return entry?.[0] as Platform | undefined;
}
