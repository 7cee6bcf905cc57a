// @ts-check
/**
 * Coalesces the dispatcher's completion calls made in one turn of the event loop into one database
 * statement (the Postgres store; SQLite's statements are in-process and need none of this).
 */

/**
 * How a statement names a claim it acted on: the row and the token it was claimed with.
 * @param {number} rowId
 * @param {string} token
 */
export const claimKey = (rowId, token) => `${rowId} ${token}`;

/**
 * `run` gets the items of one turn and returns the claims it acted on (`claimKey`s); each caller
 * learns whether its claim was among them. When a batch fails, its items are retried one by one,
 * so one bad row cannot fail (and, retried by the dispatcher, resend) the others.
 * @template {{ claim: import('./store.mjs').Claim }} Item
 * @param {(items: Item[]) => Promise<Set<string>>} run
 */
export function createStatementBatcher(run) {
  /** @type {{ item: Item, settle: (done: boolean) => void, fail: (error: unknown) => void }[]} */
  let pending = [];
  /** @type {Set<Promise<void>>} */
  const inFlight = new Set();

  /** @param {typeof pending} batch */
  async function flush(batch) {
    try {
      const done = await run(batch.map((b) => b.item));
      for (const b of batch) b.settle(done.has(claimKey(b.item.claim.rowId, b.item.claim.token)));
    } catch (error) {
      if (batch.length === 1) return batch[0]?.fail(error);
      await Promise.all(batch.map((b) => flush([b])));
    }
  }

  return {
    /** @param {Item} item @returns {Promise<boolean>} */
    add(item) {
      return new Promise((settle, fail) => {
        if (pending.length === 0) {
          setImmediate(() => {
            const batch = pending;
            pending = [];
            const flushing = flush(batch).finally(() => inFlight.delete(flushing));
            inFlight.add(flushing);
          });
        }
        pending.push({ item, settle, fail });
      });
    },
    /** Resolves once every call made so far is recorded. */
    async drain() {
      await new Promise((next) => setImmediate(next));
      await Promise.all(inFlight);
    },
  };
}
