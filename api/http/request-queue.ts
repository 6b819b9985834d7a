/** A request waiting for its turn in a RequestQueue. */
export interface Waiting {
  /** Whose it is (the caller): entries of one key run at most `maxPerKey` at once. */
  readonly key?: string;
  /** Its turn: it runs until it calls `release`. `since`: when it first queued (`performance.now()`). */
  start(release: () => void, since: number): void;
  /** It waited `waitedMs`, past the queue's limit: it will not run. */
  shed(waitedMs: number): void;
}

/** A waiting entry taken out of the queue, with the time it first queued (so its wait goes on if it is put back). */
export interface Taken {
  entry: Waiting;
  since: number;
}

export interface RequestQueueOptions {
  /** Entries that run at once (at least 1). */
  concurrent: number;
  /** Entries that may wait; `add` refuses more. */
  maxQueued: number;
  /** How long an entry may wait for its turn before it is shed. */
  maxWaitMs: number;
  /** Entries of one key that run at once (default `concurrent`): one caller's burst leaves slots for the others. */
  maxPerKey?: number;
}

/**
 * At most `concurrent` entries run at once; the rest wait in order of arrival, each for at most
 * `maxWaitMs`. An entry is shed when its wait passes the limit, not when its turn comes: while
 * slow work holds every slot, a queue that sheds only at the turn keeps each stale entry until
 * the slots free, and then serves clients that gave up before those that still wait.
 *
 * Fair between keys: a key runs at most `maxPerKey` entries at once, and a free slot goes to the
 * first waiting entry of the key with the fewest running, so a caller who sends many slow
 * requests waits behind its own, not in front of everybody else's.
 */
export class RequestQueue {
  #running = 0;
  readonly #runningByKey = new Map<string, number>();
  #waiting = new Map<Waiting, { since: number; timer: ReturnType<typeof setTimeout> }>();

  constructor(private readonly o: RequestQueueOptions) {}

  get running(): number {
    return this.#running;
  }

  get waiting(): number {
    return this.#waiting.size;
  }

  /** How many entries of `key` wait. */
  waitingOf(key: string): number {
    let n = 0;
    for (const entry of this.#waiting.keys()) if (entry.key === key) n++;
    return n;
  }

  /** Runs `entry` now if a slot is free, else queues it at the back; false when the queue is full (neither run nor kept). */
  add(entry: Waiting): boolean {
    if (this.#running < this.o.concurrent && this.#waiting.size === 0 && this.#mayRun(entry)) {
      this.#run(entry, performance.now());
      return true;
    }
    if (this.#waiting.size >= this.o.maxQueued) return false;
    this.#waiting.set(entry, this.#waitFrom(entry, performance.now()));
    this.#next();
    return true;
  }

  /** Takes `entry` out of the queue without running it (its client left); false if it was not waiting. */
  remove(entry: Waiting): boolean {
    const w = this.#waiting.get(entry);
    if (!w) return false;
    clearTimeout(w.timer);
    this.#waiting.delete(entry);
    return true;
  }

  /** Takes every waiting entry that `pick` accepts out of the queue, in order. */
  take(pick: (entry: Waiting) => boolean): Taken[] {
    const taken = [...this.#waiting].filter(([entry]) => pick(entry)).map(([entry, w]) => ({ entry, since: w.since }));
    for (const t of taken) this.remove(t.entry);
    return taken;
  }

  /** Puts taken entries back at the front, in their order, their wait counted from when they first queued (a full queue takes them all the same). */
  restore(taken: readonly Taken[]): void {
    const front = taken.map((t) => [t.entry, this.#waitFrom(t.entry, t.since)] as const);
    this.#waiting = new Map([...front, ...this.#waiting]);
    this.#next();
  }

  #waitFrom(entry: Waiting, since: number) {
    const timer = setTimeout(() => {
      if (this.#waiting.delete(entry)) entry.shed(performance.now() - since);
    }, Math.max(0, since + this.o.maxWaitMs - performance.now()));
    return { since, timer };
  }

  #runningOf(entry: Waiting): number {
    return entry.key === undefined ? 0 : (this.#runningByKey.get(entry.key) ?? 0);
  }

  #mayRun(entry: Waiting): boolean {
    return this.#runningOf(entry) < (this.o.maxPerKey ?? this.o.concurrent);
  }

  #run(entry: Waiting, since: number): void {
    this.#running++;
    const key = entry.key;
    if (key !== undefined) this.#runningByKey.set(key, (this.#runningByKey.get(key) ?? 0) + 1);
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.#running--;
      if (key !== undefined) {
        const left = (this.#runningByKey.get(key) ?? 1) - 1;
        if (left > 0) this.#runningByKey.set(key, left);
        else this.#runningByKey.delete(key);
      }
      this.#next();
    };
    entry.start(release, since);
  }

  /** The waiting entry to run next: the first of the key with the fewest running, of those under their limit. */
  #pick(): [Waiting, number] | undefined {
    let best: [Waiting, number] | undefined;
    let fewest = Infinity;
    for (const [entry, { since }] of this.#waiting) {
      if (!this.#mayRun(entry)) continue;
      const running = this.#runningOf(entry);
      if (running < fewest) [best, fewest] = [[entry, since], running];
      if (running === 0) break;
    }
    return best;
  }

  #next(): void {
    while (this.#running < this.o.concurrent) {
      const picked = this.#pick();
      if (!picked) return;
      const [entry, since] = picked;
      this.remove(entry);
      this.#run(entry, since);
    }
  }
}
