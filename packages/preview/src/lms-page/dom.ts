/**
 * The page's only way to make elements: text goes in as text nodes, never as HTML, so course text and LMS
 * values (course text is data) can never become markup.
 */
export type Child = Node | string | null | undefined | false | readonly Child[];

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Readonly<Record<string, string>> = {}, ...children: readonly Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) node.setAttribute(name, value);
  append(node, children);
  return node;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === "string" ? document.createTextNode(child) : (child as Node));
  }
}

/** Replaces the children of `parent`. */
export function fill(parent: Element, ...children: readonly Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the preview page has no #${id}`);
  return found as T;
}
