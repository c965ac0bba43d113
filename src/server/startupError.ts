/** A reason the server or a command cannot start that the operator can fix; shown as a message, not a stack. */
export class StartupError extends Error {}
