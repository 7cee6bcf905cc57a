interface Props {
  id: string;
  label: string;
  hint: string;
  value: string;
  rows: number;
  maxLength?: number;
  /** Drawn as a card of its own (the notes), or plain inside one (an exercise's steps). */
  card?: boolean;
  onChange: (text: string) => void;
}

/** A labelled text area whose hint (one item per line, limits, an example) is read with it. */
export function HintedTextArea({ id, label, hint, value, rows, maxLength, card = false, onChange }: Props) {
  return (
    <div class={card ? 'field card' : 'field'}>
      <label for={id} class="field__label">{label}</label>
      <p class="muted" id={`${id}-hint`}>{hint}</p>
      <textarea id={id} rows={rows} value={value} maxLength={maxLength} aria-describedby={`${id}-hint`} onInput={(e) => onChange(e.currentTarget.value)} />
    </div>
  );
}
