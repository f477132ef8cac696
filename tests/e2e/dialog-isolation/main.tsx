// Mounts the pre-submit dialog the way the content script does (an open shadow root on a host
// element), on a page whose CSS is hostile, for a post that contains HTML and script.
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { PreSubmitDialog } from '@/components/PreSubmitDialog';
import { CITATIONS, walkFlowchart } from '@/rules';
import type { Finding } from '@/rules/types';
import { resolveSettings } from '@/utils/settings';

const text = 'Leaked: <img src="x" onerror="window.__pwned = 1"><script>window.__pwned = 2</script> the internal memo';
const excerpt = 'internal memo';
const findings: Finding[] = [
  {
    rule: 'confidentiality.internal-document',
    principle: 'confidentiality',
    severity: 'stop',
    excerpt,
    start: text.indexOf(excerpt),
    end: text.indexOf(excerpt) + excerpt.length,
    message: { en: 'Internal documents are not for the public.', fr: 'Documents internes.', es: 'Documentos internos.' },
    citations: [CITATIONS['unops-3.4f']],
  },
];
const events: string[] = [];
Object.assign(window, { __events: events });

const host = document.createElement('tbyp-dialog');
host.style.cssText = 'all: initial; position: fixed; inset: 0; z-index: 2147483647;';
const container = document.createElement('div');
host.attachShadow({ mode: 'open' }).append(container);
document.documentElement.append(host);
createRoot(container).render(
  createElement(PreSubmitDialog, {
    analysis: { verdict: 'stop', language: 'en', findings },
    text,
    walk: walkFlowchart(findings),
    settings: resolveSettings({}, { mode: 'confirm', contacts: [{ role: 'ethics', name: 'Ethics Office', email: 'ethics@example.org' }] }, 'en'),
    onEdit: () => events.push('edit'),
    onPostAnyway: () => events.push('post'),
    onAskAdvice: () => events.push('advice'),
    onMarkWrong: () => events.push('wrong'),
  }),
);
