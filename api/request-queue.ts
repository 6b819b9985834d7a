/** A request waiting for its turn in a RequestQueue. */
export interface Waiting {
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
}

/**
 * At most `concurrent` entries run at once; the rest wait in order of arrival, each for at most
 * `maxWaitMs`. An entry is shed when its wait passes the limit, not when its turn comes: while
 * slow work holds every slot, a queue that sheds only at the turn keeps each stale entry until
 * the slots free, and then serves clients that gave up before those that still wait.
 */
export class RequestQueue {
  #running = 0;
  #waiting = new Map<Waiting, { since: number; timer: ReturnType<typeof setTimeout> }>();

  constructor(private readonly o: RequestQueueOptions) {}

  get running(): number {
    return this.#running;
  }

  get waiting(): number {
    return this.#waiting.size;
  }

  /** Runs `entry` now if a slot is free, else queues it at the back; false when the queue is full (neither run nor kept). */
  add(entry: Waiting): boolean {
    if (this.#running < this.o.concurrent && this.#waiting.size === 0) {
      this.#run(entry, performance.now());
      return true;
    }
    if (this.#waiting.size >= this.o.maxQueued) return false;
    this.#waiting.set(entry, this.#waitFrom(entry, performance.now()));
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

  #run(entry: Waiting, since: number): void {
    this.#running++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.#running--;
      this.#next();
    };
    entry.start(release, since);
  }

  #next(): void {
    while (this.#running < this.o.concurrent) {
      const first = this.#waiting.entries().next();
      if (first.done) return;
      const [entry, { since }] = first.value;
      this.remove(entry);
      this.#run(entry, since);
    }
  }
}
