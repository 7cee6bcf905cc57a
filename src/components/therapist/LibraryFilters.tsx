import { BODY_REGIONS, type BodyRegion } from '../../domain/exercises';
import { deskText } from '../../domain/i18n';

interface Props {
  text: string;
  region: BodyRegion | undefined;
  onText: (text: string) => void;
  onRegion: (region: BodyRegion | undefined) => void;
}

/** A search box and one choice of body region (or all): radio buttons, so arrow keys move between them. */
export function LibraryFilters({ text, region, onText, onRegion }: Props) {
  const t = deskText().library;
  const choices: Array<{ id: BodyRegion | undefined; label: string }> = [{ id: undefined, label: t.allRegions }, ...BODY_REGIONS];
  return (
    <div class="library-filters">
      <label class="field">
        <span class="field__label">{t.search}</span>
        <input type="search" value={text} onInput={(e) => onText(e.currentTarget.value)} placeholder={t.searchExamples} autocomplete="off" />
      </label>
      <fieldset class="region-filter">
        <legend class="field__label">{t.region}</legend>
        {choices.map((choice) => (
          <label class="region-filter__chip" key={choice.id ?? 'all'}>
            <input type="radio" name="library-region" checked={region === choice.id} onChange={() => onRegion(choice.id)} />
            <span>{choice.label}</span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
