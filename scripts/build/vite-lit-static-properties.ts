import type { Plugin } from 'vite';

const DECORATED =
  /^(\s*)@(property|state)\(([^)]*)\)\s+((?:(?:private|protected|public|override|readonly|declare)\s+)*)(\w+)([?!]?)(.*)$/;
const QUERY = /^(\s*)@query\(('[^']*')\)\s+((?:(?:private|protected|public)\s+)*)(\w+)[?!]?\s*:[^;=]*;\s*$/;

/**
 * For the script-tag bundle only: turns Lit's `@property(…)`/`@state()`/
 * `@query(…)` one-line field decorators into one `static properties` object
 * and getters, which is what Lit does with them at run time anyway, and
 * `@customElement('nhs-…')` into a call after the class. The
 * source keeps the decorators (docs, types, the manifest read them); the
 * bundle saves the decorator calls, about 0.7 KB gzip. A decorator it cannot
 * read stops the build rather than slip through.
 */
export function litStaticProperties(): Plugin {
  return {
    name: 'lit-static-properties',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/^\s*@(property|state|query|customElement)\(/m.test(code)) return null;
      const properties: string[] = [];
      const defines: string[] = [];
      let tag = '';
      const lines = code.split('\n').map((line) => {
        const field = DECORATED.exec(line);
        if (field) {
          const [, indent, kind, options, modifiers, name, , rest] = field;
          properties.push(`${name}: ${kind === 'state' ? '{ state: true }' : options.trim() || '{}'}`);
          return `${indent}${modifiers}${name}${rest}`;
        }
        const query = QUERY.exec(line);
        if (query) {
          const [, indent, selector, modifiers, name] = query;
          return `${indent}${modifiers}get ${name}(): any { return this.renderRoot?.querySelector(${selector}) ?? null; }`;
        }
        const element = /^@customElement\(('[^']*')\)\s*$/.exec(line);
        if (element) {
          tag = element[1];
          return '';
        }
        const exported = /^export class (\w+) /.exec(line);
        if (exported && tag) {
          defines.push(`customElement(${tag})(${exported[1]});`);
          tag = '';
        }
        if (/^\s*@(property|state|query|customElement)\(/.test(line)) {
          throw new Error(`${id}: cannot turn this decorator into static properties: ${line.trim()}`);
        }
        return line;
      });
      const classes = lines.filter((line) => /^export class \w+ extends \w+ \{$/.test(line));
      if (properties.length && classes.length !== 1) {
        throw new Error(`${id}: expected one "export class X extends Y {" line for static properties`);
      }
      if (properties.length) {
        lines.splice(lines.indexOf(classes[0]) + 1, 0, `  static properties = { ${properties.join(', ')} };`);
      }
      return { code: [...lines, ...defines].join('\n'), map: null };
    },
  };
}
