import { describe, expect, it } from 'vitest';
import { TAB_STATUS_REQUEST_TYPE } from '@/entrypoints/content/controller';
import { TAB_STATUS_MESSAGE } from '@/utils/messages';

describe('content script messages', () => {
  it('answers the popup on the message type the popup sends', () => {
    expect(TAB_STATUS_REQUEST_TYPE).toBe(TAB_STATUS_MESSAGE);
  });
});
