import type { Config } from "../config/config.js";
import type { IncidentState } from "../state/types.js";

const LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;

/** The commander(s) and the configured reviewers, once each, without bots or the PR's author. */
export function postmortemReviewers(state: IncidentState, config: Config, selfLogin?: string): string[] {
  const commanders = state.roles.find((r) => r.role.id === "commander")?.holders.map((h) => h.login) ?? [];
  const seen = new Set<string>(selfLogin === undefined ? [] : [selfLogin.toLowerCase()]);
  const out: string[] = [];
  for (const raw of [...commanders, ...config.postmortem.reviewers]) {
    const login = raw.startsWith("@") ? raw.slice(1) : raw;
    if (!LOGIN.test(login) || seen.has(login.toLowerCase())) continue;
    seen.add(login.toLowerCase());
    out.push(login);
  }
  return out;
}
