import { useState } from 'preact/hooks';
import { carePlanText } from '../../domain/i18n';
import { progressReportLink, progressReportText, type ProgressReport } from '../../domain/report';

/** What the last tap led to; kept as a key, so a language switch rewords it. */
type Status = '' | 'shared' | 'shareFailed' | 'copied' | 'copyBlocked';

/** Shares the summary only when the client taps: the Web Share API, or copy / print where it is missing. */
export function SendProgress({ report }: { report: ProgressReport }) {
  const t = carePlanText().send;
  const [status, setStatus] = useState<Status>('');
  const text = progressReportText(report);
  const link = progressReportLink(location.origin, report);
  const canShare = typeof navigator.share === 'function';

  async function share() {
    try {
      await navigator.share({ title: t.shareTitle, text, url: link });
      setStatus('shared');
    } catch (error) {
      if ((error as Error).name !== 'AbortError') setStatus('shareFailed');
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(`${text}\n\n${link}`);
      setStatus('copied');
    } catch {
      setStatus('copyBlocked');
    }
  }

  return (
    <section class="card" aria-labelledby="send-title">
      <h2 id="send-title">{t.title}</h2>
      <p>{t.intro}</p>
      <div class="data-actions">
        {canShare && <button type="button" class="button button--primary" onClick={() => void share()}>{t.toTherapist}</button>}
        <button type="button" class="button" onClick={() => void copy()}>{t.copy}</button>
        <button type="button" class="button" onClick={() => window.print()}>{t.print}</button>
      </div>
      <p role="status">{status && t[status]}</p>
      <details>
        <summary>{t.show}</summary>
        <pre class="report-text">{text}</pre>
        <p><a href={link}>{t.therapistView}</a></p>
      </details>
    </section>
  );
}

