package org.dateline.normalize.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the main text of a page: a readability-style content scorer over jsoup's DOM.
 *
 * <ol>
 *   <li>drop what never is text (scripts, forms controls, hidden elements);</li>
 *   <li>cut text into units: the inline runs between block boundaries, each with its character,
 *       link-character and comma counts;</li>
 *   <li>drop boilerplate blocks named so by their class, id, role or tag (navigation, comments,
 *       share and related-links widgets, newsletters, bylines, captions), unless a block holds most
 *       of the page's prose;</li>
 *   <li>score containers by the prose units beneath them (text length, commas, link density,
 *       class hints), pick the best one, widen it to its ancestor and kin siblings;</li>
 *   <li>emit the units inside, without link lists, headline and stock phrases.</li>
 * </ol>
 *
 * Every walk over the tree is iterative, and every per-element quantity is computed once, so deep
 * nesting and pages with 10^5 links cost linear time and constant stack.
 */
final class MainText {

    private static final Set<String> JUNK_TAGS = Set.of("script", "style", "noscript", "template", "svg", "math",
            "canvas", "iframe", "object", "embed", "input", "button", "select", "textarea", "option", "link", "meta",
            "dialog", "video", "audio", "map", "head");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
            "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "figure", "figcaption", "form",
            "fieldset", "legend", "hr", "address", "details", "summary", "center", "body", "html", "hgroup", "menu",
            "picture");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /** Tags whose units add to their ancestors' scores (readability scores p, pre, td and bare-text divs). */
    private static final Set<String> SCORING_BLOCKS = Set.of("p", "pre", "td", "div", "section", "article", "main",
            "blockquote", "font", "center", "body", "dd");
    private static final Set<String> BOILERPLATE_ROLES = Set.of("navigation", "complementary", "contentinfo", "menu",
            "menubar", "dialog", "alertdialog", "search", "banner", "toolbar", "tablist");
    private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "aside", "footer", "figcaption");

    /** Class/id tokens (by prefix) that name boilerplate even when the name also says "article". */
    private static final List<String> STRONG_NEGATIVE = List.of("comment", "disqus", "cookie", "consent", "gdpr",
            "newsletter", "subscri", "signup", "outbrain", "taboola", "share", "sharing", "social", "related",
            "recommend", "breadcrumb", "advert", "sponsor", "promo", "byline", "caption", "paywall-prompt",
            "trending", "popular", "readmore", "sr", "screenreader", "visually", "offscreen", "credit", "dateline");
    private static final Set<String> STRONG_NEGATIVE_EXACT = Set.of("ad", "ads", "adv", "banner", "tags", "tag",
            "keywords", "print", "email", "author", "authors", "meta", "timestamp", "date", "time", "rating", "jump",
            "skip", "toolbar", "follow", "donate", "login", "modal", "popup", "overlay", "toc", "hidden", "hide");
    /** Class/id tokens (by prefix) that name boilerplate unless the name also says "article". */
    private static final List<String> WEAK_NEGATIVE = List.of("sidebar", "widget", "footer", "masthead", "navbar",
            "navigation", "menu", "pagination", "pager", "links", "more", "next", "prev", "extra", "aside", "rail",
            "teaser", "card", "tools", "utility", "bottom", "secondary");
    private static final Set<String> WEAK_NEGATIVE_EXACT = Set.of("nav", "side", "header", "top", "list", "most");
    private static final List<String> POSITIVE = List.of("article", "body", "content", "entry", "main", "post",
            "story", "text", "prose", "hentry", "blog", "paragraph", "column", "lead", "intro", "news");

    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern WS = Pattern.compile("[\\s\\u00a0\\u200b\\u2028\\ufeff]+");
    private static final char BREAK = '\u2029';
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile(BREAK + "[\\s" + BREAK + "]*" + BREAK);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…»\"”]\\s*$");
    private static final Pattern STOCK_PHRASE = Pattern.compile("(?iu)^\\W*(advertisement|advertising|sponsored|"
            + "ad|advert|read more|this slideshow requires javascript|image \\d+ (of|из) \\d+|read next|read also|see also|related|related articles?|more on this|continue reading|"
            + "share( this( article| story)?)?|share on \\w+|tweet|email|print|comments?|\\d+ comments?|"
            + "follow us.*|sign up.*|subscribe.*|click here.*|реклама|читайте также|читать также|смотрите также|"
            + "по теме|подробнее|поделиться|комментари[йиев]+|подписывайтесь.*|подпишитесь.*|"
            + "все новости|теги|новости партнеров|loading|загрузка)\\W*$");

    /** A site's copyright line ("© 2000-2019 Example.com, Inc.", "Copyright 2019 …", "Все права защищены"): no report's. */
    private static final Pattern COPYRIGHT = Pattern.compile("(?iu)^\\W*(?:©|\\(c\\)\\s*\\d{4}|copyright\\s*(?:©|\\(c\\)|@)?\\s*\\d{4}).*"
            + "|.*(?<![\\p{L}\\p{N}])(?:all rights reserved|все права защищены)(?![\\p{L}\\p{N}]).*");
    /** Longest line taken for a copyright line. */
    private static final int COPYRIGHT_MAX_CHARS = 200;

    /** A run of inline text between block boundaries. */
    private static final class Unit {
        final Element block;
        final String text;
        final int chars;
        final int linkChars;

        Unit(Element block, String text, int chars, int linkChars) {
            this.block = block;
            this.text = text;
            this.chars = chars;
            this.linkChars = linkChars;
        }

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    /** Per-element totals over the subtree, with its pre-order span for O(1) containment tests. */
    private static final class Stats {
        int start;
        int end;
        int chars;
        int linkChars;
        int commas;
        int proseChars;   // chars in units of 80+ chars with little link text
        int quotes;       // blockquote elements in the subtree
        double score;
        boolean candidate;

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private final Document doc;
    private final String title;
    private List<Unit> units = List.of();
    private Map<Element, Stats> stats = new IdentityHashMap<>();

    private MainText(Document doc, String title) {
        this.doc = doc;
        this.title = title == null ? null : normalizeForCompare(title);
    }

    /**
     * The main text of {@code doc} (which is modified), as paragraphs.
     *
     * @param title the page's headline when known, so that a copy of it in the body can be left out
     */
    static List<String> paragraphs(Document doc, String title, boolean useHints) {
        return new MainText(doc, title).run(useHints);
    }

    /** Image and video captions in page order; call before {@link #paragraphs}, which removes them. */
    static List<String> captions(Document doc) {
        List<String> out = new ArrayList<>();
        for (Element e : doc.select("figcaption, [class~=(?i)(^|[-_ ])(caption|wp-caption-text)([-_ ]|$)]")) {
            if (e.parents().stream().anyMatch(p -> p.normalName().equals("figcaption"))) continue;
            String t = clean(e.text());
            if (t != null && !out.contains(t)) out.add(t);
        }
        return out;
    }

    private List<String> run(boolean useHints) {
        Element body = doc.body();
        if (body == null) return List.of();
        removeJunk(body);
        analyse(body);
        if (useHints && removeBoilerplate(body)) analyse(body);
        Stats bodyStats = stats.get(body);
        if (bodyStats == null || bodyStats.chars == 0) return List.of();
        score(body);
        List<Element> content = selectContent(body);
        return emit(content);
    }

    // ---------------------------------------------------------------- cleaning

    private static void removeJunk(Element body) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            if (JUNK_TAGS.contains(tag) || e.hasAttr("hidden") || hiddenByStyle(e)
                    || "true".equalsIgnoreCase(e.attr("aria-hidden")) && e.childrenSize() == 0) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) e.remove();
    }

    private static boolean hiddenByStyle(Element e) {
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    /** Removes blocks named as boilerplate; true when anything was removed. */
    private boolean removeBoilerplate(Element body) {
        int bodyProse = Math.max(1, stats.get(body).proseChars);
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) continue;
            int verdict = boilerplate(e);
            if (verdict == 0) continue;
            Stats s = stats.get(e);
            boolean comments = verdict == 3;
            // Embedded posts (tweets, Instagram) are quoted text of the article, whatever their wrapper says.
            if (!comments && s != null && s.quotes > 0) continue;
            // Never drop a block holding most of the page's prose on a name alone (comments excepted).
            if (!comments && s != null && s.proseChars > 0.4 * bodyProse) continue;
            doomed.add(e);
        }
        for (Element e : doomed) e.remove();
        return !doomed.isEmpty();
    }

    /** 0: keep; 1: weak boilerplate; 2: strong boilerplate; 3: comments. */
    private static int boilerplate(Element e) {
        String tag = e.normalName();
        if (BOILERPLATE_TAGS.contains(tag)) return 2;
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (BOILERPLATE_ROLES.contains(role)) return 2;
        if (tag.equals("a") || tag.equals("p") || HEADINGS.contains(tag) || tag.equals("body") || tag.equals("main")
                || tag.equals("article") && !e.hasClass("comment")) {
            return 0;
        }
        List<String> tokens = tokens(e);
        if (tokens.isEmpty()) return 0;
        boolean positive = false;
        int negative = 0;
        for (String t : tokens) {
            if (t.startsWith("comment") || t.startsWith("disqus")) return 3;
            if (STRONG_NEGATIVE_EXACT.contains(t) || startsWithAny(t, STRONG_NEGATIVE)) negative = 2;
            else if (negative == 0 && (WEAK_NEGATIVE_EXACT.contains(t) || startsWithAny(t, WEAK_NEGATIVE))) negative = 1;
            if (startsWithAny(t, POSITIVE)) positive = true;
        }
        if (negative == 2) return 2;
        return negative == 1 && !positive ? 1 : 0;
    }

    private static boolean startsWithAny(String token, List<String> prefixes) {
        for (String p : prefixes) if (token.startsWith(p)) return true;
        return false;
    }

    /** Lower-case word tokens of an element's class and id, split at punctuation and camelCase. */
    private static List<String> tokens(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) return List.of();
        String joined = CAMEL.matcher(cls + " " + id).replaceAll(" ").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String t : NON_ALNUM.split(joined)) if (!t.isEmpty()) out.add(t);
        return out;
    }

    // ---------------------------------------------------------------- units and statistics

    private void analyse(Element body) {
        units = cutUnits(body);
        List<Element> all = body.getAllElements();   // pre-order
        Map<Element, Stats> map = new IdentityHashMap<>(all.size() * 2);
        for (int i = 0; i < all.size(); i++) {
            Stats s = new Stats();
            s.start = i;
            s.end = i;
            if (all.get(i).normalName().equals("blockquote")) s.quotes = 1;
            map.put(all.get(i), s);
        }
        for (Unit u : units) {
            Stats s = map.get(u.block);
            if (s == null) continue;
            s.chars += u.chars;
            s.linkChars += u.linkChars;
            s.commas += commas(u.text);
            if (u.chars >= 80 && u.linkDensity() < 0.3) s.proseChars += u.chars;
        }
        for (int i = all.size() - 1; i > 0; i--) {
            Element e = all.get(i);
            Stats s = map.get(e);
            Stats p = map.get(e.parent());
            if (p == null) continue;
            p.chars += s.chars;
            p.linkChars += s.linkChars;
            p.commas += s.commas;
            p.proseChars += s.proseChars;
            p.quotes += s.quotes;
            p.end = Math.max(p.end, s.end);
        }
        stats = map;
    }

    private static List<Unit> cutUnits(Element root) {
        List<Unit> out = new ArrayList<>();
        Deque<Element> blocks = new ArrayDeque<>();
        StringBuilder buf = new StringBuilder();
        int[] counts = new int[2];   // chars, link chars (non-blank)
        int[] linkDepth = {0};
        Element[] owner = {null};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    if (buf.isEmpty() && s.isBlank()) return;
                    if (buf.isEmpty()) owner[0] = blocks.peek();
                    buf.append(s);
                    int n = nonBlank(s);
                    counts[0] += n;
                    if (linkDepth[0] > 0) counts[1] += n;
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("a")) linkDepth[0]++;
                    else if (tag.equals("br")) {
                        if (!buf.isEmpty()) buf.append(BREAK);
                    } else if (BLOCK_TAGS.contains(tag)) {
                        flush(out, buf, counts, owner[0]);
                        blocks.push(e);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("a")) linkDepth[0] = Math.max(0, linkDepth[0] - 1);
                    else if (BLOCK_TAGS.contains(tag)) {
                        flush(out, buf, counts, owner[0]);
                        if (!blocks.isEmpty()) blocks.pop();
                    }
                }
            }
        }, root);
        flush(out, buf, counts, owner[0]);
        return out;
    }

    private static void flush(List<Unit> out, StringBuilder buf, int[] counts, Element owner) {
        if (buf.isEmpty()) return;
        String raw = buf.toString();
        buf.setLength(0);
        int chars = counts[0];
        int links = counts[1];
        counts[0] = 0;
        counts[1] = 0;
        if (owner == null || chars == 0) return;
        // Two or more line breaks in a row separate paragraphs; a single one is a space.
        String[] parts = raw.indexOf(BREAK) < 0 ? null : PARAGRAPH_BREAK.split(raw);
        if (parts == null || parts.length == 1) {
            String t = clean(raw.replace(BREAK, ' '));
            if (t != null) out.add(new Unit(owner, t, chars, links));
            return;
        }
        for (String part : parts) {
            String t = clean(part.replace(BREAK, ' '));
            if (t == null) continue;
            int n = nonBlank(t);
            out.add(new Unit(owner, t, n, (int) Math.round((double) links * n / chars)));
        }
    }

    private static int nonBlank(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00a0') n++;
        return n;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == '،' || c == '、') n++;
        }
        return n;
    }

    // ---------------------------------------------------------------- scoring

    private void score(Element body) {
        for (Unit u : units) {
            if (u.chars < 25 || u.linkDensity() > 0.5) continue;
            if (!SCORING_BLOCKS.contains(u.block.normalName())) continue;
            double points = 1 + commas(u.text) + Math.min(u.chars / 100.0, 3);
            Element a = u.block.parent();
            for (int level = 0; a != null && level < 3; level++, a = a.parent()) {
                Stats s = stats.get(a);
                if (s == null) break;
                if (!s.candidate) {
                    s.candidate = true;
                    s.score += initialScore(a);
                }
                s.score += points / (level == 0 ? 1 : level == 1 ? 2 : level * 3.0);
                if (a == body) break;
            }
        }
        for (Stats s : stats.values()) if (s.candidate) s.score *= 1 - s.linkDensity();
    }

    private static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(e);
    }

    private static double classWeight(Element e) {
        double w = 0;
        List<String> tokens = tokens(e);
        boolean pos = false;
        boolean neg = false;
        for (String t : tokens) {
            if (startsWithAny(t, POSITIVE)) pos = true;
            if (STRONG_NEGATIVE_EXACT.contains(t) || startsWithAny(t, STRONG_NEGATIVE) || startsWithAny(t, WEAK_NEGATIVE)
                    || WEAK_NEGATIVE_EXACT.contains(t)) {
                neg = true;
            }
        }
        if (pos) w += 25;
        if (neg) w -= 25;
        if (e.normalName().equals("article") || e.normalName().equals("main")) w += 10;
        return w;
    }

    private double scoreOf(Element e) {
        Stats s = stats.get(e);
        return s == null || !s.candidate ? 0 : s.score;
    }

    private List<Element> selectContent(Element body) {
        List<Element> candidates = new ArrayList<>();
        for (Map.Entry<Element, Stats> en : stats.entrySet()) if (en.getValue().candidate) candidates.add(en.getKey());
        if (candidates.isEmpty()) return List.of(body);
        candidates.sort(Comparator.comparingDouble(this::scoreOf).reversed()
                .thenComparingInt(e -> stats.get(e).start));
        Element top = candidates.get(0);
        double topScore = scoreOf(top);

        // Several near-best candidates under one ancestor: the article is split; take the ancestor.
        List<Element> close = new ArrayList<>();
        for (int i = 1; i < Math.min(5, candidates.size()); i++) {
            if (scoreOf(candidates.get(i)) / topScore >= 0.75) close.add(candidates.get(i));
        }
        if (close.size() >= 2) {
            for (Element a = top.parent(); a != null && a != body.parent(); a = a.parent()) {
                Stats as = stats.get(a);
                if (as == null) break;
                int inside = 0;
                for (Element c : close) if (contains(as, c)) inside++;
                if (inside >= Math.min(2, close.size())) {
                    top = a;
                    break;
                }
            }
        }
        // Climb while the parent scores better (the container of the whole article).
        double last = scoreOf(top);
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            Stats ps = stats.get(p);
            if (ps == null) break;
            if (!ps.candidate) continue;
            if (ps.score < last / 3) break;
            if (ps.score > last) {
                top = p;
                break;
            }
            last = ps.score;
        }
        // A lone child says nothing its parent does not.
        while (top != body && top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        topScore = Math.max(scoreOf(top), 1);

        List<Element> content = new ArrayList<>();
        Element parent = top.parent();
        if (parent == null || top == body) return List.of(top);
        double threshold = Math.max(10, topScore * 0.2);
        String topClass = top.className();
        for (Element sib : parent.children()) {
            if (sib == top) {
                content.add(sib);
                continue;
            }
            Stats s = stats.get(sib);
            if (s == null || s.chars == 0) continue;
            double bonus = !topClass.isEmpty() && topClass.equals(sib.className()) ? topScore * 0.2 : 0;
            if (scoreOf(sib) + bonus >= threshold) {
                content.add(sib);
            } else if (sib.normalName().equals("p") || !hasBlockChild(sib)) {
                double ld = s.linkDensity();
                String text = sib.text();
                if (s.chars > 80 && ld < 0.25) content.add(sib);
                else if (s.chars > 0 && s.chars <= 80 && ld == 0 && SENTENCE_END.matcher(text).find()) content.add(sib);
            }
        }
        return content;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) if (BLOCK_TAGS.contains(c.normalName())) return true;
        return false;
    }

    private boolean contains(Stats ancestor, Element e) {
        Stats s = stats.get(e);
        return s != null && s.start >= ancestor.start && s.start <= ancestor.end;
    }

    // ---------------------------------------------------------------- output

    private List<String> emit(List<Element> content) {
        List<Stats> spans = new ArrayList<>();
        int contentChars = 0;
        for (Element e : content) {
            Stats s = stats.get(e);
            if (s != null) {
                spans.add(s);
                contentChars += s.chars;
            }
        }
        List<Unit> kept = new ArrayList<>();
        for (Unit u : units) {
            Stats b = stats.get(u.block);
            if (b == null || !inside(spans, b.start)) continue;
            if (u.block.normalName().equals("h1")) continue;
            if (linky(u)) continue;
            if (title != null && normalizeForCompare(u.text).equals(title)) continue;
            if (u.chars < 60 && STOCK_PHRASE.matcher(u.text).matches()) continue;
            if (u.chars < COPYRIGHT_MAX_CHARS && COPYRIGHT.matcher(u.text).matches()) continue;
            if (inLinkList(u, content, contentChars)) continue;
            kept.add(u);
        }
        // A heading with nothing of its own after it introduced something that was removed.
        List<String> out = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Unit u = kept.get(i);
            if (HEADINGS.contains(u.block.normalName())) {
                Unit next = i + 1 < kept.size() ? kept.get(i + 1) : null;
                if (next == null || HEADINGS.contains(next.block.normalName())) continue;
            }
            out.add(u.text);
        }
        return out;
    }

    /** Mostly link text, and little of its own: a link line rather than a sentence that links. */
    private static boolean linky(Unit u) {
        double ld = u.linkDensity();
        return ld > 0.85 || ld > 0.5 && u.chars - u.linkChars < 50;
    }

    /** True when the unit sits in a link-heavy list or box inside the content (related links, tags). */
    private boolean inLinkList(Unit u, List<Element> content, int contentChars) {
        Element e = u.block;
        for (int depth = 0; e != null && depth < 6; depth++, e = e.parent()) {
            if (content.contains(e)) return false;
            Stats s = stats.get(e);
            if (s == null) return false;
            if (s.chars < contentChars / 2 && s.chars > 0) {
                String tag = e.normalName();
                boolean list = tag.equals("ul") || tag.equals("ol") || tag.equals("dl") || tag.equals("table");
                if (s.linkDensity() > (list ? 0.3 : 0.4)) return true;
            }
        }
        return false;
    }

    private static boolean inside(List<Stats> spans, int index) {
        for (Stats s : spans) if (index >= s.start && index <= s.end) return true;
        return false;
    }

    private static String normalizeForCompare(String s) {
        return WS.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    static String clean(String s) {
        if (s == null) return null;
        String t = WS.matcher(s).replaceAll(" ").strip();
        return t.isEmpty() ? null : t;
    }
}
