// The k best (organization, score) pairs seen so far: a binary min-heap whose root is the worst kept
// entry. Ties on score go to the lower organization number, so every ranking path orders alike.

export class TopK {
  readonly k: number;
  private readonly orgs: Int32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(k: number) {
    this.k = k;
    this.orgs = new Int32Array(k);
    this.scores = new Float64Array(k);
  }

  /** The score to beat once k entries are kept; −Infinity before. */
  threshold(): number {
    return this.size < this.k ? Number.NEGATIVE_INFINITY : (this.scores[0] as number);
  }

  get length(): number {
    return this.size;
  }

  /** True when (org a, score x) ranks below (org b, score y). */
  private static worse(x: number, a: number, y: number, b: number): boolean {
    return x < y || (x === y && a > b);
  }

  offer(org: number, score: number): void {
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!TopK.worse(score, org, this.scores[parent] as number, this.orgs[parent] as number)) break;
        this.orgs[i] = this.orgs[parent] as number;
        this.scores[i] = this.scores[parent] as number;
        i = parent;
      }
      this.orgs[i] = org;
      this.scores[i] = score;
      return;
    }
    if (!TopK.worse(this.scores[0] as number, this.orgs[0] as number, score, org)) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) break;
      const right = left + 1;
      let child = left;
      if (
        right < this.size &&
        TopK.worse(
          this.scores[right] as number,
          this.orgs[right] as number,
          this.scores[left] as number,
          this.orgs[left] as number,
        )
      ) {
        child = right;
      }
      if (!TopK.worse(this.scores[child] as number, this.orgs[child] as number, score, org)) break;
      this.orgs[i] = this.orgs[child] as number;
      this.scores[i] = this.scores[child] as number;
      i = child;
    }
    this.orgs[i] = org;
    this.scores[i] = score;
  }

  /** Kept entries, best first. */
  sorted(): Array<{ org: number; score: number }> {
    const entries = Array.from({ length: this.size }, (_, i) => ({
      org: this.orgs[i] as number,
      score: this.scores[i] as number,
    }));
    return entries.sort((x, y) => y.score - x.score || x.org - y.org);
  }
}
