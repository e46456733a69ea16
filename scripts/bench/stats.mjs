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

/** Prints rows of [label, value, …, note] aligned in columns (the last column is left as is). */
export function table(rows) {
  const n = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: n - 1 }, (_, c) =>
    Math.max(...rows.map((r) => String(r[c] ?? "").length)),
  );
  for (const row of rows) {
    const cells = widths.map((w, c) =>
      c === 0 ? String(row[c] ?? "").padEnd(w) : String(row[c] ?? "").padStart(w),
    );
    console.log(`  ${[...cells, String(row[n - 1] ?? "")].join("  ")}`.trimEnd());
  }
}
