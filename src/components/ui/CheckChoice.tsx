/**
 * A switch as a labelled checkbox: a title and a line saying what it does now, the whole row one
 * tap target (controls.css `.choice`). It takes effect on change; there is no Save button.
 */
export function CheckChoice({ checked, title, desc, onChange }: { checked: boolean; title: string; desc: string; onChange: (checked: boolean) => void }) {
  return (
    <label class="choice">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <span class="choice__text">
        <span class="choice__title">{title}</span>
        <span class="choice__desc">{desc}</span>
      </span>
    </label>
  );
}
