import { Checkbox, FormGroup, HTMLSelect, InputGroup, TextArea } from '@blueprintjs/core';
import { useEffect, useId, useState } from 'react';
import { DATE_VI_HINT, parseDateVi } from '../../shared/dates';
import { formatDate } from '../format';

/** Small labelled inputs so every form reads the same; ids tie labels to inputs for screen readers and tests. */
interface Base<T> {
  label: string;
  value: T;
  onChange(value: T): void;
  help?: string;
  disabled?: boolean;
}

export function TextField({ label, value, onChange, help, disabled, multiline }: Base<string> & { multiline?: boolean }) {
  const id = useId();
  return (
    <FormGroup label={label} labelFor={id} helperText={help}>
      {multiline ? (
        <TextArea id={id} fill autoResize value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value)} />
      ) : (
        <InputGroup id={id} fill value={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.value)} />
      )}
    </FormGroup>
  );
}

export function NumberField({ label, value, onChange, help, disabled, step }: Base<number> & { step?: number }) {
  const id = useId();
  const [text, setText] = useState(String(value).replace('.', ','));
  useEffect(() => setText(String(value).replace('.', ',')), [value]);
  return (
    <FormGroup label={label} labelFor={id} helperText={help}>
      <InputGroup
        id={id}
        inputMode="decimal"
        value={text}
        disabled={disabled}
        step={step}
        onChange={(e) => {
          const t = e.currentTarget.value;
          setText(t);
          const n = Number(t.replace(',', '.'));
          if (t.trim() !== '' && Number.isFinite(n)) onChange(n);
        }}
      />
    </FormGroup>
  );
}

export function SelectField<T extends string>({ label, value, onChange, options, disabled }: Base<T> & { options: { value: T; label: string }[] }) {
  const id = useId();
  return (
    <FormGroup label={label} labelFor={id}>
      <HTMLSelect id={id} fill value={value} disabled={disabled} options={options} onChange={(e) => onChange(e.currentTarget.value as T)} />
    </FormGroup>
  );
}

export function CheckField({ label, value, onChange, disabled }: Base<boolean>) {
  return <Checkbox label={label} checked={value} disabled={disabled} onChange={(e) => onChange(e.currentTarget.checked)} />;
}

/** null: left empty; undefined: not a day (the field shows why and keeps the last good value). */
const fromVn = (text: string): string | null | undefined => (text.trim() === '' ? null : (parseDateVi(text) ?? undefined));

/** Dates typed and shown as dd/mm/yyyy whatever the browser's locale; stored as ISO. */
export function DateField({ label, value, onChange, disabled, allowEmpty }: Base<string | null> & { allowEmpty?: boolean }) {
  const id = useId();
  const [text, setText] = useState(formatDate(value));
  useEffect(() => setText(formatDate(value)), [value]);
  const parsed = fromVn(text);
  const invalid = parsed === undefined || (parsed === null && !allowEmpty);
  return (
    <FormGroup label={label} labelFor={id} helperText={invalid ? DATE_VI_HINT : undefined} intent={invalid ? 'danger' : 'none'}>
      <InputGroup
        id={id}
        placeholder="dd/mm/yyyy"
        value={text}
        disabled={disabled}
        intent={invalid ? 'danger' : 'none'}
        onChange={(e) => {
          const t = e.currentTarget.value;
          setText(t);
          const p = fromVn(t);
          if (p !== undefined && (p !== null || allowEmpty)) onChange(p);
        }}
      />
    </FormGroup>
  );
}
