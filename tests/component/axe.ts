// axe-core on the rendered DOM; colour contrast needs real layout, so it is left to the browser.
import axe from 'axe-core';
import { expect } from 'vitest';

export async function expectNoSeriousViolations(element: Element): Promise<void> {
  const results = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  expect(serious).toEqual([]);
}
