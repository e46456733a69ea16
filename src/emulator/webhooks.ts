import { createRequire } from "node:module";
import type { WebhookEventMap, WebhookEventName } from "@octokit/webhooks-types";
import type { Repo, World } from "./model.js";
import { installationAccount, installationShape } from "./shapes-app.js";
import { type Json, repositoryShape, userShape } from "./shapes-core.js";

/**
 * Webhook payloads built from GitHub's own examples (`@octokit/webhooks-examples`): the example for the
 * event + action is deep-copied, keys that belong to other variants are dropped, and repository, sender,
 * installation and the event's objects are overwritten with the emulator's current state.
 */

export type PayloadOf<N extends WebhookEventName, A extends string> = Extract<
  WebhookEventMap[N],
  { action: A }
>;

export interface Webhook<N extends WebhookEventName = WebhookEventName, P = WebhookEventMap[N]> {
  name: N;
  /** A unique delivery id, as sent in `x-github-delivery`. */
  id: string;
  payload: P;
}

interface Definition {
  name: string;
  actions: string[];
  examples: Json[];
}

let definitions: Definition[] | undefined;
function loadDefinitions(): Definition[] {
  definitions ??= createRequire(import.meta.url)("@octokit/webhooks-examples") as Definition[];
  return definitions;
}

/**
 * Actions GitHub's webhook description documents (`@octokit/openapi-webhooks-types`, e.g.
 * `webhook-issues-typed`: the issue, with its `type`, and the `type` at the top level) that this
 * version of the examples package has no entry for: built from another example of the same event.
 */
const DOCUMENTED_ELSEWHERE: Record<string, readonly string[]> = { issues: ["typed", "untyped"] };

/**
 * The package's example for an event and action (deep copy). When GitHub documents the action but the
 * package has no example for it (e.g. `issues.closed`), another example of the same event is used:
 * the event-specific objects are overwritten by `buildWebhook` anyway.
 */
export function exampleFor(name: string, action: string): Json {
  const def = loadDefinitions().find((d) => d.name === name);
  if (def === undefined) throw new Error(`GitHub documents no ${name} webhook`);
  const documented = def.actions.includes(action) || DOCUMENTED_ELSEWHERE[name]?.includes(action);
  if (!documented && !(def.actions.length === 0 && def.examples.length)) {
    throw new Error(`GitHub documents no ${name}.${action} webhook`);
  }
  const examples = def.examples.filter((e) => e.action === action);
  const pool = examples.length ? examples : def.examples;
  // Prefer an example that already carries `installation` (App deliveries do).
  const example = pool.find((e) => "installation" in e) ?? pool[0];
  if (!example) throw new Error(`@octokit/webhooks-examples has no ${name} example`);
  return structuredClone(example);
}

const ALWAYS = new Set(["action", "repository", "sender", "installation"]);
let deliveries = 0;

/** The example with only the keys `fields` fills (and the ones every delivery has), then `fields` on top. */
function assemble(name: string, action: string, fields: Json, keep: Set<string>): Json {
  const example = exampleFor(name, action);
  for (const key of Object.keys(example)) if (!keep.has(key) && !(key in fields)) delete example[key];
  return { ...example, action, ...fields };
}

function delivery<N extends WebhookEventName, P>(name: N, payload: Json): Webhook<N, P> {
  deliveries++;
  const id = `00000000-0000-4000-8000-${deliveries.toString(16).padStart(12, "0")}`;
  return { name, id, payload: payload as unknown as P };
}

export function buildWebhook<N extends WebhookEventName, A extends string>(
  world: World,
  repo: Repo,
  name: N,
  action: A,
  sender: string,
  fields: Json,
): Webhook<N, PayloadOf<N, A>> {
  const payload = assemble(name, action, fields, ALWAYS);
  const exampleRepo = (payload.repository ?? {}) as Json;
  return delivery(name, {
    ...payload,
    repository: { ...exampleRepo, ...repositoryShape(world, repo) },
    sender: userShape(world, sender),
    installation: {
      id: world.installationId,
      node_id: `MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9u${world.installationId}`,
    },
  });
}

/** The short repository objects installation events list (`repositories`, `repositories_added`, …). */
export function installationRepoShape(world: World, repo: Repo): Json {
  const full = repositoryShape(world, repo);
  return {
    id: full.id,
    node_id: full.node_id,
    name: full.name,
    full_name: full.full_name,
    private: full.private,
  };
}

/**
 * A delivery about the installation itself (`installation`, `installation_repositories`): no
 * `repository`, the full installation object, and the installation's account as sender.
 */
export function buildInstallationWebhook<
  N extends "installation" | "installation_repositories",
  A extends string,
>(world: World, name: N, action: A, fields: Json): Webhook<N, PayloadOf<N, A>> {
  const account = installationAccount(world);
  return delivery(name, {
    ...assemble(name, action, fields, new Set(["action", "sender", "installation", "requester"])),
    requester: null,
    sender: userShape(world, account),
    installation: installationShape(world, account),
  });
}

/**
 * `deployment_protection_rule.requested`. `@octokit/webhooks-examples` (7.6.1) has no example of this
 * event, so the payload is built from the fields GitHub documents for it (`@octokit/webhooks-types`'
 * `DeploymentProtectionRuleRequestedEvent`): `fields` are the run's (`requestDeployment`).
 */
export function buildDeploymentProtectionWebhook(
  world: World,
  repo: Repo,
  sender: string,
  fields: Json,
): Webhook<"deployment_protection_rule", PayloadOf<"deployment_protection_rule", "requested">> {
  return delivery("deployment_protection_rule", {
    action: "requested",
    ...fields,
    repository: repositoryShape(world, repo),
    sender: userShape(world, sender),
    installation: {
      id: world.installationId,
      node_id: `MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9u${world.installationId}`,
    },
  });
}
