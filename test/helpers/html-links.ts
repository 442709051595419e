/** The in-page links of an HTML report (`href="#…"`, `data-open`) and those whose target id is not in the page. */
export function inPageLinks(html: string): { targets: string[]; dead: string[] } {
  const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
  const targets = [
    ...[...html.matchAll(/href="#([^"]*)"/g)].map((m) => m[1]),
    ...[...html.matchAll(/data-open="([^"]+)"/g)].map((m) => m[1]),
  ];
  return { targets, dead: targets.filter((t) => !ids.has(t)) };
}
