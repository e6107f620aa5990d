/**
 * Workflows that only some registered versions of their API can run, with the operations they need
 * (`"<method> <path template>"`). The generator reads this to re-export a workflow from a version's
 * entry (`commonground-sdk/<id>/<version>`) only where that version has every operation; workflows not
 * listed fit every version of their API. The default entry follows its version. Types are always
 * re-exported. Data only: nothing at run time imports this file.
 */
export const WORKFLOW_NEEDS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  zaken: {
    reserveZaaknummer: ["post /zaaknummer_reserveren"],
  },
  "brp-personen": {
    findPersons: ["post /personen"],
    PERSONEN_QUERY_TYPES: ["post /personen"],
  },
};
