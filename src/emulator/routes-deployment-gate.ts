import { type Handler, intParam, obj, repoOf, str, writer } from "./context.js";
import { reviewDeployment } from "./deployment-ops.js";

/** Custom deployment protection rules: the App's answer for a waiting workflow run. */

export const deploymentGateRoutes: Record<string, Handler> = {
  "actions/review-custom-gates-for-run": (ctx) => {
    const repo = repoOf(ctx);
    const body = obj(ctx.body);
    const state = body.state === "rejected" ? "rejected" : "approved";
    reviewDeployment(ctx.world, repo, intParam(ctx, "run_id"), writer(ctx), {
      environment: str(body.environment_name) ?? "",
      state,
      comment: str(body.comment) ?? "",
    });
    return { status: 204 };
  },
};
