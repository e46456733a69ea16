/** A line that may hold a command (the parser decides); skips parsing plain discussion. */
export const COMMAND_LINE = /^ {0,3}\//m;
