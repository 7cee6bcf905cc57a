import { useEffect, useRef, useState } from 'preact/hooks';
import { MAX_LINK_LENGTH } from '../../domain/links';
import type { CarePlan } from '../../domain/carePlan';
import { PrintHandout } from './PrintHandout';
import { QrCode } from './QrCode';

const count = (n: number) => n.toLocaleString('en');

/** Copies with the Clipboard API; where that is missing or refused, selects the link for a manual copy. */
async function copyLink(link: string, linkElement: HTMLElement | null): Promise<string> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(link);
    return 'Link copied.';
  } catch {
    if (linkElement) getSelection()?.selectAllChildren(linkElement);
    return "Couldn't copy by itself: the link is selected, so copy it with your device's copy command.";
  }
}

/**
 * The ways to hand the plan over (copy, share, print), its QR code when the link fits one, and the
 * link itself. A new link brings all of it into view and moves focus to its heading. In print the
 * QR code comes first, at the top of the handout, and the link shrinks to small print.
 */
export function ShareOutput({ plan, link, fitsQrCode, contact = '' }: { plan: CarePlan; link: string; fitsQrCode: boolean; contact?: string }) {
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

  async function share() {
    try {
      await navigator.share({ title: 'Your aftercare plan', text: `Your aftercare plan from ${plan.therapist.name}`, url: link });
    } catch (error) {
      // Closing the share sheet is a choice, not a failure.
      if ((error as Error).name !== 'AbortError') setStatus('Sharing did not work here. Copy the link instead.');
    }
  }

  return (
    <section class="share-output" aria-labelledby="share-title" ref={section}>
      <h2 id="share-title" tabIndex={-1} ref={heading} class="no-print">Your client's plan is ready</h2>
      <div class="share-actions no-print">
        <button type="button" class="button button--primary" onClick={async () => setStatus(await copyLink(link, linkText.current))}>Copy link</button>
        {canShare && <button type="button" class="button" onClick={() => void share()}>Share</button>}
        <button type="button" class="button" onClick={() => window.print()}>Print handout</button>
      </div>
      <p role="status" class="no-print">{status}</p>
      {fitsQrCode && (
        <figure class="qr-figure">
          <QrCode text={link} label="QR code of the plan's link" />
          <figcaption>
            <span class="no-print">Your client scans this with their phone’s camera to open the plan in Aftercare.</span>
            <strong class="print-only">Scan to open your plan</strong>
          </figcaption>
        </figure>
      )}
      <PrintHandout plan={plan} contact={contact} />
      <p class="no-print muted" id="link-length">
        {fitsQrCode
          ? `Link: ${count(link.length)} characters — fits a QR code (limit ${count(MAX_LINK_LENGTH)}).`
          : `Link: ${count(link.length)} characters — too long for a QR code (limit ${count(MAX_LINK_LENGTH)}). Send the link instead, or shorten the exercises and notes you wrote.`}
      </p>
      <p class="field__label share-link__label">The link</p>
      {/* A scrolling box on screen, so keyboards can focus it to scroll (and select it to copy). */}
      <p class="share-link" id="share-link" ref={linkText} tabIndex={0} role="region" aria-label="The plan's link">{link}</p>
    </section>
  );
}
