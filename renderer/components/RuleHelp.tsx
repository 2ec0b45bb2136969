import { Icon, Tooltip } from '@blueprintjs/core';
import type { RuleId } from '../../shared/domain/reconcile';
import { RULE_EXPLANATIONS } from '../../shared/domain/rule-help';

/** The help mark beside a rule: its one-line explanation on hover or focus, and for screen readers. */
export function RuleHelp({ rule }: { rule: RuleId }) {
  return (
    <Tooltip content={<span className="rule-help-text">{RULE_EXPLANATIONS[rule]}</span>} placement="top">
      <span className="rule-help" tabIndex={0} role="img" aria-label={`${rule}: ${RULE_EXPLANATIONS[rule]}`} title={RULE_EXPLANATIONS[rule]}>
        <Icon icon="help" size={12} />
      </span>
    </Tooltip>
  );
}
