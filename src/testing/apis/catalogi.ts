/** Catalogi API behaviour (zgw-rules 3): concept flag, publish, the `status` and `datumGeldigheid` list filters. */
import { type RouteHandler, defineBehaviour } from "../engine/behaviour.js";
import { MockProblem } from "../engine/problems.js";
import { text } from "./shared.js";

const TYPES = new Set(["/zaaktypen", "/informatieobjecttypen", "/besluittypen"]);

function publish(collection: string): RouteHandler {
  return (ctx) => {
    const record = ctx.store.collection("catalogi", collection).get(ctx.params.uuid ?? "");
    if (!record) throw new MockProblem(404);
    record.concept = false;
    return { status: 200, body: record };
  };
}

/** The Catalogi behaviour. */
export const catalogiBehaviour = defineBehaviour({
  api: "catalogi",
  notifications: {
    kanaal: (collection) => (TYPES.has(collection) ? collection.slice(1) : undefined),
    resources: { "/zaaktypen": "zaaktype", "/informatieobjecttypen": "informatieobjecttype", "/besluittypen": "besluittype" },
    hoofdObject: (record) => record,
    kenmerken: (type) => ({ catalogus: text(type.catalogus) }),
  },
  beforeCreate(ctx) {
    if (TYPES.has(ctx.template)) ctx.record.concept = true;
  },
  filterList(records, query, ctx) {
    if (!TYPES.has(ctx.template)) return records;
    const status = query.get("status") ?? "definitief";
    let out = records.filter((r) => status === "alles" || (status === "concept" ? r.concept === true : r.concept !== true));
    const day = query.get("datumGeldigheid");
    if (day) out = out.filter((r) => text(r.beginGeldigheid) <= day && (!text(r.eindeGeldigheid) || text(r.eindeGeldigheid) >= day));
    return out;
  },
  routes: {
    "post /zaaktypen/{uuid}/publish": publish("/zaaktypen"),
    "post /informatieobjecttypen/{uuid}/publish": publish("/informatieobjecttypen"),
    "post /besluittypen/{uuid}/publish": publish("/besluittypen"),
  },
});
