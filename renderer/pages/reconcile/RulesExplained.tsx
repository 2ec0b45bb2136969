import { Button, Collapse } from '@blueprintjs/core';
import { useState } from 'react';
import { RULE_TITLES, RULES } from '../../../shared/domain/reconcile';
import { RULE_EXPLANATIONS } from '../../../shared/domain/rule-help';

/** R1–R9 in one line each, open on a first start when the clerk has not met the rules yet. */
export function RulesExplained({ initiallyOpen }: { initiallyOpen: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <div className="rules-explained">
      <Button variant="minimal" size="small" icon="help" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {open ? 'Ẩn giải thích các quy tắc' : 'Các quy tắc đối chiếu R1–R9 kiểm tra gì?'}
      </Button>
      <Collapse isOpen={open}>
        <ul aria-label="Các quy tắc đối chiếu">
          {RULES.map((r) => (
            <li key={r}>
              <strong>
                {r} – {RULE_TITLES[r]}:
              </strong>{' '}
              {RULE_EXPLANATIONS[r]}
            </li>
          ))}
        </ul>
      </Collapse>
    </div>
  );
}
