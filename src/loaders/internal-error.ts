import { AstroError } from "astro/errors";
import { INTERNAL_ERROR } from "../parser/parse-guarded.ts";
import type { Diagnostic } from "../parser/types.ts";

/**
 * Exit status of a build that crashed inside Error Atlas (a bug, not a
 * problem of the sources), as for `npm run parse`: content errors exit 1.
 */
export const INTERNAL_EXIT_CODE = 3;

let armed = false;

/**
 * Makes this process end with {@link INTERNAL_EXIT_CODE}, whatever status the
 * Astro CLI then exits with (it exits 1 on any failed build): set last, in
 * the `exit` event, which Node reads the final status from.
 */
export function exitAsInternalError(): void {
  if (armed) return;
  armed = true;
  process.once("exit", () => {
    process.exitCode = INTERNAL_EXIT_CODE;
  });
}

/** An unexpected exception while one file (or the content root) was processed: the build step names it. */
export class ProcessingError extends Error {
  // Plain fields, not parameter properties: Node runs this file with type stripping only (npm run parse).
  readonly file: string;
  override readonly cause: unknown;
  constructor(file: string, cause: unknown) {
    super(`${file}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "ProcessingError";
    this.file = file;
    this.cause = cause;
  }
}

/** Runs `step` for `file`; an exception it throws comes out as a {@link ProcessingError} naming the file. */
export function processing<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw error instanceof ProcessingError || error instanceof AstroError ? error : new ProcessingError(file, error);
  }
}

/**
 * The build error for a crash of the loader: says "internal error" and the
 * file being processed, and arms exit status 3. Errors the loader raises on
 * purpose (content errors, as `AstroError`) pass through unchanged.
 */
export function asBuildError(error: unknown, fallbackFile: string): unknown {
  if (error instanceof AstroError) return error;
  const file = error instanceof ProcessingError ? error.file : fallbackFile;
  const cause = error instanceof ProcessingError ? error.cause : error;
  const detail = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
  exitAsInternalError();
  const built = new AstroError(
    `Error Atlas: internal error while processing ${file} (${detail}).`,
    `This is a bug in Error Atlas, not in the sources: please report it with the file. The build exits with status ${INTERNAL_EXIT_CODE} (content errors exit 1).`,
  );
  if (cause instanceof Error && cause.stack) built.stack = `${built.message}\n${cause.stack}`;
  return built;
}

/** A parser crash the parser isolated to its file (`internal-error` diagnostic) is a bug too: the build exits 3. */
export function armOnInternalDiagnostics(diagnostics: readonly Diagnostic[]): void {
  if (diagnostics.some((d) => d.code === INTERNAL_ERROR)) exitAsInternalError();
}
