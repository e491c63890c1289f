package org.dateline.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class QuotesEvalTest {

    private static String article(String id, String split) {
        String text = "Mayor Tomas Varga said the pier would open in May.";
        return "{\"id\":\"" + id + "\",\"lang\":\"en\",\"polnear_split\":\"" + split + "\",\"text\":\"" + text
                + "\",\"attributions\":[{\"source\":[{\"start\":0,\"end\":17}],\"cue\":[{\"start\":18,\"end\":22}],"
                + "\"content\":[{\"start\":23,\"end\":50}]}]}";
    }

    /** The report on one development article with one attribution: source, cue and content as start and end offsets. */
    private static QuotesEval.AttributionReport scoreOne(Path dir, String text, int... offsets) throws Exception {
        Path file = dir.resolve("articles.jsonl");
        Files.writeString(file, "{\"id\":\"one\",\"lang\":\"en\",\"polnear_split\":\"dev\",\"text\":\"" + text
                + "\",\"attributions\":[{\"source\":[{\"start\":" + offsets[0] + ",\"end\":" + offsets[1] + "}],"
                + "\"cue\":[{\"start\":" + offsets[2] + ",\"end\":" + offsets[3] + "}],"
                + "\"content\":[{\"start\":" + offsets[4] + ",\"end\":" + offsets[5] + "}]}]}\n");
        return (QuotesEval.AttributionReport) QuotesEval.run(file, false);
    }

    @Test
    void splitsKeepOnlyTheirArticles(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("articles.jsonl");
        Files.write(file, List.of(article("a", "train"), article("b", "dev"), article("c", "test"), article("d", "train")));
        QuotesEval.AttributionReport all = (QuotesEval.AttributionReport) QuotesEval.run(file, false);
        QuotesEval.AttributionReport heldOut = (QuotesEval.AttributionReport) QuotesEval.run(file, false, Set.of("dev", "test"));
        assertThat(all.docs()).isEqualTo(4);
        assertThat(all.gold()).isEqualTo(4);
        assertThat(heldOut.docs()).isEqualTo(2);
        assertThat(heldOut.gold()).isEqualTo(2);
        assertThat(heldOut.pairs().f1()).isEqualTo(1.0);
    }

    @Test
    void aMissedAttributionIsListedWithItsCue(@TempDir Path dir) throws Exception {
        // a noun cue no reading takes: PolNeAR annotates "criticism of" with its object as the content
        String text = "The senator's criticism of the pier plan grew louder.";
        QuotesEval.AttributionReport report = scoreOne(dir, text, 0, 13, 14, 26, 27, 40);

        assertThat(report.errors()).extracting(QuotesEval.Error::kind, QuotesEval.Error::gold)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("missed", "[criticism of] the pier plan"));
    }

    @Test
    void aMissedAttributionShowsThePredictionSharingMostOfItsWords(@TempDir Path dir) throws Exception {
        // a gold content of two words where the extractor reads the whole clause: too little shared for a match
        String text = "Mayor Tomas Varga said the pier would open in May, a date that many residents of the town had long doubted.";
        QuotesEval.AttributionReport report = scoreOne(dir, text, 0, 17, 18, 22, 23, 31);

        assertThat(report.errors()).filteredOn(e -> e.kind().equals("missed")).singleElement().satisfies(e -> {
            assertThat(e.gold()).isEqualTo("[said] the pier");
            assertThat(e.predicted()).startsWith("the pier would open in May");
        });
    }
}
