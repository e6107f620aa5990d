/** BRP Personen 2.x: `POST /personen`, answered from the seeded persons. Only `RaadpleegMetBurgerservicenummer` for now. */
import { defineBehaviour } from "../engine/behaviour.js";
import { MockProblem, validationProblem } from "../engine/problems.js";
import { validateBody } from "../engine/validate.js";

/** The BRP Personen behaviour. */
export const brpPersonenBehaviour = defineBehaviour({
  api: "brp-personen",
  routes: {
    "post /personen": (ctx, body) => {
      const schema = ctx.api.facts.operations["/personen"]?.post?.body?.schema ?? {};
      const { errors } = validateBody(body ?? {}, schema, ctx.api.facts.schemas, "create");
      if (errors.length > 0) throw validationProblem(errors);
      const query = body as { type: string; burgerservicenummer?: string[] };
      if (query.type !== "RaadpleegMetBurgerservicenummer") {
        throw new MockProblem(501, { detail: `Zoektype ${query.type} is not modelled by the mock yet.` });
      }
      const wanted = new Set(query.burgerservicenummer ?? []);
      const personen = [...ctx.store.collection("brp-personen", "/personen").values()].filter((p) => wanted.has(String(p.burgerservicenummer)));
      return { status: 200, body: { type: query.type, personen } };
    },
  },
});
