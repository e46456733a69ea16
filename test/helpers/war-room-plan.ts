// What people do in a war room (issue 18): one SEV1, 20 people, a realistic mix of discussion,
// `/update`, `/note`, `/followup`, `/status`, severity labels, `/role` and edited comments. Each event
// is made in the emulator as the person would make it (their comment, their label), and returns the
// delivery GitHub would send for it; the plan keeps what the final board and labels must show.
import type { Emulator, Webhook } from "../../src/emulator/index.js";

/** The 20 people of the war room (each a MEMBER of the repository). */
export const PEOPLE = Array.from({ length: 20 }, (_, i) => `responder${String(i + 1).padStart(2, "0")}`);

/** What kind of event a person made; the text-bearing kinds are the ones whose board lag is measured. */
export type EventKind =
  | "discussion"
  | "update"
  | "note"
  | "followup"
  | "status"
  | "severity"
  | "role"
  | "edit";

/** The order of one cycle of 20 events (4 updates, 3 notes, 2 follow-ups, 2 edits, …). */
const CYCLE: EventKind[] = [
  "discussion",
  "update",
  "discussion",
  "note",
  "followup",
  "edit",
  "status",
  "update",
  "discussion",
  "role",
  "note",
  "severity",
  "discussion",
  "update",
  "followup",
  "edit",
  "discussion",
  "note",
  "role",
  "update",
];

const STATUSES = ["identified", "mitigated", "investigating"] as const;

/** What one incident must show once the app has caught up. */
export interface Expected {
  number: number;
  severity: string;
  status: string;
  /** role id → logins holding it. */
  roles: Map<string, Set<string>>;
  /** The last `/update` text (the board's "Latest update"). */
  lastUpdate: string | null;
  /** Every `/update`, `/note` and `/followup` text, in order. */
  texts: string[];
}

/** One event as made: when, by whom, what, and the delivery to send. */
export interface MadeEvent {
  kind: EventKind;
  login: string;
  /** ms since the epoch, when the person made it (the comment exists in the emulator from then). */
  madeAt: number;
  /** For `/update`, `/note` and `/followup`: the text the board must come to show. */
  text?: string;
  /** For commands: the comment that carries it (to find its acknowledgement). */
  commentId?: number;
  hook: Webhook;
}

/** Opens the SEV1 (labels `incident` and `SEV1`) as `opener`; returns its deliveries and expectations. */
export function declareIncident(emu: Emulator, title: string, opener = PEOPLE[0] ?? "responder01") {
  const { number, payloads } = emu.as(opener).openIssue({ title, labels: ["incident", "SEV1"] });
  const expected: Expected = {
    number,
    severity: "SEV1",
    status: "investigating",
    roles: new Map(),
    lastUpdate: null,
    texts: [],
  };
  return { number, hooks: payloads as Webhook[], expected };
}

/** Makes events in order for one incident: `next()` makes event k as its person would, now. */
export class WarRoomPlan {
  private k = 0;
  private readonly discussions: Array<{ id: number; login: string; body: string }> = [];

  constructor(
    private readonly emu: Emulator,
    readonly expected: Expected,
    /** A tag in every text, so incidents' texts differ (e.g. "i3"). */
    private readonly tag = "",
  ) {}

  /** The next event of the mix, made now. */
  next(): MadeEvent {
    const k = this.k++;
    const login = PEOPLE[k % PEOPLE.length] ?? "responder01";
    const kind = CYCLE[k % CYCLE.length] ?? "discussion";
    return this.make(kind, login, k);
  }

  private make(kind: EventKind, login: string, k: number): MadeEvent {
    const { emu, expected: x } = this;
    const n = x.number;
    const as = emu.as(login);
    const id = `${this.tag}n${String(k).padStart(3, "0")}`;
    const made = (hook: Webhook, text?: string, commentId?: number): MadeEvent => ({
      kind,
      login,
      madeAt: Date.now(),
      hook,
      ...(text === undefined ? {} : { text }),
      ...(commentId === undefined ? {} : { commentId }),
    });
    const command = (body: string, text?: string): MadeEvent => {
      const hook = as.comment(n, body);
      return made(hook, text, hook.commentId);
    };
    switch (kind) {
      case "update":
      case "note":
      case "followup": {
        const text = `${kind} ${id} error rates on checkout`;
        x.texts.push(text);
        if (kind === "update") x.lastUpdate = text;
        return command(`/${kind} ${text}`, text);
      }
      case "status": {
        const status = STATUSES[Math.floor(k / CYCLE.length) % STATUSES.length] ?? "identified";
        x.status = status;
        return command(`/status ${status}`);
      }
      case "role": {
        const holder = PEOPLE[(k * 7 + 3) % PEOPLE.length] ?? "responder02";
        const role = (k % CYCLE.length) % 2 === 1 ? "responder" : "scribe";
        const held = x.roles.get(role) ?? new Set<string>();
        // A responder is one of many; a scribe replaces the last one.
        x.roles.set(role, role === "responder" ? held.add(holder) : new Set([holder]));
        return command(`/role ${role} @${holder}`);
      }
      case "severity": {
        const target = x.severity === "SEV1" ? "SEV2" : "SEV1";
        // The label may still be there if the app has not yet removed it: a person then just talks.
        if (emu.labels(n).includes(target)) return this.make("discussion", login, k);
        x.severity = target;
        return made(as.label(n, target));
      }
      case "edit": {
        const earlier = this.discussions.shift();
        if (!earlier) return this.make("discussion", login, k);
        const hook = emu.as(earlier.login).editComment(earlier.id, `${earlier.body} (edited: typo)`);
        return { ...made(hook), login: earlier.login };
      }
      default: {
        const body = `Looking at the dashboards for ${id}; latency is up in one region.`;
        const hook = as.comment(n, body);
        this.discussions.push({ id: hook.commentId, login, body });
        return made(hook);
      }
    }
  }
}
