import { describe, expect, it } from 'vitest';
import { PRINCIPLES } from '@/rules/types';

describe('principles', () => {
  it('has the fifteen canonical ids of the design', () => {
    expect(PRINCIPLES).toHaveLength(15);
    expect(new Set(PRINCIPLES).size).toBe(15);
  });
});
