/** The `Authorization: Bearer <token>` header record that bearer-token strategies send. */
export function bearerHeader(token: string): Readonly<Record<string, string>> {
  return { Authorization: `Bearer ${token}` };
}
