/**
 * BRP Personen 2.x: `POST /personen` with every query type over the seeded persons, `fields` selection
 * (`Persoon` for raadplegen, `PersoonBeperkt` for zoeken), and the API's `paramsValidation` 400s.
 */
import { defineBehaviour } from "../engine/behaviour.js";
import { checkPersonenQuery } from "./brp-personen/check-query.js";
import { findPersonen } from "./brp-personen/search.js";
import { leeftijd, selectFields } from "./brp-personen/select-fields.js";
import { hcParamsProblem, hcProblem } from "./haal-centraal-problem.js";

/** The BRP Personen behaviour. */
export const brpPersonenBehaviour = defineBehaviour({
  api: "brp-personen",
  routes: {
    "post /personen": (ctx, body) => {
      const instance = new URL(ctx.request.url).pathname;
      const accept = ctx.request.headers.get("Accept");
      if (accept && !/(^|,)\s*(\*\/\*|application\/\*|application\/json)\s*(;|,|$)/i.test(accept)) {
        return hcProblem(406, { code: "notAcceptable", title: "Gevraagde content type wordt niet ondersteund.", detail: "Ondersteunde content type: application/json; charset=utf-8.", instance });
      }
      const problems = checkPersonenQuery(ctx.api.facts.schemas, body);
      if (problems.length > 0) return hcParamsProblem(instance, problems);
      const query = body as Record<string, unknown> & { type: string; fields: string[] };
      const today = ctx.today();
      const personen = findPersonen([...ctx.store.collection("brp-personen", "/personen").values()], query).map((person) => {
        const age = leeftijd(person, today);
        const full = age === undefined ? person : { ...person, leeftijd: age };
        // Zoeken answers PersoonBeperkt: the fields check only let its members through.
        return selectFields(full, query.fields);
      });
      return { status: 200, body: { type: query.type, personen } };
    },
  },
});
