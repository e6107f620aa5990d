/** What `commonground --help` prints: the commands, their options and the exit codes. */
export const USAGE = `Usage: commonground <command> [options]

Commands:
  generate  Generate typed client modules from OpenAPI specs (files, URLs or a config file)
  mock    Run the in-memory Common Ground landscape (Zaken, Catalogi, Documenten, Besluiten,
          Autorisaties, Notificaties, Klantinteracties, Objecten, Objecttypen, BRP, BAG, BRK, WOZ)
  specs   List the registered specs, or compare two specs and flag breaking changes

Options for mock:
  --port <n>     port to listen on (0 = a free one)            default 8000
  --host <h>     address to bind                               default 127.0.0.1
  --seed <file>  JSON seed data added to the default seed
  -h, --help     show this help

Usage of specs:
  commonground specs list [--json]
      every registered API id and variant, its default (*), title and source repository
  commonground specs diff <id> <from> <to> [--json] [--breaking]
      compare two registered variants, e.g. \`commonground specs diff zaken 1.5.1 1.7.0\`
  commonground specs diff <fileA> <fileB> [--json] [--breaking]
      compare two local OpenAPI 3.x files (YAML or JSON; external $refs are resolved)
  --json         print JSON instead of text
  --breaking     text output: only the breaking changes (the summary still counts all)

Usage of generate: see \`commonground generate --help\`.

Exit codes: 0 done, 1 bad input (unknown spec, unreadable or invalid file), 2 usage error,
3 (generate --check) stale output.
`;
