import type { Config } from "../core/config/config.js";
import type { IssueSnapshot, TimelineEvent } from "../core/events.js";
import type { CommandCache } from "../core/state/fold-comments.js";
import { whosePermission } from "../core/state/permission-needs.js";
import type { Permissions } from "../core/state/trust.js";
import { selfMatcher } from "../core/state/trust.js";
import type { PermissionPort } from "../github/ports.js";

/**
 * The repository permissions a derivation of this history needs (`whosePermission`: only people
 * whose association does not settle it and whose acts need it), read at once, each person once.
 */
export async function readPermissions(
  ports: PermissionPort,
  question: {
    issue: IssueSnapshot;
    events: readonly TimelineEvent[];
    config: Config;
    self: string;
    formAnswers: boolean;
    commands?: CommandCache | undefined;
  },
): Promise<Permissions> {
  const { self, ...rest } = question;
  const logins = whosePermission({ ...rest, isSelf: selfMatcher(self) });
  const answers = await Promise.all(
    logins.map(async (login) => [login, await ports.permissionOf(login)] as const),
  );
  return new Map(answers);
}
