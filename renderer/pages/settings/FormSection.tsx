import { Button, Card } from '@blueprintjs/core';
import type { ReactNode } from 'react';

/** A titled part of a long form: a region named by its heading, so the index above can jump to it. */
export function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card className="form-card" role="region" aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </Card>
  );
}

/** The parts of a long form, one click away each: at 1366×768 only two or three cards are in view. */
export function SectionIndex({ label, sections }: { label: string; sections: { id: string; title: string }[] }) {
  return (
    <nav aria-label={label} className="section-index">
      <span className="muted">Đến phần:</span>
      {sections.map((s) => (
        <Button key={s.id} size="small" variant="minimal" intent="primary" onClick={() => document.getElementById(s.id)?.scrollIntoView({ block: 'start', behavior: 'smooth' })}>
          {s.title}
        </Button>
      ))}
    </nav>
  );
}
