import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { type Emulator, expectNoViolations, startEmulator } from "../../src/emulator/index.js";
import { type Client, client, statusOf } from "./test-client.js";

let emu: Emulator;
let gh: Client;
const repo = { owner: "acme", repo: "web" };

beforeEach(async () => {
  emu = await startEmulator({ ...repo, validateResponses: true });
  gh = client(emu, emu.installationToken());
  emu.setTime("2024-03-01T10:00:00Z");
});
afterEach(async () => {
  expectNoViolations(emu);
  await emu.close();
});

async function search(q: string, extra: { sort?: "created" | "updated"; order?: "asc" | "desc" } = {}) {
  const { data } = await gh.request("GET /search/issues", { q, ...extra });
  return data;
}
const numbers = async (q: string, extra: Parameters<typeof search>[1] = {}) =>
  (await search(q, extra)).items.map((i) => i.number);

/** #1 open incident SEV1, #2 closed incident "needs review" on 03-03, #3 plain issue, #4 pull request. */
function seed() {
  const alice = emu.as("alice");
  const one = alice.openIssue({
    title: "API down",
    body: "Database is on fire",
    labels: ["incident", "SEV1"],
  });
  emu.advance(86_400_000);
  const two = alice.openIssue({ title: "Slow", body: "p99 latency", labels: ["incident", "needs review"] });
  emu.advance(86_400_000);
  alice.close(two.number);
  emu.advance(86_400_000);
  const three = alice.openIssue({ title: "Typo in docs" });
  emu.setFile("fix", "a.md", "a");
  const four = alice.openPull({ title: "Fix the database", head: "fix" });
  return [one.number, two.number, three.number, four.number] as const;
}

