// A stand-in for Prettier's Babel parser and ESTree printer, which GraphiQL loads only to prettify the variables and
// headers editors (JSON with comments). explorer/build.mjs resolves `prettier/parser-babel` and
// `prettier/plugins/estree` here: jsonc-parser (already in the bundle) formats the text, comments kept, for about 1 kB
// instead of some 140 kB gzipped. Prettier itself (standalone, with its GraphQL plugin) still prettifies operations.
import { applyEdits, format } from 'jsonc-parser';

/** What the parser hands the printer: the already formatted text. */
interface FormattedText {
  type: 'jsonc-formatted';
  text: string;
}

const AST_FORMAT = 'jsonc-formatted';

/** The text formatted as GraphiQL's prettify button expects: two-space indents, one property per line. */
export function formatJsonc(text: string): string {
  return applyEdits(text, format(text, undefined, { tabSize: 2, insertSpaces: true, eol: '\n' }));
}

/** Prettier parsers, as `prettier/parser-babel` exports them; GraphiQL asks for `jsonc` (the others are aliases). */
export const parsers = Object.fromEntries(
  ['jsonc', 'json', 'json5'].map((name) => [
    name,
    {
      astFormat: AST_FORMAT,
      parse: (text: string): FormattedText => ({ type: 'jsonc-formatted', text: formatJsonc(text) }),
      locStart: () => 0,
      locEnd: (node: FormattedText) => node.text.length,
    },
  ]),
);

/** Prettier printers, as `prettier/plugins/estree` exports them: the parser did the work. */
export const printers = {
  [AST_FORMAT]: {
    print: (path: { node: FormattedText }) => path.node.text,
  },
};
