// A labelled text input, the form field every SICREMI form is made of: the label names the
// input for screen readers, and the value is the form's state.
import type { InputHTMLAttributes } from 'react';

export function TextField({
  id,
  label,
  value,
  onValue,
  ...input
}: {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} onChange={(event) => onValue(event.target.value)} {...input} />
    </div>
  );
}
