import { select, selectAll } from "hast-util-select";
import { toString as text } from "hast-util-to-string";
import { describe, expect, it } from "vitest";
import { render } from "./render-markdown.ts";

describe("heading links", () => {
  it("end a heading with a published anchor with a # link to it, named by the heading's text", () => {
    const tree = render(`## <a name="the-vm-has-no-internet-access"></a>The VM has *no* internet access`);
    const link = select("h2 > a.ea-anchor", tree);
    expect(link?.properties.href).toBe("#the-vm-has-no-internet-access");
    expect(link?.properties.ariaLabel).toBe("Link to: The VM has no internet access");
    expect(text(link ?? tree)).toBe("#");
    expect(link?.properties.dataPagefindIgnore).toBeDefined();
  });

  it('escape an anchor with ", > or & once: the link points at the id, and its name carries no markup (issue 11 item 8)', () => {
    const tree = render(`## <a name='a"b>c&amp;d'></a>Tom &amp; "Jerry" <b>bold</b>`);
    const heading = select("h2", tree);
    const link = select("h2 > a.ea-anchor", tree);
    expect(heading?.properties.id).toBe('a"b>c&d');
    expect(link?.properties.href).toBe(`#${heading?.properties.id}`);
    expect(link?.properties.ariaLabel).toBe('Link to: Tom & "Jerry" bold');
    expect(String(link?.properties.ariaLabel)).not.toMatch(/[<>]|&amp;|&quot;/);
  });

  it("give a heading without a published anchor no id and no link (never an id from translated text)", () => {
    const tree = render('## Passaggio 1: controllare la VM\n\n### <a name="step-1"></a>Passo 1');
    const [plain, anchored] = selectAll("h2, h3", tree);
    expect(plain?.properties.id).toBeUndefined();
    expect(select("a.ea-anchor", plain ?? tree)).toBeUndefined();
    expect(anchored?.properties.id).toBe("step-1");
  });
});
