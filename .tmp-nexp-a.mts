import { z } from "zod";
import { readFileSync } from "node:fs";
const d = "/work/shared/specs/upstream/objecttypen/testdata/objecttype-examples/";
for (const f of ["boom.json","melding.json","vordering.json"]) {
  const text = readFileSync(d+f,"utf8").replace(/^\uFEFF/,"");
  try {
    const s = z.fromJSONSchema(JSON.parse(text));
    console.log(f, "ok");
    const r = s.safeParse(f==="boom.json"? {beleidsstatus:"nope", kiemjaar:"x"} : f==="melding.json" ? {hoofdcategorie:"groen"} : {});
    console.log(JSON.stringify(r.error?.issues, null, 1)?.slice(0,1500));
  } catch (e) { console.log(f, "ERR", (e as Error).message); }
}
