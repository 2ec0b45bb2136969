import { describe, expect, it } from 'vitest';
import { RULES } from '../../../../shared/domain/reconcile';
import { RULE_EXPLANATIONS } from '../../../../shared/domain/rule-help';

describe('RULE_EXPLANATIONS: R1–R9 explained in one line each', () => {
  it('explains every rule, and only the rules', () => {
    expect(Object.keys(RULE_EXPLANATIONS).sort()).toEqual([...RULES].sort());
  });

  it.each([...RULES])('%s is one Vietnamese sentence line (NFC, no line break, short enough for a tooltip)', (r) => {
    const text = RULE_EXPLANATIONS[r];
    expect(text).toBe(text.normalize('NFC'));
    expect(text).not.toMatch(/\n/);
    expect(text.length).toBeGreaterThan(30);
    expect(text.length).toBeLessThanOrEqual(180);
    expect(text).toMatch(/[.]$/);
  });
});
