/** The objecten workflows, re-exported from `commonground-sdk/objecten` and its version entries. */
export type { DataAttrOperator, DataFilter } from "./data-attr.js";
export type { ObjecttypeVersionReader } from "./objecttype-data-schema.js";
export { objectsOfType } from "./objects-of-type.js";
export type { Geometry, ObjectSearchQuery, ObjectenRecordClient, ObjectsOfType, ObjectsOfTypeOptions, TypedObject, WriteOptions } from "./objects-of-type.js";
