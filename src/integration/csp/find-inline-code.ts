import { Parser } from 'htmlparser2';

/** What a page runs or styles from its own markup, which a Content-Security-Policy must allow by hash. */
export interface InlineCode {
  /** Text of every <script> without src, as the browser hashes it. */
  scripts: string[];
  /** Text of every <style> element (those inside <noscript> too: they apply when scripting is off). */
  styles: string[];
  /** Every style="…" value, entities decoded, as the browser hashes it. */
  styleAttributes: string[];
  /** Inline event handlers and javascript: URLs: no policy can allow them without allowing injected ones too. */
  forbidden: string[];
  /** Where the policy's <meta> goes: after a leading <meta charset>, else right after <head>; -1 without a <head>. */
  policyOffset: number;
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

/** Finds a built page's inline code with htmlparser2 (script and style bodies are raw text, as in a browser). */
export function findInlineCode(html: string): InlineCode {
  const found: InlineCode = { scripts: [], styles: [], styleAttributes: [], forbidden: [], policyOffset: -1 };
  let rawText: { kind: 'scripts' | 'styles'; text: string } | undefined;
  let headEnd = -1;
  let headChildren = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'head' && headEnd < 0) {
          headEnd = parser.endIndex + 1;
          found.policyOffset = headEnd;
        } else if (headEnd >= 0 && headChildren++ === 0 && name === 'meta' && 'charset' in attributes) {
          found.policyOffset = parser.endIndex + 1;
        }
        if (name === 'script' && attributes.src === undefined) rawText = { kind: 'scripts', text: '' };
        if (name === 'style') rawText = { kind: 'styles', text: '' };
        for (const [attribute, value] of Object.entries(attributes)) {
          if (attribute === 'style') found.styleAttributes.push(value);
          else if (/^on/i.test(attribute)) found.forbidden.push(`<${name} ${attribute}="…">`);
          else if (URL_ATTRIBUTES.has(attribute) && /^\s*javascript:/i.test(value)) found.forbidden.push(`<${name} ${attribute}="javascript:…">`);
        }
      },
      ontext(text) {
        if (rawText) rawText.text += text;
      },
      onclosetag(name) {
        if (rawText && (name === 'script' || name === 'style')) found[rawText.kind].push(rawText.text);
        rawText = undefined;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return found;
}
