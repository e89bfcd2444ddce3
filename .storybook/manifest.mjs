/**
 * The Custom Elements Manifest as Storybook's docs tables read it: the
 * manifest that ships in dist/, with two changes for designers.
 *
 * - Only public members: Storybook lists every field it is given as a
 *   property with a control, and internal state (`{ state: true }`, marked
 *   `privacy: "private"`) is not something a page can set.
 * - Parts are listed as `::part(heading)`: Storybook keys its table by name,
 *   and a part named like a property (`heading`) would otherwise hide that
 *   property's control.
 *
 * @template {{ modules: Array<{ declarations?: Array<Record<string, unknown>> }> }} Manifest
 * @param {Manifest} manifest
 * @returns {Manifest}
 */
export function forStorybook(manifest) {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => {
        const { members, cssParts } =
          /** @type {{ members?: Array<{ privacy?: string }>, cssParts?: Array<{ name: string }> }} */ (declaration);
        return {
          ...declaration,
          ...(members && { members: members.filter((member) => (member.privacy ?? 'public') === 'public') }),
          ...(cssParts && { cssParts: cssParts.map((part) => ({ ...part, name: `::part(${part.name})` })) }),
        };
      }),
    })),
  };
}
