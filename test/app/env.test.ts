// The app's environment, checked before it starts (src/app/env.ts): each variable's problem names
// it and quotes what was found, every problem at once; good values and defaults come through.
// Through the built server: test/e2e/first-run.test.ts.
import { createPrivateKey, generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readAppEnv } from "../../src/app/env.js";
import { oneLineError } from "../../src/app/one-line-error.js";

const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const PEM = privateKey.export({ type: "pkcs1", format: "pem" }).toString();
const PKCS8 = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
const BASE = { APP_ID: "123", PRIVATE_KEY: PEM, WEBHOOK_SECRET: "s3cret" };
const files: Record<string, string> = { "/keys/app.pem": PEM, "/keys/notes.txt": "hello" };
const readText = (path: string): string => {
  const text = files[path];
  if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
  return text;
};

const check = (env: Record<string, string>) => readAppEnv({ ...BASE, ...env }, readText);
const problems = (env: Record<string, string>): string[] => {
  const result = check(env);
  return result.ok ? [] : result.problems;
};
const values = (env: Record<string, string>) => {
  const result = check(env);
  if (!result.ok) throw new Error(result.problems.join("\n"));
  return result.env;
};

describe("readAppEnv: defaults", () => {
  it("with only the credentials: port 3000, log level info, sweep on every 300 s, an 8 s drain", () => {
    const env = values({});
    expect(env).toMatchObject({
      appId: 123,
      privateKey: PEM.trim(),
      webhookSecret: "s3cret",
      port: 3000,
      host: "localhost",
      webhookPath: "/api/github/webhooks",
      logLevel: "info",
      sweep: true,
      sweepIntervalSeconds: 300,
      shutdownTimeoutSeconds: 8,
      retryDelaysMs: [2000, 10000, 30000],
      recheckBoard: false,
      dashboardIntervalSeconds: 60,
    });
    expect(env.logFormat).toBe("pretty");
    expect(values({ NODE_ENV: "production" }).logFormat).toBe("json");
    expect(values({ NODE_ENV: "production", LOG_FORMAT: "pretty" }).logFormat).toBe("pretty");
    expect(env.leaseSeconds).toBeUndefined();
  });

  it("a blank variable is unset", () => {
    expect(values({ PORT: " ", LOG_LEVEL: "" })).toMatchObject({ port: 3000, logLevel: "info" });
  });
});

describe("readAppEnv: each variable's problem names it and what was found", () => {
  it.each([
    [{ APP_ID: "abc" }, 'APP_ID must be a whole number 1 or more; found "abc"'],
    [{ APP_ID: "12.5" }, 'APP_ID must be a whole number 1 or more; found "12.5"'],
    [{ PORT: "abc" }, 'PORT must be a whole number from 1 to 65535; found "abc"'],
    [{ PORT: "0" }, 'PORT must be a whole number from 1 to 65535; found "0"'],
    [{ PORT: "70000" }, 'PORT must be a whole number from 1 to 65535; found "70000"'],
    [{ INCIDENT_WORKFLOW_SWEEP_INTERVAL_SECONDS: "abc" }, "INCIDENT_WORKFLOW_SWEEP_INTERVAL_SECONDS must be"],
    [{ INCIDENT_WORKFLOW_SWEEP_INTERVAL_SECONDS: "0" }, 'more than 0; found "0"'],
    [{ INCIDENT_WORKFLOW_RETRY_DELAYS_MS: "foo" }, "INCIDENT_WORKFLOW_RETRY_DELAYS_MS must be whole"],
    [{ INCIDENT_WORKFLOW_RETRY_DELAYS_MS: "100,x" }, 'found "100,x"'],
    [{ INCIDENT_WORKFLOW_SWEEP: "maybe" }, "INCIDENT_WORKFLOW_SWEEP must be one of on, true, 1, yes, off"],
    [{ INCIDENT_WORKFLOW_SHUTDOWN_TIMEOUT_SECONDS: "-1" }, "INCIDENT_WORKFLOW_SHUTDOWN_TIMEOUT_SECONDS must"],
    [{ INCIDENT_WORKFLOW_LEASE_SECONDS: "soon" }, "INCIDENT_WORKFLOW_LEASE_SECONDS must"],
    [{ INCIDENT_WORKFLOW_RECHECK_BOARD: "sure" }, "INCIDENT_WORKFLOW_RECHECK_BOARD must be one of"],
    [{ INCIDENT_WORKFLOW_DASHBOARD_INTERVAL_SECONDS: "1e3" }, 'found "1e3"'],
    [{ INCIDENT_WORKFLOW_WRITE_INTERVAL_MS: "Infinity" }, "INCIDENT_WORKFLOW_WRITE_INTERVAL_MS must"],
    [{ INCIDENT_WORKFLOW_BOARD_INTERVAL_MS: "0x10" }, "INCIDENT_WORKFLOW_BOARD_INTERVAL_MS must"],
    [{ INCIDENT_WORKFLOW_REACTIONS_PER_MINUTE: "-4" }, "INCIDENT_WORKFLOW_REACTIONS_PER_MINUTE must"],
    [{ INCIDENT_WORKFLOW_REACTIONS_PER_HOUR: "lots" }, "INCIDENT_WORKFLOW_REACTIONS_PER_HOUR must"],
    [{ INCIDENT_WORKFLOW_REQUEST_TIMEOUT_SECONDS: "0" }, "INCIDENT_WORKFLOW_REQUEST_TIMEOUT_SECONDS must"],
    [
      { LOG_LEVEL: "verbose" },
      'LOG_LEVEL must be one of trace, debug, info, warn, error, fatal; found "verbose"',
    ],
    [{ LOG_FORMAT: "xml" }, 'LOG_FORMAT must be one of json, pretty; found "xml"'],
    [{ WEBHOOK_PATH: "hooks" }, "WEBHOOK_PATH must be a path starting with /"],
    [{ PUBLIC_URL: "incidents.example.com" }, "PUBLIC_URL must be an absolute https or http URL"],
    [{ WEBHOOK_PROXY_URL: "ftp://smee.io/x" }, "WEBHOOK_PROXY_URL must be an absolute https or http URL"],
    [{ REDIS_URL: "localhost:6379" }, "REDIS_URL must be an absolute redis or rediss URL"],
    [{ GHE_HOST: "https://github.example.com" }, "GHE_HOST must be a host name"],
    [{ GHE_PROTOCOL: "ftp" }, 'GHE_PROTOCOL must be one of https, http; found "ftp"'],
  ])("%j", (env, problem) => {
    const found = problems(env);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(problem);
  });

  it("a private key that does not parse, inline or in a file; a path that does not exist", () => {
    expect(problems({ PRIVATE_KEY: "not a key" })).toEqual([
      expect.stringContaining("PRIVATE_KEY must hold the GitHub App's private key"),
    ]);
    const broken = `${PEM.slice(0, 200)}${PEM.slice(260)}`;
    expect(problems({ PRIVATE_KEY: broken })[0]).toContain("found a PEM block that does not parse");
    const fromPath = { PRIVATE_KEY: "", PRIVATE_KEY_PATH: "/keys/notes.txt" };
    expect(problems(fromPath)[0]).toContain("PRIVATE_KEY_PATH (/keys/notes.txt) must hold");
    expect(problems({ PRIVATE_KEY: "", PRIVATE_KEY_PATH: "/keys/gone.pem" })).toEqual([
      'PRIVATE_KEY_PATH must name a readable PEM file; found "/keys/gone.pem" (no such file)',
    ]);
  });

  it("never prints the key it refuses", () => {
    const secretish = "MIIEowIBAAKCAQEAsecretsecret";
    expect(problems({ PRIVATE_KEY: secretish }).join("\n")).not.toContain("secretsecret");
  });

  it("every problem at once, credentials first", () => {
    const found = problems({
      APP_ID: "abc",
      WEBHOOK_SECRET: "",
      PORT: "abc",
      INCIDENT_WORKFLOW_SWEEP_INTERVAL_SECONDS: "abc",
      INCIDENT_WORKFLOW_RETRY_DELAYS_MS: "foo",
    });
    expect(found.map((p) => p.split(" ")[0])).toEqual([
      "Missing",
      "APP_ID",
      "PORT",
      "INCIDENT_WORKFLOW_SWEEP_INTERVAL_SECONDS",
      "INCIDENT_WORKFLOW_RETRY_DELAYS_MS",
    ]);
    expect(found[0]).toContain("WEBHOOK_SECRET");
  });
});