describe("GET /search/issues", () => {
  test("repo:, is:issue/is:pr and type:, state and is:open/closed", async () => {
    const [one, two, three, four] = seed();
    expect(await numbers("repo:acme/web is:issue")).toEqual([three, two, one]);
    expect(await numbers("repo:acme/web is:pr")).toEqual([four]);
    expect(await numbers("repo:acme/web type:pr")).toEqual([four]);
    expect(await numbers("repo:acme/web is:issue is:open")).toEqual([three, one]);
    expect(await numbers("repo:acme/web type:issue state:closed")).toEqual([two]);
    const result = await search("repo:acme/web is:issue is:closed");
    expect(result).toMatchObject({ total_count: 1, incomplete_results: false });
    expect(result.items[0]).toMatchObject({
      number: two,
      score: 1,
      state: "closed",
      repository_url: `${emu.url}/repos/acme/web`,
      labels: [{ name: "incident" }, { name: "needs review" }],
    });
    expect((await search("repo:acme/web is:pr")).items[0]?.pull_request).toMatchObject({ merged_at: null });
  });

  test("labels: several are ANDed, quoted names with spaces, -label excludes, a,b is OR", async () => {
    const [one, two] = seed();
    expect(await numbers("repo:acme/web is:issue label:incident")).toEqual([two, one]);
    expect(await numbers('repo:acme/web is:issue label:incident label:"needs review"')).toEqual([two]);
    expect(await numbers("repo:acme/web is:issue label:INCIDENT -label:SEV1")).toEqual([two]);
    expect(await numbers('repo:acme/web is:issue label:SEV1,"needs review"')).toEqual([two, one]);
    expect(await numbers("repo:acme/web is:issue label:SEV1 label:nope")).toEqual([]);
  });

  test("text: words and quoted phrases, case-insensitive, in:body / in:title", async () => {
    const [one, , , four] = seed();
    emu.as("bob").comment(one, "rolled back the deploy");
    expect(await numbers('repo:acme/web is:issue in:body "ON FIRE"')).toEqual([one]);
    expect(await numbers("repo:acme/web is:issue in:body database fire")).toEqual([one]);
    expect(await numbers("repo:acme/web is:issue in:body database typo")).toEqual([]);
    expect(await numbers("repo:acme/web is:pr in:title database")).toEqual([four]);
    expect(await numbers("repo:acme/web is:issue database")).toEqual([one]); // title, body and comments
    expect(await numbers("repo:acme/web is:issue rolled")).toEqual([one]);
    expect(await numbers("repo:acme/web is:issue in:body rolled")).toEqual([]);
  });

  test("dates: >=, >, <=, <, ranges and date-times on created, updated and closed", async () => {
    const [one, two, three] = seed();
    // #1 created 03-01, #2 created 03-02 and closed 03-03, #3 created 03-04.
    expect(await numbers("repo:acme/web is:issue created:>=2024-03-02")).toEqual([three, two]);
    expect(await numbers("repo:acme/web is:issue created:>2024-03-02")).toEqual([three]);
    expect(await numbers("repo:acme/web is:issue created:<=2024-03-02")).toEqual([two, one]);
    expect(await numbers("repo:acme/web is:issue created:<2024-03-02")).toEqual([one]);
    expect(await numbers("repo:acme/web is:issue created:2024-03-01..2024-03-02")).toEqual([two, one]);
    expect(await numbers("repo:acme/web is:issue created:2024-03-02..*")).toEqual([three, two]);
    expect(await numbers("repo:acme/web is:issue created:2024-03-04")).toEqual([three]);
    expect(await numbers("repo:acme/web is:issue closed:>=2024-03-03")).toEqual([two]);
    expect(await numbers("repo:acme/web is:issue closed:<2024-03-03")).toEqual([]);
    expect(await numbers("repo:acme/web is:issue updated:>=2024-03-03T10:00:00Z")).toEqual([three, two]);
    expect(await numbers("repo:acme/web is:issue updated:>2024-03-03T10:00:00Z")).toEqual([three]);
  });

  test("sort=created|updated with order, and pagination with a Link header", async () => {
    const [one, two, three] = seed();
    emu.advance(60_000);
    emu.as("bob").comment(one, "bump"); // #1 is now the most recently updated
    expect(await numbers("repo:acme/web is:issue", { sort: "created", order: "asc" })).toEqual([
      one,
      two,
      three,
    ]);
    expect(await numbers("repo:acme/web is:issue", { sort: "updated" })).toEqual([one, three, two]);
    expect(await numbers("repo:acme/web is:issue", { sort: "updated", order: "asc" })).toEqual([
      two,
      three,
      one,
    ]);
    const page = await gh.request("GET /search/issues", {
      q: "repo:acme/web is:issue",
      per_page: 2,
      page: 2,
    });
    expect(page.data.total_count).toBe(3);
    expect(page.data.items.map((i) => i.number)).toEqual([one]);
    const all = await gh.paginate("GET /search/issues", { q: "repo:acme/web is:issue", per_page: 1 });
    expect(all.map((i) => i.number)).toEqual([three, two, one]);
  });

  test("searching without repo: covers every repository; another repo's issues carry its URL", async () => {
    seed();
    const other = emu.addRepo("acme", "api");
    other.as("bob").openIssue({ title: "other", labels: ["incident"] });
    const result = await search("is:issue label:incident is:open");
    expect(result.items.map((i) => i.repository_url.replace(emu.url, ""))).toEqual([
      "/repos/acme/api",
      "/repos/acme/web",
    ]);
    expect(await numbers("repo:acme/api repo:acme/web is:issue is:open label:incident")).toHaveLength(2);
  });

  test("422 Validation Failed for unknown qualifiers, bad dates, unknown repos and a missing is:issue/is:pr", async () => {
    seed();
    const failure = async (q: string) => {
      try {
        await gh.request("GET /search/issues", { q });
        return "ok";
      } catch (err) {
        const e = err as { status: number; response: { data: { message: string; errors?: unknown } } };
        return `${e.status} ${e.response.data.message}`;
      }
    };
    expect(await failure("repo:acme/web is:issue author:alice")).toBe("422 Validation Failed");
    expect(await failure("repo:acme/web is:issue is:awesome")).toBe("422 Validation Failed");
    expect(await failure("repo:acme/web is:issue created:>=yesterday")).toBe("422 Validation Failed");
    expect(await failure("repo:acme/nope is:issue")).toBe("422 Validation Failed");
    expect(await failure("repo:acme/web label:incident")).toBe(
      "422 Query must include 'is:issue' or 'is:pull-request'",
    );
    expect(await statusOf(gh.request("GET /search/issues", { q: "is:issue in:nowhere x" }))).toBe(422);
    expect(emu.requests.every((r) => r.operationId === "search/issues-and-pull-requests")).toBe(true);
  });
});
