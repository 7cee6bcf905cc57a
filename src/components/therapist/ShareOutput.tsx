import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_LINK_LENGTH } from '../../domain/links';
import type { CarePlan } from '../../domain/carePlan';
import { activeLanguage, intlLocale, deskText, formatNumber, type Locale } from '../../domain/i18n';
import { useClientLanguage } from './clientLanguage';
import { handoutWords } from './handoutWords';
import { PrintHandout } from './PrintHandout';
import { QrCode } from './QrCode';

const count = (n: number) => formatNumber(n, intlLocale());

/** Copies with the Clipboard API; where that is missing or refused, selects the link for a manual copy. */
async function copyLink(link: string, linkElement: HTMLElement | null): Promise<string> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(link);
    return deskText().share.copied;
  } catch {
    if (linkElement) getSelection()?.selectAllChildren(linkElement);
    return deskText().share.copyFailed;
  }
}

/**
 * The ways to hand the plan over (copy, share, print), its QR code when the link fits one, and the
 * link itself. A new link brings all of it into view and moves focus to its heading. In print the
 * QR code comes first, at the top of the handout, and the link shrinks to small print. What reaches
 * the client (the handout, its caption, the share sheet's text) is in the client's `language`.
 */
export function ShareOutput(props: { plan: CarePlan; link: string; fitsQrCode: boolean; contact?: string; language?: Locale }) {
  const { plan, link, fitsQrCode, contact = '' } = props;
  const language = props.language ?? activeLanguage();
  const inClientLanguage = useClientLanguage(language);
  const section = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const linkText = useRef<HTMLParagraphElement>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    const reduced = matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    section.current?.scrollIntoView?.({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
    heading.current?.focus({ preventScroll: true });
    setStatus('');
  }, [link]);
  const canShare = typeof navigator.share === 'function';
  const t = deskText().share;
  // The client reads these; until their catalogue has loaded (a moment), in the desk's language.
  const forClient = (inClientLanguage ?? ((draw) => draw()))(() => handoutWords(plan, contact));

  async function share() {
    try {
      await navigator.share({ title: forClient.shareTitle, text: forClient.shareText, url: link });
    } catch (error) {
      // Closing the share sheet is a choice, not a failure.
      if ((error as Error).name !== 'AbortError') setStatus(t.shareFailed);
    }
  }

  return (
    <section class="share-output" aria-labelledby="share-title" ref={section}>
      <h2 id="share-title" tabIndex={-1} ref={heading} class="no-print">{t.ready}</h2>
      <div class="share-actions no-print">
        <button type="button" class="button button--primary" onClick={async () => setStatus(await copyLink(link, linkText.current))}>{t.copy}</button>
        {canShare && <button type="button" class="button" onClick={() => void share()}>{t.share}</button>}
        <button type="button" class="button" onClick={() => window.print()}>{t.print}</button>
      </div>
      <p role="status" class="no-print">{status}</p>
      {fitsQrCode && (
        <figure class="qr-figure">
          <QrCode text={link} label={t.qrLabel} />
          <figcaption>
            <span class="no-print">{t.qrCaption}</span>
            <strong class="print-only" lang={language}>{forClient.scan}</strong>
          </figcaption>
        </figure>
      )}
      <PrintHandout plan={plan} contact={contact} language={language} />
      <p class="no-print muted" id="link-length">
        {(fitsQrCode ? t.fits : t.tooLong)(count(link.length), count(MAX_LINK_LENGTH))}
      </p>
      <p class="field__label share-link__label">{t.link}</p>
      {/* A scrolling box on screen, so keyboards can focus it to scroll (and select it to copy). */}
      <p class="share-link" id="share-link" ref={linkText} tabIndex={0} role="region" aria-label={t.linkRegion}>{link}</p>
    </section>
  );
}
