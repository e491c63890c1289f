package org.dateline.store;

import org.dateline.Config;
import org.dateline.Dateline;
import org.dateline.TestCorpus;
import org.dateline.model.Story;
import org.dateline.normalize.OutletRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Idempotent re-ingest, durability across close and reopen, and the single-writer lock. */
class StoreTest {

    @TempDir
    Path tmp;

    private Dateline open(Path data) {
        return Dateline.open(data, OutletRegistry.bundled(), Config.defaults());
    }

    @Test
    void reingestingTheSameFolderAddsNothing() throws IOException {
        Path in = TestCorpus.write(tmp.resolve("in"));
        Path data = tmp.resolve("data");
        long stories;
        long articles;
        try (Dateline engine = open(data)) {
            Dateline.IngestReport first = engine.ingest(List.of(in), Dateline.Progress.NONE);
            assertThat(first.problems()).isEmpty();
            assertThat(first.added()).isEqualTo(TestCorpus.DOCUMENTS);
            stories = engine.storyCount();
            articles = engine.articleCount();
            assertThat(articles).isEqualTo(TestCorpus.DOCUMENTS);
        }
        try (Dateline engine = open(data)) {
            Dateline.IngestReport second = engine.ingest(List.of(in), Dateline.Progress.NONE);
            assertThat(second.added()).isZero();
            assertThat(second.duplicates()).isEqualTo(TestCorpus.DOCUMENTS);
            assertThat(second.problems()).isEmpty();
            assertThat(second.outcomes()).allMatch(o -> o.status() == Dateline.Outcome.Status.DUPLICATE);
            assertThat(engine.storyCount()).isEqualTo(stories);
            assertThat(engine.articleCount()).isEqualTo(articles);
        }
    }

    @Test
    void reingestingInTheSameSessionAddsNothing() throws IOException {
        Path in = TestCorpus.write(tmp.resolve("in"));
        try (Dateline engine = open(tmp.resolve("data"))) {
            Dateline.IngestReport first = engine.ingest(List.of(in), Dateline.Progress.NONE);
            long stories = engine.storyCount();
            Dateline.IngestReport second = engine.ingest(List.of(in), Dateline.Progress.NONE);
            assertThat(second.added()).isZero();
            assertThat(second.duplicates()).isEqualTo(first.added());
            assertThat(engine.storyCount()).isEqualTo(stories);
            assertThat(engine.articleCount()).isEqualTo(TestCorpus.DOCUMENTS);
            // Duplicates report the story the stored copy belongs to.
            assertThat(second.outcomes()).extracting(Dateline.Outcome::storyId)
                    .containsExactlyElementsOf(first.outcomes().stream().map(Dateline.Outcome::storyId).toList());
        }
    }

