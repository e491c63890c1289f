package org.dateline.eval;

import org.dateline.classify.Category;
import org.dateline.classify.CategoryTrainer;
import org.dateline.classify.TrainingData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.dateline.classify.Category.ECONOMY;
import static org.dateline.classify.Category.NOT_NEWS;
import static org.dateline.classify.Category.SOCIETY;
import static org.dateline.classify.Category.SPORTS;

class CategoriesEvalTest {

    @Test
    void scoresAccuracyMacroF1AndNotNewsF1AsComputedByHand() {
        // gold:      society society society sports  economy not_news
        // predicted: society society sports  sports  society not_news
        List<Category> gold = List.of(SOCIETY, SOCIETY, SOCIETY, SPORTS, ECONOMY, NOT_NEWS);
        List<Category> predicted = List.of(SOCIETY, SOCIETY, SPORTS, SPORTS, SOCIETY, NOT_NEWS);

        CategoriesEval.Scores s = CategoriesEval.score(gold, predicted, 0);

        // accuracy 4/6; society tp2 fp1 fn1 -> 2/3; sports tp1 fp1 -> 2/3; economy 0; not_news 1
        assertThat(s.accuracy()).isCloseTo(4 / 6.0, within(1e-9));
        assertThat(s.perClass()).containsOnlyKeys(SOCIETY, SPORTS, ECONOMY, NOT_NEWS);
        assertThat(s.perClass().get(SOCIETY)).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(s.perClass().get(SPORTS)).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(s.perClass().get(ECONOMY)).isZero();
        assertThat(s.macroF1()).isCloseTo((2 / 3.0 + 2 / 3.0 + 0 + 1) / 4, within(1e-9));
        assertThat(s.notNewsF1()).isEqualTo(1.0);
        assertThat(s.n()).isEqualTo(6);
    }

    @Test
    void classesPredictedButAbsentFromGoldAreLeftOutOfTheMacroAverage() {
        CategoriesEval.Scores s = CategoriesEval.score(List.of(SOCIETY, SOCIETY), List.of(SOCIETY, SPORTS), 0);
        assertThat(s.perClass()).containsOnlyKeys(SOCIETY);
        assertThat(s.macroF1()).isCloseTo(2 / 3.0, within(1e-9));   // tp1 fn1
    }

    /** A categories file of four English lines (two society, two sports) followed by {@code more}. */
    private static Path file(Path dir, String... more) throws java.io.IOException {
        List<String> lines = new java.util.ArrayList<>(List.of(
                line("1", "en", "Police arrest man after shooting at a school", "society"),
                line("2", "en", "Striker scores hat-trick as club wins the derby", "sports"),
                line("3", "en", "Police charge two suspects over the robbery", "society"),
                line("4", "en", "Club beats rivals in the league match after late goal", "sports")));
        lines.addAll(List.of(more));
        return Files.writeString(dir.resolve("categories.jsonl"), String.join("\n", lines) + "\n");
    }

    @Test
    void runsTheShippedModelPerLanguageAndCrossValidatesTheTrainingProcedure(@TempDir Path dir) throws Exception {
        Path file = file(dir,
                line("5", "ru", "Полиция задержала подозреваемого в краже", "society"),
                line("6", "ru", "Команда выиграла матч чемпионата", "sports"));

        Map<String, CategoriesEval.Scores> shipped = CategoriesEval.run(file);
        assertThat(shipped).containsOnlyKeys("en", "ru");
        assertThat(shipped.get("en").n()).isEqualTo(4);
        assertThat(shipped.get("en").accuracy()).isEqualTo(1.0);

        Map<String, CategoriesEval.Scores> cv = CategoriesEval.crossValidate(file, 2, TrainingData.seeds(),
                CategoryTrainer.Options.DEFAULT);
        assertThat(cv.get("en").n()).isEqualTo(4);
        assertThat(cv.get("ru").n()).isEqualTo(2);
        assertThat(cv.get("en").accuracy()).isBetween(0.0, 1.0);
    }

