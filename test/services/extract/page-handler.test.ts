import type { AnyNode } from 'domhandler';
import { DomHandler } from 'domhandler';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { PageHandler } from '../../../src/services/extract/page-handler.ts';

/** The tree as text: one line per node, with its type and name or text. */
function tree(html: string, handler: DomHandler): string {
  new Parser(handler, { decodeEntities: true }).end(html);
  const lines: string[] = [];
  const walk = (node: AnyNode, depth: number): void => {
    const own = 'name' in node ? node.name : 'data' in node ? JSON.stringify(node.data) : '';
    lines.push(`${' '.repeat(depth)}${node.type} ${own}`);
    if ('children' in node) for (const child of node.children) walk(child, depth + 1);
  };
  walk(handler.root, 0);
  return lines.join('\n');
}

describe('the page tree', () => {
  it('holds no comments, and the text around one stays as htmlparser2 splits it', () => {
    const html = '<p>Before<!-- a note -->after<!-- one --><!-- two --> the end.</p>';
    const ours = tree(html, new PageHandler());
    expect(ours).not.toContain('comment');
    expect(ours).toBe(
      tree(html, new DomHandler())
        .split('\n')
        .filter((line) => !line.includes('comment'))
        .join('\n'),
    );
  });

  it('keeps <style> and script elements but not the bodies no reader looks at', () => {
    const ours = tree(
      '<style>p { color: red }</style><script>var a = "<p>";</script><script type="module">go()</script><p>Text.</p>',
      new PageHandler(),
    );
    expect(ours).toContain('style style');
    expect(ours.match(/script script/g)).toHaveLength(2);
    expect(ours).not.toMatch(/color|var a|go\(\)/);
    expect(ours).toContain('"Text."');
  });

  it('keeps the text of JSON scripts: JSON-LD and app state are read from it', () => {
    const ours = tree(
      '<script type="application/ld+json">{"headline":"A"}</script><script type="Application/JSON">{"b":1}</script>',
      new PageHandler(),
    );
    expect(ours).toContain('{\\"headline\\":\\"A\\"}');
    expect(ours).toContain('{\\"b\\":1}');
  });
});
