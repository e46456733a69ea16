import type { Config } from "../core/config/config.js";
import type { ConfigProblem } from "../core/config/validate.js";
import type { ConfigLoader } from "../github/load-config.js";

/** Reads one environment variable (the app's environment; the Action's step `env:`). */
export type EnvReader = (name: string) => string | undefined;

/** PagerDuty's Events API v2; `INCIDENT_WORKFLOW_PAGERDUTY_EVENTS_URL` replaces it (EU service region, tests). */
export const PAGERDUTY_EVENTS_URL = "https://events.pagerduty.com/v2/enqueue";

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/**
 * The channels whose variables are missing or hold no URL, as config problems naming the option
 * and the variable (never its value: a webhook URL is a secret). `webhook` channels also need
 * `<variable>_SECRET`.
 */
export function channelVariableProblems(config: Config, env: EnvReader): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  config.notifications.channels.forEach((channel, i) => {
    const path = `notifications.channels[${i}].url`;
    const value = env(channel.url)?.trim() ?? "";
    const where = "in the app's environment (the Action: the step's `env:`)";
    if (value === "") {
      const what = channel.kind === "pagerduty" ? "a PagerDuty routing key" : "the channel's webhook URL";
      problems.push({
        path,
        message: `the environment variable ${channel.url} is not set; set it ${where} to ${what}`,
      });
    } else if (channel.kind !== "pagerduty" && !isHttpUrl(value)) {
      problems.push({
        path,
        message: `the environment variable ${channel.url} does not hold an http(s) URL`,
      });
    }
    const secret = `${channel.url}_SECRET`;
    if (channel.kind === "webhook" && (env(secret) ?? "") === "")
      problems.push({
        path,
        message: `the environment variable ${secret} (the signing secret) is not set; set it ${where}`,
      });
  });
  const events = env("INCIDENT_WORKFLOW_PAGERDUTY_EVENTS_URL");
  if (events !== undefined && events !== "" && !isHttpUrl(events))
    problems.push({
      path: "notifications.channels",
      message: "the environment variable INCIDENT_WORKFLOW_PAGERDUTY_EVENTS_URL does not hold an http(s) URL",
    });
  return problems;
}

/** The loader, with a channel whose variable is missing reported like any other config problem. */
export function withChannelVariables(loader: ConfigLoader, env: EnvReader): ConfigLoader {
  return async () => {
    const loaded = await loader();
    if (!loaded.ok || loaded.config.notifications.channels.length === 0) return loaded;
    const problems = channelVariableProblems(loaded.config, env);
    return problems.length === 0 ? loaded : { ok: false, problems };
  };
}
