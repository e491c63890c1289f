package org.dateline.embed;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecentEmbeddingsTest {

    @Test
    void aTextEmbeddedLatelyGetsACopyOfItsVector() {
        RecentEmbeddings recent = new RecentEmbeddings(10);
        float[] vector = {0.6f, 0.8f};
        recent.put("Ferry runs aground off Gozo\nThe ferry Aurelia Bay ran aground", vector);
        vector[0] = 0;

        float[] again = recent.get("Ferry runs aground off Gozo\nThe ferry Aurelia Bay ran aground");
        assertThat(again).containsExactly(0.6f, 0.8f);
        again[1] = 0;
        assertThat(recent.get("Ferry runs aground off Gozo\nThe ferry Aurelia Bay ran aground")).containsExactly(0.6f, 0.8f);
        assertThat(recent.hits()).isEqualTo(2);
        // another text, however close, is the model's to read
        assertThat(recent.get("Ferry runs aground off Gozo\nThe ferry Aurelia Bay ran aground.")).isNull();
        assertThat(recent.hits()).isEqualTo(2);
    }

    @Test
    void theLeastRecentlyUsedTextsLeaveFirst() {
        RecentEmbeddings recent = new RecentEmbeddings(2);
        recent.put("a", new float[]{1});
        recent.put("b", new float[]{2});
        recent.get("a");
        recent.put("c", new float[]{3});

        assertThat(recent.size()).isEqualTo(2);
        assertThat(recent.get("b")).isNull();
        assertThat(recent.get("a")).containsExactly(1f);
        assertThat(recent.get("c")).containsExactly(3f);
    }

    @Test
    void noCapacityOrAFailedTextRemembersNothing() {
        RecentEmbeddings none = new RecentEmbeddings(0);
        none.put("a", new float[]{1});
        assertThat(none.get("a")).isNull();

        RecentEmbeddings recent = new RecentEmbeddings(5);
        recent.put("failed", null);
        assertThat(recent.size()).isZero();
    }
}
