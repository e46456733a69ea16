import { builtInConfig } from "../core/config/default-config.generated.js";
import { hasLabel } from "../core/state/label-kind.js";

/** The built-in incident label, read once (`builtInConfig()` builds a whole config each call). */
export const BUILT_IN_INCIDENT_LABEL = builtInConfig().labels.incident;

/**
 * Whether a run for this issue reads its history and the tool's identity at once, alongside the
 * config, rather than after it: an issue that carries the built-in incident label is almost surely
 * an incident. The same requests, fewer round trips one after another; a config that renames the
 * label makes the early history read the only wasted request.
 */
export const readsEarly = (labels: readonly string[]): boolean => hasLabel(labels, BUILT_IN_INCIDENT_LABEL);
