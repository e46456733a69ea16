// Builds incident histories in memory, in the engine's own shapes (IssueSnapshot, TimelineEvent):
// one event a minute from a fixed start, label set tracked so the issue snapshot matches.

export const PEOPLE = ["alice", "bob", "carol", "dave", "erin", "frank"];
const BOT = { login: "incident-workflow[bot]", isBot: true };

export class History {
  events = [];
  labels = new Set();
  assignees = new Set();
  #minute = 0;
  #id = 1000;

  constructor(start = "2026-11-21T09:00:00Z") {
    this.start = start;
  }

  at() {
    return new Date(Date.parse(this.start) + this.#minute++ * 60_000).toISOString();
  }

  nextId() {
    return this.#id++;
  }

  label(label, by = "alice", isBot = false) {
    this.labels.add(label);
    this.events.push({
      kind: "labeled",
      id: this.nextId(),
      at: this.at(),
      actor: { login: by, isBot },
      label,
    });
    return this;
  }

  unlabel(label, by = "alice", isBot = false) {
    this.labels.delete(label);
    this.events.push({
      kind: "unlabeled",
      id: this.nextId(),
      at: this.at(),
      actor: { login: by, isBot },
      label,
    });
    return this;
  }

  assign(login) {
    this.assignees.add(login);
    this.events.push({ kind: "assigned", id: this.nextId(), at: this.at(), actor: BOT, assignee: login });
    return this;
  }

  comment(body, by = "alice", isBot = false, association = isBot ? "NONE" : "MEMBER") {
    const id = this.nextId();
    this.events.push({
      kind: "commented",
      id,
      at: this.at(),
      actor: isBot ? BOT : { login: by, isBot: false },
      body,
      association,
      url: `https://github.com/acme/web/issues/7#issuecomment-${id}`,
    });
    return id;
  }

  /** The issue as a webhook would carry it now. */
  issue() {
    return {
      number: 7,
      title: "Checkout returns 500s for EU customers",
      body: "",
      url: "https://github.com/acme/web/issues/7",
      state: "open",
      stateReason: null,
      author: { login: "alice", isBot: false },
      createdAt: this.start,
      closedAt: null,
      labels: [...this.labels],
      assignees: [...this.assignees],
      isPullRequest: false,
    };
  }

  /** "Now" for the engine: one minute after the last event. */
  now() {
    return new Date(Date.parse(this.start) + (this.#minute + 1) * 60_000);
  }
}

/**
 * An incident with `count` events: declared with labels and a board, then a mix of updates,
 * notes, follow-ups, impact, role and status changes (with the bot's label and assignee changes)
 * and plain discussion. `text(kind, i)` gives the text of each update/note/follow-up/impact.
 */
export function buildIncident(count, text, boardMarker) {
  const h = new History();
  h.label("incident").label("SEV2");
  h.comment(`${boardMarker}\n(an older board)`, "", true);
  h.label("status:investigating", "", true);
  const roles = ["commander", "lead", "comms", "scribe"];
  for (let i = 0; h.events.length < count; i++) {
    const who = PEOPLE[i % PEOPLE.length];
    switch (i % 10) {
      case 0:
      case 5:
        h.comment(`/update ${text("update", i)}`, who);
        break;
      case 1:
        h.comment(`/note ${text("note", i)}`, who);
        break;
      case 2:
        h.comment(`/followup ${text("followup", i)}`, who);
        break;
      case 3: {
        const role = roles[((i / 10) % roles.length) | 0];
        const holder = PEOPLE[(i + 1) % PEOPLE.length];
        h.comment(`/role ${role} @${holder}`, who);
        if (!h.labels.has(`role:${role}`)) h.label(`role:${role}`, "", true);
        if (!h.assignees.has(holder)) h.assign(holder);
        break;
      }
      case 4:
        h.comment(`Looking at the dashboards now (${i}).`, who);
        break;
      case 6: {
        const [from, to] =
          (i / 10) % 2 < 1 ? ["investigating", "identified"] : ["identified", "investigating"];
        h.comment(`/status ${to}`, who);
        h.unlabel(`status:${from}`, "", true).label(`status:${to}`, "", true);
        break;
      }
      case 7:
        h.comment(`/impact ${text("impact", i)}`, who);
        break;
      case 8:
        h.comment(`/done commander ${i}`, who);
        break;
      default:
        h.comment("+1, same here", who);
    }
  }
  return h;
}
