const ELLIPSIS = "…";
/** What may not be separated from the character before it (combining marks, ZWJ, variation selectors, skin tones). */
const EXTEND = /^(?:\p{M}|\u200d|\ufe0e|\ufe0f|[\u{1f3fb}-\u{1f3ff}])/u;
const ONLY_SPACE_OR_QUOTE = /^[\s>]+$/u;

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/**
 * Output collected as pieces, so truncation never cuts an escape in half. Only "splittable" pieces
 * (runs of ASCII letters and digits) may be cut inside.
 */
export class Out {
  private readonly pieces: string[] = [];
  private readonly splittable: boolean[] = [];
  private size = 0;
  constructor(private readonly max: number) {}

  get full(): boolean {
    return this.size > this.max;
  }

  add(piece: string, splittable = false): void {
    this.pieces.push(piece);
    this.splittable.push(splittable);
    this.size += splittable ? piece.length : codePoints(piece);
  }

  private pop(): string {
    const piece = this.pieces.pop()!;
    this.splittable.pop();
    this.size -= codePoints(piece);
    return piece;
  }

  finish(): string {
    const { pieces } = this;
    const truncated = this.size > this.max;
    const budget = this.max - 1;
    let dropped = "";
    while (truncated && pieces.length > 0) {
      if (this.size > budget) {
        const split = this.splittable.at(-1) === true;
        dropped = this.pop();
        if (split && this.size < budget) {
          const keep = budget - this.size;
          this.add(dropped.slice(0, keep), true);
          dropped = dropped.slice(keep);
        }
      } else if (EXTEND.test(dropped) || pieces.at(-1) === "\u200d") {
        const split = this.splittable.at(-1) === true;
        dropped = this.pop();
        if (split && dropped.length > 1) {
          this.add(dropped.slice(0, -1), true);
          dropped = dropped.slice(-1);
        }
      } else break;
    }
    while (pieces.length > 0 && ONLY_SPACE_OR_QUOTE.test(pieces.at(-1)!)) this.pop();
    if (this.max <= 0) return "";
    return pieces.join("") + (truncated ? ELLIPSIS : "");
  }
}
