/**
 * Types for `expand`: `_expand` typed by the requested expand list. Members named in the list
 * become required; a dotted path (`status.statustype`) types the nested member's own `_expand`.
 */

type Head<Key extends string> = Key extends `${infer H}.${string}` ? H : Key;
type Tail<Key extends string, H extends string> = Key extends `${H}.${infer T}` ? T : never;

type ExpandOf<T> = T extends { _expand?: infer E } ? NonNullable<E> : never;

/** One expanded member: an array of resources, or one resource (each expanded further by `Rest`). */
type ExpandedMember<Member, Rest extends string> = [Rest] extends [never]
  ? Member
  : Member extends readonly (infer I)[]
    ? Expanded<Resource<I>, Rest>[]
    : Expanded<Resource<Member>, Rest>;

/** Drops the placeholders a spec puts beside an expanded resource (`GenesteExpansie`, `EmptyObject`: index signatures). */
type Resource<M> = M extends unknown ? (string extends keyof M ? never : [keyof M] extends [never] ? never : M) : never;

/** A resource whose `_expand` holds (at least) the members named by `Keys`. */
export type Expanded<T, Keys extends string> = T extends { _expand?: unknown }
  ? Omit<T, "_expand"> & {
      _expand: Omit<ExpandOf<T>, Head<Keys>> & {
        [H in Head<Keys> & keyof ExpandOf<T>]-?: ExpandedMember<NonNullable<ExpandOf<T>[H]>, Tail<Keys, H & string>>;
      };
    }
  : T;

/** A response body expanded by `Keys`: a page object's results, a bare array's items, or one resource. */
export type ExpandedBody<Data, Keys extends string> = Data extends readonly (infer I)[]
  ? Expanded<I, Keys>[]
  : Data extends { results?: infer R }
    ? NonNullable<R> extends readonly (infer I)[]
      ? Omit<Data, "results"> & { results: Expanded<I, Keys>[] }
      : Data
    : Expanded<Data, Keys>;

type ItemOf<Data> = Data extends readonly (infer I)[] ? I : Data extends { results?: infer R } ? (NonNullable<R> extends readonly (infer I)[] ? I : Data) : Data;

/** The expand paths a response allows: its `_expand` members, each optionally followed by `.<nested path>`. */
export type ExpandKey<Data> = keyof ExpandOf<ItemOf<Data>> extends infer K ? (K extends string ? K | `${K}.${string}` : never) : never;
