/** The clients in React context, the typed TanStack Query hooks on them, and reference resolution as queries. */
import { useQuery } from "@tanstack/react-query";
import createQueryHooks from "openapi-react-query";
import type { CommonGroundClient } from "commonground-sdk";
import type { Client } from "openapi-fetch";
import { createContext, useContext, useMemo } from "react";
import type { Landscape } from "./landscape.ts";

const LandscapeContext = createContext<Landscape | null>(null);
export const LandscapeProvider = LandscapeContext.Provider;

export function useLandscape(): Landscape {
  const landscape = useContext(LandscapeContext);
  if (!landscape) throw new Error("useLandscape outside <LandscapeProvider>");
  return landscape;
}

/**
 * openapi-react-query calls only the client's `GET`/`POST`/… methods, which the SDK client has; its
 * type lacks openapi-fetch's `request` and `TRACE`, so it is widened to openapi-fetch's `Client` here.
 */
function forReactQuery<Paths extends {}>(client: CommonGroundClient<Paths>): Client<Paths> {
  return client as unknown as Client<Paths>;
}

/** `useQuery("get", "/zaken", …)` typed by the Zaken API's paths: openapi-react-query on the SDK's (openapi-fetch) client. */
export function useZaken() {
  const { zaken } = useLandscape();
  return useMemo(() => createQueryHooks(forReactQuery(zaken)), [zaken]);
}

/** The omschrijving of a zaak's current status: status (Zaken) → statustype (Catalogi). */
export function useStatusOmschrijving(statusUrl: string | null | undefined) {
  const { cg } = useLandscape();
  return useQuery({
    queryKey: ["statustype-omschrijving", statusUrl],
    enabled: Boolean(statusUrl),
    queryFn: async () => {
      const status = await cg.resolve(statusUrl as string, "status");
      const statustype = await cg.resolve(status.statustype, "statustype");
      return statustype.omschrijving;
    },
  });
}

/** The omschrijving of a zaaktype, resolved from the zaak's `zaaktype` URL. */
export function useZaaktypeOmschrijving(zaaktypeUrl: string) {
  const { cg } = useLandscape();
  return useQuery({ queryKey: ["zaaktype", zaaktypeUrl], queryFn: async () => (await cg.resolve(zaaktypeUrl, "zaaktype")).omschrijving });
}

/** A document (Documenten), resolved from a zaakinformatieobject's `informatieobject` URL. */
export function useDocument(informatieobjectUrl: string) {
  const { cg } = useLandscape();
  return useQuery({ queryKey: ["informatieobject", informatieobjectUrl], queryFn: () => cg.resolve(informatieobjectUrl, "informatieobject") });
}
