// Typed errors: callers (CLI exit code 2, the panel's message) tell bad input from bugs by class.

/** A snapshot that cannot be used; the message names the object, record and field. */
export class SnapshotError extends Error {
  readonly object: string | null;
  readonly recordId: string | null;
  readonly field: string | null;

  constructor(
    message: string,
    object: string | null = null,
    recordId: string | null = null,
    field: string | null = null
  ) {
    super(message);
    this.name = 'SnapshotError';
    this.object = object;
    this.recordId = recordId;
    this.field = field;
  }
}

/** No user in the facts has this Id or Username. */
export class UnknownUserError extends Error {
  readonly user: string;

  constructor(user: string) {
    super(`No user with Id or Username "${user}" in the facts.`);
    this.name = 'UnknownUserError';
    this.user = user;
  }
}
