import { useState } from 'preact/hooks';
import { progressReportLink, progressReportText, type ProgressReport } from '../../domain/report';

/** Shares the summary only when the client taps: the Web Share API, or copy / print where it is missing. */
export function SendProgress({ report }: { report: ProgressReport }) {
  const [status, setStatus] = useState('');
  const text = progressReportText(report);
  const link = progressReportLink(location.origin, report);
  const canShare = typeof navigator.share === 'function';

  async function share() {
    try {
      await navigator.share({ title: 'My aftercare progress', text, url: link });
      setStatus('Shared.');
    } catch (error) {
      if ((error as Error).name !== 'AbortError') setStatus('Sharing did not work here. Copy the summary instead.');
    }
  }

  async function copy() {
    try {
      await navigator.clipboard.writeText(`${text}\n\n${link}`);
      setStatus('Summary and link copied. Paste them into a message to your therapist.');
    } catch {
      setStatus('Copying is blocked here. Select the summary below and copy it by hand.');
    }
  }

  return (
    <section class="card" aria-labelledby="send-title">
      <h2 id="send-title">Send my progress</h2>
      <p>Nothing leaves this phone until you tap. The link opens a read-only summary for your therapist; its figures travel inside the link itself.</p>
      <div class="data-actions">
        {canShare && <button type="button" class="button button--primary" onClick={() => void share()}>Send to my therapist</button>}
        <button type="button" class="button" onClick={() => void copy()}>Copy summary</button>
        <button type="button" class="button" onClick={() => window.print()}>Print</button>
      </div>
      <p role="status">{status}</p>
      <details>
        <summary>Show the summary</summary>
        <pre class="report-text">{text}</pre>
        <p><a href={link}>Open the therapist’s view</a></p>
      </details>
    </section>
  );
}
