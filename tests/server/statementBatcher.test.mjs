// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { claimKey, createStatementBatcher } from '../../server/push/statementBatcher.mjs';

const claim = (rowId, token = 't') => ({ claim: { rowId, token } });

describe('createStatementBatcher', () => {
  it('sends the calls of one turn as one batch and answers each', async () => {
    const batches = [];
    const batcher = createStatementBatcher(async (items) => {
      batches.push(items.map((i) => i.claim.rowId));
      return new Set(items.filter((i) => i.claim.rowId !== 2).map((i) => claimKey(i.claim.rowId, i.claim.token)));
    });
    expect(await Promise.all([1, 2, 3].map((id) => batcher.add(claim(id))))).toEqual([true, false, true]);
    expect(await batcher.add(claim(4))).toBe(true);
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });

  it('retries a failed batch one by one, so one bad row fails alone', async () => {
    const batcher = createStatementBatcher(async (items) => {
      if (items.some((i) => i.claim.rowId === 2)) throw new Error('bad row');
      return new Set(items.map((i) => claimKey(i.claim.rowId, i.claim.token)));
    });
    const answers = await Promise.allSettled([1, 2, 3].map((id) => batcher.add(claim(id))));
    expect(answers.map((a) => (a.status === 'fulfilled' ? a.value : 'failed'))).toEqual([true, 'failed', true]);
  });

  it('drains: resolves once every call made so far is answered', async () => {
    let answered = 0;
    const batcher = createStatementBatcher(async (items) => {
      await new Promise((later) => setTimeout(later, 20));
      answered += items.length;
      return new Set();
    });
    void batcher.add(claim(1));
    void batcher.add(claim(2));
    await batcher.drain();
    expect(answered).toBe(2);
  });
});
