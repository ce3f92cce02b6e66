/** Where the command line writes; tests pass string buffers, the bin passes the process streams. */
export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr };
}
