package org.wsis.community.forum;

import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;
import org.wsis.community.forum.domain.Post;
import org.wsis.servicekit.problem.Refusal;

/**
 * Turns what a person wrote in Markdown into the HTML the portal shows, in two steps that each hold on their
 * own: commonmark-java renders it with any HTML the author typed escaped as text and unsafe link schemes
 * dropped, then the OWASP sanitiser keeps only the elements and attributes of a formatted post (paragraphs,
 * emphasis, lists, quotes, code, headings, links to {@code http}, {@code https} and {@code mailto}).
 * Links open nothing in the page's name ({@code rel="nofollow noopener noreferrer ugc"}). Images are not
 * shown (the portal loads nothing from elsewhere): an image becomes a link to it, named by its text.
 */
@Component
public class Markdown {

    private static final int EXCERPT = 200;

    private static final List<Extension> EXTENSIONS =
            List.of(AutolinkExtension.create(), StrikethroughExtension.create());

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "hr",
                    "em",
                    "strong",
                    "del",
                    "code",
                    "pre",
                    "blockquote",
                    "ul",
                    "ol",
                    "li",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "a")
            .allowAttributes("href")
            .onElements("a")
            .allowAttributes("start")
            .matching(true, "1", "2", "3", "4", "5", "6", "7", "8", "9")
            .onElements("ol")
            .allowStandardUrlProtocols()
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer", "ugc")
            .toFactory();

    /** How deep quotes and lists may nest: deeper text is kept as written, never recursed into. */
    private static final int DEEPEST = 16;

    private final Parser parser =
            Parser.builder().extensions(EXTENSIONS).maxOpenBlockParsers(DEEPEST).build();
    private final HtmlRenderer html = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .nodeRendererFactory(ImageAsLink::new)
            .build();
    private final TextContentRenderer text =
            TextContentRenderer.builder().extensions(EXTENSIONS).build();

    /** The post's text: as written, as safe HTML, and its first words as plain text. */
    public Post.Text render(String markdown) {
        Node document = parser.parse(markdown);
        String safe;
        String plain;
        try {
            safe = POLICY.sanitize(html.render(document));
            plain = text.render(document).strip().replaceAll("\\s+", " ");
        } catch (StackOverflowError tooDeep) {
            throw Refusal.invalid(
                    "post-too-deep", "This post nests its formatting too deeply to be shown; simplify it.");
        }
        String excerpt = plain.length() <= EXCERPT
                ? plain
                : plain.substring(0, EXCERPT - 1).stripTrailing() + "…";
        return new Post.Text(markdown, safe, excerpt);
    }

    /** An image is written as a link to it, named by its alternative text. */
    private static final class ImageAsLink implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter out;

        ImageAsLink(HtmlNodeRendererContext context) {
            this.context = context;
            this.out = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            Image image = (Image) node;
            String destination = image.getDestination();
            if (!destination.matches("(?i)(https?|mailto):.*")) {
                // Only the schemes a post may link to; anything else (javascript:, data:) is shown as text.
                Node child = image.getFirstChild();
                out.text(child == null ? destination : "");
                while (child != null) {
                    Node next = child.getNext();
                    context.render(child);
                    child = next;
                }
                return;
            }
            out.tag(
                    "a",
                    java.util.Map.of(
                            "href", context.encodeUrl(context.urlSanitizer().sanitizeImageUrl(destination))));
            Node child = image.getFirstChild();
            if (child == null) {
                out.text(image.getDestination());
            }
            while (child != null) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            out.tag("/a");
        }
    }
}
