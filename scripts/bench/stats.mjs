// Small helpers for the bench report.

/** Nearest-rank percentile of a list of numbers (p in 0..100). */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const ms = (n) => `${n.toFixed(n < 10 ? 2 : 0)} ms`;

export const kb = (bytes) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(0)} kB`;

/** `within` / `OVER` a budget: reported, never asserted. */
export const verdict = (ok) => (ok ? "within budget" : "OVER BUDGET");

export function heading(text) {
  console.log(`\n${text}\n${"-".repeat(text.length)}`);
}

/** Prints rows of [label, value, note] aligned in columns. */
export function table(rows) {
  const w0 = Math.max(...rows.map((r) => String(r[0]).length));
  const w1 = Math.max(...rows.map((r) => String(r[1]).length));
  for (const [label, value, note = ""] of rows) {
    console.log(`  ${String(label).padEnd(w0)}  ${String(value).padStart(w1)}  ${note}`.trimEnd());
  }
}
