// The Custom Elements Manifest: one place for its settings (npm run analyze and the build read it).

/**
 * Every element reads the base sheet's tokens, documented once on `NhsElement`
 * (src/shared/element.ts). The analyzer does not pass CSS properties down to
 * subclasses, so this lists them on each element too, after its own.
 */
function sharedTokens() {
  return {
    name: 'nhs-shared-tokens',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((m) => m.declarations ?? []);
      const base = declarations.find((d) => d.name === 'NhsElement');
      if (!base?.cssProperties?.length) throw new Error('nhs-shared-tokens: NhsElement documents no @cssprop');
      for (const element of declarations.filter((d) => d.customElement && d.tagName)) {
        const own = new Set((element.cssProperties ?? []).map((p) => p.name));
        element.cssProperties = [
          ...(element.cssProperties ?? []),
          ...base.cssProperties.filter((p) => !own.has(p.name)),
        ];
        // The analyzer also records `dispatchEvent(new NhsXEvent(…))` as an unnamed event beside the
        // element's `@fires` line; only the documented, named events are API.
        if (element.events) element.events = element.events.filter((event) => event.name);
        // Internal reactive state is declared `{ state: true }` in `static properties`, which Lit never
        // ties to an attribute; the analyzer lists it as one. A private field is never an attribute.
        const internal = new Set(
          (element.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name),
        );
        if (element.attributes) element.attributes = element.attributes.filter((a) => !internal.has(a.fieldName));
        for (const member of element.members ?? []) if (internal.has(member.name)) delete member.attribute;
      }
    },
  };
}

/**
 * Each element registers itself with `define('nhs-x', NhsX)` (src/shared/define.ts) after its class.
 * The analyzer knows `@customElement` and `customElements.define`, not our helper: this reads the
 * call, marks the class a custom element with its tag, and exports the definition as the analyzer
 * would. The `customElements.define(tag, cls)` inside the helper itself defines no tag.
 */
function defineCalls() {
  return {
    name: 'nhs-define-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      const [tag, cls] = node.arguments;
      if (node.expression.text !== 'define' || !tag || !ts.isStringLiteral(tag) || !cls || !ts.isIdentifier(cls))
        return;
      const declaration = moduleDoc.declarations?.find((d) => d.name === cls.text);
      if (!declaration)
        throw new Error(`nhs-define-calls: ${moduleDoc.path} defines ${tag.text} as unknown ${cls.text}`);
      declaration.tagName = tag.text;
      declaration.customElement = true;
      (moduleDoc.exports ??= []).push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: cls.text, module: moduleDoc.path },
      });
    },
    moduleLinkPhase({ moduleDoc }) {
      if (moduleDoc.path === 'src/shared/define.ts')
        moduleDoc.exports = moduleDoc.exports?.filter((e) => e.kind !== 'custom-element-definition');
    },
  };
}

/**
 * `#private` fields and methods cannot be reached from outside the class, so
 * they are no part of the API; the analyzer lists them (marked private), and
 * tools that read the manifest (editors, Storybook) would show them.
 */
function noHashPrivates() {
  return {
    name: 'nhs-no-hash-privates',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? []))
        if (declaration.members) declaration.members = declaration.members.filter((m) => !m.name.startsWith('#'));
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The content editor and the frame page are pages of their own (dist/editor/, dist/frame.html),
  // not part of the library's API.
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/editor/**', 'src/frame/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [defineCalls(), sharedTokens(), noHashPrivates()],
};
