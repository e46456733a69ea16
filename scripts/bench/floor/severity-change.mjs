// The requests the Action makes for a person's severity change (repository without a config file),
// with no engine: the floor the cold-start bench sets beside the Action. `request(method, path,
// options)` is the client under test (raw node:http, or Octokit); it answers `{ status, data }`
// and must not throw on a 404. The same round trips as the Action: the history, the token's
// identity and the config read at once; the owner's config; the label removed; the board written;
// the dashboard found and written.
const BOARD = "<!-- incident-workflow:board -->";

export async function severityChange(request, env, payload) {
  const [owner, repo] = env.GITHUB_REPOSITORY.split("/");
  const number = payload.issue.number;
  const config = encodeURIComponent(".github/incidents.yml");
  const raw = "application/vnd.github.v3.raw";
  const [timeline] = await Promise.all([
    request("GET", `/repos/${owner}/${repo}/issues/${number}/timeline`, { query: { per_page: 100 } }),
    request("POST", "/graphql", { body: { query: "query { viewer { login } }" } }),
    request("GET", `/repos/${owner}/${repo}/contents/${config}`, { accept: raw }),
  ]);
  await request("GET", `/repos/${owner}/.github/contents/${config}`, { accept: raw });
  const labels = new Set();
  for (const e of timeline.data) {
    if (e.event === "labeled") labels.add(e.label.name);
    if (e.event === "unlabeled") labels.delete(e.label.name);
  }
  const added = timeline.data.filter((e) => e.event === "labeled" && /^SEV/.test(e.label.name)).at(-1);
  const stale = [...labels].find((l) => /^SEV/.test(l) && l !== added?.label.name);
  if (stale) await request("DELETE", `/repos/${owner}/${repo}/issues/${number}/labels/${stale}`);
  const board = timeline.data.find((e) => e.event === "commented" && e.body?.includes(BOARD));
  if (board)
    await request("PATCH", `/repos/${owner}/${repo}/issues/comments/${board.id}`, {
      body: { body: board.body.replace(/\n?$/, "\n") },
    });
  const query = { per_page: 100, labels: "incident-dashboard", state: "open" };
  const dashboard = (await request("GET", `/repos/${owner}/${repo}/issues`, { query })).data[0];
  if (dashboard)
    await request("PATCH", `/repos/${owner}/${repo}/issues/${dashboard.number}`, {
      body: { body: (dashboard.body ?? "").replace(/\n?$/, "\n") },
    });
}