describe("readAppEnv: accepted forms", () => {
  it.each(["off", "false", "0", "no", "OFF", " No "])(
    "INCIDENT_WORKFLOW_SWEEP=%j turns the sweep off",
    (v) => {
      expect(values({ INCIDENT_WORKFLOW_SWEEP: v }).sweep).toBe(false);
    },
  );

  it.each(["on", "true", "1", "yes"])("INCIDENT_WORKFLOW_SWEEP=%j keeps it on", (v) => {
    expect(values({ INCIDENT_WORKFLOW_SWEEP: v }).sweep).toBe(true);
  });

  it("the private key as Probot takes it: PKCS#8, \\n escapes, base64, one line, or a file", () => {
    for (const form of [
      PKCS8,
      PEM.replaceAll("\n", "\\n"),
      Buffer.from(PEM).toString("base64"),
      PEM.replaceAll("\n", " "),
    ]) {
      expect(createsKey(values({ PRIVATE_KEY: form }).privateKey)).toBe(true);
    }
    expect(values({ PRIVATE_KEY: "", PRIVATE_KEY_PATH: "/keys/app.pem" }).privateKey).toBe(PEM);
  });

  it("numbers and lists", () => {
    expect(
      values({
        PORT: "8080",
        INCIDENT_WORKFLOW_SWEEP_INTERVAL_SECONDS: "0.5",
        INCIDENT_WORKFLOW_RETRY_DELAYS_MS: "100, 200",
        INCIDENT_WORKFLOW_SHUTDOWN_TIMEOUT_SECONDS: "0",
        INCIDENT_WORKFLOW_RECHECK_BOARD: "true",
        REDIS_URL: "redis://127.0.0.1:6379",
        GHE_HOST: "github.example.com:8443",
      }),
    ).toMatchObject({
      port: 8080,
      sweepIntervalSeconds: 0.5,
      retryDelaysMs: [100, 200],
      shutdownTimeoutSeconds: 0,
      recheckBoard: true,
      redisUrl: "redis://127.0.0.1:6379",
      gheHost: "github.example.com:8443",
    });
  });
});

/** The PEM is the same key as the test's. */
function createsKey(pem: string): boolean {
  const exported = (text: string) => createPrivateKey(text).export({ type: "pkcs8", format: "der" });
  return exported(pem).equals(exported(PEM));
}

describe("oneLineError", () => {
  it("a request error: method, host and path, status, first line of the message", () => {
    const error = Object.assign(new Error("bad port\nmore"), {
      status: 500,
      request: { method: "GET", url: "http://127.0.0.1:1/api/v3/app/installations?per_page=100" },
    });
    expect(oneLineError(error)).toBe("GET 127.0.0.1:1/api/v3/app/installations → 500: bad port …");
  });

  it("an AggregateError: its errors' messages", () => {
    expect(oneLineError(new AggregateError([new Error("a"), new Error("b")]))).toBe("a; b");
  });
});
