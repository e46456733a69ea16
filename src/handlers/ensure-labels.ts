import type { Config } from "../core/config/config.js";
import { labelSpecs } from "../core/labels.js";
import type { RepoLabelsPort } from "../github/ports.js";

/**
 * Creates the labels the tool uses, with colours and descriptions, when the repository lacks them:
 * when the app is installed, on the Action's `mode: setup`, and when an incident gets its first
 * board. One list request, plus one per missing label.
 */
export async function ensureRepoLabels(
  ports: RepoLabelsPort,
  config: Config,
): Promise<{ created: string[]; existing: number }> {
  const existing = new Set((await ports.listRepoLabels()).map((l) => l.toLowerCase()));
  const created: string[] = [];
  for (const spec of labelSpecs(config)) {
    if (existing.has(spec.name.toLowerCase())) continue;
    await ports.createRepoLabel(spec);
    created.push(spec.name);
  }
  return { created, existing: labelSpecs(config).length - created.length };
}
