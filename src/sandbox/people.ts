import type { AuthorAssociation, Permission } from "../emulator/index.js";

/** Someone the sandbox's pages can act as. */
export interface SandboxPerson {
  login: string;
  association: AuthorAssociation;
  permission: Permission;
  /** Who they are, on the page. */
  about: string;
}

/**
 * The seeded people, one per kind of access, so roles and permissions can be tried: the default
 * config lets members and collaborators run commands, and asks triage or more for the public ones.
 */
export const PEOPLE: readonly SandboxPerson[] = [
  { login: "alice", association: "MEMBER", permission: "admin", about: "on-call engineer, admin" },
  { login: "bob", association: "MEMBER", permission: "write", about: "engineer, write access" },
  { login: "carol", association: "COLLABORATOR", permission: "triage", about: "support lead, triage" },
  { login: "dave", association: "CONTRIBUTOR", permission: "read", about: "outside contributor, read only" },
];

export const isPerson = (login: string): boolean => PEOPLE.some((p) => p.login === login);
