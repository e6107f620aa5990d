/** The `fetch` the client calls: a standard fetch, or anything with its shape (a mock, undici's). */
export type FetchLike = (input: Request) => Promise<Response>;
