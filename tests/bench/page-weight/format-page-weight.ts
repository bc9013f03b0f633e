import { brotliSize, type LoadPhase, type PageWeight } from './measure-page-weight.ts';
import type { KindedPage, PageKind } from './page-kinds.ts';
import type { PageScripts } from './read-page-scripts.ts';

export interface MeasuredPage extends KindedPage {
  scripts: PageScripts;
  weight: PageWeight;
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const kinds: PageKind[] = ['catalogue', 'course overview', 'reading lesson', 'quiz lesson', 'scenario lesson', 'search'];

const sumOf = (weight: PageWeight, keep: (file: PageWeight['files'][number]) => boolean) =>
  weight.files.filter(keep).reduce((sum, file) => sum + file.brotliBytes, 0);
/** Everything but the local record: what the page costs inside an LMS, where scorm-again never loads. */
export const inLmsBytes = (weight: PageWeight) => sumOf(weight, (file) => !file.scormAgain);
export const localRecordBytes = (weight: PageWeight) => sumOf(weight, (file) => file.scormAgain);
const phaseBytes = (weight: PageWeight, phase: LoadPhase) => sumOf(weight, (file) => file.phase === phase && !file.scormAgain);

/** The heaviest page of each kind (pages of a kind mostly load the same files). */
function heaviestByKind(pages: readonly MeasuredPage[]): [PageKind, MeasuredPage, number][] {
  return kinds.flatMap((kind) => {
    const ofKind = pages.filter((page) => page.kind === kind);
    const heaviest = ofKind.reduce<MeasuredPage | undefined>((top, page) => (!top || inLmsBytes(page.weight) > inLmsBytes(top.weight) ? page : top), undefined);
    return heaviest ? [[kind, heaviest, ofKind.length] as [PageKind, MeasuredPage, number]] : [];
  });
}

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  const last = widths.length - 1;
  const pad = (cell: string, column: number) => (column === 0 || column === last ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0));
  return rows.map((row) => row.map(pad).join('  ').trimEnd()).join('\n');
}

export function formatPageWeights(pages: readonly MeasuredPage[]): string {
  const header = ['kind (pages)', 'start-up', 'when visible', 'once idle', 'on demand', 'in an LMS', '+ local record', 'heaviest page'];
  const rows = heaviestByKind(pages).map(([kind, page, count]) => [
    `${kind} (${count})`,
    kilobytes(phaseBytes(page.weight, 'start-up')),
    kilobytes(phaseBytes(page.weight, 'when visible')),
    kilobytes(phaseBytes(page.weight, 'once idle')),
    kilobytes(phaseBytes(page.weight, 'on demand')),
    kilobytes(inLmsBytes(page.weight)),
    kilobytes(localRecordBytes(page.weight)),
    page.file,
  ]);
  return `JavaScript (brotli):\n${table([header, ...rows])}\n"in an LMS" is everything but scorm-again; on the plain site the local record (scorm-again) comes on top, fetched once the page is idle.`;
}

/** Each file the measured pages fetch, once, with the kinds of page that fetch it and when. */
export function formatSharedFiles(pages: readonly MeasuredPage[]): string {
  const files = new Map<string, { bytes: number; uses: Map<string, string[]> }>();
  for (const [kind, page] of heaviestByKind(pages)) {
    for (const file of page.weight.files) {
      const entry = files.get(file.file) ?? { bytes: file.brotliBytes, uses: new Map<string, string[]>() };
      const phase = `${file.phase}${file.scormAgain ? ' (scorm-again)' : ''}`;
      entry.uses.set(phase, [...(entry.uses.get(phase) ?? []), kind.replace(/ lesson$/, '')]);
      files.set(file.file, entry);
    }
  }
  const describeUses = (uses: Map<string, string[]>) => [...uses].map(([phase, users]) => `${phase}: ${users.join(', ')}`).join('; ');
  const rows = [...files.entries()].sort(([, a], [, b]) => b.bytes - a.bytes).map(([file, { bytes, uses }]) => [file, kilobytes(bytes), describeUses(uses)]);
  return `Files (brotli) and who fetches them:\n${table([['file', 'brotli', 'fetched by'], ...rows])}`;
}

export function formatStyles(pages: readonly MeasuredPage[]): string {
  const rows = heaviestByKind(pages).map(([kind, page]) => [
    kind,
    String(page.scripts.blockingStylesheets.length),
    kilobytes(page.scripts.inlineStyles.reduce((sum, style) => sum + brotliSize(style), 0)),
  ]);
  return `Styles:\n${table([['kind', 'render-blocking style sheets', 'inline styles (brotli)'], ...rows])}`;
}

export function formatTargets(pages: readonly MeasuredPage[]): string {
  const reading = pages.filter((page) => page.kind === 'reading lesson');
  const interactive = pages.filter((page) => page.kind === 'quiz lesson' || page.kind === 'scenario lesson');
  const maxOf = (list: readonly MeasuredPage[], measure: (page: MeasuredPage) => number) => Math.max(0, ...list.map(measure));
  const readingStartUp = maxOf(reading, (page) => page.weight.byPhase['start-up']);
  const interactiveTotal = maxOf(interactive, (page) => inLmsBytes(page.weight));
  const scormAgainEarly = pages.filter((page) => page.weight.files.some((file) => file.scormAgain && file.phase !== 'on demand'));
  const islands = interactive.flatMap((page) => page.scripts.islands);
  const clientOnly = islands.filter((island) => !island.serverRendered).length;
  const notOnView = islands.filter((island) => island.timing !== 'when visible').length;
  const blocking = pages.filter((page) => page.scripts.blockingStylesheets.length > 0).length;
  const verdict = (met: boolean) => (met ? 'met   ' : 'MISSED');
  return [
    'Targets (issue 11):',
    `${verdict(readingStartUp <= 20 * 1024)} reading lesson ≤ 20 KB before the page is idle: ${kilobytes(readingStartUp)} (heaviest of ${reading.length})`,
    `${verdict(interactiveTotal <= 60 * 1024)} quiz/scenario lesson ≤ 60 KB: ${kilobytes(interactiveTotal)} (heaviest of ${interactive.length}, without the local record)`,
    `${verdict(scormAgainEarly.length === 0)} scorm-again only by import() (the plain site's local record), never at start-up or with an island: ${scormAgainEarly.length} pages load it earlier`,
    `${verdict(clientOnly === 0 && notOnView === 0)} quiz and scenario markup in the HTML, hydrated when visible: ${clientOnly} of ${islands.length} islands client-only, ${notOnView} not client:visible`,
    `${verdict(blocking === 0)} no render-blocking style sheet: ${blocking} of ${pages.length} pages have one`,
  ].join('\n');
}
