import { Octokit } from "@octokit/core";
import { paginateRest } from "@octokit/plugin-paginate-rest";
import type { Emulator } from "../../src/emulator/emulator.js";

/** An Octokit (core + paginate, like the ones Probot and @actions/github build) aimed at the emulator. */
const PaginatingOctokit = Octokit.plugin(paginateRest);

export function client(emu: Pick<Emulator, "url">, token?: string) {
  return new PaginatingOctokit({ baseUrl: emu.url, ...(token ? { auth: token } : {}) });
}

export type Client = ReturnType<typeof client>;

/** Status of a request that is expected to fail (Octokit throws a RequestError). */
export async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    const res = (await promise) as { status: number };
    return res.status;
  } catch (err) {
    const status = (err as { status?: unknown }).status;
    if (typeof status !== "number") throw err;
    return status;
  }
}
