import { LABELLED_STATUSES, type RoleDef, type SeverityLevel } from "./config.js";
import type { ParsedConfig } from "./schema.js";
import type { ConfigProblem } from "./validate.js";

/** GitHub's limit on label names. */
const LABEL_MAX = 50;

interface LabelUse {
  name: string;
  path: string;
  builtIn: boolean;
}

/** Every label the tool reads, with the option that names it, in the order collisions are judged. */
function labelUses(parsed: ParsedConfig, severities: SeverityLevel[], roles: RoleDef[]): LabelUse[] {
  const fromList = (list: "severities" | "roles", items: { id: string; label: string }[]): LabelUse[] => {
    const own = parsed[list];
    return items.map((item, i) => ({
      name: item.label,
      path: own ? `${list}[${i}].${own[i]?.label === undefined ? "id" : "label"}` : `(built-in ${list})`,
      builtIn: !own,
    }));
  };
  const { labels } = parsed;
  const uses: LabelUse[] = [
    ...fromList("severities", severities),
    ...fromList("roles", roles),
    ...(
      ["incident", "drill", "postmortem", "notAnIncident", "dashboard", "maintenance", "actionItem"] as const
    ).map((key) => ({
      name: labels[key],
      path: `labels.${key}`,
      builtIn: false,
    })),
    ...LABELLED_STATUSES.map((s) => ({
      name: labels.statusPrefix + s,
      path: "labels.statusPrefix",
      builtIn: false,
    })),
  ];
  // Built-in names first, so a clash is reported at the option the author wrote.
  return [...uses.filter((u) => u.builtIn), ...uses.filter((u) => !u.builtIn)];
}

/** Labels must be distinct (GitHub compares them case-insensitively) and fit GitHub's length limit. */
export function labelProblems(
  parsed: ParsedConfig,
  severities: SeverityLevel[],
  roles: RoleDef[],
): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const seen = new Map<string, LabelUse>();
  for (const use of labelUses(parsed, severities, roles)) {
    if (use.name.length > LABEL_MAX) {
      problems.push({
        path: use.path,
        message: `gives the label ${JSON.stringify(use.name)}, longer than GitHub's ${LABEL_MAX} characters`,
      });
    }
    const first = seen.get(use.name.toLowerCase());
    if (first === undefined) seen.set(use.name.toLowerCase(), use);
    else if (first.path !== use.path) {
      problems.push({
        path: use.path,
        message: `gives the label ${JSON.stringify(use.name)}, already used by ${first.path}`,
      });
    }
  }
  return problems;
}
