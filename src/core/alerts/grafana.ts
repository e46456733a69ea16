import { readGroup } from "./alertmanager.js";
import type { AlertNotification, Parsed } from "./notification.js";
import { attempt, object, optionalText } from "./read-json.js";

/**
 * Grafana's alerting webhook (contact point of type webhook): Alertmanager's fields plus `title`,
 * `message`, `orgId` and `state`. Its `title` (`[FIRING:2] …`) counts and changes with the group's
 * state, so it is not the incident's title; the alerts' own labels and annotations give that.
 */
export function parseGrafana(value: unknown): Parsed<AlertNotification> {
  return attempt(() => {
    const body = object(value, "the body");
    optionalText(body.title, "title");
    return readGroup(body, "grafana");
  });
}
