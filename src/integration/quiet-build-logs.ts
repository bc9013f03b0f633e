import type { Rolldown } from 'vite';

interface BuildLog {
  code?: string;
  message: string;
}

/**
 * Astro 7 marks every MDX module with a "use astro:head-inject" directive that rolldown then warns about
 * once per lesson; Astro handles the directive itself, so the warning only buries real messages.
 */
export function isAstroHeadInjectWarning(log: BuildLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject');
}

/** Passes every build log on except that one warning. */
export const passBuildLogsExceptHeadInject: NonNullable<Rolldown.InputOptions['onLog']> = (level, log, handler) => {
  if (!isAstroHeadInjectWarning(log)) handler(level, log);
};
