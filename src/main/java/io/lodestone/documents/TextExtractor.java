package io.lodestone.documents;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Turns a request body into the document's text: plain text as it is (decoded strictly), the
 * article of an HTML page without its furniture (navigation, header, footer, asides, scripts,
 * forms), the text of a PDF. The text is normalised once (Unicode NFC, one space between words,
 * one blank line between paragraphs, every block of HTML a paragraph) and then frozen: every offset points into it.
 */
final class TextExtractor {

    /** What a document's body gave: its text, and the title and language it declares, if any. */
    record Extracted(String text, String title, String language) {
    }

    static final Set<String> FURNITURE = Set.of("nav", "header", "footer", "aside", "script", "style", "noscript",
            "form", "iframe", "svg", "template", "button", "menu", "dialog", "object", "embed", "canvas", "select");
    private static final String FURNITURE_SELECTOR = String.join(", ", FURNITURE)
            + ", [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "figcaption", "dt", "dd", "br", "hr",
            "address", "figure", "td", "th");

    private TextExtractor() {
    }

    static Extracted extract(byte[] body, MediaType type) {
        if (body.length == 0) {
            throw DocumentRejectedException.unprocessable("empty-document", "Empty document",
                    "The request body is empty: send the document's text, HTML or PDF as the body.");
        }
        String subtype = type.getSubtype().toLowerCase(Locale.ROOT);
        Extracted extracted = switch (type.getType().toLowerCase(Locale.ROOT) + "/" + subtype) {
            case "text/plain", "text/markdown" -> new Extracted(decode(body, type), null, null);
            case "text/html", "application/xhtml+xml" -> html(decode(body, type));
            case "application/pdf" -> pdf(body);
            default -> throw new DocumentRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    "Unsupported document type", "Content-Type " + type.getType() + "/" + type.getSubtype()
                    + " is not a document type Lodestone reads: send text/plain, text/html or application/pdf.");
        };
        String text = normalise(extracted.text());
        if (text.isEmpty()) {
            throw DocumentRejectedException.unprocessable("empty-document", "Empty document",
                    "The document holds no text" + ("application/pdf".equals(type.getType() + "/" + subtype)
                            ? " (a scanned PDF without a text layer? Lodestone does not run OCR)." : "."));
        }
        return new Extracted(text, blankToNull(extracted.title()), blankToNull(extracted.language()));
    }

    /** Strict decoding: a body that is not valid in its charset (UTF-8 unless declared) is refused, not guessed. */
    private static String decode(byte[] body, MediaType type) {
        for (byte b : body) {
            if (b == 0) {
                throw DocumentRejectedException.unprocessable("binary-document", "Binary content",
                        "The body holds NUL bytes: it is binary, not " + type.getType() + "/" + type.getSubtype()
                                + ". Send a PDF as application/pdf; other binary formats are not read.");
            }
        }
        Charset charset;
        try {
            charset = type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
        } catch (IllegalArgumentException e) {
            throw DocumentRejectedException.unprocessable("unknown-charset", "Unknown charset",
                    "The Content-Type names a charset Java does not know: " + e.getMessage());
        }
        try {
            String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\ufeff") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw DocumentRejectedException.unprocessable("wrongly-encoded", "Wrongly encoded document",
                    "The body is not valid " + charset.name() + " (" + e.getMessage() + "). Declare its charset in"
                            + " the Content-Type (e.g. text/plain; charset=windows-1252) or send UTF-8.");
        }
    }

    private static Extracted html(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        page.select(FURNITURE_SELECTOR).remove();
        Element article = page.selectFirst("article");
        if (article == null) {
            article = page.selectFirst("main, [role=main]");
        }
        Element root = article != null ? article : page.body();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    // In HTML a line break in the source is a space; lines end at block elements and <br>.
                    text.append(textNode.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    text.append(element.normalName().equals("br") ? "\n" : "\n\n");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName()) && !element.normalName().equals("br")) {
                    text.append("\n\n");
                }
            }
        }, root);
        String title = page.title();
        if (title.isBlank()) {
            Element heading = root.selectFirst("h1");
            title = heading == null ? null : heading.text();
        }
        String language = page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang");
        return new Extracted(text.toString(), title, language);
    }

    private static Extracted pdf(byte[] body) {
        try (PDDocument pdf = Loader.loadPDF(body)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphEnd("\n\n");
            // Lines of a paragraph are wrapped by the layout, not by the author: join them.
            String text = stripper.getText(pdf).replaceAll("(?<![\\n])\\n(?![\\n])", " ");
            return new Extracted(text, pdf.getDocumentInformation().getTitle(), null);
        } catch (InvalidPasswordException e) {
            throw DocumentRejectedException.unprocessable("encrypted-pdf", "Encrypted PDF",
                    "The PDF is encrypted with a password; send a decrypted copy.");
        } catch (IOException | RuntimeException e) {
            throw DocumentRejectedException.unprocessable("unparseable-pdf", "Unreadable PDF",
                    "The body is not a PDF that can be read: " + e.getMessage());
        }
    }

    /** NFC; no control characters; one space between words; lines trimmed; at most one blank line in a row. */
    static String normalise(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n", -1)) {
            String clean = line.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\t]]", "").replaceAll("[\\s\\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000]+", " ").strip();
            if (clean.isEmpty()) {
                int length = out.length();
                if (length > 0 && !(length >= 2 && out.charAt(length - 1) == '\n' && out.charAt(length - 2) == '\n')) {
                    out.append('\n');
                }
                continue;
            }
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
                out.append('\n');
            }
            out.append(clean).append('\n');
        }
        return out.toString().strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
