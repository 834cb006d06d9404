import { select, selectAll } from "hast-util-select";
import { toString as text } from "hast-util-to-string";
import { describe, expect, it } from "vitest";
import { render } from "./render-markdown.ts";

describe("codes in headings", () => {
  it("may wrap at their camel-case humps only: the heading's text, id and link label are unchanged", () => {
    const tree = render(
      '## <a name="usererrorguestagentstatusunavailable---vm-agent"></a>UserErrorGuestAgentStatusUnavailable - VM agent\n\nUserErrorGuestAgentStatusUnavailable in a paragraph.',
    );
    const h2 = select("h2", tree);
    expect(selectAll("wbr", h2)).toHaveLength(5);
    expect(h2 && text(h2)).toBe("UserErrorGuestAgentStatusUnavailable - VM agent #");
    expect(h2?.properties.id).toBe("usererrorguestagentstatusunavailable---vm-agent");
    expect(select("a.ea-anchor", h2)?.properties.ariaLabel).toBe("Link to: UserErrorGuestAgentStatusUnavailable - VM agent");
    // Body text wraps as the browser likes.
    expect(selectAll("p wbr", tree)).toHaveLength(0);
  });

  it("in any script (a transliterated code), and not in ordinary words", () => {
    const tree = render("### ГуестАгентСнапшотТаскСтатусЕррор — агент ВМ\n\n### Wiederherstellungspunktsammlung");
    const [ru, de] = selectAll("h3", tree);
    expect(selectAll("wbr", ru)).toHaveLength(5);
    expect(selectAll("wbr", de)).toHaveLength(0);
  });
});
