/**
 * `commonground-sdk/testing`: a faithful, stateful, in-memory Common Ground landscape for tests and
 * prototypes (msw handlers, or a real HTTP server). Not part of the client entries.
 */
export { createMockCommonGround } from "./create-mock.js";
export type { MockCommonGround, MockCommonGroundOptions, MockCredentials } from "./create-mock.js";
export { defineBehaviour } from "./engine/behaviour.js";
export type { Behaviour, BehaviourContext, NotificationDraft, NotificationRule, Resolved, RouteHandler, RouteResult } from "./engine/behaviour.js";
export { SERVED_APIS } from "./engine/api-roots.js";
export type { AuthKind, MockApiId, ServedApi } from "./engine/api-roots.js";
export type { MockFacts, MockOperationFacts, SchemaObject } from "./engine/mock-facts.js";
export type { Delivery, NotifyOptions, SentNotification } from "./engine/notifications.js";
export { MockProblem } from "./engine/problems.js";
export type { InvalidParam } from "./engine/problems.js";
export type { MockRecord, SeedData } from "./engine/store.js";
export { validateBody } from "./engine/validate.js";
export type { ValidationMode, ValidationResult } from "./engine/validate.js";
export { SEED, SELECTIELIJST, defaultSeed, referentielijstenSeed, seedPart, seedUuid } from "./seed/index.js";
export { LIFECYCLE, lifecycleClients, zakenLifecycleSeed } from "./seed/zaken-lifecycle.js";
export { SEED_RELATIONS } from "./seed/relations.js";