    @Test
    void repeatedCrossValidationGivesOneScorePerRepeatTheFirstBeingTheSingleRun(@TempDir Path dir) throws Exception {
        Path file = file(dir,
                line("5", "en", "Court jails the gang leader for ten years", "society"),
                line("6", "en", "Coach praises the team after the cup final win", "sports"));

        Map<String, List<CategoriesEval.Scores>> runs = CategoriesEval.crossValidateRepeated(file, 2, TrainingData.seeds(),
                CategoryTrainer.Options.DEFAULT, 3);
        CategoriesEval.Scores single = CategoriesEval.crossValidate(file, 2, TrainingData.seeds(), CategoryTrainer.Options.DEFAULT).get("en");

        assertThat(runs).containsOnlyKeys("en");
        assertThat(runs.get("en")).hasSize(3);
        assertThat(runs.get("en").get(0).accuracy()).isEqualTo(single.accuracy());
        assertThat(runs.get("en").get(0).confusion()).isDeepEqualTo(single.confusion());
    }

    @Test
    void spreadIsMeanSampleDeviationAndRange() {
        CategoriesEval.Spread s = CategoriesEval.Spread.of(List.of(0.8, 0.9, 1.0));
        assertThat(s.mean()).isCloseTo(0.9, within(1e-9));
        assertThat(s.sd()).isCloseTo(0.1, within(1e-9));
        assertThat(s.min()).isEqualTo(0.8);
        assertThat(s.max()).isEqualTo(1.0);
        assertThat(CategoriesEval.Spread.of(List.of(0.5)).sd()).isZero();
    }

    @Test
    void confusionCountsGoldRowsAgainstPredictedColumns() {
        CategoriesEval.Scores s = CategoriesEval.score(List.of(SOCIETY, SOCIETY, SPORTS), List.of(SOCIETY, SPORTS, SPORTS), 0);
        assertThat(s.confusion()[SOCIETY.ordinal()][SOCIETY.ordinal()]).isEqualTo(1);
        assertThat(s.confusion()[SOCIETY.ordinal()][SPORTS.ordinal()]).isEqualTo(1);
        assertThat(s.confusion()[SPORTS.ordinal()][SPORTS.ordinal()]).isEqualTo(1);
        assertThat(s.confusion()[SPORTS.ordinal()][SOCIETY.ordinal()]).isZero();
    }

    @Test
    void shuffledFoldsStayStratifiedAndSeedZeroKeepsFileOrder() {
        List<CategoriesEval.Item> items = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) items.add(item(SOCIETY));
        for (int i = 0; i < 6; i++) items.add(item(SPORTS));
        assertThat(CategoriesEval.folds(items, 2, 0)).containsExactly(CategoriesEval.folds(items, 2));
        int[] shuffled = CategoriesEval.folds(items, 2, 7);
        assertThat(shuffled).isNotEqualTo(CategoriesEval.folds(items, 2));
        int societyInFold0 = 0, sportsInFold0 = 0;
        for (int i = 0; i < items.size(); i++) {
            if (shuffled[i] == 0 && items.get(i).gold() == SOCIETY) societyInFold0++;
            if (shuffled[i] == 0 && items.get(i).gold() == SPORTS) sportsInFold0++;
        }
        assertThat(societyInFold0).isEqualTo(5);
        assertThat(sportsInFold0).isEqualTo(3);
    }

    @Test
    void foldsAreStratifiedByGoldClass() {
        List<CategoriesEval.Item> items = List.of(item(SOCIETY), item(SOCIETY), item(SPORTS), item(SOCIETY), item(SPORTS));
        assertThat(CategoriesEval.folds(items, 2)).containsExactly(0, 1, 0, 0, 1);
    }

    private static CategoriesEval.Item item(Category c) {
        return new CategoriesEval.Item("x", "en", "t", "", c);
    }

    private static String line(String id, String lang, String title, String category) {
        return "{\"id\":\"" + id + "\",\"lang\":\"" + lang + "\",\"title\":\"" + title + "\",\"text\":\"\",\"category\":\""
                + category + "\"}";
    }
}
