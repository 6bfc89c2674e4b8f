package io.lodestone.workspace;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.lodestone.workspace.InvestigationBook.Investigation;
import io.lodestone.workspace.InvestigationBook.Step;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the investigations as a Neo4j Browser guide: an HTML page of slides, each step with a
 * runnable {@code :params} block and a runnable query block: a click puts one in the editor, Run
 * (or Ctrl+Enter) runs it. Blocks that run on the click ({@code data-exec}) were tried: Browser
 * shows their result in place of the guide, so the reader loses the slide.
 */
final class GuideWriter {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern STRONG = Pattern.compile("\\*\\*([^*]+)\\*\\*");
    private static final String RUNNABLE = "<pre class=\"pre-scrollable code runnable\">";

    private GuideWriter() {
    }

    static String write(Investigations investigations) {
        InvestigationBook book = investigations.book();
        StringBuilder html = new StringBuilder();
        html.append("<article class=\"guide\">\n  <carousel class=\"deck container-fluid\">\n");
        slide(html, book.title(), "Investigator's guide", contents(book));
        for (int i = 0; i < book.investigations().size(); i++) {
            Investigation investigation = book.investigations().get(i);
            String number = String.valueOf(i + 1);
            slide(html, number + ". " + investigation.title(), null, paragraphs(investigation.narrative())
                    + "      <p>" + investigation.steps().size() + " steps; notebook <code>notebooks/" + investigation.id()
                    + ".ipynb</code>" + figures(investigation) + ".</p>\n");
            for (int j = 0; j < investigation.steps().size(); j++) {
                Step step = investigation.steps().get(j);
                slide(html, number + "." + (j + 1) + " " + step.title(), null, step(investigations, step));
            }
        }
        html.append("  </carousel>\n</article>\n");
        return html.toString();
    }

    private static String figures(Investigation investigation) {
        return investigation.figures().isEmpty() ? "" : ", which also charts: " + investigation.figures().stream()
                .map(figure -> inline(figure.title())).collect(Collectors.joining("; "));
    }

    private static String contents(InvestigationBook book) {
        StringBuilder body = new StringBuilder(paragraphs(book.introduction()));
        body.append("      <ol>\n");
        book.investigations().forEach(investigation -> body.append("        <li>").append(inline(investigation.title())).append("</li>\n"));
        body.append("      </ol>\n");
        return body.toString();
    }

    private static String step(Investigations investigations, Step step) {
        return paragraphs(step.narrative())
                + "      <p>Click to put each block in the editor, then run it: first the parameters,</p>\n"
                + "      " + RUNNABLE + HtmlUtils.htmlEscape(":params " + Literals.cypher(step.parameters())) + "</pre>\n"
                + "      <p>then the query, <code>cypher/" + HtmlUtils.htmlEscape(step.query()) + "</code>:</p>\n"
                + "      " + RUNNABLE + HtmlUtils.htmlEscape(investigations.query(step)) + "</pre>\n"
                + "      <p><strong>What it shows.</strong></p>\n"
                + paragraphs(step.shows());
    }

    private static void slide(StringBuilder html, String title, String lead, String body) {
        html.append("    <slide class=\"row-fluid\">\n")
                .append("      <div class=\"col-sm-12\">\n")
                .append("      <h3>").append(inline(title)).append("</h3>\n");
        if (lead != null) {
            html.append("      <p class=\"lead\">").append(inline(lead)).append("</p>\n");
        }
        html.append(body).append("      </div>\n    </slide>\n");
    }

    private static String paragraphs(List<String> texts) {
        StringBuilder html = new StringBuilder();
        texts.forEach(text -> html.append("      <p>").append(inline(text)).append("</p>\n"));
        return html.toString();
    }

    /** The little Markdown the definitions use: `code` and **strong**. */
    static String inline(String text) {
        String escaped = HtmlUtils.htmlEscape(text);
        escaped = CODE.matcher(escaped).replaceAll("<code>$1</code>");
        return STRONG.matcher(escaped).replaceAll("<strong>$1</strong>");
    }
}
