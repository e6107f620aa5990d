/** Entry: starts the data source (the in-browser mock by default), then renders the app. */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import { LandscapeProvider } from "./hooks.ts";
import { startLandscape } from "./landscape.ts";

const root = createRoot(document.getElementById("root") as HTMLElement);
root.render(<p role="status">Starting the Common Ground mock…</p>);

try {
  const landscape = await startLandscape();
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 60_000, retry: false } } });
  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <LandscapeProvider value={landscape}>
          <App />
        </LandscapeProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
} catch (error) {
  console.error(error);
  root.render(
    <p role="alert" data-testid="startup-error">
      Could not start: {error instanceof Error ? error.message : String(error)}
    </p>,
  );
}
