// What must never reach a response body or stderr: a stack frame or an internal exception message.
/** "    at fn (/path/file.ts:12:3)" or "at /path/file.js:1:2": a stack frame. */
export const STACK_TRACE = /\bat .*[\\/][^\s]*\.(?:ts|js|mjs|cjs):\d+/;

/** Wording of internal errors that would tell a prober how the bot is built. */
export const INTERNAL_WORDING = /Error:|TypeError|ReferenceError|botbuilder|botframework|restify|zod|node_modules|Unexpected token|JSON at position|ECONN|Available keys/i;