    @Test
    void sameReportUnderAnotherFileNameIsADuplicate() throws IOException {
        Path a = Files.writeString(tmp.resolve("a.txt"), TestCorpus.FERRY);
        Path b = Files.writeString(tmp.resolve("copy-of-a.txt"), TestCorpus.FERRY);
        try (Dateline engine = open(tmp.resolve("data"))) {
            Dateline.IngestReport report = engine.ingest(List.of(a, b), Dateline.Progress.NONE);
            assertThat(report.added()).isEqualTo(1);
            assertThat(report.duplicates()).isEqualTo(1);
            assertThat(engine.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void storiesSurviveCloseAndReadOnlyReopen() throws IOException {
        Path in = TestCorpus.write(tmp.resolve("in"));
        Path data = tmp.resolve("data");
        List<Story> before;
        try (Dateline engine = open(data)) {
            engine.ingest(List.of(in), Dateline.Progress.NONE);
            before = engine.stories(100);
        }
        assertThat(before).isNotEmpty();
        try (Dateline reader = Dateline.openReadOnly(data)) {
            List<Story> after = reader.stories(100);
            assertThat(after).usingRecursiveFieldByFieldElementComparator().containsExactlyInAnyOrderElementsOf(before);
            assertThat(reader.articleCount()).isEqualTo(TestCorpus.DOCUMENTS);
            for (Story s : after) {
                assertThat(reader.articles(s.articleIds())).hasSameSizeAs(s.articleIds());
            }
            assertThat(reader.search("Aurelia", 10)).isNotEmpty();
        }
    }

    @Test
    void secondWriterOnTheSameDataDirIsRefusedWithAClearMessage() throws IOException {
        Path in = TestCorpus.write(tmp.resolve("in"));
        Path data = tmp.resolve("data");
        try (Dateline first = open(data)) {
            assertThatThrownBy(() -> open(data).close())
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(data.toString())
                    .hasMessageContaining("in use");
            // The first writer is unaffected.
            assertThat(first.ingest(List.of(in), Dateline.Progress.NONE).added()).isEqualTo(TestCorpus.DOCUMENTS);
        }
        try (Dateline again = open(data)) {
            assertThat(again.articleCount()).isEqualTo(TestCorpus.DOCUMENTS);
        }
    }

    @Test
    void readerCanOpenBesideAWriter() throws IOException {
        Path in = TestCorpus.write(tmp.resolve("in"));
        Path data = tmp.resolve("data");
        try (Dateline writer = open(data)) {
            writer.ingest(List.of(in), Dateline.Progress.NONE);
            try (Dateline reader = Dateline.openReadOnly(data)) {
                assertThat(reader.articleCount()).isEqualTo(TestCorpus.DOCUMENTS);
            }
        }
    }

    @Test
    void readOnlyOpenOfADirectoryWithoutDataFailsWithAClearMessage() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> Dateline.openReadOnly(empty).close())
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(empty.toString());
        assertThatThrownBy(() -> Dateline.openReadOnly(tmp.resolve("missing")).close())
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(tmp.resolve("missing").toString());
    }
    @Test
    void aStoreWhoseMatchFieldHasTermVectorsTakesNewArticles() throws IOException {
        // what earlier versions wrote: Lucene refuses a document that drops a field's term vectors
        Path data = tmp.resolve("data");
        org.apache.lucene.document.FieldType withVectors = new org.apache.lucene.document.FieldType();
        withVectors.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS);
        withVectors.setTokenized(true);
        withVectors.setStoreTermVectors(true);
        withVectors.setOmitNorms(true);
        try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(data);
             org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(dir,
                     new org.apache.lucene.index.IndexWriterConfig(new org.apache.lucene.analysis.standard.StandardAnalyzer()))) {
            org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
            d.add(new org.apache.lucene.document.StringField("type", "other", org.apache.lucene.document.Field.Store.NO));
            d.add(new org.apache.lucene.document.Field("match_en", "ferry capsized", withVectors));
            w.addDocument(d);
        }
        Path in = TestCorpus.write(tmp.resolve("in"));
        try (Dateline engine = open(data)) {
            Dateline.IngestReport report = engine.ingest(List.of(in), Dateline.Progress.NONE);
            assertThat(report.problems()).isEmpty();
            assertThat(engine.articleCount()).isEqualTo(TestCorpus.DOCUMENTS);
        }
    }
    @Test
    void aDocumentThatTripsAnUnexpectedErrorFailsAloneAndTheBatchGoesOn() {
        // readers never hand over a record without content, but a caller of the API can: one bad document, not a stop
        org.dateline.model.RawDocument broken = new org.dateline.model.RawDocument("api/broken.jsonl", 3,
                org.dateline.model.RawDocument.Format.JSON_LINES, null, java.util.Map.of(), "broken");
        org.dateline.model.RawDocument ferry = new org.dateline.model.RawDocument("ferry.txt", 0,
                org.dateline.model.RawDocument.Format.SEED_TEXT, TestCorpus.FERRY, java.util.Map.of(), "ferry");
        try (Dateline engine = open(tmp.resolve("data"))) {
            List<Dateline.Outcome> outcomes = engine.addAll(List.of(broken, ferry));
            assertThat(outcomes.get(0).status()).isEqualTo(Dateline.Outcome.Status.FAILED);
            assertThat(outcomes.get(0).origin()).isEqualTo("api/broken.jsonl:3");
            assertThat(outcomes.get(0).reason()).startsWith("cannot be read");
            assertThat(outcomes.get(1).status()).isEqualTo(Dateline.Outcome.Status.ADDED);
            assertThat(engine.articleCount()).isEqualTo(1);
        }
    }

    @Test
    void documentFrequenciesOfManyTermsAtOnceAreEachTermsOwn() throws IOException {
        Path in = TestCorpus.write(tmp.resolve("in"));
        try (Dateline engine = open(tmp.resolve("data"))) {
            engine.ingest(List.of(in), Dateline.Progress.NONE);
        }
        try (LuceneStore store = LuceneStore.openReadOnly(tmp.resolve("data"))) {
            String[] terms = {"kalda", "librari", "no-such-term", "earthquak", "kalda"};
            int[] together = new int[terms.length];
            store.docFreqs("en", terms, together);
            int[] one = new int[terms.length];
            for (int i = 0; i < terms.length; i++) one[i] = store.docFreq("en", terms[i]);
            assertThat(together).containsExactly(one);
            assertThat(together[0]).isPositive();
            assertThat(together[2]).isZero();
            int[] unknownLanguage = {7, 7};
            store.docFreqs("xx-none", new String[]{"kalda", "x"}, unknownLanguage);
            assertThat(unknownLanguage).containsExactly(store.docFreq("xx-none", "kalda"), store.docFreq("xx-none", "x"));
        }
    }
}
