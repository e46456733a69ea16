import { expect } from "vitest";
import { parseCommands } from "../../src/core/commands/parse.js";
import type { CommandBody, ParsedCommand } from "../../src/core/commands/types.js";
import type { Config } from "../../src/core/config/config.js";
import { defaultConfig, validateConfig } from "../../src/core/config/validate.js";

/** The default configuration, and a clock for commands that read the time. */
export const config = defaultConfig();
export const NOW = new Date("2024-05-01T12:00:00Z");

export function parse(body: string, cfg: Config = config, now: Date = NOW): ParsedCommand[] {
  return parseCommands(body, cfg, { now });
}

/** The single command of a one-line body, without `line`/`raw`. */
export function one(body: string, cfg: Config = config, now: Date = NOW): CommandBody {
  const commands = parse(body, cfg, now);
  expect(commands).toHaveLength(1);
  const { line: _line, raw: _raw, ...rest } = commands[0]!;
  return rest as CommandBody;
}

export function reason(body: string, cfg: Config = config): string {
  const command = one(body, cfg);
  if (command.kind !== "invalid") throw new Error(`expected invalid, got ${JSON.stringify(command)}`);
  return command.reason;
}

/** Custom levels (with labels), roles (one of them named like a command), status prefix and time zone. */
export const custom = (() => {
  const result = validateConfig({
    severities: [{ id: "critical", label: "P1" }, { id: "major", label: "P2" }, { id: "minor" }],
    defaultSeverity: "minor",
    roles: [
      { id: "ic", name: "Incident commander" },
      { id: "ops", name: "Operators", multiple: true },
      { id: "note", name: "Note taker" },
    ],
    labels: { statusPrefix: "state/" },
    timeZone: "Europe/Berlin",
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
})();
