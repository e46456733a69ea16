import type { Config } from "../core/config/config.js";
import { labelSpecs } from "../core/labels.js";
import type { RepoLabelsPort } from "../github/ports.js";

/**
 * Creates the labels the tool uses, with colours and descriptions, when the repository lacks them.
 * Runs when an incident gets its first board: one list request, plus one per missing label the
 * first time in a repository.
 */
export async function ensureRepoLabels(ports: RepoLabelsPort, config: Config): Promise<void> {
  const existing = new Set((await ports.listRepoLabels()).map((l) => l.toLowerCase()));
  for (const spec of labelSpecs(config)) {
    if (!existing.has(spec.name.toLowerCase())) await ports.createRepoLabel(spec);
  }
}
