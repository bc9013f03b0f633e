import type { StringKey } from '../../i18n/en';

export type LmsPreviewLabelKey = Extract<StringKey, `lmsPreview.${string}`>;

/** The LMS preview's strings, translated, placeholders left in for fillLabel. */
export type LmsPreviewLabels = Record<LmsPreviewLabelKey, string>;

export function isLmsPreviewLabelKey(key: string): key is LmsPreviewLabelKey {
  return key.startsWith('lmsPreview.');
}

export { fillLabel } from '../../core/text/fill-label';
