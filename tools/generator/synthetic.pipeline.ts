/**
 * Runs batches with at most `concurrency` in flight: `add` waits for a free slot, then starts the batch. A batch's
 * failure is thrown by the next `add` or by `drain`, never left unhandled.
 */
export class BatchPipeline {
  private readonly running = new Set<Promise<void>>();
  private failure: { error: unknown } | undefined;

  constructor(private readonly concurrency: number) {
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`concurrency must be a positive integer, got ${concurrency}`);
  }

  /** Starts `work` once fewer than `concurrency` batches run. */
  async add(work: () => Promise<void>): Promise<void> {
    while (this.running.size >= this.concurrency) await Promise.race(this.running);
    this.throwIfFailed();
    const running: Promise<void> = work()
      .catch((error: unknown) => {
        this.failure ??= { error };
      })
      .finally(() => this.running.delete(running));
    this.running.add(running);
  }

  /** Waits for every batch started; throws the first failure. */
  async drain(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
    this.throwIfFailed();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure.error;
  }
}
