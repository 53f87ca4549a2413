/** What a command's action hands back to main: its exit code; and the interrupt signal it honours. */
export interface CommandContext {
  exitCode: number;
  signal?: AbortSignal;
}
