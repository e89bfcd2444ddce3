import { parse } from 'acorn';
import type { Plugin } from 'vite';

interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/**
 * For the script-tag bundle: in Lit's html`…` and svg`…` templates, a run of
 * white space that spans a line break (source indentation) becomes one space,
 * which renders the same outside <pre> and <textarea> text (and none at all
 * when the next line starts with the `>` or `/>` that closes a tag), and a static
 * attribute value made only of letters, digits and hyphens loses its quotes
 * (`part="card"` → `part=card`), which HTML reads the same. The templates are
 * found by parsing, not by pattern, so expressions inside them are untouched.
 */
export function collapseHtmlTemplates(): Plugin {
  return {
    name: 'collapse-html-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|svg)`/.test(code)) return null;
      const ast = parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as Node;
      const edits: Array<[number, number, string]> = [];
      const walk = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        if (Array.isArray(node)) return node.forEach(walk);
        const n = node as Node;
        if (n.type === 'TaggedTemplateExpression') {
          const tag = n.tag as Node & { name?: string };
          if (tag.type === 'Identifier' && (tag.name === 'html' || tag.name === 'svg')) {
            for (const quasi of (n.quasi as { quasis: Node[] }).quasis) {
              const raw = code.slice(quasi.start, quasi.end);
              if (/<(pre|textarea)\b[^>]*>[^<]*\n/i.test(raw)) continue;
              const collapsed = raw
                .replace(/\s*\n\s*(?=\/?>)/g, '')
                .replace(/\s*\n\s*/g, ' ')
                .replace(/(\s[\w-]+)="([\w-]+)"/g, '$1=$2');
              if (collapsed !== raw) edits.push([quasi.start, quasi.end, collapsed]);
            }
          }
        }
        for (const [key, value] of Object.entries(n)) if (key !== 'loc') walk(value);
      };
      walk(ast);
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
        out = out.slice(0, start) + text + out.slice(end);
      }
      return { code: out, map: null };
    },
  };
}
