import type { Config, RoleDef, SeverityLevel } from "../config/config.js";

/** `SEVn`, `sev-n` or `sev_n`: the level of rank n. */
export const SEV_N = /^sev[-_]?([0-9]{1,3})$/i;

/**
 * The level a word names: a configured id or label (case-insensitive), `SEVn`/`sev-n` meaning rank n,
 * or, when `allowNumber`, a bare rank (`1` = most severe).
 */
export function resolveSeverity(word: string, config: Config, allowNumber = true): SeverityLevel | undefined {
  const w = word.trim().toLowerCase();
  const named = config.severities.find((s) => s.id.toLowerCase() === w || s.label.toLowerCase() === w);
  if (named) return named;
  const rank = SEV_N.exec(w)?.[1] ?? (allowNumber && /^[0-9]{1,3}$/.test(w) ? w : undefined);
  return rank === undefined ? undefined : config.severities.find((s) => s.rank === Number(rank));
}

/** The role a word names: id, label (`role:commander`) or display name, case-insensitive. */
export function resolveRole(word: string, config: Config): RoleDef | undefined {
  const w = word.trim().toLowerCase();
  return (
    config.roles.find((r) => r.id.toLowerCase() === w) ??
    config.roles.find((r) => r.label.toLowerCase() === w || r.name.toLowerCase() === w)
  );
}
