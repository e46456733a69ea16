// The Dockerfile and .dockerignore, checked statically (no Docker engine runs here); the image's
// command itself is run in start-command.test.ts.
import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import { DEFAULT_SHUTDOWN_SECONDS, readAppEnv } from "../../src/app/env.js";
import {
  copiesOf,
  dockerIgnores,
  envOf,
  execForm,
  parseDockerfile,
  type Stage,
  stages,
} from "./dockerfile.js";

// `docker stop`'s default time between SIGTERM and SIGKILL.
const DOCKER_STOP_GRACE_SECONDS = 10;
const CREDENTIALS = { APP_ID: "1", PRIVATE_KEY: generatePem(), WEBHOOK_SECRET: "s" };
const root = join(import.meta.dirname, "..", "..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const all = stages(parseDockerfile(read("Dockerfile")));
const runtime = all.at(-1) as Stage;
const ignore = read(".dockerignore");
const tracked = execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" }).trim().split("\n");
const args = (stage: Stage, keyword: string) =>
  stage.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);

describe("Dockerfile", () => {
  it("builds in one stage and runs from another, on Node images pinned to a supported major", () => {
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (const stage of all) expect(stage.from).toMatch(/^node:(22|24)-(slim|alpine)$/);
    expect(args(all[0] as Stage, "RUN")).toContain("npm run build");
    expect(args(runtime, "RUN").join("\n")).toMatch(/^npm ci --omit=dev\b/m);
    expect(args(runtime, "RUN").join("\n")).not.toContain("npm run build");
  });

  it("works in /app in every stage (start-command.test.ts lays the stages out that way)", () => {
    for (const stage of all) expect(args(stage, "WORKDIR")).toEqual(["/app"]);
  });

  it("runs as the unprivileged node user", () => {
    const users = args(runtime, "USER");
    expect(users.at(-1)).toBe("node");
    const userAt = runtime.instructions.findIndex((i) => i.keyword === "USER");
    const cmdAt = runtime.instructions.findIndex((i) => i.keyword === "CMD");
    expect(userAt).toBeLessThan(cmdAt);
  });

  it("listens on every interface on the exposed port, in production mode", () => {
    const env = envOf(runtime);
    expect(env).toMatchObject({ HOST: "0.0.0.0", NODE_ENV: "production" });
    expect(args(runtime, "EXPOSE")).toEqual([env.PORT]);
  });

  it("checks health with GET /ping through Node's fetch (slim images have no curl)", () => {
    const [check] = args(runtime, "HEALTHCHECK");
    const command = execForm(check ?? "");
    expect(command.slice(0, 2)).toEqual(["node", "-e"]);
    expect(command[2]).toContain("fetch(");
    expect(command[2]).toContain("/ping");
    expect(command[2]).toContain("process.env.PORT");
    expect(check).not.toMatch(/curl|wget/);
  });

  it("starts lib/start.js, npm start's entry, built from src/start.ts", () => {
    expect(args(runtime, "CMD").map(execForm)).toEqual([["node", "lib/start.js"]]);
    expect(JSON.parse(read("package.json")).scripts.start).toContain("node ./lib/start.js");
    const build = JSON.parse(read("tsconfig.build.json")).compilerOptions;
    expect(build).toMatchObject({ rootDir: "src", outDir: "lib" });
    expect(existsSync(join(root, "src/start.ts"))).toBe(true);
  });

  it("drains inside Docker's stop grace: SIGTERM, then at most 1 s + the drain, under 10 s", () => {
    expect(args(runtime, "STOPSIGNAL")).toEqual(["SIGTERM"]);
    const image = readAppEnv({ ...envOf(runtime), ...CREDENTIALS }, () => "");
    if (!image.ok) throw new Error(image.problems.join("\n"));
    // stopAccepting waits 1 s at most for open connections, then the queue drains for the bound.
    expect(1 + image.env.shutdownTimeoutSeconds).toBeLessThan(DOCKER_STOP_GRACE_SECONDS);
    expect(image.env.shutdownTimeoutSeconds).toBe(DEFAULT_SHUTDOWN_SECONDS);
  });

  it("says the same as docs/docker.md about --init: not needed", () => {
    const docker = read("Dockerfile");
    expect(docker).toContain("No --init needed");
    expect(
      docker.split("\n").filter((line) => line.includes("docker run") && line.includes("--init")),
    ).toEqual([]);
    expect(read("docs/docker.md")).toContain("No `--init` is needed");
  });

  it("copies only files that exist and that .dockerignore lets into the context", () => {
    const sources = all.flatMap((stage) => copiesOf(stage).filter((c) => c.from === undefined));
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources.flatMap((c) => c.sources)) {
      expect(existsSync(join(root, source)), source).toBe(true);
      const files = tracked.filter((f) => f === source || f.startsWith(`${source}/`));
      expect(files.length, source).toBeGreaterThan(0);
      for (const file of files) expect(dockerIgnores(ignore, file), file).toBe(false);
    }
  });

  it("needs only production dependencies at run time", async () => {
    const pkg = JSON.parse(read("package.json"));
    const result = await build({
      entryPoints: [join(root, "src/start.ts")],
      bundle: true,
      write: false,
      platform: "node",
      format: "esm",
      packages: "external",
      metafile: true,
      logLevel: "silent",
    });
    const packages = new Set(
      Object.values(result.metafile.inputs)
        .flatMap((input) => input.imports)
        .filter((i) => i.external && !i.path.startsWith("node:") && !i.path.startsWith("<"))
        .map((i) =>
          i.path
            .split("/")
            .slice(0, i.path.startsWith("@") ? 2 : 1)
            .join("/"),
        ),
    );
    expect(packages.size).toBeGreaterThan(2);
    for (const name of packages) expect(Object.keys(pkg.dependencies), name).toContain(name);
  });
});

describe(".dockerignore", () => {
  it.each([
    "node_modules/probot/package.json",
    "sub/dir/node_modules/x",
    ".env",
    "config/.env",
    ".env.local",
    "key.pem",
    "secrets/app.private-key.pem",
    ".git/config",
    "lib/start.js",
  ])("keeps %s out of the build context", (path) => {
    expect(dockerIgnores(ignore, path)).toBe(true);
  });

  it("reads patterns as Docker does: from the root, with ** and ! exceptions", () => {
    expect(dockerIgnores("*.pem", "a/key.pem")).toBe(false);
    expect(dockerIgnores("**/*.pem", "a/key.pem")).toBe(true);
    expect(dockerIgnores("docs\n!docs/keep.md", "docs/keep.md")).toBe(false);
    expect(dockerIgnores("docs\n!docs/keep.md", "docs/other.md")).toBe(true);
  });
});

function generatePem(): string {
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return privateKey.export({ type: "pkcs1", format: "pem" }).toString();
}
