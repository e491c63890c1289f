package org.dateline.classify;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class CategorizerTest {

    @Test
    void bundledModelLoadsFromTheClasspathWithBothLanguages() {
        Categorizer c = Categorizer.bundled();
        assertThat(c).isSameAs(Categorizer.bundled());
        assertThat(c.features()).isGreaterThan(1000);
        assertThat(c.notes()).anyMatch(n -> n.startsWith("recipe:"));
        assertThat(Categorizer.class.getResource(Categorizer.BUNDLED)).isNotNull();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            en | society       | Police detained three men after a deadly shooting, and prosecutors charged them with murder
            en | society       | The opposition party won the parliamentary election and its leader will form a government
            en | economy       | Shares of the bank fell sharply after it reported a quarterly loss and cut its dividend
            en | economy       | The central bank kept interest rates unchanged as inflation slowed
            en | technology    | The new smartphone has a bigger battery, a faster processor and a new camera app
            en | sports        | The striker scored twice and the club beat its rivals to top the league table
            en | sports        | The coach said the goalkeeper will miss the next match with an injury
            en | entertainment | The singer released a new album and a music video ahead of her concert tour
            en | entertainment | The film topped the box office on its opening weekend, and the actor thanked fans
            en | science       | Researchers found that the gene raises the risk of the disease, a study in a journal says
            en | other         | Weather forecast: heavy snow and frost expected on Tuesday, temperatures drop below zero
            ru | society       | Полиция задержала мужчину, который напал на прохожих; возбуждено уголовное дело
            ru | society       | Депутаты Госдумы приняли закон о выборах в первом чтении
            ru | economy       | Курс рубля упал, а цены на нефть выросли после заявления министра финансов
            ru | technology    | Компания представила новый смартфон с быстрым процессором и большим экраном
            ru | sports        | Нападающий забил два гола, и команда выиграла матч чемпионата
            ru | entertainment | Певица показала новый клип и объявила о концертном туре
            ru | science       | Ученые обнаружили, что этот белок помогает клеткам бороться с вирусом
            ru | other         | Синоптики обещают мороз и снег в выходные, температура опустится до минус десяти
            ru | other         | Гороскоп на завтра: что ждет Скорпионов и Козерогов
            """)
    void classifiesHandWrittenSentences(String lang, String expected, String sentence) {
        Categorizer.Result r = Categorizer.bundled().classify(lang, sentence, "");
        assertThat(r.category().label()).as(r.probabilities().toString()).isEqualTo(expected);
        assertThat(r.news()).isTrue();
        assertThat(r.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void howTosAreNotNewsButStillGetATopic() {
        Categorizer.Result r = Categorizer.bundled().classify("en",
                "How to choose the right running shoes: ten tips from our guide", "");
        assertThat(r.category()).isEqualTo(Category.NOT_NEWS);
        assertThat(r.news()).isFalse();
        assertThat(r.newsScore()).isLessThan(0.5);
        assertThat(r.topic().isNews()).isTrue();
        assertThat(Categorizer.bundled().classify("ru", "Как правильно выбрать зимние шины: советы и лайфхаки", "")
                .category()).isEqualTo(Category.NOT_NEWS);
    }

    @Test
    void unknownLanguagesAndEmptyTextsStillGetALabel() {
        assertThat(Categorizer.bundled().classify(null, "", null).category()).isNotNull();
        assertThat(Categorizer.bundled().classify("de", "Bundestag beschließt Gesetz", "").category()).isNotNull();
    }

    @Test
    void trainingIsDeterministicAndTheModelSurvivesAWriteAndRead(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        List<LabeledText> seeds = TrainingData.seeds();
        Categorizer a = CategoryTrainer.train(seeds, CategoryTrainer.Options.DEFAULT, List.of("test"));
        Categorizer b = CategoryTrainer.train(seeds, CategoryTrainer.Options.DEFAULT, List.of("test"));
        Path fa = dir.resolve("a.model.gz");
        Path fb = dir.resolve("b.model");
        a.write(fa);
        b.write(fb);
        try (var in = new java.util.zip.GZIPInputStream(java.nio.file.Files.newInputStream(fa))) {
            assertThat(in.readAllBytes()).isEqualTo(java.nio.file.Files.readAllBytes(fb));
        }
        Categorizer c = Categorizer.read(fa);
        for (LabeledText t : seeds.subList(0, 40)) {
            assertThat(c.classify(t.language(), t.title(), t.text()).probabilities())
                    .isEqualTo(a.classify(t.language(), t.title(), t.text()).probabilities());
        }
        assertThat(c.notes()).containsExactly("test");
    }

    @Test
    void seedsCoverEveryCategoryInBothLanguages() {
        List<LabeledText> seeds = TrainingData.seeds();
        for (String lang : List.of("en", "ru")) {
            for (Category c : Category.values()) {
                assertThat(seeds).as(lang + " " + c).anyMatch(s -> s.language().equals(lang) && s.category() == c);
            }
        }
        assertThat(TrainingData.map("business")).isEqualTo(Category.ECONOMY);
        assertThat(TrainingData.map("health")).isEqualTo(Category.SCIENCE);
        assertThat(Category.of("not-news")).isEqualTo(Category.NOT_NEWS);
    }

    @Test
    void isThreadSafeAndFast() throws Exception {
        Categorizer c = Categorizer.bundled();
        String text = ("The government said on Monday that the new budget would raise spending on schools and hospitals, "
                + "while opposition lawmakers criticised the plan and economists warned about the deficit. ").repeat(12);
        List<String[]> docs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            docs.add(i % 2 == 0 ? new String[]{"en", "Budget plan number " + i, text}
                    : new String[]{"ru", "Правительство утвердило бюджет " + i, "Министр финансов заявил, что расходы на "
                    + "школы и больницы вырастут, а депутаты раскритиковали план. ".repeat(12)});
        }
        Category expectedEn = c.classify("en", docs.get(0)[1], docs.get(0)[2]).category();
        for (int warm = 0; warm < 3; warm++) for (String[] d : docs) c.classify(d[0], d[1], d[2]);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> parts = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                parts.add(pool.submit(() -> {
                    int same = 0;
                    for (int round = 0; round < 2; round++) {
                        for (int i = 0; i < docs.size(); i += 2) {
                            if (c.classify("en", docs.get(i)[1], docs.get(i)[2]).category() == expectedEn) same++;
                            c.classify("ru", docs.get(i + 1)[1], docs.get(i + 1)[2]);
                        }
                    }
                    return same;
                }));
            }
            for (Future<Integer> f : parts) assertThat(f.get()).isEqualTo(docs.size());
            double perSecond = 2 * 2 * docs.size() / ((System.nanoTime() - start) / 1e9);
            System.out.printf("categorizer: %.0f docs/s (2 threads, ~1,800-character texts)%n", perSecond);
            assertThat(perSecond).isGreaterThan(200);   // loose: CI machines are shared
        } finally {
            pool.shutdown();
        }
    }
}
