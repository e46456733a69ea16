// The deploy gate's config section (the app's deployment protection rule and the Action's `mode: gate`).
import * as z from "zod";
import { id } from "./schema-primitives.js";

/** The deploy gate: which environments it holds, and from which level. */
export const GateSchema = z.strictObject({
  /**
   * Environments whose deployments the app's deployment protection rule holds during an incident
   * (`production`). Empty: the app approves every deployment it is asked about.
   */
  environments: z
    .array(z.string().min(1).max(255))
    .default([])
    .describe(
      "Environments whose deployments the app's deployment protection rule holds during an incident (`production`). Empty: the app approves every deployment.",
    ),
  /**
   * The least severe level that holds deployments, as a severity id. Defaults to `SEV2` (SEV1 and
   * SEV2 hold), or to the second level when no level has that id. Also the Action's `mode: gate`
   * level when its `block-on` input is not given.
   */
  blockOn: id
    .optional()
    .describe(
      "The least severe level that holds deployments, as a severity id. Defaults to `SEV2`, or to the second level when no level has that id. The Action's `mode: gate` uses it when `block-on` is not given.",
    ),
});
