package org.dateline.analyze.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Russian person, organisation and place names: a perceptron sequence tagger trained on factRuEval-2016
 * ({@link RussianNerTrainer}) over {@link RussianTokenizer}'s tokens. The model is read once, on first use,
 * and shared: tagging keeps all its state on the stack, so one instance serves every thread. When a
 * {@link RussianMorphology} is installed together with a model trained on its word classes
 * ({@value #MORPHOLOGY_MODEL}, shipped by the same optional module), that pair is used instead of the core's model.
 */
public final class RussianNer implements EntityRecognizer {

    static final String MODEL = "ru-ner.bin.gz";
    /** The model trained with a {@link RussianMorphology}'s features; it belongs to the module providing one. */
    static final String MORPHOLOGY_MODEL = "ru-ner-morphology.bin.gz";

    private final PerceptronTagger firstPass;
    private final PerceptronTagger secondPass;
    private final RussianNerFeatures features;
    private final boolean withMorphology;

    /**
     * {@code secondPass} sees {@code firstPass}'s tags of the whole document (see {@link RussianNerFeatures#withFirstPass});
     * {@code morphology} is the dictionary both were trained with, or null.
     */
    RussianNer(PerceptronTagger firstPass, PerceptronTagger secondPass, RussianMorphology morphology) {
        this.firstPass = firstPass;
        this.secondPass = secondPass;
        this.features = new RussianNerFeatures(RussianLexicon.bundled(), morphology);
        this.withMorphology = morphology != null;
    }

    /** The recognizer with the bundled model. */
    public static RussianNer bundled() {
        return Bundled.INSTANCE;
    }

    /** Holder idiom: the model is read the first time a caller asks for it, once. */
    private static final class Bundled {
        static final RussianNer INSTANCE = load();

        private static RussianNer load() {
            RussianMorphology morphology = RussianMorphology.installed().orElse(null);
            if (morphology != null && RussianNer.class.getResource(MORPHOLOGY_MODEL) != null) {
                return load(MORPHOLOGY_MODEL, morphology);
            }
            return load(MODEL, null);
        }

        private static RussianNer load(String resource, RussianMorphology morphology) {
            try (InputStream in = RussianNer.class.getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("missing resource " + resource);
                InputStream gz = new GZIPInputStream(in, 1 << 16);
                return new RussianNer(PerceptronTagger.read(gz), PerceptronTagger.read(gz), morphology);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
    }

    @Override
    public String name() {
        return withMorphology ? "perceptron-ru+morphology" : "perceptron-ru";
    }

    @Override
    public Set<String> languages() {
        return Set.of("ru");
    }

    @Override
    public List<Mention> recognize(String text, String language) {
        List<List<RussianTokenizer.Token>> sentences =
                RussianTokenizer.sentences(text, RussianTokenizer.tokenize(text));
        List<List<String>> words = new ArrayList<>(sentences.size());
        for (List<RussianTokenizer.Token> s : sentences) words.add(s.stream().map(RussianTokenizer.Token::text).toList());
        List<String[]> tags = tag(words);
        List<Mention> out = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<RussianTokenizer.Token> tokens = sentences.get(s);
            String[] t = tags.get(s);
            for (int i = 0; i < t.length; i++) {
                if (!t[i].startsWith("B-")) continue;
                int j = i + 1;
                while (j < t.length && t[j].equals("I-" + t[i].substring(2))) j++;
                int start = tokens.get(i).start();
                int end = tokens.get(j - 1).end();
                // factRuEval's spans stop before a name's closing quote ("компания « Газпром"); readers want it
                if (j < tokens.size() && tokens.get(j).text().equals("»") && opensUnclosed(text.substring(start, end))) {
                    end = tokens.get(j).end();
                }
                if (j - i > 1 || !COMMON_ABBREVIATIONS.contains(tokens.get(i).text()) && !NEVER_NAMES.contains(tokens.get(i).text())) {
                    out.add(new Mention(EntityType.parse(t[i].substring(2)), start, end, text.substring(start, end)));
                }
                i = j - 1;
            }
        }
        return out;
    }

    /**
     * Abbreviations of common nouns, capitalised like the names of bodies the tagger learnt ("МЧС", "ФСБ") but naming
     * none: "режим ЧС" (emergency), "ДТП" (road accident), "СМИ" (the media), "БПЛА" (drones). Alone they are no entity.
     */
    private static final Set<String> COMMON_ABBREVIATIONS = Set.of("ЧС", "ЧП", "ДТП", "СМИ", "ВВП", "БПЛА", "ПВО", "ЖКХ",
            "СВО", "ИИ", "НДС", "ВПК", "ОПГ", "ТЭЦ", "ГЭС", "АЭС", "ЛЭП", "ВИЧ", "ДНК", "КПП", "РСЗО", "ЗРК", "ВУЗ", "НКО");

    /**
     * Words that open a sentence capitalised and are never a name alone, which the tagger still took for one in real
     * news ("Так", "Читайте также", "Напомним, ...").
     */
    private static final Set<String> NEVER_NAMES = Set.of("Так", "Читайте", "Смотрите", "Также", "Однако", "Кроме", "Поэтому",
            "Теперь", "Сейчас", "Вот", "Еще", "Ещё", "Впрочем", "Например", "Кстати", "Итак", "Подробнее", "Напомним",
            "Отметим", "Сегодня", "Вчера", "Завтра", "Здесь", "Там", "Тогда", "Причем", "Причём", "Ранее", "Позже", "Затем",
            "Потом", "Фото", "Видео", "Источник");

    private static boolean opensUnclosed(String span) {
        return span.chars().filter(c -> c == '«').count() > span.chars().filter(c -> c == '»').count();
    }

    /**
     * IOB2 tags for each sentence of one document (the document is the context of its sentences), made to agree
     * across the document by {@link DocumentConsistency}.
     */
    List<String[]> tag(List<List<String>> sentences) {
        List<List<String[]>> base = features.extract(sentences);
        List<String[]> first = tagAll(firstPass, base);
        List<String[]> second = tagAll(secondPass, RussianNerFeatures.withFirstPass(sentences, base, first));
        DocumentConsistency.apply(sentences, second);
        towns(sentences, second);
        quotedPartners(sentences, second);
        return second;
    }

    /**
     * A quoted name joined by "и" to a quoted organisation is one too: "Компании «Северлес» и «Уральский моторный
     * завод» подпишут ...", where the tagger, which reads lower-case words inside quotes as ordinary ones, found only
     * the first. Tagged as the first one is, with or without its opening quote.
     */
    static void quotedPartners(List<List<String>> sentences, List<String[]> tags) {
        for (int s = 0; s < sentences.size(); s++) {
            String[] t = tags.get(s);
            List<String> w = sentences.get(s);
            for (int i = 1; i + 3 < t.length; i++) {
                if (!t[i - 1].endsWith("-ORG") || !w.get(i).equals("»") || !w.get(i + 1).equals("и") || !w.get(i + 2).equals("«")) continue;
                int close = i + 3;
                while (close < t.length && !w.get(close).equals("»") && t[close].equals("O") && close - i <= 8) close++;
                if (close == i + 3 || close >= t.length || !w.get(close).equals("»")) continue;
                // written as the first one is: with its opening quote when the tagger took that one's in
                int open = i - 1;
                while (open > 0 && t[open].equals("I-ORG") && !w.get(open).equals("«")) open--;
                int from = w.get(open).equals("«") && t[open].endsWith("-ORG") ? i + 2 : i + 3;
                for (int k = from; k < close; k++) t[k] = k == from ? "B-ORG" : "I-ORG";
            }
        }
    }

    /** A town's name by its ending, in any case: "Верхнеозёрска", "Омске", "Екатеринбургом", "Волгограда". */
    private static final java.util.regex.Pattern TOWN = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{L}+(?:ск|цк|бург|град|поль)(?:а|е|у|ом)?");

    /** A town's name in "-ск" or "-цк", in any case: "Верхнеозёрска", "Омске" (but also the surname "Дерипаска"). */
    private static final java.util.regex.Pattern SK_TOWN = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+(?:ск|цк)(?:а|е|у|ом)?");
    /** What governs a town's name in the genitive: its mayor, head, residents, administration. */
    private static final java.util.regex.Pattern TOWN_HEAD = java.util.regex.Pattern.compile(
            "(?:мэр|глав|жител|администраци|градоначальник)\\p{L}*", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    /**
     * A lone word typed as an organisation that ends as town names do is the town ("мэр Верхнеозёрска"): the tagger
     * learns organisations from descriptors around them, and a city's administration is named the same way. So is a
     * lone word typed as a person that ends in "-ск" or "-цк" right after its mayor, head or residents ("мэра
     * Верхнеозёрска", read as an apposed name); not anywhere else, as "Дерипаска" ends so too, nor in "-бург" or
     * "-град", which surnames share ("Гинзбурга").
     */
    static void towns(List<List<String>> sentences, List<String[]> tags) {
        for (int s = 0; s < sentences.size(); s++) {
            String[] t = tags.get(s);
            List<String> w = sentences.get(s);
            for (int i = 0; i < t.length; i++) {
                boolean org = t[i].equals("B-ORG") && !(i + 1 < t.length && t[i + 1].equals("I-ORG"));
                boolean person = t[i].equals("B-PER") && !(i + 1 < t.length && t[i + 1].equals("I-PER"));
                if (!org && !person) continue;
                if (i > 0 && (w.get(i - 1).equals("«") || w.get(i - 1).equals("\""))) continue;
                if (person && (i == 0 || !TOWN_HEAD.matcher(w.get(i - 1)).matches())) continue;
                if ((org ? TOWN : SK_TOWN).matcher(w.get(i)).matches()) t[i] = "B-LOC";
            }
        }
    }

    /** Writes both passes, in the order {@link Bundled#load} reads them. */
    void write(java.io.OutputStream out) throws IOException {
        firstPass.write(out);
        secondPass.write(out);
    }

    int features() {
        return firstPass.features() + secondPass.features();
    }

    static List<String[]> tagAll(PerceptronTagger tagger, List<List<String[]>> sentences) {
        List<String[]> out = new ArrayList<>(sentences.size());
        for (List<String[]> s : sentences) out.add(tagger.tag(s));
        return out;
    }
}
