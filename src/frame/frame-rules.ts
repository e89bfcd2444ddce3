/**
 * What the frame page (`dist/frame.html`) agrees to show, decided from its
 * address alone: which element, which attributes, which feed. No DOM here, so
 * the rules are tested on their own and the build can use them too.
 *
 * A link to the frame page is a link to the trust's own site, and anyone can
 * write one. So the frame shows only elements that read a feed, only the
 * attributes the Custom Elements Manifest lists for them, and only a feed on
 * its own site or on a site the web team lists in `frame.html`. Anything else
 * is refused whole, never shown in part.
 */

/** Each element the frame may show, with its attributes: `boolean` ones are on when present. */
export type FrameElements = Record<string, Record<string, 'boolean' | 'text'>>;

/** What the frame page will render: set with `setAttribute`, never written as markup. */
export interface FrameRequest {
  tag: string;
  attributes: [name: string, value: string][];
  /** The `id` parameter, sent back with each height so a host can tell frames apart. */
  id: string | null;
}

export interface CheckedRequest {
  /** Present when the request may be shown. */
  request?: FrameRequest;
  /** Why not (or what was odd), for the console. */
  problems: string[];
}

/** The frame page's own parameters; every other one names an attribute. */
const FRAME_PARAMETERS = new Set(['element', 'id']);

/** Attributes that make no sense inside a frame, and why. */
const NOT_IN_A_FRAME: Record<string, string> = {
  'url-state': "it keeps filters in the frame's own address, which the reader never sees",
};

interface ManifestAttribute {
  name?: string;
  type?: { text?: string };
}
interface ManifestDeclaration {
  customElement?: boolean;
  tagName?: string;
  attributes?: ManifestAttribute[];
}
interface Manifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}

/** Every element in a Custom Elements Manifest, with its attributes (the build's allow-list). */
export function frameElements(manifest: Manifest): FrameElements {
  const elements: FrameElements = {};
  for (const declaration of (manifest.modules ?? []).flatMap((m) => m.declarations ?? [])) {
    if (!declaration.customElement || !declaration.tagName) continue;
    const attributes: Record<string, 'boolean' | 'text'> = {};
    for (const { name, type } of declaration.attributes ?? []) {
      if (name) attributes[name] = /\bboolean\b/.test(type?.text ?? '') ? 'boolean' : 'text';
    }
    elements[declaration.tagName] = attributes;
  }
  return elements;
}

/**
 * The sites whose feeds the frame may show besides its own, from the
 * `content` of `<meta name="nhs-frame-feeds">`: origins such as
 * `https://feeds.example.nhs.uk`, separated by commas or spaces.
 */
export function feedOrigins(list: string): { origins: Set<string>; problems: string[] } {
  const origins = new Set<string>();
  const problems: string[] = [];
  for (const entry of list.split(/[\s,]+/).filter(Boolean)) {
    let url: URL | undefined;
    try {
      url = new URL(entry);
    } catch {
      url = undefined;
    }
    if (url && /^https?:$/.test(url.protocol) && entry.replace(/\/$/, '') === url.origin) origins.add(url.origin);
    else
      problems.push(
        `<meta name="nhs-frame-feeds">: "${entry}" is not a site's origin (write it as https://feeds.example.nhs.uk, ` +
          'with no path); feeds from it are refused',
      );
  }
  return { origins, problems };
}

/**
 * Whether the frame may show what `params` ask for. `origin` and `base` are
 * the frame page's own (`location.origin`, `location.href`); `feeds` are the
 * other origins the web team allows.
 */
export function checkRequest(
  params: URLSearchParams,
  { elements, feeds, origin, base }: { elements: FrameElements; feeds: Set<string>; origin: string; base: string },
): CheckedRequest {
  const problems: string[] = [];
  const names = [...params.keys()];
  for (const name of new Set(names.filter((name, i) => names.indexOf(name) !== i)))
    problems.push(`the parameter "${name}" is given more than once; give it once`);

  const feedElements = Object.keys(elements)
    .filter((tag) => Object.hasOwn(elements[tag], 'src'))
    .sort();
  const tag = params.get('element');
  const attributes = tag === null ? undefined : Object.hasOwn(elements, tag) ? elements[tag] : undefined;
  if (tag === null) problems.push(`no element given: add ?element= and one of ${feedElements.join(', ')}`);
  else if (!attributes) problems.push(`unknown element "${tag}": the frame shows ${feedElements.join(', ')}`);
  else if (!Object.hasOwn(attributes, 'src'))
    problems.push(
      `<${tag}> takes its words from its attributes, so a link could make it say anything; the frame shows only ` +
        `elements that read a feed (${feedElements.join(', ')})`,
    );
  if (!attributes || !Object.hasOwn(attributes, 'src')) return { problems };

  const request: FrameRequest = { tag: tag!, attributes: [], id: params.get('id') };
  const framed = (name: string) => !Object.hasOwn(NOT_IN_A_FRAME, name);
  const known = Object.keys(attributes).filter(framed);
  for (const [name, value] of params) {
    if (FRAME_PARAMETERS.has(name)) continue;
    if (!framed(name) && Object.hasOwn(attributes, name)) {
      problems.push(`<${tag}> ${name} cannot be used in the frame: ${NOT_IN_A_FRAME[name]}`);
    } else if (!Object.hasOwn(attributes, name)) {
      problems.push(`<${tag}> has no attribute "${name}"; it takes ${known.sort().join(', ')}`);
    } else if (attributes[name] === 'boolean' && value !== '' && value !== name) {
      problems.push(`<${tag}> ${name} is on when present: write "&${name}" alone, or leave it out (got "${value}")`);
    } else {
      request.attributes.push([name, value]);
    }
  }

  const src = params.get('src');
  if (src === null || src.trim() === '') problems.push(`<${tag}> needs src, the address of its feed`);
  else problems.push(...feedProblems(src, { feeds, origin, base }));
  return problems.length ? { problems } : { request, problems };
}

function feedProblems(src: string, { feeds, origin, base }: { feeds: Set<string>; origin: string; base: string }) {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return [`src "${src}" is not an address`];
  }
  if (!/^https?:$/.test(url.protocol)) return [`src "${src}" is not an http or https address`];
  if (url.origin === origin || feeds.has(url.origin)) return [];
  return [
    `the feed ${url.href} is on another site (${url.origin}); the frame shows feeds from its own site (${origin})` +
      (feeds.size ? ` and ${[...feeds].join(', ')}` : '') +
      `. To allow it, add ${url.origin} to <meta name="nhs-frame-feeds"> in frame.html`,
  ];
}
