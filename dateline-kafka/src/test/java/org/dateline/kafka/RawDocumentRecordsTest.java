package org.dateline.kafka;

import org.dateline.model.Json;
import org.dateline.model.RawDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A raw document survives the trip through a record value; a bad value is refused with its location. */
class RawDocumentRecordsTest {

    @Test
    void everyCorpusDocumentRoundTripsThroughTheModelsJsonAndTheRecordValue() {
        List<RawDocument> documents = Corpus.documents();
        assertThat(documents).hasSize(Corpus.DOCUMENTS);
        // every format of the corpus, so each reader's fields are covered
        assertThat(documents.stream().map(RawDocument::format).distinct().count()).isGreaterThan(1);
        for (RawDocument d : documents) {
            assertThat(Json.read(Json.write(d), RawDocument.class)).isEqualTo(d);
            assertThat(RawDocumentRecords.decode("t", 0, 0, RawDocumentRecords.encode(d))).isEqualTo(d);
            assertThat(RawDocumentRecords.key(d)).isEqualTo(d.hash()).isNotBlank();
        }
    }

    @Test
    void keepsNonAsciiTextAndEmptyFields() {
        RawDocument d = new RawDocument("x/y.txt", 3, RawDocument.Format.JSON_LINES,
                "Москва — «кавычки» \u2028 emoji \uD83D\uDCF0", Map.of(), "abc");
        byte[] value = RawDocumentRecords.encode(d);
        assertThat(new String(value, StandardCharsets.UTF_8)).contains("Москва");
        assertThat(RawDocumentRecords.decode("t", 0, 0, value)).isEqualTo(d);
    }

    @Test
    void aBadValueIsRefusedNamingTopicPartitionOffsetAndReason() {
        assertThatThrownBy(() -> RawDocumentRecords.decode("raw", 2, 41, "{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(RawDocumentRecords.UndecodableRecordException.class)
                .hasMessageStartingWith("topic raw, partition 2, offset 41: not JSON");
        assertThatThrownBy(() -> RawDocumentRecords.decode("raw", 0, 7, "{\"origin\":\"a\"}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("topic raw, partition 0, offset 7: not a raw document");
        assertThatThrownBy(() -> RawDocumentRecords.decode("raw", 0, 8,
                "{\"origin\":\"a\",\"format\":\"HTML\",\"content\":\"x\",\"fields\":{}}".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("topic raw, partition 0, offset 8: not a raw document: no hash");
        assertThatThrownBy(() -> RawDocumentRecords.decode("raw", 0, 9,
                "{\"origin\":\"a\",\"format\":\"PDF\",\"content\":\"x\",\"fields\":{},\"hash\":\"h\"}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("topic raw, partition 0, offset 9: not a raw document")
                .hasMessageContaining("PDF");
        assertThatThrownBy(() -> RawDocumentRecords.decode("raw", 1, 0, null))
                .hasMessage("topic raw, partition 1, offset 0: empty value (no document)");
        assertThatThrownBy(() -> RawDocumentRecords.decode("raw", 1, 1, "null".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("topic raw, partition 1, offset 1:");
    }
}
