import { HttpError, type Issue, type Label, type Repo, recordEvent, type World } from "./model.js";

/** Repo labels and issue labels, with GitHub's semantics (labels are created on first use). */

/** The repo label with that name (case-insensitive), created like GitHub does when missing. */
export function ensureLabel(world: World, repo: Repo, name: string): Label {
  const key = name.toLowerCase();
  let label = repo.labels.get(key);
  if (!label) {
    label = { id: world.nextId("label"), name, color: "ededed", description: null, default: false };
    repo.labels.set(key, label);
  }
  return label;
}

export function createRepoLabel(
  world: World,
  repo: Repo,
  spec: { name: string; color?: string | undefined; description?: string | undefined },
): Label {
  if (repo.labels.has(spec.name.toLowerCase())) {
    throw new HttpError(422, "Validation Failed", {
      errors: [{ resource: "Label", code: "already_exists", field: "name" }],
    });
  }
  const color = (spec.color ?? "ededed").replace(/^#/, "");
  if (!/^[0-9a-fA-F]{6}$/.test(color)) {
    throw new HttpError(422, "Validation Failed", {
      errors: [{ resource: "Label", code: "invalid", field: "color" }],
    });
  }
  const label = {
    id: world.nextId("label"),
    name: spec.name,
    color,
    description: spec.description ?? null,
    default: false,
  };
  repo.labels.set(spec.name.toLowerCase(), label);
  return label;
}

/** Adds labels (creating missing repo labels); returns the labels actually added. */
export function addLabels(world: World, repo: Repo, issue: Issue, actor: string, names: string[]): Label[] {
  const added: Label[] = [];
  for (const name of names) {
    const label = ensureLabel(world, repo, name);
    if (issue.labels.some((l) => l.toLowerCase() === label.name.toLowerCase())) continue;
    issue.labels.push(label.name);
    recordEvent(world, issue, "labeled", actor, { label: { name: label.name, color: label.color } });
    added.push(label);
  }
  return added;
}

export function removeLabel(world: World, repo: Repo, issue: Issue, actor: string, name: string): Label {
  const index = issue.labels.findIndex((l) => l.toLowerCase() === name.toLowerCase());
  const label = repo.labels.get(name.toLowerCase());
  if (index < 0 || !label) throw new HttpError(404, "Label does not exist");
  issue.labels.splice(index, 1);
  recordEvent(world, issue, "unlabeled", actor, { label: { name: label.name, color: label.color } });
  return label;
}

export function setLabels(world: World, repo: Repo, issue: Issue, actor: string, names: string[]) {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const removed = issue.labels
    .filter((l) => !wanted.has(l.toLowerCase()))
    .map((l) => removeLabel(world, repo, issue, actor, l));
  const added = addLabels(world, repo, issue, actor, names);
  return { added, removed };
}
